/**
 * SUPPLIER-SELECTION-DUE-DILIGENCE: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (Japanese: municipal tenders)
describe('SUPPLIER-SELECTION-DUE-DILIGENCE: 入札参加資格 alone (a roster registration) is no due diligence', () => {
  it('a roster registration as the bidding qualification is missing', () => {
    expect(statusOf('SUPPLIER-SELECTION-DUE-DILIGENCE', '応募資格は、本県の物品調達参加資格者名簿に登載されている者とする。')).toBe('missing');
  });
  it.each([
    '入札参加資格として、プライバシーマークの付与を受けていることを求める。',
    '委託先の選定に当たっては、有資格者の配置状況を確認する。',
  ])('a qualification naming a certification or qualified staff still is: %s', (text) => {
    expect(statusOf('SUPPLIER-SELECTION-DUE-DILIGENCE', text)).not.toBe('missing');
  });
});
