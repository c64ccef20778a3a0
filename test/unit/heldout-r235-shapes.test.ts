/**
 * Round 235 (English documents written by the vendor: a SaaS DPA, a trust-centre export, a SOC 2 bridge letter, a
 * security whitepaper, an MSP service description, an incident summary, a sub-processor list page, a support and
 * maintenance policy): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"publish a security advisory / bulletin" tells the customer of a vulnerability', () => {
  it('addresses THREAT-INFO-SHARING and meets notify-new-vulns', () => {
    const text = 'Once a flaw in the hosted platform is verified, the Vendor shall publish a security bulletin to subscribers through the customer portal within 3 business days, stating the affected components, the severity rating and any workaround.';
    expect(req(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
    expect(met(text, 'THREAT-INFO-SHARING', 'notify-new-vulns')).toBe(true);
  });
  it('publishing product news is not threat sharing', () => {
    const text = 'The Vendor may publish product news and release notes on its blog.';
    expect(req(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});

describe('"responsible, among other things, for:" introduces a list of customer-side controls', () => {
  it('addresses RESPONSIBILITY-BOUNDARY', () => {
    const text = 'Clients remain responsible, in particular, for:\n\n- granting and withdrawing access for their own staff;\n- safeguarding the passwords and tokens issued to them.';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
  it('a list of commercial duties is not an allocation of security activities', () => {
    const text = 'Clients remain responsible, in particular, for:\n\n- paying invoices on time;\n- keeping their billing address current.';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
});

describe('deletion named among the obligations flowed down to sub-processors is not a deletion clause', () => {
  it('does not address DATA-RETURN-DELETION', () => {
    const text = 'The Vendor binds every subcontractor by a written agreement to obligations equivalent to those of this Addendum, including confidentiality, incident reporting and erasure of personal data when the services end.';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
  it('the vendor\'s own deletion duty still does', () => {
    const text = 'The Vendor will erase all personal data within 30 days after the services end.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('copying data "off" the customer\'s systems is removal from them', () => {
  it('meets removal-ban of COPY-REMOVAL-RESTRICTION when written permission is required', () => {
    const text = 'Support staff must not take any Client records off the Client\'s servers without the Client\'s prior written consent.';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a discount taken off the fee is not removal', () => {
    const text = 'A discount of 10% will be taken off the annual fee for multi-year orders.';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

describe('an assurance report\'s restricted-use legend is not a purpose limitation on data', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = 'Our assurance report is intended solely for the information and use of the service organisation, its customers and their auditors.';
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a use restriction on the customer\'s data still does', () => {
    const text = 'The Supplier shall use Customer Data solely for the purpose of providing the Services.';
    expect(req(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

describe('termination "as your sole remedy" for an objection is not a liability clause', () => {
  it('does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'Where the parties cannot agree on a replacement hosting provider, the Customer may cancel the affected order as its sole remedy.';
    expect(req(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
  it('service credits as the sole remedy for downtime still do', () => {
    const text = 'Service credits are the Customer\'s sole and exclusive remedy for any failure to meet the uptime commitment.';
    expect(req(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

describe('the customer telling the vendor of compromised "accounts" (plural) is the customer\'s own duty', () => {
  it('does not address INCIDENT-NOTIFICATION', () => {
    const text = 'Each subscriber is responsible for informing Acme Cloud without delay of any suspected compromise of their accounts.';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
  it('the vendor\'s notice of a suspected breach of customer data still does', () => {
    const text = 'The Vendor shall notify the Customer within 24 hours of any suspected breach affecting Customer Data.';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
});
