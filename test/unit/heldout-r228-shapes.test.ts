/**
 * Round 228 (public health and social care: case-management contract, local-authority processing schedule, PBM
 * agreement, mental-health app DPA, GP IT support, surveillance RFP and response, care-home SLA): phrasing families
 * the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { requirementOf as req } from './test-result.ts';


describe('a table of named companies under a "Subcontractors" heading', () => {
  it('addresses SUBCONTRACT-APPROVAL (a list, no approval model)', () => {
    const text = `## 7. Delivery Partners and Subcontractors

| Company | Activity |
|---|---|
| Harbour Data Centres plc | Co-location |
| Nordlys Analytics GmbH | Report design |
`;
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).toBe('insufficient');
  });
  it('a table of company names under another heading does not', () => {
    const text = `## 7. Reference Sites

| Company | Activity |
|---|---|
| Harbour Data Centres plc | Co-location |
| Nordlys Analytics GmbH | Report design |
`;
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).toBe('missing');
  });
});

describe('training records "supplied to" the customer at an interval', () => {
  it('meets the record test of PERSONNEL-TRAINING', () => {
    const text = 'Every analyst shall attend privacy and cyber-security training before receiving system access and every twelve months afterwards, and the attendance records shall be supplied to the Trust each half-year.';
    const r = req(text, 'PERSONNEL-TRAINING');
    expect(r.tests.find((t) => t.id === 'record')!.met).toBe(true);
  });
});

describe('flowing down "obligations as to … and audit" does not give the customer audit rights over subcontractors', () => {
  it('leaves the subcontractors test of AUDIT-INSPECTION-RIGHTS unmet', () => {
    const text = 'The Processor shall bind each sub-processor, in writing, to obligations relating to security, confidentiality and audit that are at least equivalent to those set out in this Agreement.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').tests.find((t) => t.id === 'subcontractors')!.met).toBe(false);
  });
  it('an audit right that reaches the subcontractors still meets it', () => {
    const text = 'The Trust or an auditor it appoints may audit the premises and records of the Processor and its sub-processors on 14 days\' notice.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').tests.find((t) => t.id === 'subcontractors')!.met).toBe(true);
  });
});

describe('"the transfer of <records> in a standard format" at termination is a data return', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'On expiry of this Agreement the Administrator shall arrange the transfer of member eligibility files and claims history in a machine-readable format to the Fund or its nominee.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('"access to <data> will be restricted" is (vague) access control', () => {
  it('addresses ACCESS-CONTROL', () => {
    const text = 'Access to client health records shall be limited in line with the Provider\'s internal policy.';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
  it('restricted access to a building is not', () => {
    const text = 'Visitors to the clinic must sign in at reception.';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('post-termination deletion with users who "continue" on their own accounts is not exit support', () => {
  it('does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = 'After the subscription ends, the Vendor will erase patient data under its retention policy, unless an individual user continues to use the app with a personal login.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('continuing the service for a stated period after termination still does', () => {
    const text = 'Following termination, the Vendor shall continue to provide the Services for up to three months so that the Customer can move to a replacement supplier.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('the UK public-sector schedule title "Processing, Personal Data and Data Subjects" is a DPA', () => {
  it('reads the document as dpa', () => {
    const text = '# ANNEX 3: PROCESSING, PERSONAL DATA AND DATA SUBJECTS\n\n1. The Contractor shall comply with any further written instructions with respect to processing by the Authority.\n\n2. Any such further instructions shall be incorporated into this Annex.\n';
    expect(analyze(text).documentType).toBe('dpa');
  });
});
