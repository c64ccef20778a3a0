/**
 * Japanese held-out round 224 (translated / foreign-owned documents: Japanese editions of global cloud terms, DPAs
 * and SLAs, translated MSAs, intra-group outsourcing, global supplier standards, offshore development, bilingual
 * memoranda): phrasing families the held-out set showed missing or misread. Every case is new wording, not the
 * held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // GDPR vocabulary in translation: 「個人データ侵害」「データ侵害」 is the incident
    ['INCIDENT-NOTIFICATION', '受託者は、委託者のデータに関するデータ侵害を認知したときは、遅滞なく委託者に通知しなければならない。'],
    ['INCIDENT-NOTIFICATION', 'ベンダーは、個人データ侵害が生じたことを知った場合、72時間以内にお客様に通知します。'],
    // places given by reference to an annex list of countries (「別表２に定める国において」)
    ['DATA-LOCATION', '受託者は、委託者データを別表２に定める国においてのみ保管するものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // 「自らの行為及び不作為と同様に」 (acts AND omissions, translated) is liability as for its own
    ['SUBCONTRACT-LIABILITY', 'full-liability', '乙は、外注先の行為又は不作為について、自己の行為又は不作為と同様に甲に対して責任を負うものとする。'],
    // DR drill results handed over (「訓練結果…を提供」) are shared results
    ['BCP-AVAILABILITY-SLA', 'bcp-tested', '当社は、災害復旧手順について半年に1回以上切替訓練を行います。訓練の結果は、ご契約者様のご依頼に応じて提供いたします。'],
    // 「…においてのみ取り扱う」 rules out every other place, backups and remote access included
    ['DATA-LOCATION', 'locations-listed', '受託者は、顧客情報を、日本国内及びマレーシアの受託者の拠点においてのみ取り扱うものとする。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
  it.each([
    // replication to another region / data centre is a DR copy, not a copy restriction
    ['COPY-REMOVAL-RESTRICTION', '当社は、ご契約者様のデータを異なるデータセンターに非同期で複製します。'],
    // a subprocessor's acts borne as one's own (「副処理者の行為について…責任を負います」) is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', 'ベンダーは、副処理者の行為について、自らの行為と同様にお客様に対して責任を負います。'],
    // an incident trigger built on 「漏えい、滅失又は毀損…を知ったとき」 is no security-measures clause
    ['SECURITY-MEASURES-BASELINE', '乙は、顧客情報の漏えい、滅失又は毀損のおそれのある事態を知ったときは、直ちに甲に連絡しなければならない。'],
    // a 24/7 security contact for the first incident report (「第一報」) is no service-level support window
    ['BCP-AVAILABILITY-SLA', '乙は、個人情報の漏えい又はその疑いを把握したときは、2時間以内に甲のセキュリティ窓口（電話、24時間365日対応）に第一報を入れること。'],
    // GDPR Art. 28(3)(b) in translation binds the authorised persons, not the party: personnel, not CONFIDENTIALITY
    ['CONFIDENTIALITY', 'ベンダーは、お客様データを取り扱う権限を付与された者に、契約上の秘密保持義務に服させるものとします。'],
    // an annex row of personnel measures (「人的セキュリティ｜採用時の秘密保持誓約」) likewise
    ['CONFIDENTIALITY', '| 区分 | 措置 |\n|---|---|\n| 人的セキュリティ | 採用時の秘密保持誓約、年次研修 |'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // the English half of a bilingual memorandum: 'followed by a written report' with no deadline of its own
    ['INCIDENT-NOTIFICATION', 'deadline', 'The Vendor shall inform the Client by phone without delay and no later than eight (8) hours after it learns of any unauthorised access to Client data, followed by a written report.'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(false);
  });
  it.each([
    // …but a written report with its own deadline still meets it
    ['INCIDENT-NOTIFICATION', 'deadline', 'The Vendor shall inform the Client by phone within eight (8) hours after it learns of any unauthorised access to Client data, followed by a written report within three (3) business days.'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});
