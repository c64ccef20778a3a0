/**
 * CHANGE-NOTIFICATION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English: UK call-off contracts)
describe('CHANGE-NOTIFICATION: "tell the Buyer in advance of any change"', () => {
  it.each([
    'The Supplier must tell the Authority before it moves Authority Data to a different hosting site.',
    'The Contractor shall tell the Council in writing at least one month before any change of its subcontractors.',
  ])('addressed: %s', (text) => {
    expect(statusOf('CHANGE-NOTIFICATION', text)).not.toBe('missing');
  });
  it('telling the Buyer a delivery time is no change notice', () => {
    expect(statusOf('CHANGE-NOTIFICATION', 'The Supplier must tell the Authority the expected delivery time for each order.')).toBe('missing');
  });
});
