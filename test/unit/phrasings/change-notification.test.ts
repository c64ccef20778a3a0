/**
 * CHANGE-NOTIFICATION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English: UK call-off contracts)
describe('CHANGE-NOTIFICATION: "tell the Buyer in advance of any change"', () => {
  it.each([
    'The Supplier must tell the Authority before it moves Authority Data to a different hosting site.',
    'The Contractor shall tell the Council in writing at least one month before any change of its subcontractors.',
  ])('addressed: %s', (text) => {
    expect(statusOf('CHANGE-NOTIFICATION', text)).not.toBe('missing');
  });
  it('telling the Buyer a delivery time is no change notice', () => {
    expect(statusOf('CHANGE-NOTIFICATION', 'The Supplier must tell the Authority the expected delivery time for each order.')).toBe('missing');
  });
});

// session 60 probe sweep (Japanese: generative-AI clauses)
describe('CHANGE-NOTIFICATION: 「利用する…サービス／クラウドを変更する」 notified or approved beforehand', () => {
  it.each([
    '乙は、本業務で使用するクラウドサービスを変更しようとするときは、あらかじめ甲に届け出ること。',
    '受託者は、利用する翻訳エンジンのモデルを切り替える場合は、事前に委託者の承認を得るものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('CHANGE-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a change of the meeting room is no change notice', () => {
    expect(statusOf('CHANGE-NOTIFICATION', '乙は、使用する会議室を変更するときは、あらかじめ甲に届け出ること。')).toBe('missing');
  });
});
