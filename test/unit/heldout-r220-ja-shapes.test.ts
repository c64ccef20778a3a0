/**
 * Japanese held-out round 220 (amendments, renewals, individual orders, SLA agreements, subcontracting approvals,
 * completion-report forms, hand-over agreements): phrasing families the held-out set showed missing. Every case is
 * new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 220 (変更・更新・付随文書): phrasing families', () => {
  it.each([
    // damages left to an article of the master contract (「損害の賠償については、基本契約第N条の定めによる」)
    ['LIABILITY-DAMAGES-INSURANCE', '受託者の業務に起因する損害の賠償については、業務委託基本契約書第１８条の定めによる。'],
    ['LIABILITY-DAMAGES-INSURANCE', '本件に関する損害賠償については、原契約第２２条第２項の規定に従う。'],
    // near-miss of the pledge case below: the contractor's own duty not to leak is a confidentiality clause
    ['CONFIDENTIALITY', '受注者は、本業務で知り得た発注者の情報を、発注者の書面による承諾なく第三者に開示してはならない。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // another topic left to the master contract is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', '検収の手続については、基本契約第１０条の定めによる。'],
    // what a staff pledge must say (「誓約書には、…退職後も…口外しない旨を記載」) is a personnel undertaking only
    ['CONFIDENTIALITY', '※ 誓約書には、在職中及び退職後も業務で知った顧客情報を口外しない旨を記載すること。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // a written report sent to the outsourcer by a stated manner (「報告書を甲に電子メールで送付」) with a day count
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、個人データの漏えいのおそれを認知したときは、認知から２時間以内に甲の窓口へ電話で連絡し、対応完了後７日以内に経緯、原因及び対策を記載した報告書を甲に電子メールで送付する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a first call with no hour count and a report with no day count leave both undated
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、個人データの漏えいのおそれを認知したときは、速やかに甲の窓口へ電話で連絡し、経緯、原因及び対策を記載した報告書を甲に電子メールで送付する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});
