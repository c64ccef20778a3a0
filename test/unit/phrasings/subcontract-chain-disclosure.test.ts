/**
 * SUBCONTRACT-CHAIN-DISCLOSURE: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (Japanese: SaaS terms)
describe('SUBCONTRACT-CHAIN-DISCLOSURE: the subcontractors listed with their 処理地域／保存場所', () => {
  it.each([
    '乙が利用する再委託先及びその処理地域は、別表に記載する。',
    '再委託先及び各再委託先の保存場所は、別紙一覧のとおりとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-CHAIN-DISCLOSURE', text)).not.toBe('missing');
  });
  it('a storage place with no subcontractor is no chain disclosure', () => {
    expect(statusOf('SUBCONTRACT-CHAIN-DISCLOSURE', '乙は、データの保存場所を甲に報告する。')).toBe('missing');
  });
});
