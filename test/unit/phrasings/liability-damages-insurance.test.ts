/**
 * LIABILITY-DAMAGES-INSURANCE: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // damages that list breach-response costs (notice to individuals, forensics) speak to data breaches
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '受注者は、本特約に反して発注者に損害を与えたときは、その損害（本人への通知に要した費用及びフォレンジック調査費用を含む。）を賠償する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a general damages clause with generic cost heads only is not breach-specific
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '受注者は、本契約に違反して発注者に損害を与えたときは、その損害（復旧に要した費用を含む。）を賠償する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});

// held-out round 219 (Japanese)
describe('Japanese held-out round 219 (書式が崩れた・短い文書): phrasing families', () => {
  it.each([
    // the damages owed "regardless of" the master contract's terms override its cap (「基本契約の定めにかかわらず…全ての損害」)
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '受託者は、本特約への違反により委託者に生じた全ての損害（通知費用及び調査費用を含む。）を、基本契約の定めにかかわらず賠償するものとする。'],
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '乙は、個人情報の漏えいにより甲が被った損害について、本契約第２０条の規定にかかわらず、一切の損害を賠償する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // 「…にかかわらず」 that does not reach the damages (an unrelated proviso) is no carve-out
    ['LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '乙は、基本契約の定めにかかわらず、本特約に定める報告を行う。乙が本特約に違反したときは、甲に生じた損害を賠償する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});

// held-out round 220 (Japanese)
describe('Japanese held-out round 220 (変更・更新・付随文書): phrasing families', () => {
  it.each([
    // damages left to an article of the master contract (「損害の賠償については、基本契約第N条の定めによる」)
    ['LIABILITY-DAMAGES-INSURANCE', '受託者の業務に起因する損害の賠償については、業務委託基本契約書第１８条の定めによる。'],
    ['LIABILITY-DAMAGES-INSURANCE', '本件に関する損害賠償については、原契約第２２条第２項の規定に従う。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // another topic left to the master contract is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', '検収の手続については、基本契約第１０条の定めによる。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 222 (Japanese)
describe('Japanese held-out round 222 (地方・小規模な発注者): phrasing families', () => {
  it.each([
    // a 免責 section that only keeps some outages out of the availability figure is no liability clause
    ['LIABILITY-DAMAGES-INSURANCE', '## 9．免責事項\n以下に該当する時間は、可用性の算出において停止時間に算入しない。\n①　定期保守のための計画停止\n②　利用者側の回線障害'],
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

// held-out round 222
describe('"neither the consent nor ... shall reduce that liability" is subcontractor liability, not a damages clause', () => {
  it('is not read as LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Vendor answers for the conduct of every subcontractor as for its own conduct. Neither the Buyer\'s approval of a subcontractor nor the terms of any subcontract shall diminish that liability.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // a subprocessor's acts borne as one's own (「副処理者の行為について…責任を負います」) is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', 'ベンダーは、副処理者の行為について、自らの行為と同様にお客様に対して責任を負います。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 224
describe('"liable … as though committed by the <party>" is vicarious, not a damages clause', () => {
  it('does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Contractor answers for every breach of a staff undertaking by its technicians as if done by the Contractor.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
});

// held-out round 234
describe('insurance the supplier must "have in place" is an insurance duty', () => {
  it('addresses LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Consultant must have suitable professional indemnity cover and public liability insurance in place throughout the engagement.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 235
describe('termination "as your sole remedy" for an objection is not a liability clause', () => {
  it('does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'Where the parties cannot agree on a replacement hosting provider, the Customer may cancel the affected order as its sole remedy.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
  it('service credits as the sole remedy for downtime still do', () => {
    const text = 'Service credits are the Customer\'s sole and exclusive remedy for any failure to meet the uptime commitment.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 236
describe('liability: "as if it were a breach by the Supplier" is vicarious personnel liability, not the damages clause', () => {
  it('staff breaches treated as the supplier\'s own do not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Supplier shall be liable for any disclosure of client papers by its engineers as though it were a default on the part of the Supplier itself.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
  it('liability for data breaches "as if it were a breach of this Agreement" still addresses it', () => {
    const text = 'The Supplier shall be liable for all losses arising from a personal data breach as if it were a breach of this Agreement.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 236
describe('insurance in a tender: bidders state / confirm their insurance cover', () => {
  it('a tender asking tenderers to specify their insurance cover addresses LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'Tenderers are asked to specify their public liability and cyber insurance cover.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 239
describe('"liability" naming an insurance product line is not a liability clause', () => {
  it('moving "motor and liability policies" does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Vendor shall convert the closed motor and liability policies into the new ledger before year end.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
  it('the supplier\'s liability for a breach still does', () => {
    const text = 'The Vendor shall be liable for all losses the Insurer suffers from a personal data breach caused by the Vendor.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
  it('carrying a professional liability policy is insurance', () => {
    const text = 'The Vendor shall maintain a professional liability policy with cover of at least GBP 5,000,000.';
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 228 (Japanese)
describe('Japanese held-out round 228 (金融機関の外部委託): phrasing families', () => {
  it.each([
    // a responsibility-split table whose cells read 「責任を負う」 allocates work; it is no damages clause
    ['LIABILITY-DAMAGES-INSURANCE', '| 項目 | 委託者 | 受託者 |\n|---|---|---|\n| 端末の設定 | 責任を負う | － |\n| 障害の切り分け | － | 責任を負う（平日のみ） |'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 254
describe('an approval that "does not limit" the contractor\'s liability for its sub-processors is subcontract liability, not a damages clause', () => {
  it('approval "shall not reduce or limit" liability does not address LIABILITY-DAMAGES-INSURANCE', () => {
    const text = "The Supplier answers for each sub-processor's acts as for its own. Approval of a sub-processor by the Council shall not reduce or limit the Supplier's liability.";
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
  it('a carve-out from the liability limits still does', () => {
    const text = "Nothing in this Agreement limits either party's liability for fraud or for death or personal injury caused by negligence.";
    expect(requirementOf(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

// held-out round 253 (WMS hosting and offshore support desk)
describe('a list of topics after "provisions on", vicarious breach "as if it were X\'s own", and a proposal\'s insurance cover', () => {
  it('a model contract "which includes clauses on … insurance" does not address liability', () => {
    const text = 'The final agreement will follow the Authority\'s model contract, which includes clauses on data protection, indemnities and insurance.';
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('an insurance duty with a limit still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Supplier shall maintain cyber insurance of at least EUR 2 million.')).not.toBe('missing');
  });
  it('liability for staff failures "as if the failure were the Operator\'s own" does not address damages', () => {
    const text = 'The Operator shall be liable for any failure of its engineers to follow these rules as if the failure were the Operator\'s own.';
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('"our insurance cover consists of" cyber insurance with a limit meets insurance', () => {
    const text = 'Our insurance cover consists of cyber liability insurance of EUR 2 million per claim.';
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'insurance', text).met).toBe(true);
  });
  it('a pointer to the commercial section does not', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'Insurance is covered in the commercial section of this response.')).toBe('missing');
  });
});

// held-out round 256
describe('cost heads written as "costs of investigation / remediation / restoration" and "regulatory reporting" are listed recoverable costs', () => {
  it.each([
    "Where a personal data breach results from the Vendor's default, the Vendor shall reimburse the Customer's costs of investigation and of remediation, within the cap in clause 12.2.",
    "The Provider's liability for a security incident covers the Client's expenses for regulatory reporting and for notifying the regulator.",
  ])('cost-heads is met: %s', (text) => {
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'cost-heads', text).met).toBe(true);
  });
  it('costs of preparing the agreement are no cost head', () => {
    const text = "Each party's liability is capped at the fees paid. Each party shall bear its own costs of preparing this Agreement.";
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'cost-heads', text).met).toBe(false);
  });
});

// held-out round 256
describe("a pointer to the buyer's standard terms on liability / insurance is a topic list, not a liability clause", () => {
  it('"general conditions covering indemnity, liability and payment will form part of the contract" does not address it', () => {
    const text = "Bidders are reminded that the Council's general conditions covering indemnity, liability and payment will form part of the contract.";
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('the same pointer with a breach-specific cap still does', () => {
    const text = "The standard terms on liability apply, except that the Supplier's liability for data breaches is capped at £1,000,000.";
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
});

// held-out round 257
describe('a bidder told not to propose amendments to the liability terms sets no liability rule', () => {
  it('"should not suggest amendments to the indemnity and liability terms" does not address LIABILITY-DAMAGES-INSURANCE', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'Suppliers should not suggest amendments to the indemnity and liability terms in Schedule 4.')).toBe('missing');
  });
  it('a cap stated in the same sentence still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'Suppliers should not suggest amendments to the liability terms, under which the Supplier\'s liability is capped at £1,000,000.')).not.toBe('missing');
  });
});

// held-out round 248 (Japanese)
describe('an insurer\'s own line of business and RPO "data loss" are no liability clause', () => {
  it('"損害保険事故" as the subject of the outsourced work does not address LIABILITY-DAMAGES-INSURANCE', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '## 損害保険事故受付\n受託者は、コールセンターで受け付けた事故連絡の内容を委託者に引き渡す。')).toBe('missing');
  });
  it('a duty to carry liability insurance still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、本業務の期間中、個人情報漏えいを補償する賠償責任保険に加入し、これを維持する。')).not.toBe('missing');
  });
  it('an RPO stated as "データ損失" is a recovery target, not damages', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '目標復旧時点はデータ損失２４時間以内、障害からの復旧は８時間以内とする。')).toBe('missing');
  });
  it('damages for a loss of data caused by the contractor still address it', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者の責めに帰すべき事由によりデータの損失が生じたときは、受託者はその損害を賠償する。')).not.toBe('missing');
  });
});

// held-out round 250 (Japanese)
describe('an SLA section titled 「免責」 that only lists outages outside the service level is no liability clause', () => {
  it('「免責」 + 「次の事由による停止は稼働率の対象外とする」 does not address LIABILITY-DAMAGES-INSURANCE', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '第7条（免責）\n次の各号に掲げる事由による停止は、稼働率の適用対象外とする。\n一　契約者の責めに帰すべき事由\n二　天災地変')).toBe('missing');
  });
  it('a 「免責」 section that excludes the provider\'s liability for damages still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '第7条（免責）\n当社は、天災地変により契約者に生じた損害について責任を負わない。')).not.toBe('missing');
  });
});

// held-out round 260
describe('a subcontract\'s limitation of liability that may not be invoked against the customer, with consent giving no relief, is subcontractor liability, not a damages clause', () => {
  it('does not address LIABILITY-DAMAGES-INSURANCE', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'Approval of a sub-processor does not release the Processor from its liability, and any limitation of liability contained in the sub-processing agreement shall not be invoked against the Controller.')).toBe('missing');
  });
  it('a cap on the supplier\'s own liability still addresses it', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Supplier\'s total liability under this Agreement shall not exceed the fees paid in the preceding twelve months.')).not.toBe('missing');
  });
});

// held-out round 257 (Japanese)
describe('a fault-based burden (責めに帰すべき事由…負担する) or a capped burden with a wilful-misconduct carve-out is a liability clause', () => {
  it.each([
    '受託者の責に帰すべき事由により列車の運休が生じた場合、振替輸送に要した費用は受託者が負担するものとする。',
    '受注者が負担する額は、一件当たり三百万円を上限とするが、受注者に故意又は重過失があるときはこの限りでない。',
  ])('addresses LIABILITY-DAMAGES-INSURANCE: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
  it.each([
    '振替輸送に要する費用は、発注者が負担する。',
    '受注者の交通費の負担額は、月額五万円を上限とする。',
  ])('a plain cost allocation or expense cap does not: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
});

// held-out round 268 (English)
describe('liability "for the performance of a sub-processor\'s obligations" belongs to SUBCONTRACT-LIABILITY, not to damages', () => {
  it('remaining liable for the performance of each sub-processor\'s obligations is no damages clause', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', "The Vendor remains fully liable to the Client for the performance of each sub-processor's obligations.")).toBe('missing');
  });
  it('remaining liable for losses from a personal data breach still is', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Vendor remains fully liable to the Client for all losses arising from a personal data breach, without limit.')).not.toBe('missing');
  });
});

// own (session 51): the catalog's examples with "shall" read as "must" (a metamorphic check)
describe('a cap carve-out stated with "must not apply" or "does not limit" is met as with "shall not apply"', () => {
  const cap = "The Contractor's total liability in any contract year is limited to the charges paid in that year.";
  it.each([
    `${cap} This limit must not apply to losses from a breach of the data protection clause or from fraud.`,
    `${cap} That limit does not limit the Contractor's liability for a breach of confidentiality or for wilful default.`,
  ])('caps-carveouts met: %s', (text) => {
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', text).met).toBe(true);
  });
  it('a cap with no carve-out is found but not met', () => {
    const t = testOf('LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', `${cap} The Contractor must not limit access to its premises.`);
    expect([t.found, t.met]).toEqual([true, false]);
  });
});

// held-out round 270 (English), kept to the dev convention when merged
describe('"credits are not the exclusive remedy" states how credits stand to damages, as "credits are the exclusive remedy" does', () => {
  it.each([
    'Service credits are not the Buyer\'s sole remedy.',
    'Credits are not the Agency\'s exclusive remedy for a failure to meet a service level.',
  ])('addressed, not sufficient: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('insufficient');
  });
  it('a service credit with no word on remedies does not address it', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'A service credit of 5% of the monthly charge applies for each missed target.')).toBe('missing');
  });
});

// held-out round 270 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: a contract dated "…日付保守契約" is no insurance, and "責任を負うことを基本とし" in a demarcation is no liability', () => {
  it('a memorandum made under the "2026年4月1日付保守契約" does not address liability', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '委託者と受託者は、2026年4月1日付保守契約に基づき、次のとおり覚書を締結する。')).toBe('missing');
  });
  it('a layer-by-layer demarcation ("…が責任を負うことを基本とし、詳細は責任分界表") does not address liability', () => {
    const text = 'データセンター設備の領域は委託者、アプリケーション層は受託者が責任を負うことを基本とし、詳細は別表の責任分界表で定める。';
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('taking out liability insurance (付保) is still caught', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、賠償責任保険を付保し、その保険証券の写しを委託者に提出する。')).not.toBe('missing');
  });
});

// held-out round 281 (English)
describe('"not subject to the cap/limit in section N" carves a breach head out of the cap', () => {
  const cap = "\n12. Each party's total liability is limited to £1,000,000.";
  it('a breach reimbursement "not subject to the cap in section 12" meets caps-carveouts', () => {
    const text = '8. The Vendor shall reimburse the Client for the costs of forensic investigation and of notifying affected persons arising from any data breach caused by the Vendor. This obligation is not subject to the cap in section 12.' + cap;
    expect(metOf(text, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(true);
  });
  it('"not subject to the notice requirement in section 4" is no carve-out', () => {
    const text = '8. The Vendor shall reimburse the Client for the costs of forensic investigation arising from any data breach caused by the Vendor. This obligation is not subject to the notice requirement in section 4.' + cap;
    expect(metOf(text, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(false);
  });
});

// held-out round 283 (English)
describe('"The X, liability and Y provisions of the [framework] apply" only lists incorporated topics', () => {
  it('a list of a master agreement\'s provisions that apply to an order does not address the requirement', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The indemnity, liability and insurance clauses of the Master Services Agreement govern this work order.')).toBe('missing');
  });
  it('an uncapped data-breach liability beside such a reference still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Vendor\'s liability for personal data breaches is unlimited; otherwise the liability and indemnity clauses of the Master Services Agreement apply.')).not.toBe('missing');
  });
});

// held-out round 277 (Japanese)
describe('a damages deferral to a main contract written 「…の定めるところによる」 addresses the requirement', () => {
  it('a damages clause deferred 「…に関しては、…基本契約の定めるところによる」 is caught', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '本覚書に係る損害賠償に関しては、令和8年4月1日付け保守基本契約の定めるところによる。')).not.toBe('missing');
  });
  it('the same deferral for a different subject (検収) is not', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '本覚書に係る検収の手続に関しては、令和8年4月1日付け保守基本契約の定めるところによる。')).toBe('missing');
  });
});

// held-out round 279 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: a traveller\'s or student\'s own travel insurance is no liability insurance', () => {
  it.each([
    '参加者は、出発前に各自で海外旅行保険に加入するものとします。',
    '留学生は、渡航前に留学保険に加入しなければならない。',
  ])('does not address the requirement: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('a contractor\'s liability insurance with a minimum limit still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、個人情報の漏えいに備えて、てん補限度額1億円以上の賠償責任保険に加入し、契約期間中これを維持する。')).not.toBe('missing');
  });
});

// held-out round 283 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: 「重大な過失に基づく場合（…を含む。）」 illustrates gross negligence in a parenthesis after the case', () => {
  const cap = '受注者が発注者に対して負う損害賠償の額は、本契約の契約金額を限度とする。ただし、受注者の故意又は重大な過失に基づく場合';
  it('a parenthesis that says what the gross-negligence case includes meets caps-carveouts', () => {
    expect(metOf(`${cap}（発注者の承認を得ずに個人情報を外部に送信した場合を含む。）及び秘密情報の漏えいによる場合は、この限りでない。`, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(true);
  });
  it('a parenthesis that only carves something out of the case does not illustrate it', () => {
    expect(metOf(`${cap}（第５条に定める場合を除く。）及び秘密情報の漏えいによる場合は、この限りでない。`, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(false);
  });
});

// held-out round 293 (English)
describe('LIABILITY-DAMAGES-INSURANCE: answering for a further-tier "sub-subprocessor" is subcontractor liability, not a damages clause', () => {
  it('remaining fully liable for the performance of each sub-subcontractor\'s obligations does not address damages', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', "The Vendor shall remain fully liable to the Bank for the performance of each sub-subcontractor's obligations.")).toBe('missing');
  });
  it('liability for losses caused by sub-subcontractors up to a cap still addresses damages', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Supplier shall be liable for all losses caused by its sub-subcontractors, up to the cap in clause 12.')).not.toBe('missing');
  });
});

// held-out round 285 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: answering for a subcontractor "as if it had done it itself" (「自らが行ったものとして責任を負う」) is subcontractor liability, not a damages clause', () => {
  it('a subcontractor clause that only mentions a loss arising does not address it', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、再委託先が行った業務に起因して委託者に損害が生じた場合でも、受託者自身がした行為として委託者に対し責任を負う。')).toBe('missing');
  });
  it('the same clause with a duty to compensate still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、再委託先が行った業務に起因して委託者に損害が生じたときは、受託者がした行為とみなしてその損害を賠償する。')).not.toBe('missing');
  });
});

// held-out round 296 (English)
describe('LIABILITY-DAMAGES-INSURANCE: "remain fully liable to <a party of several words> for the performance of that processor\'s obligations" is subcontractor liability, not damages', () => {
  it.each([
    'If a sub-processor fails to meet its obligations, the Supplier shall remain fully liable to the City Council of Exampleton for the performance of that processor\'s obligations.',
    'The Vendor remains responsible to the Health Board for the acts of each approved subcontractor.',
  ])('does not address LIABILITY-DAMAGES-INSURANCE: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('a cap on damages for a data breach still does', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Supplier\'s liability to the City Council for losses caused by a personal data breach is limited to GBP 2,000,000.')).not.toBe('missing');
  });
});

// held-out round 293 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: an insurance policy\'s minimum limit (「支払限度額…以上の…漏えい保険」) is no liability cap with a carve-out', () => {
  it.each([
    '乙は、契約期間中、支払限度額5千万円以上の情報漏えい賠償責任保険を付保する。',
    '受託者は、保険金の限度額が1億円以上の個人情報漏えい保険に加入しなければならない。',
  ])('caps-carveouts is not met: %s', (text) => {
    expect(metOf(text, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(false);
  });
  it('a cap on damages "up to the total fees" with a leak carve-out still meets it', () => {
    expect(metOf('乙が甲に対して負う損害賠償の額は、受領済みの委託料の総額を限度とする。ただし、個人情報の漏えいによる損害については、この限りでない。', 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(true);
  });
});

describe('LIABILITY-DAMAGES-INSURANCE: a service credit or refund as 「当社が負う唯一の責任」 is an exclusive remedy', () => {
  it.each([
    '返金は、本サービスの停止について当社が負う唯一の責任とします。',
    '前項の減額は、サービスレベルの未達に関して受託者が負う唯一の賠償責任である。',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
  it('a sole person in charge (「唯一の責任者」) does not', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '運用責任者は、本業務に関する委託者との唯一の責任者として連絡調整を行う。')).toBe('missing');
  });
});

// held-out round 292 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: answering for a subcontractor "as for its own act or omission" (「自らの作為又は不作為と同様に責任を負う」) is subcontractor liability, not a damages clause', () => {
  it.each([
    '受託者は、再委託した業務に関し、再委託先が行う作為又は不作為を自らの作為又は不作為とみなして、委託者に対して責任を負う。',
    '乙は、外注先（その先の委託先を含む。）が行った作為及び不作為について、自己の作為及び不作為と同様に甲に責任を負う。',
  ])('does not address LIABILITY-DAMAGES-INSURANCE: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('the same clause with a duty to compensate the loss still does (near-miss)', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '受託者は、再委託先の作為又は不作為により委託者に損害が生じたときは、受託者自身の作為又は不作為と同様にその損害を賠償する。')).not.toBe('missing');
  });
});

// held-out round 305 (English)
describe('"(our terms) limit our liability to <amount>" states a cap in the writer\'s voice', () => {
  it.each([
    'Our standard conditions limit our liability to the value of the charges paid over the last year.',
    "The Vendor's order terms limit the Vendor's liability to the charges for one year.",
  ])('addresses it: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
  it('limiting access to data is not a liability cap', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'We limit access to member data to the rostered staff.')).toBe('missing');
  });
});

// held-out round 297 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: 「責任制限条項（上限：…）は適用しない」 lifts the cap', () => {
  it.each([
    '前項の賠償には、第20条の責任制限条項（上限：委託料の12か月分）は適用しない。',
    '情報の漏えいによる損害については、本契約の責任制限規定（上限：年間委託料）は適用されない。',
  ])('caps-carveouts met: %s', (text) => {
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', text).met).toBe(true);
  });
  it('a limitation clause that reaches this liability stays unmet (near-miss)', () => {
    expect(testOf('LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts', '本契約の責任制限条項（上限：委託料の6か月分）は、本条の賠償にも及ぶ。').met).toBe(false);
  });
});

// held-out round 300 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: 「賠償上限額／責任上限額の定めは…適用しない」 lifts the cap', () => {
  it.each([
    '３　本契約の賠償上限額の定めは、前二項に定める損害には適用しない。',
    '２　責任上限額の定めは、前項の損害には適用されない。',
  ])('caps-carveouts met: %s', (text) => {
    expect(metOf(text, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(true);
  });
  it('the same cap applied to those damages too stays unmet (near-miss)', () => {
    expect(metOf('２　賠償上限額は、前項の損害についても同様とする。', 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts')).toBe(false);
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('LIABILITY-DAMAGES-INSURANCE: 「落ち度／過失で漏れたときは、費用を負担」 is liability for a breach', () => {
  it.each([
    '乙の落ち度で情報が漏れたときは、会員へのお詫びにかかる費用を乙が負担する。',
    '受託者の過失により個人情報が流出した場合、これに要した費用は受託者に負担していただきます。',
  ])('addressed: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
  it('the buyer paying for printing is no liability (near-miss)', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '会員へのお詫び状の印刷にかかる費用は甲が負担する。')).toBe('missing');
  });
});

// held-out round 314 (English)
describe('LIABILITY-DAMAGES-INSURANCE: a "defects liability period" is a warranty term, not liability for damage', () => {
  it.each([
    'The Installer shall replace faulty door closers free of charge until the end of the defects liability period.',
    'Any defect notified during the defect liability period shall be put right within five working days.',
  ])('missing: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('a stated liability still addresses the requirement (near-miss)', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', "The Installer's total liability for defects shall not exceed the contract sum.")).not.toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('LIABILITY-DAMAGES-INSURANCE: 「…が漏えいした場合の損害の負担については…協議」 — liability for a leak left to agreement', () => {
  it.each([
    '個人情報の漏洩事故が生じた場合の損害の負担は、その都度甲乙協議して定める。',
    '受託者の過失により顧客データが流出したときの損害の負担については、両者で協議のうえ決定する。',
  ])('addressed (agree-later): %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).not.toBe('missing');
  });
  it.each([
    '納入品の運送中に生じた損害の負担については、甲乙協議して定める。',
    '天災による設備の損害の負担については、別途協議する。',
  ])('loss of goods or plant with no data incident stays missing (near-miss): %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
});

// held-out round 319 (English)
describe('LIABILITY-DAMAGES-INSURANCE: deciding or assessing a rider\'s or claimant\'s liability in a claims process is no liability clause', () => {
  it.each([
    'The Operator shall not determine the rider\'s liability for a damaged bicycle.',
    'The claims team assesses the hirer\'s liability for each lost scooter and refers disputes to the Council.',
  ])('missing: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('the contractor\'s own liability for a data breach still addresses it (near-miss)', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Operator\'s liability for any breach of its data protection obligations shall not be limited.')).not.toBe('missing');
  });
});

// held-out round 323 (English)
describe('LIABILITY-DAMAGES-INSURANCE: a "National Insurance number" in a list of personal data is no insurance clause', () => {
  it.each([
    'Each new starter shall provide a P45 and their National Insurance number before the first payroll run.',
    'The Agency keeps a record of every locum\'s name, date of birth and national insurance number.',
  ])('missing: %s', (text) => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', text)).toBe('missing');
  });
  it('insurance the contractor must hold still addresses it (near-miss)', () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', 'The Contractor shall maintain cyber liability insurance of not less than £1,000,000 throughout the term.')).not.toBe('missing');
  });
});
