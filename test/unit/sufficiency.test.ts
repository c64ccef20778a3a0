/** Sufficiency tests read what a clause says, not only which words it uses: a refusal does not meet a right. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const onsite = (text: string) => {
  const audit = analyze(text).requirements.find((r) => r.id === 'AUDIT-INSPECTION-RIGHTS')!;
  const { found, met } = audit.tests.find((t) => t.id === 'onsite')!;
  return { status: audit.status, found, met };
};

describe('AUDIT-INSPECTION-RIGHTS on-site test', () => {
  it.each([
    'We do not permit on-site audits of our data centres.',
    '当社は、お客様による当社施設への立入監査には応じかねます。',
  ])('a refusal addresses the subject but does not meet the test: %s', (text) => {
    expect(onsite(text)).toEqual({ status: 'insufficient', found: true, met: false });
  });

  it.each([
    'The Customer may carry out on-site audits of the Supplier’s premises on 30 days’ notice.',
    '甲は、乙の事業所に立ち入り、監査を行うことができる。',
  ])('an on-site audit right meets it: %s', (text) => {
    expect(onsite(text)).toMatchObject({ found: true, met: true });
  });
});

/** Status and one test's result for a requirement, the text analysed on its own. */
const testOf = (id: string, testId: string, text: string) => {
  const r = analyze(text).requirements.find((x) => x.id === id)!;
  const t = r.tests.find((x) => x.id === testId)!;
  return { found: t.found, met: t.met };
};

describe('sufficiency tests read the registers of UK, US and HIPAA documents', () => {
  it.each([
    ['DATA-RETURN-DELETION', 'choice', "Within thirty (30) days after termination, Provider shall, at Client's election, return Client Data in its native format or destroy it."],
    ['DATA-RETURN-DELETION', 'choice', 'On expiry the Supplier shall return or securely delete all Buyer Data, as the Buyer directs, within 20 Working Days.'],
    ['VULNERABILITY-MANAGEMENT', 'testing', 'The Supplier shall commission an IT Health Check by a CHECK-accredited provider once in each Contract Year.'],
    ['VULNERABILITY-MANAGEMENT', 'monitoring', 'The Vendor shall continuously scan operating system packages and open-source libraries for known vulnerabilities.'],
    ['SECURITY-MEASURES-BASELINE', 'plan-approval', 'The Supplier shall submit its Security Management Plan to the Buyer for approval before go-live.'],
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'corrective', 'If the Supplier breaches this Schedule, the Buyer may give the Supplier fifteen (15) days to cure the breach.'],
    ['REGULATORY-AND-DATA-SUBJECT-COOPERATION', 'authorities', 'Business Associate shall make its internal practices, books and records available to the Secretary.'],
    ['REGULATORY-AND-DATA-SUBJECT-COOPERATION', 'data-subjects', 'Business Associate shall make PHI in a Designated Record Set available to Covered Entity within ten (10) days of a request.'],
    ['INCIDENT-NOTIFICATION', 'deadline', 'Provider shall notify Client of a Security Incident without undue delay, and in no event later than seventy-two (72) hours after discovery.'],
    ['INCIDENT-NOTIFICATION', 'deadline', 'The Processor shall report any personal data breach to the Controller within 24 hours of becoming aware of it.'],
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、情報セキュリティ事故を知ったときは、24時間以内に甲に報告しなければならない。'],
    ['DATA-LOCATION', 'change-notice', 'Customer Data is hosted in the United Kingdom. Any change to the hosting locations requires sixty (60) days prior written notice to the Customer.'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toEqual({ found: true, met: true });
  });

  it.each([
    ['DATA-RETURN-DELETION', 'choice', "Upon termination, Vendor shall return or destroy the data at Vendor's option."],
    ['INCIDENT-NOTIFICATION', 'deadline', 'Business Associate shall report any Security Incident to Covered Entity within five (5) business days after discovery.'],
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、情報セキュリティ事故を知ったときは、3営業日以内に甲に報告しなければならない。'],
    ['DATA-LOCATION', 'change-notice', 'All Authority Data, including backups, must reside in data centers within the United States. Material changes to the approved security plan must be approved by the Authority in advance.'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text).met).toBe(false);
  });
});
