/**
 * Round 242 (English HR, payroll and workforce technology: HRIS SaaS, background-check DPA, ATS RFP, benefits
 * administration, biometric time-and-attendance terminals, EAP data schedule, LMS terms, contingent-workforce VMS):
 * phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"biometric data" names a data category, not a security control', () => {
  it('a heading about biometric templates does not address SECURITY-MEASURES-BASELINE', () => {
    const text = '## 6. Processing of Biometric Templates\n\nThe Vendor shall keep the enrolment log for the Employer.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('biometric entry control to the server room still reads as a concrete measure', () => {
    const text = 'The Vendor shall protect the data hall with biometric entry readers, CCTV and a firewall in front of all systems holding Employer personal data.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

describe('"may connect only through … with MFA" is a restriction, not a mere permission', () => {
  it('meets unique-ids-mfa (ACCESS-CONTROL)', () => {
    const text = 'Vendor technicians may access the payroll database only via the Employer\'s bastion host, each using a personal login protected by two-factor authentication.';
    expect(met(text, 'ACCESS-CONTROL', 'unique-ids-mfa')).toBe(true);
  });
  it('an optional second factor stays unmet', () => {
    const text = 'Account owners may switch on two-factor authentication in their profile settings.';
    expect(met(text, 'ACCESS-CONTROL', 'unique-ids-mfa')).toBe(false);
  });
});

describe('retention "in line with <party>\'s retention schedule" then destruction is a deletion clause', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Timesheet records will be kept consistent with the Bureau\'s retention schedule and securely disposed of afterwards.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('retention of invoices for tax purposes alone does not', () => {
    const text = 'Invoices are kept for seven years for tax purposes.';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});
