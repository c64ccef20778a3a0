/**
 * Japanese held-out round 219 (broken-format and short documents: FAX order terms, bullet work requests, Q&A answers,
 * quotation conditions, check sheets, casual proposal mail, role tables, PDF-extracted contracts): phrasing families
 * the held-out set showed missing. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 219 (書式が崩れた・短い文書): phrasing families', () => {
  it.each([
    // a bullet that bans with a bare 「…は不可」 (no verb): a prohibition
    ['SUBCONTRACT-APPROVAL', '■ 体制\n・本件の再委託は原則として不可'],
    ['SUBCONTRACT-APPROVAL', '（注意事項）\n- 外部委託も不可とします'],
    // an allocation-table row that gives the incident report to a party with ◎
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 不正アクセスの委託者への連絡 | △ | ◎ |'],
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 情報セキュリティインシデントの一報 | ○ | ◎ |'],
    // the handling of data at the contract's end left to later agreement is still a clause on the subject
    ['DATA-RETURN-DELETION', '委託期間満了後の個人情報の取扱いについては、甲乙協議のうえ決定する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // 「不可」 inside a word (不可欠, 復元不可能) is no ban
    ['SUBCONTRACT-APPROVAL', '再委託先の選定には、委託者の業務知識が不可欠である。'],
    // a ◎ row on an incident that reports nothing (planning the fix) is no notification
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 情報漏えい事故の再発防止策の立案 | △ | ◎ |'],
    // the handling of data at the start of the work is no end-of-contract clause
    ['DATA-RETURN-DELETION', '業務開始時のデータの取扱いについては、別途協議とする。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // the damages owed "regardless of" the master contract's terms override its cap (「基本契約の定めにかかわらず…全ての損害」)
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '受託者は、本特約への違反により委託者に生じた全ての損害（通知費用及び調査費用を含む。）を、基本契約の定めにかかわらず賠償するものとする。'],
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '乙は、個人情報の漏えいにより甲が被った損害について、本契約第２０条の規定にかかわらず、一切の損害を賠償する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a row with a number and a task name but no party marked leaves the task unowned
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '受託者は、別表のとおり役割を分担する。\n\n| No. | 作業 | 委託者 | 受託者 |\n|---|---|---|---|\n| 1 | OSのパッチ適用 | | ◎ |\n| 2 | 監査ログの点検 | | |\n| 3 | 利用者IDの管理 | ◎ | ○ |'],
    // 「…にかかわらず」 that does not reach the damages (an unrelated proviso) is no carve-out
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '乙は、基本契約の定めにかかわらず、本特約に定める報告を行う。乙が本特約に違反したときは、甲に生じた損害を賠償する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});
