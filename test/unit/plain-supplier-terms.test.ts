/**
 * A small supplier's own terms in plain words (session 62 probe sweep): "we" is the provider, "you" the business that
 * buys, and practice is told in the present tense ("We keep a record of …"). Each clause stands in the same short
 * terms document; the near-misses use the same words for something else.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from './test-result.ts';

const terms = (clause: string) => `Harbourline Booking Service: Terms for Business Customers

These terms are between Harbourline Ltd ("Harbourline", "we", "us") and the business that signs up for the service ("you").

1. The service
We provide an online booking system for your venue. We add new features from time to time. We answer support e-mails on working days.

2. Your data
${clause}

3. Fees
You pay the monthly fee shown on your order. We send invoices by e-mail.`;

describe('plain supplier terms: what they commit to', () => {
  it.each([
    ['LOGGING-MONITORING', 'We keep a record of every sign-in to the admin console for 12 months.'],
    ['LOGGING-MONITORING', 'We keep records of all logins and downloads for one year.'],
    ['SUBCONTRACT-APPROVAL', 'We will not bring in another company to handle your data without asking you first in writing.'],
    ['SUBCONTRACT-APPROVAL', 'Before we use an outside firm to print your mailings, we will ask for your written agreement.'],
    ['PERSONNEL-SCREENING-INSIDER', 'We check the background of everyone who will see your data before they start.'],
    ['CONFIDENTIALITY', 'We will keep everything you tell us about your business to ourselves.'],
    ['VULNERABILITY-MANAGEMENT', 'An outside firm tries to break into the platform once a year and we fix anything serious they find within 14 days.'],
    ['VULNERABILITY-MANAGEMENT', 'Once a year we pay security specialists to try to hack into our booking site.'],
    ['AUDIT-INSPECTION-RIGHTS', 'You can visit our office once a year to see how we look after your data.'],
    // our staff opening the customer's account: "your account" names what they reach, not the customer's own duty
    ['ACCESS-CONTROL', 'Only the members of our support team who need to see your account can open it, and each of them logs in with their own password and a one-time code.'],
    ['ACCESS-CONTROL', 'Our engineers can only access your account with your permission, and every such access is logged.'],
  ])('%s is addressed: %s', (id, clause) => {
    expect(statusOf(id, terms(clause))).not.toBe('missing');
  });

  it.each([
    // a record of bookings or deliveries, not of access
    ['LOGGING-MONITORING', 'We keep a record of every booking for 12 months.'],
    // the customer brings in its own designer
    ['SUBCONTRACT-APPROVAL', 'You can bring in another company to redesign your booking pages at any time.'],
    ['SUBCONTRACT-APPROVAL', 'We will ask for your written agreement before we change the price.'],
    // fraud checks on bookings, not people
    ['PERSONNEL-SCREENING-INSIDER', 'We check the background of every booking request for signs of fraud.'],
    // a break-in at the shop, and a ban on the customer's own testing
    ['VULNERABILITY-MANAGEMENT', 'If anyone tries to break into your venue, call the police.'],
    ['VULNERABILITY-MANAGEMENT', 'You must not try to break into the platform or test its security without our permission.'],
    // a visit to meet people, and a dashboard of bookings
    ['AUDIT-INSPECTION-RIGHTS', 'You can visit our offices to see the team and meet your account manager.'],
    ['AUDIT-INSPECTION-RIGHTS', 'You can see how many bookings you have on the dashboard.'],
    // the customer's own password and account, and help offered to set up its own sign-in
    ['ACCESS-CONTROL', 'Our support team will never ask for your password.'],
    ['ACCESS-CONTROL', 'You are responsible for keeping your password secret and for everything done with your account.'],
    ['ACCESS-CONTROL', 'Our staff can help you set up two-factor sign-in for your account.'],
  ])('%s stays missing (near-miss): %s', (id, clause) => {
    expect(statusOf(id, terms(clause))).toBe('missing');
  });
});
