/**
 * ACCEPTANCE-SECURITY-VERIFICATION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English: UK government contracts)
describe('ACCEPTANCE-SECURITY-VERIFICATION: acceptance after an IT Health Check', () => {
  it.each([
    'The Buyer will only accept the platform once an ITHC has been completed and the critical findings fixed.',
    'The Authority will not accept the system until the IT Health Check is complete.',
  ])('addressed: %s', (text) => {
    expect(statusOf('ACCEPTANCE-SECURITY-VERIFICATION', text)).not.toBe('missing');
  });
});
