/**
 * Japanese held-out round 212 (retail / EC / marketing): phrasing families the held-out set showed missing.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // a storage device destroyed after a hardware swap, and paper slips (伝票) thrown away after use, carry the data
    ['DATA-RETURN-DELETION', '故障により交換したハンディ端末の記憶装置は、交換後１４日以内に粉砕処理し、処理証明書を発注者に提出する。'],
    ['DATA-RETURN-DELETION', '集荷伝票は、配達完了後３か月を経過したときに受託者が溶解処理する。'],
    // the subcontractor's handling deemed the contractor's own (「…による処理は、受注者による処理とみなす」), or its work answered for
    ['SUBCONTRACT-LIABILITY', '委託先による個人データの処理は、受注者による処理とみなす。'],
    ['SUBCONTRACT-LIABILITY', '受注者は、協力会社の作業について発注者に対し責任を負う。'],
    // a bidder accepting the buyer's audit, on-site included (「…監査…を受け入れます」)
    ['AUDIT-INSPECTION-RIGHTS', '弊社は、貴社又は貴社が指定する監査人による監査（弊社事業所への立入りを含む。）を受け入れます。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the place where a server's disk is destroyed is no data-location clause
    ['DATA-LOCATION', 'リース満了で返却するサーバの記憶装置は、受注者が物理的に破壊し、証明書を提出する。'],
    // an industry standard named as the yardstick of a test is no security-measures clause, even under a security heading
    ['SECURITY-MEASURES-BASELINE', '第８条（セキュリティ）\n２　受注者は、半期ごとに、業界団体のセキュリティ基準に準拠したペネトレーションテストを実施する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // every tier reached (「再々委託以下の全ての段階に適用する」) in the sentence after the flow-down duty
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '受託者は、再委託先に対し、本契約に定める受託者の義務と同等の義務を書面により課すものとする。当該義務は、再々委託以下の全ての段階に適用する。'],
    // call-centre 着台 (taking the line): before it and at a stated interval after it
    ['PERSONNEL-TRAINING', 'timing', '受託者は、オペレーターに対し、着台前に情報セキュリティ研修を行い、着台後においても毎年１回の研修を行う。'],
    // revocation on the day a person leaves and at the contract's end (「退任日並びに本契約の終了日に…無効化する」)
    ['ACCESS-CONTROL', 'revocation', '受託者は、従事者の退任日並びに本契約の終了日に、該当する利用者IDを無効化し、委託者に報告する。'],
    // the fix included in the maintenance fee settles who pays, even when one carve-out is left to agreement
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受注者は、納入したシステムに影響する新たな脆弱性を知ったときは、３日以内に発注者に通知する。修正作業は保守委託料に含まれるものとし、機能追加を伴う場合は別途協議する。'],
    // damages that list breach-response costs (notice to individuals, forensics) speak to data breaches
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '受注者は、本特約に反して発注者に損害を与えたときは、その損害（本人への通知に要した費用及びフォレンジック調査費用を含む。）を賠償する。'],
    // a download from the analysis environment to a local PC ruled out (「…ダウンロードは行わないこと」)
    ['COPY-REMOVAL-RESTRICTION', 'removal-ban', '仮想環境から手元のパソコンへのファイルのダウンロードは行わないこと。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a bare mention of the fee is no allocation
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受注者は、納入したシステムに影響する新たな脆弱性を知ったときは、３日以内に発注者に通知する。対応の要否及び費用は別途協議する。'],
    // a general damages clause with generic cost heads only is not breach-specific
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '受注者は、本契約に違反して発注者に損害を与えたときは、その損害（復旧に要した費用を含む。）を賠償する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});
