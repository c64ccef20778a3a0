/**
 * Japanese held-out round 228 (金融機関の外部委託: bank core-system operations, FISC-referencing specifications,
 * insurer call centres, securities cloud memoranda, shinkin ATM monitoring, card payment / PCI DSS, outsourcing
 * management policies, audit-centred contracts): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf, testOf } from './test-result.ts';

describe('Japanese held-out round 228 (金融機関の外部委託): phrasing families', () => {
  it.each([
    // party first, then 「…と同様の…管理を行わせる」: the subcontractor made to keep the same handling
    ['SUBCONTRACT-FLOWDOWN', '受託者は、再委託先に対しても、本契約と同様の顧客情報の保護を行わせるものとする。'],
    ['SUBCONTRACT-FLOWDOWN', '受注者は、再委託先にも本仕様書と同様の情報の管理を徹底させること。'],
    // a named cloud assurance scheme kept up (ISO/IEC 27017・27018, SOC 2) is a security baseline
    ['SECURITY-MEASURES-BASELINE', '受託者は、ISO/IEC 27017の認証範囲に含まれる統制を維持するものとする。'],
    ['SECURITY-MEASURES-BASELINE', '乙は、SOC 2の報告書の対象となる統制を整備し、契約期間中これを運用する。'],
    // the outsourcer's own information-handling rules as the yardstick (「当行の定める情報取扱規程に基づき」)
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託された帳票及び電子データを、当行の定める情報取扱規程に基づき管理しなければならない。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a responsibility-split table whose cells read 「責任を負う」 allocates work; it is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', '| 項目 | 委託者 | 受託者 |\n|---|---|---|\n| 端末の設定 | 責任を負う | － |\n| 障害の切り分け | － | 責任を負う（平日のみ） |'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // vulnerability work done 「本業務の範囲内で」 says who responds and that it is within the fee
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受託者は、提供システムに影響する新たな脆弱性を把握したときは、3営業日以内に影響と対応案を委託者に報告すること。当該対応は本件業務の範囲内で行うものとする。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});
