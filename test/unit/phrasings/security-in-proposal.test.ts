/**
 * SECURITY-IN-PROPOSAL: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English: tenders)
describe('SECURITY-IN-PROPOSAL: bidders asked to describe something other than security', () => {
  it.each([
    'Bidders must include a description of their company history and annual turnover.',
    'The tender shall explain the proposed delivery timetable.',
  ])('missing: %s', (text) => {
    expect(statusOf('SECURITY-IN-PROPOSAL', text)).toBe('missing');
  });
  it.each([
    'Bidders must include a description of how they will protect personal data, including encryption and access control.',
    'The tender shall explain the security organisation, naming the security officer.',
  ])('a description of security still addresses it: %s', (text) => {
    expect(statusOf('SECURITY-IN-PROPOSAL', text)).not.toBe('missing');
  });
});
