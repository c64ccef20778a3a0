/**
 * Japanese held-out round 217 (官公庁・独立行政法人: 運用保守調達仕様書, クラウド利用契約, セキュリティ特記事項, 入札説明書別紙,
 * 府省庁向け提案書, 業務引継ぎ要領, 再委託承認申請書, 履行体制図): phrasing families the held-out set showed missing.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 217 (官公庁・独立行政法人): phrasing families', () => {
  it.each([
    // handing information "to the outside" or "to a third party" with へ is a disclosure ban (「外部に提供しない」「第三者へ提供」)
    ['CONFIDENTIALITY', '受託者は、本業務で取り扱う情報を、発注者の許可なく外部へ提供してはならない。'],
    ['CONFIDENTIALITY', '当社は、お預かりした情報を、貴機構の書面による事前承認なく第三者へ提供いたしません。'],
    // the operating party left to be fixed later (「…の運用主体については追って協議の上決定する」) is an allocation left open
    ['RESPONSIBILITY-BOUNDARY', 'ログ監視の実施主体については、追って協議の上決定する。'],
    // access to an admin console limited by source address (「管理画面へのアクセスは…制限すること」)
    ['ACCESS-CONTROL', '運用管理コンソールへのアクセスは、許可した端末からに限るよう制限すること。'],
    // the subcontractor made to undergo the outsourcer's investigation too (「再委託先にも…調査を受けさせる」)
    ['AUDIT-INSPECTION-RIGHTS', '受託者は、発注者が本契約に基づいて行う調査を、協力会社に対しても受けさせるものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // an instrument's purpose clause naming the outsourcer's own outsourcing is no subcontracting rule
    ['SUBCONTRACT-APPROVAL', '第１条　この要綱は、研究所（以下「当研究所」という。）が外部事業者に委託する電算処理業務について、委託先が交代する場合の手続を確実に行うために必要な事項を定める。'],
    // an entry of a list of documents to hand over (「…脆弱性の対応状況一覧」) is no vulnerability duty
    ['VULNERABILITY-MANAGEMENT', '第９条　受託者は、次に掲げる図書を委託者に提出するものとする。\n(1) 作業報告書\n(2) セキュリティパッチ及び脆弱性の対応状況一覧\n(3) 障害管理台帳'],
    // a subcontractor's duties listed for flow-down (「複製の制限…と同等の義務を再委託先に課す」) are no copy rule of the contractor
    ['COPY-REMOVAL-RESTRICTION', '受託者は、秘密の保持、複製の制限及び資料の返還について本契約と同等の義務を再委託先に課すものとする。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // staff leaking deemed the contractor's own leak (「…漏えいした場合は、受託者が漏えいしたものとみなす」)
    ['PERSONNEL-CONFIDENTIALITY', 'vicarious', '受託者は、業務従事者から守秘義務に関する誓約書を徴する。業務従事者が秘密情報を開示したときは、受託者が開示したものとみなす。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});
