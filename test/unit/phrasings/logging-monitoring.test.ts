/**
 * LOGGING-MONITORING: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('LOGGING-MONITORING: "audit controls" that record system activity (HIPAA register)', () => {
  it.each([
    'Business Associate shall implement audit controls that record and examine activity in information systems containing ePHI.',
    'The Vendor must record system activity on the claims platform and review it weekly.',
  ])('addressed: %s', (text) => {
    expect(statusOf('LOGGING-MONITORING', text)).not.toBe('missing');
  });
  it('controls that record vehicle mileage are no logging', () => {
    expect(statusOf('LOGGING-MONITORING', 'Business Associate shall implement controls that record the mileage of its delivery vehicles.')).toBe('missing');
  });
});
