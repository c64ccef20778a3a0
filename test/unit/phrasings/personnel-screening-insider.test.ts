/**
 * PERSONNEL-SCREENING-INSIDER: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('PERSONNEL-SCREENING-INSIDER: a government clearance level held by staff', () => {
  it.each([
    'Every engineer with access to production must hold at least a Baseline clearance.',
    'Contractor employees require a favourable Public Trust determination before they start work on the system.',
    'Analysts on the account shall hold a valid SC clearance for the duration of their assignment.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', text)).not.toBe('missing');
  });
  it('customs clearance of goods is no vetting of people', () => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', 'Imported spare parts must obtain customs clearance before they are delivered to the depot.')).toBe('missing');
  });
});

// session 59 probe sweep (Japanese)
describe('PERSONNEL-SCREENING-INSIDER: 「身元を確認」「身元の調査」 of staff written with a particle', () => {
  it.each([
    '受託者は、作業員を配置する前に、その身元を確認しなければならない。',
    '従事者の身元の調査は、配置前に受託者の責任で実施すること。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', text)).not.toBe('missing');
  });
});

// session 59 probe sweep (both languages)
describe('PERSONNEL-SCREENING-INSIDER: checking the identity of customers, callers or visitors is no vetting of staff', () => {
  it.each([
    'The Supplier shall verify the identity of every caller before discussing an account.',
    '受託者は、窓口において申請者の本人確認を行うこと。',
    '受付では、来庁者の身元を確認した上で入庁証を交付すること。',
    'Customer identity verification shall follow the bank\'s KYC procedure.',
  ])('not addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', text)).toBe('missing');
  });
  it('the identity of the staff themselves is still vetting', () => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', 'The Supplier shall verify the identity of all staff before they are given access to customer records.')).not.toBe('missing');
  });
});

// session 59 probe sweep (both languages)
describe('PERSONNEL-SCREENING-INSIDER: checks "before hiring" or 「採用時」 name the staff without a staff noun', () => {
  it.each([
    'Our people:\n- criminal record checks for all new starters\n- a named manager for every account',
    '当社の人的対策\n・採用時の経歴確認\n・全社員への名札の着用',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', text)).not.toBe('missing');
  });
  it('reference checks on the suppliers bought from are no staff vetting', () => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', 'Our purchasing:\n- reference checks on the suppliers we buy from\n- hiring fairs twice a year')).toBe('missing');
  });
});

// session 60 probe sweep (English: Indian and Australian government registers)
describe('PERSONNEL-SCREENING-INSIDER: police verification, police checks', () => {
  it.each([
    'The Agency shall complete police verification of every operator before deployment at the call centre.',
    'All staff working on the contract must hold a current national police check.',
    'Personnel shall be placed only after their antecedent verification is complete.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', text)).not.toBe('missing');
  });
  it('a report to the police is no check of staff', () => {
    expect(statusOf('PERSONNEL-SCREENING-INSIDER', 'The Agency shall report any theft from the warehouse to the local police station.')).toBe('missing');
  });
});
