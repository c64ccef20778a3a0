/**
 * Round 224 (Asia-Pacific and Commonwealth drafting: Indian MSA, PDPA DPA, Australian / NZ / Canadian privacy
 * clauses, HKMA outsourcing, BPO): phrasing families the held-out set showed missing. Every case is new wording,
 * not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('"privacy breach" (NZ / AU / CA usage) is an incident', () => {
  it('a duty to report a privacy breach addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Contractor shall advise the Ministry of every privacy breach involving client records without delay.';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a privacy policy mention does not', () => {
    expect(req('The Contractor shall publish its privacy policy on its website.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

describe('"provide/deliver the <x> data back" is a return of data', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'When the engagement ends the vendor is to deliver all tenancy records back to the Housing Trust in an agreed format.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('"provide feedback" does not', () => {
    expect(req('When the engagement ends the vendor is to provide feedback to the Housing Trust.', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('"confidentiality arrangements" in a tender is a (deferred) confidentiality clause', () => {
  it('addresses CONFIDENTIALITY but is not sufficient', () => {
    const r = req('Suitable confidentiality arrangements will be agreed with the preferred supplier before contract award.', 'CONFIDENTIALITY');
    expect(r.status).toBe('insufficient');
  });
});

describe('moving data "from the <x> environment to any other system" is a removal', () => {
  it('meets removal-ban when prohibited without written approval', () => {
    const text = 'The Processor shall not make copies of Member Data without the Fund\'s written approval and shall not move Member Data from the Fund\'s hosted application to any other system or device without the Fund\'s prior written approval.';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
});

describe('a privacy questionnaire is an information right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS (insufficient: no on-site right)', () => {
    const r = req('Each year the Processor shall, on request, fill in the Bank\'s data protection questionnaire.', 'AUDIT-INSPECTION-RIGHTS');
    expect(r.status).toBe('insufficient');
  });
});

describe('"made aware of the importance of …" is awareness training', () => {
  it('addresses PERSONNEL-TRAINING', () => {
    const text = 'All staff of the Contractor shall be made aware of the importance of protecting member information.';
    expect(req(text, 'PERSONNEL-TRAINING').status).toBe('insufficient');
  });
  it('being made aware of a breach does not', () => {
    expect(req('The Contractor shall tell the Client as soon as it is made aware of a breach.', 'PERSONNEL-TRAINING').status).toBe('missing');
  });
});

describe('certification stated after the standard ("ISO/IEC 27001 certified") and "assessed against"', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    expect(req('Our hosting operation is ISO 27001:2013 certified and renewed every three years.', 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
    expect(req('The platform has been assessed against ISO/IEC 27001 controls by an external assessor.', 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

describe('"remains solely responsible" for a subcontractor is full liability', () => {
  it('meets full-liability', () => {
    const text = 'Where the Consultant engages a sub-consultant with the Authority\'s approval, the Consultant remains solely liable for the work of that sub-consultant, and the approval does not relieve it of any obligation.';
    expect(met(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
});

describe('"liable … as though committed by the <party>" is vicarious, not a damages clause', () => {
  it('does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Contractor answers for every breach of a staff undertaking by its technicians as if done by the Contractor.';
    expect(req(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
});

describe('Singapore PDPA roles: "Organisation" (British spelling) and "Data Intermediary"', () => {
  it('reads the Organisation as outsourcer and the Data Intermediary as contractor', () => {
    const text = `OUTSOURCED PAYROLL PROCESSING TERMS
These terms are made between Lion City Logistics Pte. Ltd. ("Organisation") and Tanjong Payroll Services Pte. Ltd. ("Data Intermediary").
1. The Data Intermediary shall process employee Personal Data only on the documented instructions of the Organisation.
2. The Organisation shall give the Data Intermediary its instructions in writing.`;
    const roles = Object.fromEntries(analyze(text).parties.map((p) => [p.label, p.role]));
    expect(roles).toMatchObject({ Organisation: 'outsourcer', 'Data Intermediary': 'contractor' });
  });
});
