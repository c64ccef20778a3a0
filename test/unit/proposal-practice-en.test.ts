/**
 * English proposals written in the first person: the bidder's present-tense practice ("We notify…", "Our
 * engineers hold…", "All staff complete…", "Our backups are encrypted…") binds it like "We will…"
 * (obligations.ts `englishPracticeDuties`, the counterpart of the Japanese 「…しております」), and negated it bans
 * ("We do not sell client data"). Only in a document typed as a proposal with at least three sentences opening
 * with "We"; past tenses, opinions, auxiliaries, questions and what the writer lacks ("We do not currently
 * hold…") stay statements. A subcontracting heading also carries a flow-down
 * comparative that does not name the subcontractor.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { statusOf } from './test-result.ts';

const proposal = (t: string, firstPerson = true) => `# Proposal in response to RFP 2026-12: Managed Desktop Services\n\nSubmitted by Acme Services Ltd ("Acme", "we") to Riverside Council ("the Council").\n\n## 1. About us\n\n${firstPerson ? 'We have supported local government for ten years. We are pleased to respond to this RFP. We will provide a named account manager.' : 'Acme has supported local government for ten years.'}\n\n## 4. How we work\n\n${t}\n\n## 9. Pricing\n\nOur prices are in Appendix B.\n`;
const modalityOf = (text: string, needle: string) => {
  const r = analyze(text);
  const i = text.indexOf(needle);
  return r.obligations.find((o) => o.start <= i && i < o.end)?.modality ?? 'statement';
};

describe('a first-person English proposal binds its writer by its present-tense practice', () => {
  it.each([
    ['PHYSICAL-SECURITY', 'Our offices operate a clear desk policy.'],
    ['PERSONNEL-TRAINING', 'All engineers complete security training before they are deployed.'],
  ])('%s: %s', (id, t) => {
    expect(statusOf(id, proposal(t))).not.toBe('missing');
    // the same sentence in a proposal not written in the first person stays a description
    expect(statusOf(id, proposal(t, false))).toBe('missing');
  });

  it.each([
    'We notify the Council within 24 hours of any suspected security incident.',
    'All engineers complete security training before they are deployed.',
    'Our backups are encrypted with AES-256.',
  ])('obligation: %s', (t) => {
    expect(modalityOf(proposal(t), t)).toBe('obligation');
  });

  it.each([
    'We believe our approach offers the Council the best value.',
    'We supported 38,000 endpoints last year.',
    'Do we notify the Council of every incident?',
    'We do not currently hold ISO 27001 certification.',
    'We do not offer on-site audits.',
    'We did not lose any customer data last year.',
    'Our data centres are ISO 27001 certified.',
  ])('still a statement: %s', (t) => {
    expect(modalityOf(proposal(t), t)).toBe('statement');
  });

  it.each([
    'Our engineers do not use shared accounts.',
    'We never copy customer files to removable media.',
    'Our staff do not work from home.',
  ])('negated, the practice is a ban: %s', (t) => {
    expect(modalityOf(proposal(t), t)).toBe('prohibition');
  });

  it('a negated practice addresses what it bans ("We do not pass client data to third parties")', () => {
    const t = 'We do not pass client data to third parties except our approved sub-processors.';
    expect(statusOf('CONFIDENTIALITY', proposal(t))).not.toBe('missing');
    expect(statusOf('CONFIDENTIALITY', proposal(t, false))).toBe('missing');
    // "we do not disclose / sell / share" is a promise wherever a writer speaks as "we" (a policy, a security page)
    const promise = 'We do not sell client data or disclose it to third parties except our approved sub-processors.';
    expect(statusOf('CONFIDENTIALITY', proposal(promise, false))).not.toBe('missing');
  });

  it('is not applied to contracts', () => {
    const t = 'We notify the Customer within 24 hours of any suspected security incident.';
    const contract = `SERVICES AGREEMENT\n\nWe provide the Services. We host them in London. We invoice monthly.\n\n2. ${t}\n`;
    expect(modalityOf(contract, t)).not.toBe('obligation');
  });
});

describe('SUBCONTRACT-FLOWDOWN under a subcontracting heading', () => {
  const doc = (heading: string) => `MASTER SERVICES AGREEMENT\n\n1. Services\n\nThe Supplier provides the managed print service.\n\n2. ${heading}\n\n2.1 The Supplier uses Shredline Ltd for drive destruction.\n\n2.2 Shredline operates under a written contract with the Supplier containing obligations no less protective than those in this Agreement.\n`;
  it('a comparative of protection under "Subcontractors" is a flow-down', () => {
    expect(statusOf('SUBCONTRACT-FLOWDOWN', doc('Subcontractors'))).not.toBe('missing');
  });
  it('not under another heading', () => {
    expect(statusOf('SUBCONTRACT-FLOWDOWN', doc('Service partners and pricing'))).toBe('missing');
  });
});

describe('offshore-delivery wording of Indian IT proposals (held-out round 211)', () => {
  // a delivery site named as "our ODC / campus / facility in <city>", a subcontractor called a "partner" that the
  // bidder would engage or bring in, and the workforce called "associates"
  it.each([
    ['DATA-LOCATION', 'Your support tickets will be processed from our ODC in Chennai, with recovery seats at our Noida campus.'],
    ['DATA-LOCATION', "Payroll records will be processed from the vendor's site in Manila."],
    ['SUBCONTRACT-APPROVAL', "We may bring in a specialist partner for night-shift monitoring, subject to the Council's prior consent."],
    ['SUBCONTRACT-APPROVAL', "Acme will not engage any partner to deliver the services without the Council's written approval."],
    ['PERSONNEL-CONFIDENTIALITY', 'Every associate on the account signs a confidentiality undertaking before induction.'],
  ])('%s: %s', (id, t) => {
    expect(statusOf(id, proposal(t))).not.toBe('missing');
  });

  it.each([
    ['DATA-LOCATION', 'Tickets will be processed from our ODC in accordance with the runbook.'],
    ['SUBCONTRACT-APPROVAL', 'The Client may engage a partner to review our work, subject to approval.'],
    ['PERSONNEL-CONFIDENTIALITY', 'Our associate companies sign a non-disclosure agreement with us.'],
  ])('not %s: %s', (id, t) => {
    expect(statusOf(id, proposal(t))).toBe('missing');
  });
});

describe('an e-mail offer restricting its workforce to the customer\'s access route (held-out round 211)', () => {
  // a workforce word of the shared staff lexicon ("agents", "workforce") counts, like "personnel", for an access
  // restriction; an access without a restriction stays unaddressed
  const email = (t: string) => `**From:** Ravi Kumar <ravi@example-tech.in>\n**To:** Anne Price <anne.price@example-council.gov.uk>\n**Subject:** RE: Tender 44 – desktop support – our offer\n\nDear Anne,\n\nThank you for your time yesterday. Please find our offer below.\n\n**1. Scope**\n\n- Remote desktop support for 900 users\n- Monthly review meeting\n\n**2. Security**\n\n${t}\n\n**3. Price**\n\nAs per the attached sheet.\n\nRegards,\nRavi\n`;
  it('addressed: the workforce reaches production only through the customer\'s gateway', () => {
    expect(statusOf('ACCESS-CONTROL', email('The workforce assigned to you will access production only via your bastion gateway.'))).not.toBe('missing');
  });
  it('not addressed: an access with no restriction', () => {
    expect(statusOf('ACCESS-CONTROL', email('Our agents will access your CRM every day.'))).toBe('missing');
  });
});
