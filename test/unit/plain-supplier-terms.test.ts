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

const jaTerms = (clause: string) => `ハーバー予約サービス利用規約

本規約は、ハーバー株式会社（以下「当社」といいます。）が提供する予約サービスの利用条件を定めるものです。

第1条（サービス）
当社は、お客様の店舗向けに予約システムを提供します。当社は、平日にサポートのお問い合わせに回答します。

第2条（お客様の情報）
${clause}

第3条（料金）
お客様は、申込書に記載の月額料金を支払うものとします。`;

describe('plain supplier terms in Japanese (です・ます): what they commit to', () => {
  it.each([
    ['LOGGING-MONITORING', '当社は、管理画面へのログインの記録を12か月間保管しています。'],
    ['SUBCONTRACT-APPROVAL', '当社は、お客様の情報の取扱いを他社に任せるときは、事前にお客様の書面による同意をいただきます。'],
    ['PERSONNEL-SCREENING-INSIDER', '当社は、お客様の情報を扱う従業員について、採用時に経歴を確認しています。'],
    ['AUDIT-INSPECTION-RIGHTS', 'お客様は、年に1回、当社の事務所にお越しいただき、情報の管理状況をご確認いただけます。'],
  ])('%s is addressed: %s', (id, clause) => {
    expect(statusOf(id, jaTerms(clause))).not.toBe('missing');
  });
  it.each([
    ['LOGGING-MONITORING', '当社は、予約の記録を12か月間保管しています。'],
    ['LOGGING-MONITORING', '当社は、お客様の閲覧の記録をもとにおすすめを表示します。'],
    ['SUBCONTRACT-APPROVAL', 'お客様は、予約ページのデザインを他社に任せることができます。'],
    // a member's background, not staff's
    ['PERSONNEL-SCREENING-INSIDER', '当社は、入会を希望する会員の経歴を確認します。'],
    ['AUDIT-INSPECTION-RIGHTS', 'お客様は、当社の事務所にお越しいただき、担当者と打合せを行うことができます。'],
  ])('%s stays missing (near-miss): %s', (id, clause) => {
    expect(statusOf(id, jaTerms(clause))).toBe('missing');
  });
});
