/**
 * Round 213 (Japanese, AI and data-use documents): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('a backup exception inside a copy prohibition is not business continuity', () => {
  it('「バックアップのために必要な範囲を除き…複製しない」 does not address BCP-AVAILABILITY-SLA', () => {
    const text = '乙は、システム障害に備えるバックアップのために必要な範囲を除き、貸与データを複製しないものとする。';
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).toBe('missing');
  });
});

describe('a person leaving a post (担当から外れた／担当を外れた) is no responsibility allocation', () => {
  it('an ID-removal duty on leaving does not address RESPONSIBILITY-BOUNDARY', () => {
    const text = '受注者は、従事者が担当を外れた場合、３営業日以内に当該従事者の利用者ＩＤを削除し、発注者に報告すること。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
});

describe('a ban on downloads and screenshots is a copy restriction', () => {
  it('meets copy-approval', () => {
    const text = '受託者は、貸与された設計データのダウンロード及びスクリーンショットの取得を行ってはならない。';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('a download feature offered is not', () => {
    const text = '利用者は、管理画面から帳票データをダウンロードすることができます。';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

describe('disclosure limited to staff who need to know stays a confidentiality term (r190/r197/r206 convention)', () => {
  it('does not address ACCESS-CONTROL', () => {
    const text = '乙は、本件情報を、本件の遂行上知る必要がある従業者に限って開示するものとする。';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('「直ちに…無効化」 is a revocation deadline', () => {
  it('meets revocation with the notice to the outsourcer', () => {
    const text = '受託者は、要員が退任したときは、直ちにその者の利用者ＩＤを無効化し、委託者に報告すること。';
    expect(met(text, 'ACCESS-CONTROL', 'revocation')).toBe(true);
  });
  it('「速やかに」 still is not', () => {
    const text = '受託者は、要員が退任したときは、速やかにその者の利用者ＩＤを無効化し、委託者に報告すること。';
    expect(met(text, 'ACCESS-CONTROL', 'revocation')).toBe(false);
  });
});

describe('training named in the 人的 row of a safeguards table', () => {
  const table = (cell: string) => `第６条（安全管理措置）
乙は、別表に定める安全管理措置を講じなければならない。

別表　安全管理措置
| 区分 | 内容 |
|---|---|
| 組織的安全管理措置 | 責任者の選任 |
| 人的安全管理措置 | ${cell} |
| 技術的安全管理措置 | 通信の暗号化 |`;
  it('addresses PERSONNEL-TRAINING', () => {
    expect(req(table('取扱者に対する教育及び啓発'), 'PERSONNEL-TRAINING').status).not.toBe('missing');
  });
  it('a row without training does not', () => {
    expect(req(table('取扱者からの誓約書の徴取'), 'PERSONNEL-TRAINING').status).toBe('missing');
  });
});
