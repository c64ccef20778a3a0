/**
 * LOGGING-MONITORING: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('LOGGING-MONITORING: "audit controls" that record system activity (HIPAA register)', () => {
  it.each([
    'Business Associate shall implement audit controls that record and examine activity in information systems containing ePHI.',
    'The Vendor must record system activity on the claims platform and review it weekly.',
  ])('addressed: %s', (text) => {
    expect(statusOf('LOGGING-MONITORING', text)).not.toBe('missing');
  });
  it('controls that record vehicle mileage are no logging', () => {
    expect(statusOf('LOGGING-MONITORING', 'Business Associate shall implement controls that record the mileage of its delivery vehicles.')).toBe('missing');
  });
});

// session 61 probe sweep (English: plain letters of engagement)
describe('LOGGING-MONITORING: a record of "who opens / viewed / changed" a record is an access log', () => {
  it.each([
    'The booking system must record who opens each member record, and the Supplier will keep that record for a year.',
    'The Contractor will keep a record of who has viewed or changed any tenant file for at least twelve months.',
  ])('addressed: %s', (text) => {
    expect(statusOf('LOGGING-MONITORING', text)).not.toBe('missing');
  });
  it('a record of who attended training is no log (near-miss)', () => {
    expect(statusOf('LOGGING-MONITORING', 'The Contractor will keep a record of who attended each training session.')).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('LOGGING-MONITORING: 「誰がいつ閲覧したかを記録」 is an access log', () => {
  it.each([
    '名簿データを誰がいつ閲覧したかをシステムで記録し、その記録を1年間保存してください。',
    '乙は、誰がいつ顧客ファイルを開いたかを記録しなければならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('LOGGING-MONITORING', text)).not.toBe('missing');
  });
  it('who attended training is no log (near-miss)', () => {
    expect(statusOf('LOGGING-MONITORING', '乙は、誰がいつ研修に出席したかを記録する。')).toBe('missing');
  });
});
