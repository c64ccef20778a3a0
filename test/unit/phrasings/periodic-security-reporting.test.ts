/**
 * PERIODIC-SECURITY-REPORTING: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('PERIODIC-SECURITY-REPORTING: continuous monitoring deliverables (scan results, POA&M)', () => {
  it.each([
    'The Contractor shall submit monthly vulnerability scan results and POA&M updates to the ISSO.',
    'Each month the Provider shall report its vulnerability scan results to the Council.',
    'A continuous monitoring report covering open findings is due to the Agency every quarter.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERIODIC-SECURITY-REPORTING', text)).not.toBe('missing');
  });
  it('a monthly report of hours worked is no security report', () => {
    expect(statusOf('PERIODIC-SECURITY-REPORTING', 'The Contractor shall submit a monthly report of hours worked by each engineer.')).toBe('missing');
  });
});
