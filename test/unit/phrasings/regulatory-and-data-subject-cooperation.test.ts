/**
 * REGULATORY-AND-DATA-SUBJECT-COOPERATION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('REGULATORY-AND-DATA-SUBJECT-COOPERATION: "an individual\'s request for access / amendment"', () => {
  it.each([
    'Business Associate shall make PHI available to Covered Entity as necessary for Covered Entity to respond to an individual\'s request for access within 10 business days.',
    'The Processor shall assist the Clinic in answering any patient\'s request to amend their record.',
  ])('addressed: %s', (text) => {
    expect(statusOf('REGULATORY-AND-DATA-SUBJECT-COOPERATION', text)).not.toBe('missing');
  });
  it('a customer\'s request for a copy of an invoice is no data-subject request', () => {
    expect(statusOf('REGULATORY-AND-DATA-SUBJECT-COOPERATION', 'The Supplier shall answer any customer\'s request for an invoice copy within 10 business days.')).toBe('missing');
  });
});
