/**
 * Round 231 (English subcontracting and flow-down paperwork: prime/sub subcontracts, reseller and white-label partner
 * agreements, staff augmentation, offshore delivery centres, teaming agreements, processor-to-sub-processor terms,
 * supplier codes of conduct): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"a continuity plan that allows operations to resume within N hours" is a quantitative recovery target', () => {
  it('meets the quantitative-slo test of BCP-AVAILABILITY-SLA', () => {
    const text = 'The Vendor shall keep a disaster recovery plan that allows operations to resume within six (6) hours of losing the primary data hall.';
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'quantitative-slo')).toBe(true);
  });
  it('a plan that allows operations to resume, with no time, is not a target', () => {
    const text = 'The Vendor shall keep a disaster recovery plan that allows operations to resume after losing the primary data hall.';
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'quantitative-slo')).toBe(false);
  });
});

describe('training "within N days of the start date" is on-joining training', () => {
  it('with a yearly refresher it meets the timing test of PERSONNEL-TRAINING', () => {
    const text = 'Every contractor shall finish the cyber awareness course within ten (10) working days of their start date and again every 12 months.';
    expect(met(text, 'PERSONNEL-TRAINING', 'timing')).toBe(true);
  });
  it('a course within ten days of a request is not on joining', () => {
    const text = 'Every contractor shall finish the cyber awareness course within ten (10) working days of a request by the Bank.';
    expect(met(text, 'PERSONNEL-TRAINING', 'timing')).toBe(false);
  });
});

describe('an undertaking binding "during the engagement and after it ends" survives the person leaving', () => {
  it('meets the survival test of PERSONNEL-CONFIDENTIALITY', () => {
    const text = 'Each consultant shall sign a secrecy pledge that applies during the engagement and for three (3) years after it ends.';
    expect(met(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(true);
  });
  it('a pledge for the engagement alone does not survive', () => {
    const text = 'Each consultant shall sign a secrecy pledge that applies during the engagement.';
    expect(met(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(false);
  });
});

describe('"confirm it in writing within N hours" is a dated follow-up to a first incident call', () => {
  it('meets the deadline test of INCIDENT-NOTIFICATION', () => {
    const text = 'The Vendor shall phone the Bank\'s duty officer within one (1) hour of detecting a security breach and confirm the notification by email within 12 hours.';
    expect(met(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('a phone call alone has no follow-up', () => {
    const text = 'The Vendor shall phone the Bank\'s duty officer within one (1) hour of detecting a security breach.';
    expect(met(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(false);
  });
});

describe('in a processor-to-sub-processor contract, "at the Processor\'s choice" is the outsourcer\'s choice', () => {
  it('meets the choice test of DATA-RETURN-DELETION', () => {
    const text = 'On expiry the Sub-processor shall, at the Processor\'s option, hand back all personal data or erase it within fourteen days.';
    expect(met(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the processor\'s own choice in a controller contract is not the outsourcer\'s', () => {
    const text = 'On expiry the Processor shall, at the Processor\'s option, hand back all personal data or erase it within fourteen days.';
    expect(met(text, 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

describe('a supplier code passed on to the supplier\'s own subcontractors addresses flow-down', () => {
  it('"cascade these standards to their subcontractors" addresses SUBCONTRACT-FLOWDOWN (not sufficient)', () => {
    const text = 'Vendors shall cascade these standards to their own sub-suppliers and subcontractors.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('missing');
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('sufficient');
  });
  it('a code sent to the vendors themselves is not flow-down', () => {
    const text = 'The Company shall send these standards to all vendors each year.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).toBe('missing');
  });
});

describe('"the security management plan at Schedule N" is a security annex', () => {
  it('meets the categories test of SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall implement the Information Security Plan set out in Annex 5 throughout the term.';
    expect(met(text, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(true);
  });
  it('a plan with no annex is not', () => {
    const text = 'The Contractor shall implement an information security plan throughout the term.';
    expect(met(text, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(false);
  });
});

describe('staff who "understand their security responsibilities" is awareness, not an allocation between the parties', () => {
  it('does not address RESPONSIBILITY-BOUNDARY', () => {
    const text = 'Vendors should ensure that employees know their security responsibilities.';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
  it('a schedule of the parties\' security responsibilities still does', () => {
    const text = 'The security responsibilities of the Customer and the Vendor for patching, backups and log review are allocated in Schedule 3.';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
});

describe('"use the contact details only for <purposes>" limits the use of personal data', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'The Distributor will use purchaser contact details only for warranty registration and recall notices.';
    expect(req(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
  it('a notice address is not a purpose limitation', () => {
    const text = 'Notices shall be sent to the contact details set out in the Order Form.';
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});
