/**
 * THREAT-INFO-SHARING: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, testOf, metOf, statusOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // the fix included in the maintenance fee settles who pays, even when one carve-out is left to agreement
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受注者は、納入したシステムに影響する新たな脆弱性を知ったときは、３日以内に発注者に通知する。修正作業は保守委託料に含まれるものとし、機能追加を伴う場合は別途協議する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a bare mention of the fee is no allocation
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受注者は、納入したシステムに影響する新たな脆弱性を知ったときは、３日以内に発注者に通知する。対応の要否及び費用は別途協議する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});

// held-out round 216 (Japanese)
describe('THREAT-INFO-SHARING: a found vulnerability settled "with the customer on the response policy" (「甲と協議の上、対策方針を定める」)', () => {
  it('addresses the requirement', () => {
    const text = '２　深刻な脆弱性が発見されたときは、乙は、甲と協議の上、対策の方針を定めるものとする。';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
  it('the same consultation over an outage does not', () => {
    const text = '２　システム障害が発生したときは、乙は、甲と協議の上、対応方針を定めるものとする。';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});

// held-out round 218 (Japanese)
describe('a release / delivery date of the fix (リリース予定・提供予定) is the schedule of a vulnerability notice', () => {
  it('meets assessment with impact and countermeasure', () => {
    const text = '受注者は、公表された脆弱性が本製品に影響するときは、影響範囲、暫定対策及び修正版のリリース予定を記載した書面により発注者に報告する。';
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('without any date it still is not', () => {
    const text = '受注者は、公表された脆弱性が本製品に影響するときは、影響範囲及び暫定対策を記載した書面により発注者に報告する。';
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(false);
  });
});

// held-out round 222
describe('after-delivery cost split: "within the <x> charge", "at the <party>\'s cost", "go through change control"', () => {
  const text = `7. Newly found weaknesses
The Vendor shall tell the Hospital about any newly identified vulnerability in the delivered software within 48 hours, with its assessment of the impact, the proposed remedy and a schedule.
Remedies to the core product are within the annual maintenance charge. Hospital-requested enhancements pass through change control at the Hospital's expense.`;
  it('meets responsibility-cost', () => {
    expect(metOf(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(true);
  });
  it('a bare mention of a charge does not', () => {
    expect(metOf('The Vendor shall tell the Hospital about any newly identified vulnerability within 48 hours. A charge may apply.', 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(false);
  });
});

// held-out round 234
describe('the buyer\'s own system being end-of-life is background, not a threat notice', () => {
  it('does not address THREAT-INFO-SHARING', () => {
    const text = 'Our existing membership database has reached end of support, and we are seeking a supplier to provide and host a replacement.';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
  it('a duty to warn before components reach end-of-life still counts', () => {
    const text = 'The Supplier shall notify the Customer at least six months before any component of the platform reaches end-of-life.';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
});

// held-out round 235
describe('"publish a security advisory / bulletin" tells the customer of a vulnerability', () => {
  it('addresses THREAT-INFO-SHARING and meets notify-new-vulns', () => {
    const text = 'Once a flaw in the hosted platform is verified, the Vendor shall publish a security bulletin to subscribers through the customer portal within 3 business days, stating the affected components, the severity rating and any workaround.';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
    expect(metOf(text, 'THREAT-INFO-SHARING', 'notify-new-vulns')).toBe(true);
  });
  it('publishing product news is not threat sharing', () => {
    const text = 'The Vendor may publish product news and release notes on its blog.';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});

// held-out round 237
describe('"expected impact", "proposed patch" and a "paid change request" in a vulnerability notice', () => {
  it('meet assessment and responsibility-cost of THREAT-INFO-SHARING', () => {
    const text = 'Where a new vulnerability affects the delivered system, the Vendor shall inform the Owner within three business days of the expected impact, the planned update and its schedule.';
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
    const cost = 'Where a vulnerability stems from the Purchaser\'s own modifications, the correction will be supplied as a paid change order.';
    expect(metOf(cost, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(true);
  });
});

// held-out round 228 (Japanese)
describe('Japanese held-out round 228 (金融機関の外部委託): phrasing families', () => {
  it.each([
    // vulnerability work done 「本業務の範囲内で」 says who responds and that it is within the fee
    ['THREAT-INFO-SHARING', 'responsibility-cost', '受託者は、提供システムに影響する新たな脆弱性を把握したときは、3営業日以内に影響と対応案を委託者に報告すること。当該対応は本件業務の範囲内で行うものとする。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 235 (Japanese)
describe('「重要な脆弱性」 is a vulnerability of stated severity, like 重大な/深刻な', () => {
  it('addresses THREAT-INFO-SHARING when it is to be reported', () => {
    const text = '乙は、ベンダーの修正情報のうち重要な脆弱性に係るものを入手したときは、甲に連絡するものとする。';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
  it('a fix with no sharing is not threat sharing', () => {
    const text = '重要な脆弱性は、次回の定期保守作業において修正する。';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});

// held-out round 252
describe('work "requested as extra services" / "procured as a separate engagement" says who pays for a fix', () => {
  it.each([
    'The Vendor shall report any new vulnerability affecting the Buyer\'s applications within two days. Fixing such vulnerabilities is for the Buyer\'s developers unless commissioned as a separate engagement.',
    'The Supplier will notify the Client of newly identified threats within 48 hours. Patching the Client\'s servers against those vulnerabilities stays with the Client, and any help from the Supplier must be requested as extra services.',
  ])('meets responsibility-cost of THREAT-INFO-SHARING: %s', (text) => {
    expect(metOf(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(true);
  });
  it('an additional service with no cost or work allocation stays unmet', () => {
    const text = 'The Vendor offers additional services such as training and threat hunting.';
    expect(metOf(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).not.toBe(true);
  });
});

describe('phoning a named party\'s contact ("telephone Acme\'s duty officer") is telling it', () => {
  it.each([
    'Should the assessor uncover an exploitable vulnerability, it shall phone Northgate\'s duty officer within two hours and confirm the finding in writing.',
    'Where the Supplier identifies a new threat affecting the platform, it will telephone the Bank\'s security manager within 30 minutes.',
  ])('addresses THREAT-INFO-SHARING: %s', (text) => {
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
  it('a party\'s phone number given for a vulnerability is no notice duty', () => {
    const text = 'Vulnerability reports may be sent to the address on the website; Northgate\'s phone number is listed there too.';
    expect(requirementOf(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});

// held-out round 257
describe('"an assessment of its impact and the proposed corrective measures and timetable"', () => {
  it('meets assessment', () => {
    const text = 'If the Vendor learns of a new vulnerability or threat that could affect the Client\'s systems, it shall tell the Client within three working days (one day if critical), with an assessment of its impact, the proposed corrective measures and a timetable.';
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text).met).toBe(true);
  });
  it('impact and timetable without any proposed measure do not', () => {
    const text = 'If the Vendor learns of a new vulnerability or threat that could affect the Client\'s systems, it shall tell the Client within three working days, with an assessment of its impact and a timetable.';
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text).met).toBe(false);
  });
});

// held-out round 265 (English)
describe('a notice with "the planned fix and its target date" / "mitigation and dates" states the schedule', () => {
  it('"an assessment of the impact … and the proposed mitigation and target dates" meets assessment', () => {
    expect(metOf('The Vendor shall tell the Bank about any newly published vulnerability affecting the hosted platform within two business days, with an assessment of the impact on Bank data and the proposed mitigation and target dates.', 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('impact and mitigation with no dates do not', () => {
    expect(metOf('The Vendor shall tell the Bank about any newly published vulnerability affecting the hosted platform within two business days, with an assessment of the impact on Bank data and the proposed mitigation.', 'THREAT-INFO-SHARING', 'assessment')).toBe(false);
  });
});

// held-out round 268 (English)
describe('"its own evaluation of the severity" and "a proposal and timeline for patching it" meet assessment', () => {
  it('the notice with the vendor\'s evaluation, proposal and timeline meets assessment', () => {
    const text = 'When the Vendor becomes aware of a newly published vulnerability affecting the portal, it will inform the Bank within 72 hours and include its own evaluation of the severity, together with a proposal and timeline for patching it.';
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text).met).toBe(true);
  });
  it('the bare notice does not', () => {
    const text = 'When the Vendor becomes aware of a newly published vulnerability affecting the portal, it will inform the Bank within 72 hours.';
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text).met).toBe(false);
  });
});

// held-out round 270 (English)
describe('remediation that "is part of our/its" fee settles who pays (possessive determiner before the fee)', () => {
  const lead = 'The Vendor shall tell the Agency about any newly published vulnerability affecting the platform within two business days, with its assessment and proposed fix. ';
  it('"fixing such vulnerabilities is part of its annual support charges" meets responsibility-cost', () => {
    expect(testOf('THREAT-INFO-SHARING', 'responsibility-cost', lead + 'Fixing such vulnerabilities in the components it supplies is part of its annual support charges.').met).toBe(true);
  });
  it('"is part of our onboarding process" names no fee and does not', () => {
    expect(testOf('THREAT-INFO-SHARING', 'responsibility-cost', lead + 'Reviewing such vulnerabilities is part of our onboarding process.').met).toBe(false);
  });
});

// held-out round 272 (English)
describe('an item of a "shall deliver/provide:" list that notifies vulnerabilities by severity and deadline is a duty', () => {
  it('"(ii) notification by phone to the Authority of any high-severity vulnerability … within 48 hours" under "The Contractor shall provide:" meets notify-new-vulns', () => {
    const text = 'The Contractor shall provide:\n\n(i) a weekly progress summary;\n\n(ii) notification by phone to the Authority of any high-severity vulnerability found in the hosted portal, confirmed in writing within 48 hours;\n\n(iii) a closing report.';
    expect(testOf('THREAT-INFO-SHARING', 'notify-new-vulns', text).met).toBe(true);
  });
  it('the same item under "The Contractor may provide:" binds no one and is missing', () => {
    const text = 'The Contractor may provide:\n\n(i) a weekly progress summary;\n\n(ii) notification by phone to the Authority of any high-severity vulnerability found in the hosted portal, confirmed in writing within 48 hours;\n\n(iii) a closing report.';
    expect(statusOf('THREAT-INFO-SHARING', text)).toBe('missing');
  });
});

// held-out round 269 (Japanese)
describe('out-of-scope fixes sent to 「別途の契約」 in the next numbered item', () => {
  const notice = '１　受託者は、運用中のサーバに影響する新たな脆弱性を知ったときは、重大なものは１営業日以内、その他は１０営業日以内に、影響範囲、対処案及び実施予定日を委託者に報告する。';
  it('「保守の範囲内は受託者の負担、それ以外は委託者と協議の上、別途の契約による」 allocates cost', () => {
    const text = `${notice}\n２　前項の対処のうち、保守の範囲内のものは受託者の負担で実施し、画面の作り直しが必要なものは委託者と協議の上、別途の契約により実施する。`;
    expect(metOf(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(true);
  });
  it('a bare 「協議の上定める」 still leaves cost open', () => {
    const text = `${notice}\n２　前項の対処に要する費用の負担については、委託者と受託者が協議の上定める。`;
    expect(metOf(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(false);
  });
});

// held-out round 273 (Japanese)
describe('the response to a discovered vulnerability left to the parties\' agreement (「脆弱性が発見された場合の対応は…協議」)', () => {
  it('addresses THREAT-INFO-SHARING (agree-later, so insufficient)', () => {
    expect(statusOf('THREAT-INFO-SHARING', '本システムに重大な脆弱性が発見された場合の対応方法は、発注者と受注者が協議のうえ定める。')).toBe('insufficient');
  });
  it('a vulnerability scan whose schedule is agreed is not a discovered-vulnerability response', () => {
    expect(statusOf('THREAT-INFO-SHARING', '脆弱性診断の実施時期は、発注者と受注者が協議のうえ定める。')).toBe('missing');
  });
});

// held-out round 288 (English)
describe('the schedule of a fix written "when it will be available" / "by when they will be released"', () => {
  const lead = 'The Vendor shall notify the Authority of any new vulnerability found in the delivered kiosk software within three working days for critical vulnerabilities and ten working days for others.';
  it('impact, workaround and "when it will be available" complete the assessment', () => {
    const text = `${lead} Each notice shall set out the likely impact on the Authority's kiosks, the proposed workaround and when it will be available.`;
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('"by when they will be deployed" also states the schedule', () => {
    const text = `${lead} The notice shall describe the potential impact, the recommended mitigations and by when they will be deployed.`;
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('impact and workaround with no timing still lack the schedule', () => {
    const text = `${lead} Each notice shall set out the likely impact on the Authority's kiosks and the proposed workaround.`;
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(false);
  });
});

// held-out round 281 (Japanese)
describe('THREAT-INFO-SHARING: the customer reporting a vulnerability it finds to the provider is no sharing duty of the contractor', () => {
  it('「利用者が脆弱性を発見したときは当社窓口に連絡」 does not address the requirement', () => {
    expect(statusOf('THREAT-INFO-SHARING', 'ご利用者が本アプリの脆弱性を発見したときは、当社サポート窓口までお知らせください。')).toBe('missing');
  });
  it('the provider notifying customers of a newly found vulnerability still does', () => {
    expect(statusOf('THREAT-INFO-SHARING', '当社は、本サービスに影響する新たな脆弱性を把握したときは、３営業日以内に契約者に通知する。')).not.toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('THREAT-INFO-SHARING: threat feeds, and alerts of active campaigns targeting the customer', () => {
  it.each([
    'The Provider monitors commercial threat feeds and alerts customers to active campaigns targeting their platforms.',
    'The Supplier shall alert the Council to any ongoing phishing campaigns aimed at its staff.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('a marketing campaign targeting customers is no threat', () => {
    expect(statusOf('THREAT-INFO-SHARING', 'The Provider runs seasonal campaigns targeting new customers and informs customers of special offers.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('THREAT-INFO-SHARING: a warning (「注意喚起」) given to the customer about a new attack', () => {
  it.each([
    '当社は、新たな攻撃手口を把握した場合には、速やかに会員へ注意喚起を行います。',
    '受託者は、本システムを狙ったなりすましメール等の脅威を認知したときは、委託者に対し注意喚起を行うものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('a warning about a road closure is no threat', () => {
    expect(statusOf('THREAT-INFO-SHARING', '当社は、道路の通行止めにより配達が遅れる場合には、会員へ注意喚起を行います。')).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('THREAT-INFO-SHARING: warning the customer of scams or phishing that impersonate the provider', () => {
  it.each([
    'The Provider shall warn the Customer of any phishing emails impersonating the Provider.',
    'The Bank will warn customers about scams pretending to come from the Bank as soon as it learns of them.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('a warning about road closures is no threat', () => {
    expect(statusOf('THREAT-INFO-SHARING', 'The Carrier shall warn the Customer about road closures that could delay a delivery.')).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('THREAT-INFO-SHARING: a CERT\'s or the NCSC\'s alerts acted on and confirmed to the customer', () => {
  it.each([
    'The Supplier shall act on CareCERT alerts within the stated timescales and confirm to the Trust that it has done so.',
    'The Provider shall pass on to the Customer any NCSC advisories relevant to the Services.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('a weather alert is no threat', () => {
    expect(statusOf('THREAT-INFO-SHARING', 'The Supplier shall pass on to the Customer any Met Office weather warnings affecting deliveries.')).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('THREAT-INFO-SHARING: warnings or alerts "from / issued by" a national cyber centre', () => {
  it.each([
    'The Supplier shall pass on to the Authority any warnings from the National Cyber Security Centre that affect the Services.',
    'The Contractor will forward to the Agency, within one business day, advisories issued by CISA that concern the hosted platform.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('weather warnings from the national met office are no threat information', () => {
    expect(statusOf('THREAT-INFO-SHARING', 'The Supplier shall pass on to the Authority any warnings from the Met Office that affect the collection rounds.')).toBe('missing');
  });
});

// held-out round 294 (Japanese)
describe('THREAT-INFO-SHARING: a vulnerability notice made by submitting a written document (「…を記載した書面を甲に提出する」)', () => {
  it.each([
    '乙は、新たな脆弱性が判明したときは、深刻度が高いものは判明から48時間以内に、影響範囲及び対応案をまとめた文書を甲に提出する。',
    '受託者は、新たに公表された脆弱性のうち緊急のものについて、３日以内にその概要を書面で委託者に提出しなければならない。',
  ])('notify-new-vulns is found: %s', (text) => {
    expect(testOf('THREAT-INFO-SHARING', 'notify-new-vulns', text).found).toBe(true);
  });
  it('submitting a cost estimate for a fix is no notice of the vulnerability (near-miss)', () => {
    expect(testOf('THREAT-INFO-SHARING', 'notify-new-vulns', '乙は、新たな脆弱性への対策に係る見積書を甲に提出する。').found).toBe(false);
  });
});

// held-out round 308 (English)
describe('THREAT-INFO-SHARING: bulletins / alerts "are published / sent to (all) customers", the passive of publishing an advisory', () => {
  it.each([
    'Security bulletins are circulated to all clients whenever new vulnerabilities are identified.',
    'Security alerts are pushed to every customer as soon as new threats come to light.',
  ])('addresses THREAT-INFO-SHARING: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it.each([
    'The vendor publishes a security bulletin on its website each month.',
    'Monthly newsletters are sent to all customers.',
  ])('a bulletin not sent to the customer, or a newsletter, stays missing (near-miss): %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).toBe('missing');
  });
});

// held-out round 316 (English)
describe('"when we expect / plan to deploy (release, roll out) it" is the schedule of a vulnerability notice', () => {
  it.each([
    'Should we learn of a new weakness affecting your booking integration, we will inform you within one business day, with our assessment of the impact, the mitigation we recommend and when we plan to roll out the patch.',
    'The Vendor shall notify the Operator of any newly found vulnerability in the delivered console within 3 days, stating the likely impact, the proposed fix and when it intends to release it.',
  ])('meets assessment: %s', (text) => {
    expect(metOf(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('an intention to deploy with no notice of timing stays unmet', () => {
    expect(metOf('The Vendor shall notify the Operator of any newly found vulnerability in the delivered console within 3 days, stating the likely impact and the proposed fix; it will decide later whether to deploy it.', 'THREAT-INFO-SHARING', 'assessment')).toBe(false);
  });
});

// held-out round 320 (English)
describe('THREAT-INFO-SHARING: the fix date named without "on which" / "when" ("the date it will be applied")', () => {
  it.each([
    ['Where the Supplier learns of a new vulnerability affecting the platform, it shall provide the Customer with its assessment of the impact, a suggested workaround and the date it will be applied.'],
    ['If the Contractor becomes aware of a new security weakness in the delivered software, it shall advise the Authority in writing, giving its analysis of the likely impact, the countermeasure it recommends and the day that update is expected to be released.'],
  ])('assessment is met: %s', (text) => {
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text)?.met).toBe(true);
  });

  it.each([
    // a date of the report, not of the fix
    ['Where the Supplier learns of a new vulnerability affecting the platform, it shall provide the Customer with its assessment of the impact, a suggested workaround and the date it was reported.'],
  ])('assessment is not met: %s', (text) => {
    expect(testOf('THREAT-INFO-SHARING', 'assessment', text)?.met).not.toBe(true);
  });
});

// held-out round 315 (Japanese)
describe('THREAT-INFO-SHARING: a "security problem" found in the delivered product (「セキュリティ上の問題が判明したときは」「セキュリティ上の欠陥を発見したときは」) is a newly found vulnerability', () => {
  it.each([
    '乙は、納入したソフトウェアにセキュリティ上の欠陥を発見したときは、速やかに甲に報告する。',
    '受注者は、設置した機器のセキュリティ上の問題が判明した場合、その内容と対応方針を発注者に通知する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('THREAT-INFO-SHARING', text)).not.toBe('missing');
  });
  it('a security problem that "occurs" (an incident) is no threat-information clause (near-miss)', () => {
    expect(statusOf('THREAT-INFO-SHARING', '受注者は、セキュリティ上の問題が発生したときは、直ちに発注者に報告する。')).toBe('missing');
  });
});
