/**
 * Round 221 (Japanese; documents written by the IT vendor: proposal, security white paper, SaaS service
 * specification, operations design, implementation plan, cloud check-sheet answers, estimate assumptions, maintenance
 * terms): phrasing families the held-out set showed mis-read. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { metOf, requirementOf as req } from './test-result.ts';

describe('COPY-REMOVAL-RESTRICTION: erasing the copies one made for the work (「複製したデータは…消去する」)', () => {
  it('an end-of-work erasure of data copied for the work does not address copy restriction', () => {
    const text = '２　検証のために受託者の端末に複製された電子データは、検証終了後、受託者が責任をもって削除する。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('the same with 「コピーしたファイルについては」', () => {
    const text = 'なお、障害解析のためにコピーしたファイルについては、解析完了後に速やかに廃棄いたします。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a copy ban without approval still does', () => {
    const text = '受託者は、委託者の書面による事前の承認を得ずに、提供データを複製してはならない。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

describe('BCP-AVAILABILITY-SLA: a DR drill whose results are said to be withheld (「結果は非公開」)', () => {
  it('results not disclosed do not meet bcp-tested', () => {
    const text = '当社は災害復旧計画を定め、半年ごとに切替訓練を行っていますが、訓練の結果はお客様に開示しておりません。';
    expect(metOf(text, 'BCP-AVAILABILITY-SLA', 'bcp-tested')).toBe(false);
  });
  it('English: results are not shared', () => {
    const text = 'The Provider maintains a disaster recovery plan and tests it every year; the test results are not shared with customers.';
    expect(metOf(text, 'BCP-AVAILABILITY-SLA', 'bcp-tested')).toBe(false);
  });
  it('a yearly drill whose results are reported still meets it', () => {
    const text = '受託者は、事業継続計画に基づく復旧訓練を年１回実施し、その結果を委託者に書面で報告する。';
    expect(metOf(text, 'BCP-AVAILABILITY-SLA', 'bcp-tested')).toBe(true);
  });
});

describe('DATA-LOCATION: work done by remote connection from the contractor\'s office (「…拠点からのリモート接続により行う」)', () => {
  it('addresses the requirement', () => {
    const text = '３　保守作業は、受託者の運用センター（大阪市）からのリモート接続により行うものとする。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a meeting held at the office does not', () => {
    const text = '３　保守作業の内容は、受託者の運用センターで開催する定例会において報告する。';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});
