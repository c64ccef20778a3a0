/**
 * Japanese held-out round 227 (short, rough field documents: work orders, data-erasure requests and certificates,
 * removal request forms, access-right applications, incident report forms, temp-staff pledges, monthly reports,
 * on-site entry rules): phrasing families the held-out set showed missing or misread. Every case is new wording,
 * not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 227 (現場の短い文書): phrasing families', () => {
  it.each([
    // a heading 「〇〇の分担」 over a ◎/○ party table is a responsibility allocation
    ['RESPONSIBILITY-BOUNDARY', '## ４　障害時対応の分担\n| 作業 | 委託者 | 受託者 |\n|---|:-:|:-:|\n| 一次切り分け | ○ | ◎ |\n| 利用部署への連絡 | ◎ | |\n| 原因の調査 | | ◎ |'],
    // a built-in / external disk destroyed physically is the deletion of the data it holds
    ['DATA-RETURN-DELETION', '撤去した複合機の内蔵ディスクは、乙が物理的に破壊したうえで廃棄するものとする。'],
    // leaving the premises (「退室時」) is the end of on-site work: deleting the outsourcer's data then is in scope
    ['DATA-RETURN-DELETION', '退室時には、作業用端末に保存した委託者のデータを消去し、担当職員の確認を受けること。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a cost split is no responsibility allocation
    ['RESPONSIBILITY-BOUNDARY', '## ５　費用の分担\n| 項目 | 委託者 | 受託者 |\n|---|:-:|:-:|\n| 交通費 | | ◎ |\n| 会場費 | ◎ | |'],
    // returning a badge on leaving is no data return
    ['DATA-RETURN-DELETION', '退館時には、入館証を守衛所に返却すること。'],
    // a centre's night desk named as a phone contact is no processing location
    ['DATA-LOCATION', '障害の第一報は、運用センター当直（内線 3300）へ電話で行うこと。'],
    // entering a room by one's own card (「ICカードにより自ら行い」) says nothing about subcontracting
    ['SUBCONTRACT-APPROVAL', 'サーバ室への入室は、ICカードにより自ら行い、他の者を同伴させないこと。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('an application and approval on 「本様式」 is written approval of a copy', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval',
      '会員データを可搬媒体に複製する場合は、あらかじめ本様式により申請し、課長の承認を受けること。').met).toBe(true);
  });

  it('performing the work oneself still reads as no subcontracting', () => {
    expect(statusOf('SUBCONTRACT-APPROVAL', '乙は、本業務を自ら行い、第三者に委託してはならない。')).not.toBe('missing');
  });
});
