/**
 * Japanese held-out round 222 (small and local outsourcers: town website upkeep, chamber of commerce member system,
 * care records, agricultural co-op core system, school admin RFP, clinic maintenance, cable TV SLA, shinkin bank):
 * phrasing families the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 222 (地方・小規模な発注者): phrasing families', () => {
  it.each([
    // access limited by naming who else may not have it: 「登録された者以外に…アクセスさせない／認めない」
    ['ACCESS-CONTROL', '乙は、甲に登録された作業者以外に、顧客データベースへのアクセスを認めないものとする。'],
    ['ACCESS-CONTROL', '乙は、名簿に掲載された者以外に、会員情報へのアクセスを許してはならない。'],
    // an effort-worded password duty (「…を設定するなど…に配慮すること」) still deals with access control
    ['ACCESS-CONTROL', '保守用端末のログインには、容易に推測されないパスワードを用いるなど、なりすましの防止に配慮すること。'],
    // remote access gated per session with the kana spelling 「作業のつど…接続を許可」
    ['ACCESS-CONTROL', 'リモート保守は、保守会社の技術者が作業のつど当院の担当者から接続の承認を得て行うものとする。'],
    // applying the released updates of a CMS and its plug-ins (「…の更新版…適用」) is patching
    ['VULNERABILITY-MANAGEMENT', '（１）ＣＭＳ及び拡張機能の更新作業\n　ＣＭＳ本体及び拡張機能の更新版がリリースされたときは、検証環境で確認した上で本番環境に適用すること。'],
    // stated support hours and an on-site response time are quantitative service levels
    ['BCP-AVAILABILITY-SLA', '（３）ヘルプデスク\n　問合せの受付時間は、平日の午前９時から午後６時までとする。'],
    ['BCP-AVAILABILITY-SLA', '- 出張サポート：ご依頼から原則３営業日以内に伺います'],
    // the outsourcer may ask for a report on how the data is handled (「…の取扱いについて報告を求める」)
    ['AUDIT-INSPECTION-RIGHTS', '発注者は、必要に応じ、受注者に対し、患者情報の取扱いに関して報告を求めることができる。'],
    // data output at the end in a format the outsourcer names (「甲が指定する形式で」)
    ['EXIT-TRANSITION-SUPPORT', '契約満了時には、委託者が指定する形式で全ての記録データを出力し、提供すること。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a 免責 section that only keeps some outages out of the availability figure is no liability clause
    ['LIABILITY-DAMAGES-INSURANCE', '## 9．免責事項\n以下に該当する時間は、可用性の算出において停止時間に算入しない。\n①　定期保守のための計画停止\n②　利用者側の回線障害'],
    // an incident report deadline is no support response time
    ['BCP-AVAILABILITY-SLA', '乙は、個人情報の漏えいを知ったときは、その連絡から２４時間以内に甲に報告する。'],
    // a duty to answer questions for a while after go-live names no support window of an operated service
    ['BCP-AVAILABILITY-SLA', '- リリース後２週間は利用者からの問い合わせに回答すること（メール、平日10時～16時）'],
    // a listed person or report demand that is not about access / handling stays out
    ['AUDIT-INSPECTION-RIGHTS', '乙は、個人情報の取扱いについて、従事者に周知しなければならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // a 免責 heading over real damages exclusions still counts
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '## 免責\n乙は、乙の責めに帰すべき事由による個人情報の漏えいについては、これにより甲に生じた損害を賠償する。'],
  ])('%s %s is found: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.found).toBe(true);
  });
});
