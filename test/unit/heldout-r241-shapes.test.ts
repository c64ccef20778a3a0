/**
 * Round 241 (English short forms: questionnaires, checklists, PO terms, a two-line SOW, a short NDA, request and
 * onboarding forms, a table-only schedule): phrasing families the held-out set showed missing. Every case is new
 * wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';

describe('a single-level clause number and caption in bold, the clause on the same line ("**6. Return.** On request …")', () => {
  it('opens a section of its own, so its caption heads the clause', () => {
    const text = '**5. Fees.** The Licensee pays the fees within thirty days.\n\n**6. Return.** At the Licensor\'s written request the Licensee shall return or destroy all Confidential Information it holds.\n';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
  it('a caption about returned goods does not head a data clause', () => {
    const text = '**6. Return policy.** At the Buyer\'s request the Seller shall return or destroy the rejected goods.\n';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('a bare "breach" notified within hours (forms and questionnaires say "any breach")', () => {
  it('addresses INCIDENT-NOTIFICATION when an hour deadline follows', () => {
    expect(req('| Will the Processor tell us about a breach? | Yes | Any breach is reported to our privacy officer within 48 hours of detection. |', 'INCIDENT-NOTIFICATION').status).toBe('insufficient');
  });
  it('a breach of the contract is not a security incident', () => {
    expect(req('Either party shall notify the other of any breach of these Terms within 48 hours.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

describe('"securely delete / permanently erase" under a disposal heading', () => {
  it('addresses DATA-RETURN-DELETION under a retention or disposal heading', () => {
    expect(req('## 9. Retention and destruction\n\n9.1 The Processor will permanently erase the extract and every working file derived from it.\n', 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
  it('not under an unrelated heading', () => {
    expect(req('## 9. Working practices\n\n9.1 The Processor will permanently erase the extract and every working file derived from it.\n', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('a completed questionnaire\'s cover fields ("Questionnaire … Completed by: Head of Compliance") demand nothing', () => {
  it('a job title is not the object of a demand for information', () => {
    const text = '# Supplier Questionnaire — Response\n\n**Buyer:** Marlow Housing Trust ("the Trust")\n**Questionnaire ref:** SDQ-9 | **Answered by:** T. Greaves, Head of Security | **Signed:** 2 May 2025\n';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('a duty to answer the customer\'s questionnaire on compliance still counts', () => {
    expect(req('The Supplier shall answer any questionnaire the Trust sends about its compliance with this Schedule within 20 days.', 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});
