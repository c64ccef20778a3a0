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

// session 60 probe sweep (English: GDPR Article 28 and national regulators)
describe('REGULATORY-AND-DATA-SUBJECT-COOPERATION: "the data subject\'s rights" (possessive) and national data-protection regulators', () => {
  it.each([
    'The Sub-processor shall help the Processor answer requests for the exercise of the data subject\'s rights under Chapter III.',
    'The Vendor shall support the Bank in honouring the data subjects\' rights, including access and objection.',
    'The Contractor shall co-operate fully with the Personal Data Protection Commission in any inquiry into the Agency\'s records.',
    'The Service Provider shall assist the Customer in responding to any complaint lodged with the Privacy Commissioner.',
  ])('addressed: %s', (text) => {
    expect(statusOf('REGULATORY-AND-DATA-SUBJECT-COOPERATION', text)).not.toBe('missing');
  });
  it('the rights of the parties under the contract are no data-subject rights', () => {
    expect(statusOf('REGULATORY-AND-DATA-SUBJECT-COOPERATION', 'The Contractor shall help the Agency exercise its rights under the warranty.')).toBe('missing');
  });
});
