/**
 * Round 227 (SMB SaaS and IT contracts: click-through SaaS, MSP for a dental practice, accounting DPA, web hosting,
 * cloud backup order form, booking platform terms, bookkeeping engagement letter, IT support retainer): phrasing
 * families the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';


describe('a present-tense refusal "We do not engage subcontractors" states the prohibited model', () => {
  it('is a sufficient SUBCONTRACT-APPROVAL (prohibited model)', () => {
    const text = 'We do not engage subcontractors on managed-service work for this client; all engineers are Tallon employees.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).toBe('sufficient');
  });
  it('a plain statement that work is outsourced elsewhere is not a refusal', () => {
    const text = 'We use subcontractors for out-of-hours cover.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('sufficient');
  });
});

describe('subcontracting said without the word: freelancers, another firm, third-party suppliers', () => {
  it('"may use freelancers" addresses SUBCONTRACT-APPROVAL', () => {
    const text = 'The Agency may bring in freelancers for design and copywriting tasks.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
  it('"third-party vendors to deliver" addresses it', () => {
    const text = 'The Provider may engage third-party vendors to deliver the on-site installation.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
  it('"another company to carry out … without first obtaining your written agreement" is approval, not a ban', () => {
    const text = 'We shall not instruct another company to carry out any payroll processing without first obtaining the Client\'s written agreement.';
    const r = req(text, 'SUBCONTRACT-APPROVAL');
    expect(r.status).not.toBe('missing');
    expect(r.status).not.toBe('sufficient');
  });
});

describe('"that firm" / "such company" after a subcontracting sentence is the subcontracted party', () => {
  it('"remain answerable ... for such company\'s work" addresses SUBCONTRACT-LIABILITY', () => {
    const text = 'We will not use any other firm without your consent. If you consent, we will remain responsible to you for the acts and omissions of such company as if they were our own.';
    expect(req(text, 'SUBCONTRACT-LIABILITY').status).not.toBe('missing');
  });
});

describe('"after closure" starts the deletion clock', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Guest records are kept for six months after closure and then erased.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('"under a personal account" and an "authenticator app" are unique IDs and MFA', () => {
  it('meets unique-ids-mfa', () => {
    const text = 'Each technician signs in with an individual login protected by an authenticator application on a company phone.';
    const r = req(text, 'ACCESS-CONTROL');
    expect(r.tests.find((t) => t.id === 'unique-ids-mfa')?.met).toBe(true);
  });
  it('addresses ACCESS-CONTROL for a personal-account sentence', () => {
    const text = 'Support staff reach the server only through the jump host, each using their own individual account.';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
});

describe('a post-cancellation export window is exit support', () => {
  it('"following cancellation ... may download your records" addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Following cancellation the Customer may download the Customer content as a ZIP archive for 14 days.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('"remain accessible for retrieval" at the end of the initial term addresses it', () => {
    const text = 'At the end of the initial term your archived mailboxes remain accessible for 60 days for retrieval.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('a restore test at a stated interval with results shared is a tested recovery arrangement', () => {
  it('meets bcp-tested', () => {
    const text = 'The Provider shall carry out a trial restore of the file server every six months and send the results to the Client within five business days.';
    const r = req(text, 'BCP-AVAILABILITY-SLA');
    expect(r.tests.find((t) => t.id === 'bcp-tested')?.met).toBe(true);
  });
  it('a restore test with no interval does not', () => {
    const text = 'The Provider may run a test restore when convenient.';
    const r = req(text, 'BCP-AVAILABILITY-SLA');
    expect(r.tests.find((t) => t.id === 'bcp-tested')?.met).not.toBe(true);
  });
});

describe('"replicated / mirrored to" a place in a named country is a storage location', () => {
  it('addresses DATA-LOCATION', () => {
    const text = 'Customer data is replicated to a standby site in Germany every hour.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('copying to a test environment names no place', () => {
    const text = 'Changes are copied to the test environment after approval.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('"require such company to accept equivalent terms" flows obligations down', () => {
  it('addresses SUBCONTRACT-FLOWDOWN', () => {
    const text = 'If we use another firm, we will bind such company to terms equivalent to those in this agreement.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('missing');
  });
});
