/**
 * Japanese held-out round 230 (自治体・官公庁の調達: 入札説明書・調達仕様書, ISMAP要件定義書, 個人番号の特記事項,
 * 標準化対応仕様書, 選挙システム保守, 図書館システム賃貸借・保守, 外部委託基準, 特記仕様書): phrasing families the
 * held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { statusOf } from './test-result.ts';

describe('Japanese held-out round 230 (自治体の調達文書): phrasing families', () => {
  it.each([
    // a procurement spec names itself 「本要件定義書」「本特記仕様書」「本調達仕様書」: making a subcontractor observe it is flow-down
    ['SUBCONTRACT-FLOWDOWN', '再委託先には、本要件定義書の第４章に掲げる要件を遵守させること。'],
    ['SUBCONTRACT-FLOWDOWN', '下請負者に対し、本特記仕様書に定める個人情報の取扱いに関する事項を守らせること。'],
    // the guideline's contract item 「アクセスを許可する情報の種類と範囲」 deals with access control
    ['ACCESS-CONTROL', '(4) 受託者の従事者がアクセスを認める情報資産の範囲及び接続の方法'],
    // 「OS（ミドルウェア）の更新」 is patching
    ['VULNERABILITY-MANAGEMENT', '端末のOS及び業務アプリケーションの更新は、保守作業の一環として受注者が行う。'],
    // a bid notice's field line 「履行場所　…」 names where the work is done
    ['DATA-LOCATION', '(4) 業務場所　本町役場及び受託者の運用センター'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a subcontractor's sites entered in the location table is a location duty, not a subcontracting approval
    ['SUBCONTRACT-APPROVAL', '保守作業の接続元は別表３に掲げる拠点に限り、協力会社の作業拠点も同表に記載すること。'],
    // the label without a place is no location
    ['DATA-LOCATION', '履行場所については、契約締結後に別途指示する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('a subcontracting approval that asks for the subcontractor\'s sites is still an approval clause', () => {
    expect(statusOf('SUBCONTRACT-APPROVAL',
      '再委託先の作業拠点を別紙様式に記載して申請し、あらかじめ発注者の書面による承認を得ること。')).not.toBe('missing');
  });

  it('a municipal policy\'s 「外部委託事業者」 is the contractor', () => {
    const text = ['# △△町情報セキュリティ対策基準（抜粋）', '## 第７章　外部委託',
      '７．１　情報システム管理者は、外部委託事業者の選定に当たり、委託内容に応じた情報セキュリティ対策が確保されることを確認しなければならない。',
      '７．２　町は、外部委託事業者との間で、次の事項を明記した契約を締結しなければならない。',
      'ア　情報セキュリティポリシーの遵守', 'イ　業務上知り得た情報の守秘義務',
      '７．３　外部委託事業者は、町の求めに応じて作業状況を報告しなければならない。'].join('\n');
    expect(analyze(text).parties.filter((p) => p.label === '外部委託事業者').map((p) => p.role)).toEqual(['contractor']);
  });
});
