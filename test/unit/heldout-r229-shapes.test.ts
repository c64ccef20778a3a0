/**
 * Round 229 (manufacturing, automotive and aerospace supply chain: TISAX/CMMC annex, PLM SaaS, engineering services,
 * MES, telematics, aerospace purchase terms, tooling NDA, ERP AMS): phrasing families the held-out set showed missing.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';


describe('aerospace supply-chain vocabulary: "sub-tier supplier" and "sub-order" are subcontracting', () => {
  it('letting a supplier place sub-orders with sub-tier suppliers addresses SUBCONTRACT-APPROVAL', () => {
    const text = 'The Seller may issue sub-orders for plating and anodising to approved sub-tier suppliers listed in its quality manual.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
  it('requiring consent before using a sub-tier supplier is a prior written approval', () => {
    const text = 'The Seller shall not use any sub-tier supplier for machining of flight-critical parts without the prior written consent of the Purchaser.';
    const r = req(text, 'SUBCONTRACT-APPROVAL');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'prior-written')!.met).toBe(true);
  });
  it('passing these clauses down to sub-tier suppliers addresses SUBCONTRACT-FLOWDOWN', () => {
    const text = 'The Seller shall flow down the obligations of this Section 12 to its sub-tier suppliers.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('missing');
  });
  it('staying responsible for work of sub-tier suppliers addresses SUBCONTRACT-LIABILITY', () => {
    const text = 'The Seller remains responsible for all work carried out by its sub-tier suppliers.';
    expect(req(text, 'SUBCONTRACT-LIABILITY').status).not.toBe('missing');
  });
  it('a tier-one supplier of the buyer is not a subcontractor', () => {
    const text = 'The Purchaser buys castings from several tier-one suppliers and may place orders with any of them.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).toBe('missing');
  });
});

describe('"right of access / right of entry to the <party>\'s premises" is an inspection right (AS9100 8.4.3 style)', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS with an on-site right', () => {
    const text = 'The Seller shall grant the Purchaser and the airworthiness authority a right of entry to its facilities and documentation at all reasonable times to verify conformity.';
    const r = req(text, 'AUDIT-INSPECTION-RIGHTS');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'onsite')!.met).toBe(true);
  });
  it('a statement that the buyer and authorities have right of access to the plants also addresses it', () => {
    const text = 'The Purchaser, its end customers and any competent authority have right of access to the Seller\'s plants and records to verify conformity.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('a data subject\'s right of access to personal data is no inspection right', () => {
    const text = 'Drivers have a right of access to the personal data held about them and may request rectification.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});
