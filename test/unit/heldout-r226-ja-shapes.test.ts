/**
 * Round 226 (Japanese system-development documents by phase: 要件定義支援の準委任契約, 設計・製造の請負契約,
 * ソフトウェア開発委託基本契約, オフショア開発の個別契約, テスト工程の委託仕様書, 運用保守移行計画書, 検収基準書,
 * システム監査の委託契約): phrasing families the held-out set showed missing or misread. Every case is new wording,
 * not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { detectParties } from '../../shared/engine/parties.ts';
import { requirementOf as req, metOf as met } from './test-result.ts';

const roles = (text: string) => Object.fromEntries(detectParties(text).map((p) => [p.label, p.role]));

describe('a professional corporation (監査法人, 弁護士法人, 税理士法人 …) is an organisation, not a public body that buys', () => {
  it('an audit firm named 乙 is the contractor', () => {
    const text = `内部統制評価支援業務委託契約書
東邦精機株式会社（以下「甲」という。）と、みどり監査法人（以下「乙」という。）とは、次のとおり契約を締結する。
第１条　甲は、乙に対し、財務報告に係る内部統制の評価支援業務（以下「本業務」という。）を委託し、乙はこれを受託する。
第２条　乙は、本業務に関して知り得た甲の秘密を第三者に漏らしてはならない。`;
    expect(roles(text)).toMatchObject({ 甲: 'outsourcer', 乙: 'contractor' });
  });
  it('so is a law firm named 受任者', () => {
    const text = `法律顧問契約書
株式会社ひばり商事（以下「委任者」という。）と弁護士法人あおぞら総合法律事務所（以下「受任者」という。）は、次のとおり契約する。
第１条　受任者は、委任者の個人情報保護法対応に関する助言を行う。`;
    expect(roles(text)).toMatchObject({ 委任者: 'outsourcer', 受任者: 'contractor' });
  });
});

describe('an effort-worded ban on downloading (「ダウンロードしないよう努める」) is still a copy restriction', () => {
  it('addresses COPY-REMOVAL-RESTRICTION', () => {
    const text = '４　保守要員は、業務上やむを得ない場合を除き、委託者の設計資料を私物のパソコンにダウンロードしないよう努めるものとする。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
  it('a download offered as a service feature is not', () => {
    const text = '利用者は、管理画面から操作マニュアルをダウンロードすることができる。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

describe('an audit right extended by anaphora (「この権利は再委託先にも及ぶ」「当該権利は…協力会社に対しても及ぶ」)', () => {
  it('meets the subcontractors test of AUDIT-INSPECTION-RIGHTS', () => {
    const text = '１　発注者は、受注者の作業場所に立ち入り、検査を行うことができる。当該権利は、受注者の協力会社に対しても及ぶものとする。';
    expect(met(text, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(true);
  });
  it('not when the right is said not to reach them', () => {
    const text = '１　発注者は、受注者の作業場所に立ち入り、検査を行うことができる。この権利は再委託先には及ばない。';
    expect(met(text, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

describe('the buyer\'s own IT department as a matrix column (「情報システム課」) is the customer side', () => {
  const matrix = (first: string) => `## 3. 保守体制と役割分担
| 作業 | ${first} | 保守ベンダ | 構築ベンダ | IaaS事業者 |
|---|:---:|:---:|:---:|:---:|
| ミドルウェアの修正パッチ適用 | △ | ◎ | | |
| アカウント・権限の管理 | ◎ | ○ | | |
| 監視ログの点検 | ○ | ◎ | | |
| 仮想基盤・物理設備 | | | | ◎ |
| 障害時の切り分け | ○ | ◎ | △ | |
凡例：◎責任、○協力、△確認`;
  it('meets no-orphans of RESPONSIBILITY-BOUNDARY', () => {
    expect(met(matrix('情報システム課'), 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(true);
  });
  it('not when the column is the vendor\'s own IT department', () => {
    expect(met(matrix('保守ベンダの情報システム部'), 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(false);
  });
});

describe('a reserved copyright with a licence back to the buyer (「著作権は乙に留保し、甲は…必要な範囲で利用することができる」)', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = '２　本件ソフトウェアの著作権は受注者に留保されるものとし、発注者は、自己の業務に必要な範囲で本件ソフトウェアを利用することができる。';
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a use limit on the buyer\'s data beside a copyright clause still does', () => {
    const text = '著作権は甲に帰属し、乙は、甲の秘密情報を本業務以外の目的に利用してはならない。';
    expect(req(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

describe('acceptance inspection before delivery (「納品前に…検査」) and the contractor\'s own 自主検査 are not audit rights', () => {
  it('a pre-delivery security check under an inspection-criteria heading does not address AUDIT-INSPECTION-RIGHTS', () => {
    const text = '## 第４　ソフトウェアの検査基準\n（３）セキュリティ検査として、受注者は、納品前に第三者によるプラットフォーム診断を実施し、その結果を報告書で示すこと。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('nor does the content of the contractor\'s self-inspection report', () => {
    const text = '## 第５　自主検査成績書\n受注者が作成する自主検査成績書には、検査日及び検査者を記載すること。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('the buyer demanding self-inspection results still does', () => {
    const text = '２　発注者は、四半期ごとに、受注者に対し、再委託先の管理状況に関する自主点検結果の報告を求めることができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

describe('a handover between development phases (「総合テスト工程への引継ぎ」) is no exit handover', () => {
  it('does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '３　受注者は、単体テスト完了時に、総合テスト工程への引継ぎ資料を作成し、発注者に提出する。';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('a handover to a successor at the end still does', () => {
    const text = '３　受注者は、契約終了時に、後継事業者への引継ぎ資料を作成し、発注者に提出する。';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});
