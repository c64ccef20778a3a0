/**
 * INCIDENT-COOPERATION-FORENSICS: phrasing families the probe sweeps and blind held-out rounds found missing or
 * misread. Every case is new wording; the sweep or round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 61 probe sweep (English: plain letters of engagement)
describe('INCIDENT-COOPERATION-FORENSICS: "keep all logs / any evidence" and help "find / work out what happened"', () => {
  it.each([
    "If something goes wrong, the Supplier will keep all logs and help the Club's investigators find out what happened.",
    'After any data loss the Contractor will help the Council work out what happened and keep any evidence.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-COOPERATION-FORENSICS', text)).not.toBe('missing');
  });
  it('putting a failed delivery right is no incident cooperation (near-miss)', () => {
    expect(statusOf('INCIDENT-COOPERATION-FORENSICS', 'If something goes wrong with a delivery, the Supplier will tell the member and send a new pack.')).toBe('missing');
  });
});
