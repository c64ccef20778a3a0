/**
 * AUDIT-INSPECTION-RIGHTS: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // a bidder accepting the buyer's audit, on-site included (「…監査…を受け入れます」)
    ['AUDIT-INSPECTION-RIGHTS', '弊社は、貴社又は貴社が指定する監査人による監査（弊社事業所への立入りを含む。）を受け入れます。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 216 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: a flow-down list made "with the subcontractor" (「再委託先との間で…同等以上の義務を課す」)', () => {
  it('an enumeration that names audit cooperation among flowed-down duties does not address audit rights', () => {
    const text = '３　乙は、再委託先との間で、本契約により乙が負う情報管理、障害報告及び監査への協力に係る義務と同等以上の義務を、契約書により課すものとする。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('an audit right over the subcontractor still does', () => {
    const text = '甲は、必要があると認めるときは、再委託先の事業所に立ち入り、監査を行うことができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 217 (Japanese)
describe('Japanese held-out round 217 (官公庁・独立行政法人): phrasing families', () => {
  it.each([
    // the subcontractor made to undergo the outsourcer's investigation too (「再委託先にも…調査を受けさせる」)
    ['AUDIT-INSPECTION-RIGHTS', '受託者は、発注者が本契約に基づいて行う調査を、協力会社に対しても受けさせるものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 222 (Japanese)
describe('Japanese held-out round 222 (地方・小規模な発注者): phrasing families', () => {
  it.each([
    // the outsourcer may ask for a report on how the data is handled (「…の取扱いについて報告を求める」)
    ['AUDIT-INSPECTION-RIGHTS', '発注者は、必要に応じ、受注者に対し、患者情報の取扱いに関して報告を求めることができる。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a listed person or report demand that is not about access / handling stays out
    ['AUDIT-INSPECTION-RIGHTS', '乙は、個人情報の取扱いについて、従事者に周知しなければならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 223 (Japanese)
describe('an outsourcer demanding the contractor\'s self-check results is oversight, not the contractor\'s own internal audit', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = '２　委託者は、半期ごとに、受託者に対し、預託データの管理状況に関する自己点検結果の報告を求めることができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('the contractor\'s own self-check alone still does not', () => {
    const text = '受託者は、年１回、自己点検を実施し、その結果を社内の情報セキュリティ委員会に報告する。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 223
describe('a commissioned penetration test whose "executive summary report" is shared is testing, not an audit right', () => {
  it('does not address AUDIT-INSPECTION-RIGHTS', () => {
    const text = 'The Supplier shall commission an external penetration test of the ordering portal every year and shall provide the executive summary report to the Customer within 15 days.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 224
describe('a privacy questionnaire is an information right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS (insufficient: no on-site right)', () => {
    const r = requirementOf('Each year the Processor shall, on request, fill in the Bank\'s data protection questionnaire.', 'AUDIT-INSPECTION-RIGHTS');
    expect(r.status).toBe('insufficient');
  });
});

// held-out round 226 (Japanese)
describe('an audit right extended by anaphora (「この権利は再委託先にも及ぶ」「当該権利は…協力会社に対しても及ぶ」)', () => {
  it('meets the subcontractors test of AUDIT-INSPECTION-RIGHTS', () => {
    const text = '１　発注者は、受注者の作業場所に立ち入り、検査を行うことができる。当該権利は、受注者の協力会社に対しても及ぶものとする。';
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(true);
  });
  it('not when the right is said not to reach them', () => {
    const text = '１　発注者は、受注者の作業場所に立ち入り、検査を行うことができる。この権利は再委託先には及ばない。';
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

// held-out round 226 (Japanese)
describe('acceptance inspection before delivery (「納品前に…検査」) and the contractor\'s own 自主検査 are not audit rights', () => {
  it('a pre-delivery security check under an inspection-criteria heading does not address AUDIT-INSPECTION-RIGHTS', () => {
    const text = '## 第４　ソフトウェアの検査基準\n（３）セキュリティ検査として、受注者は、納品前に第三者によるプラットフォーム診断を実施し、その結果を報告書で示すこと。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('nor does the content of the contractor\'s self-inspection report', () => {
    const text = '## 第５　自主検査成績書\n受注者が作成する自主検査成績書には、検査日及び検査者を記載すること。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('the buyer demanding self-inspection results still does', () => {
    const text = '２　発注者は、四半期ごとに、受注者に対し、再委託先の管理状況に関する自主点検結果の報告を求めることができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 228
describe('flowing down "obligations as to … and audit" does not give the customer audit rights over subcontractors', () => {
  it('leaves the subcontractors test of AUDIT-INSPECTION-RIGHTS unmet', () => {
    const text = 'The Processor shall bind each sub-processor, in writing, to obligations relating to security, confidentiality and audit that are at least equivalent to those set out in this Agreement.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').tests.find((t) => t.id === 'subcontractors')!.met).toBe(false);
  });
  it('an audit right that reaches the subcontractors still meets it', () => {
    const text = 'The Trust or an auditor it appoints may audit the premises and records of the Processor and its sub-processors on 14 days\' notice.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').tests.find((t) => t.id === 'subcontractors')!.met).toBe(true);
  });
});

// held-out round 229
describe('"right of access / right of entry to the <party>\'s premises" is an inspection right (AS9100 8.4.3 style)', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS with an on-site right', () => {
    const text = 'The Seller shall grant the Purchaser and the airworthiness authority a right of entry to its facilities and documentation at all reasonable times to verify conformity.';
    const r = requirementOf(text, 'AUDIT-INSPECTION-RIGHTS');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'onsite')!.met).toBe(true);
  });
  it('a statement that the buyer and authorities have right of access to the plants also addresses it', () => {
    const text = 'The Purchaser, its end customers and any competent authority have right of access to the Seller\'s plants and records to verify conformity.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('a data subject\'s right of access to personal data is no inspection right', () => {
    const text = 'Drivers have a right of access to the personal data held about them and may request rectification.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 233
describe('"allow the <customer> to check/review its <security|data protection> arrangements" is an audit right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = 'The Vendor will allow the Trust or its assessors to check the Vendor\'s data protection arrangements once a year.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('letting users review their own settings is not', () => {
    const text = 'The Vendor will allow the users to review their privacy settings.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 238
describe('a right to request records of the supplier\'s security arrangements is a (document-only) audit right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = 'The Council may at any time request records of the Operator\'s data protection arrangements for the car park system.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 241
describe('a completed questionnaire\'s cover fields ("Questionnaire … Completed by: Head of Compliance") demand nothing', () => {
  it('a job title is not the object of a demand for information', () => {
    const text = '# Supplier Questionnaire — Response\n\n**Buyer:** Marlow Housing Trust ("the Trust")\n**Questionnaire ref:** SDQ-9 | **Answered by:** T. Greaves, Head of Security | **Signed:** 2 May 2025\n';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('a duty to answer the customer\'s questionnaire on compliance still counts', () => {
    expect(requirementOf('The Supplier shall answer any questionnaire the Trust sends about its compliance with this Schedule within 20 days.', 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 229 (Japanese)
describe('a report demand that names progress together with the data-handling status is still a report right', () => {
  it('進捗状況及び個人データの管理状況 addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = '発注者は、随時、開発の進捗状況及び個人データの管理状況について、受注者に報告を求めることができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('a progress report alone stays out', () => {
    const text = '発注者は、随時、開発の進捗状況について、受注者に報告を求めることができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 229 (Japanese)
describe('fault response (障害の連絡から調査を開始, 技術者を派遣) is not an inspection right', () => {
  it('does not address AUDIT-INSPECTION-RIGHTS', () => {
    const text = '２　受注者は、故障の通報を受けてから３時間以内に原因の調査を開始し、必要に応じて技術者を発注者の事業所に派遣する。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('an on-site inspection right still does', () => {
    const text = '２　発注者は、受注者の事業所に立ち入り、委託データの管理状況を調査することができる。';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 233 (Japanese)
describe('a proposal accepting the client\'s 視察 (site visit) of its operations centre is an on-site inspection right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS and meets onsite', () => {
    const text = 'お客様又はお客様が選任する監査法人による当社運用センターの視察を、事前にご連絡いただいたうえで受け入れます。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
  it('a trade-fair visit is no audit', () => {
    const text = '当社は、展示会への視察ツアーを年２回企画します。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 243
describe('access to premises and records "for the purpose of assessing compliance" is an audit right', () => {
  it('meets onsite and auditor', () => {
    const text = 'The Buyer and its authorised representatives shall be given access to the Vendor\'s facilities, systems and books for the purpose of assessing compliance with Schedule 3.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'auditor')).toBe(true);
  });
});

// held-out round 246
describe('"spot checks" and "satisfy itself of compliance" (German AVV Kontrollrechte), inspectors named by the client', () => {
  it('spot checks at the contractor\'s offices are an on-site audit right', () => {
    const text = 'The Customer is entitled to carry out spot checks at the Vendor\'s offices to satisfy itself of compliance with this Annex.';
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'onsite', text)?.met).toBe(true);
  });
  it('inspectors to be nominated by the client are an appointed auditor', () => {
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'auditor', "The Customer may carry out inspections of the Vendor's compliance with this Schedule itself or through inspectors to be nominated by it.")?.met).toBe(true);
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'auditor', "The Customer may carry out inspections of the Vendor's compliance with this Schedule itself or through inspectors.")?.met).toBe(false);
  });
});

// held-out round 246
describe('"the same access, inspection and audit rights" listed three ways reach subcontractors (DORA Art. 30)', () => {
  it('meets the subcontractors test', () => {
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'subcontractors', 'Each sub-supplier shall grant the Bank corresponding information, access and audit rights under its contract with the Vendor.')?.met).toBe(true);
  });
});

// held-out round 244
describe('a PCI DSS attestation or report on compliance delivered to the customer is an assurance report', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = 'Within ten days of each annual assessment, the Service Provider shall furnish the Client with its current PCI DSS Report on Compliance.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('the standard\'s name hyphenated ("PCI-DSS AOC") too', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Each year the Processor shall send the Merchant a copy of its PCI-DSS AOC.')).not.toBe('missing');
  });
});
describe('flowing down terms "equivalent …, including as to … audit" does not extend the customer\'s audit to subcontractors', () => {
  it('subcontractors is not met', () => {
    const text = '9.1 The Customer may audit the Supplier\'s premises and records on thirty days\' notice.\n\n9.2 Each Subprocessor contract shall contain terms at least equivalent to this Addendum, including as to confidentiality, data security and audit.';
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

// held-out round 250
describe('the outsourcer may review / obtain / receive the contractor\'s SOC 2 / ISAE / independent audit report', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS without meeting onsite', () => {
    const text = 'The Hospital is entitled to obtain the Vendor\'s latest SOC 2 Type II report once a year.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(false);
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Client can examine our current ISAE 3402 report on request.')).not.toBe('missing');
  });
  it('the contractor obtaining its own supplier\'s report is not an audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'We may obtain a SOC 2 report from our colocation provider.')).toBe('missing');
  });
});

// held-out round 236 (Japanese)
describe('an audit request answered by a certificate 「…により、これに代える」 (the audit named only by anaphora)', () => {
  it('「立入検査の求めに対しては、…ＩＳＭＳ認証の登録証の写しを提出することをもって、これに代えます」 addresses the requirement with no on-site right', () => {
    const text = '第１２条（情報の開示）\nお客様からの立入検査の求めに対しては、当社は、ＩＳＭＳ認証の登録証の写しを提出することをもって、これに代えます。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(false);
  });
  it('a quotation request answered by a price list is no audit clause', () => {
    const text = '第１２条（見積り）\nお客様から見積りの依頼があった場合、当社は、標準価格表を送付することにより、これに代えることができます。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 238 (Japanese)
describe('the contractor\'s internal audit report handed to the outsourcer (「内部監査の報告書…の提出を求める」) is an assurance report', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託者は、受託者の内部監査の報告書の写しの提出を求めることができる。')).not.toBe('missing');
  });
  it('the contractor merely running an internal audit does not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '受託者は、内部監査を年1回実施する。')).toBe('missing');
  });
});

// held-out round 238 (Japanese)
describe('a self-check submission as the rule with an on-site inspection 「必要に応じて」 is an audit right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = '点検は、受注者による自主点検結果の報告を原則とし、必要に応じて立入検査を実施する。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、自己点検を行い、必要に応じて改善する。',
    '受託者は、毎年自己点検を行い、必要に応じて是正する。',
  ])('the contractor\'s own self-check does not: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 239 (Japanese)
describe('an on-site check written as 「実地の確認」/「実地確認」 (with の or as a compound) is an on-site inspection', () => {
  it.each([
    '委託元は、委託先の事業所に赴き、個人情報の管理状況の実地の確認を行うことができる。',
    '発注者は、年に一度、受注者のデータセンターにおいて安全管理措置の実施状況を実地確認することができる。',
    '当社は、必要に応じて、貴社作業拠点での実地での点検を実施できるものとします。',
  ])('onsite is met: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'onsite', text)?.met).toBe(true);
  });
  it('a check made only from submitted documents stays without an on-site right', () => {
    const text = '委託元は、委託先から提出された報告書により、個人情報の管理状況の確認を行うことができる。';
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'onsite', text)?.met).not.toBe(true);
  });
});

// held-out round 241 (Japanese)
describe('the contractor entering a site to carry out its own work is not an inspection right (「立ち入って作業を行う」)', () => {
  it.each([
    '乙の技術者は、各校舎に立ち入って作業を行う場合には、前日までに甲に届け出るものとする。',
    '受託者が庁舎に立入り保守作業を実施するときは、職員の指示に従うこと。',
    '受注者は、立入作業を行う際、入館証を携帯しなければならない。',
  ])('AUDIT-INSPECTION-RIGHTS stays missing: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('the outsourcer entering to check how the work is done is still an on-site inspection', () => {
    const text = '委託者は、必要があると認めるときは、受託者の作業場所に立ち入って作業状況を確認することができる。';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
});

// held-out round 240 (Japanese)
describe('an audit directed at the contractor (「委託先に対する監査」「受注者への監査」) addresses the right, also without a named actor', () => {
  it.each([
    '所管部門は、委託先に対する監査を年１回以上行う。',
    '受注者への監査は、必要があると認める場合に随時実施するものとする。',
    '委託者は、必要に応じて、受託者に対して監査を行うことができる。',
  ])('AUDIT-INSPECTION-RIGHTS is addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    '委託先に対する監査の実施に努める。',
    '受託者は、委託先に対する監査ログの提出について協議する。',
  ])('an effort or an audit log is not: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});
describe('a contractor checking its own conformity in design / code reviews is quality assurance, not an audit right', () => {
  it.each([
    '乙は、ソースコードレビューにおいてコーディング規約への準拠状況を確認する。',
    '受注者は、設計レビュー時に社内標準の遵守状況をチェックすること。',
  ])('AUDIT-INSPECTION-RIGHTS is not addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 254
describe('academic senses of "audit" (degree audit, auditing a course) are no audit right', () => {
  it.each([
    'Students must be able to run a degree audit at any time to check progress towards graduation.',
    "Staff who wish to audit a course must obtain the instructor's permission.",
  ])('AUDIT-INSPECTION-RIGHTS is not addressed: %s', (text) => {
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('the university auditing the vendor still is', () => {
    const text = "The University may audit the Vendor's premises, systems and records on ten days' notice.";
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 253 (WMS hosting and offshore support desk)
describe('visiting sites named by several words (two cities, "shared service centres") to confirm compliance', () => {
  it('is an on-site audit right', () => {
    const text = 'The Client may visit the Leeds and Glasgow shared service centres on ten days\' notice to confirm that these requirements are complied with.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('a visit for a business review is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Client may visit the Leeds and Glasgow shared service centres for the quarterly business review.')).toBe('missing');
  });
});

// held-out round 255
describe('a right to request evidence of the supplier\'s controls is an information right', () => {
  it('"may at any time ask for written evidence of the Supplier\'s security controls" addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = "The Trust may at any time ask for written evidence of the Supplier's security controls, and the Supplier shall reply within ten business days.";
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('evidence of delivery, or of the licensee\'s compliance, is no audit right over the supplier', () => {
    expect(requirementOf('The Buyer may request evidence of delivery for each consignment.', 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
    expect(requirementOf('The Licensor may request evidence of your compliance with the licence terms.', 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 257
describe('a KPI "measured using the vendor\'s ticketing system, which the client may inspect" is SLA measurement, not an audit right', () => {
  it('does not address AUDIT-INSPECTION-RIGHTS', () => {
    expect(requirementOf('Achievement of each service level will be measured using the Vendor\'s ticketing system, which the Client may inspect.', 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('with an audit of premises and records in the same sentence, it still does', () => {
    expect(requirementOf('Achievement of each service level will be measured using the Vendor\'s ticketing system, and the Client may audit the Vendor\'s premises and records.', 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

// held-out round 248 (Japanese)
describe('"実地確認 / 実地点検" of the vendor\'s premises is an on-site inspection even with the subject left out', () => {
  it('"年に一度、委託先の作業場所の実地点検を行う" addresses AUDIT-INSPECTION-RIGHTS', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '年に一度、委託先の作業場所の実地点検を行う。')).not.toBe('missing');
  });
  it('a checklist of on-site check items is not an inspection right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '実地確認項目は、別紙４のとおりとする。')).toBe('missing');
  });
});

// held-out round 258
describe('"reference site visits" in a tender are visits to other customers, not an inspection right', () => {
  it('"may arrange reference site visits with the bidder\'s existing customers" does not address AUDIT-INSPECTION-RIGHTS', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', "The Trust may arrange reference site visits with the bidder's existing customers during evaluation.")).toBe('missing');
  });
  it('site visits to check the supplier\'s compliance still meet onsite', () => {
    expect(metOf("The Customer may audit the Supplier's compliance with this Schedule, including by site visits to the Supplier's operations on ten business days' notice.", 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
});

// held-out round 261 (bank card processing): an audit right a policy requires every supplier agreement to contain
describe('an audit-right item under "must ensure that each agreement contains the following:" addresses AUDIT-INSPECTION-RIGHTS', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const policy = 'Procurement leads must ensure that each supplier agreement contains the following:\n(a) a right for the Company and its regulators to audit the supplier, including on-site;\n(b) a termination right.';
    expect(requirementOf(policy, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('an item under a lead that names no contract stays the company\'s own task', () => {
    expect(requirementOf('Procurement leads must:\n(a) audit the supplier register each quarter;\n(b) update the risk log.', 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

// held-out round 250 (Japanese)
describe('a check carried out "by visiting the contractor\'s office" (「事業所への訪問により確認」) is an on-site inspection', () => {
  it('「取扱状況の確認は、…委託先事務所への訪問により行う」 addresses AUDIT-INSPECTION-RIGHTS', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '個人情報の取扱状況の確認は、年に一度、受託者の作業場所への往訪により実施する。')).not.toBe('missing');
  });
  it('a sales visit to the customer\'s office is no inspection', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '受注者の営業担当者は、発注者の事業所への訪問により要件のヒアリングを行う。')).toBe('missing');
  });
});

// held-out round 249 (Japanese)
describe('records the contractor must hand over for the outsourcer\'s own internal audit are an information right', () => {
  it.each([
    '乙は、甲が実施する内部監査に必要な作業記録及び入退室記録を、甲の請求に応じて提出するものとする。',
    '受託者は、委託者の内部監査のために必要な資料を、委託者から求められたときは速やかに提出する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('the contractor keeping records for its own internal audit is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '受託者は、自社の内部監査に必要な作業記録を３年間保管する。')).toBe('missing');
  });
});

// held-out round 263
describe('a policy that says contracts "should" give the buyer a right to audit still deals with audit rights', () => {
  it('"Supplier agreements should grant the Customer a right to audit the supplier\'s premises and records" is addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Supplier agreements should grant the Customer a right to audit the supplier\'s premises and records.')).not.toBe('missing');
  });
  it('staff auditing their own files is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Team leaders should audit their own project files once a term.')).toBe('missing');
  });
});

// held-out round 263
describe('a commissioned penetration test whose summary "and action plan" go to the customer is the supplier\'s own testing, not an audit right', () => {
  it('"commission an external penetration test … share the summary report and action plan with the Customer" is not an audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Vendor shall commission an external penetration test of the platform every year and share the summary report and action plan with the Customer.')).toBe('missing');
  });
  it('the customer commissioning an independent audit of the vendor is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Customer may commission an independent audit of the Vendor\'s systems and records once a year.')).not.toBe('missing');
  });
});

// held-out round 266 (English)
describe('a bidder welcoming audits at its sites, and a supplier-oversight visit to the supplier\'s premises, are audit clauses', () => {
  it('"we are happy to host audits … at our offices" is addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'We are happy to host audits by the Bank and its regulators at our Leeds and Krakow offices.')).not.toBe('missing');
  });
  it('welcoming audit reports at a conference is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'We welcome audit reports from our customers at our annual user conference.')).toBe('missing');
  });
  it('a visit to the supplier\'s premises under a supplier-oversight heading is addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '12. Vendor oversight\n\n12.1 Each review may include a visit to the vendor\'s premises.')).not.toBe('missing');
  });
  it('a sales visit to client sites is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Our account managers pay visits to the client sites every quarter to present the roadmap.')).toBe('missing');
  });
});

// held-out round 265 (English)
describe('a bidder that "welcomes" or is "happy to host" audits by the buyer offers an audit right', () => {
  it.each([
    'We are happy to host up to two audits by the Client in each contract year.',
    'We welcome an annual audit by the Customer and its appointed auditors.',
  ])('addresses AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('welcoming audits by its own certification body, or feedback on audit reports, is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'We welcome the yearly surveillance audit by our certification body.')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'We welcome comments from the Customer on the format of our monthly reports.')).toBe('missing');
  });
});

// held-out round 268 (English)
describe('bidders filling in a questionnaire is tender evaluation, not an audit right', () => {
  it('"Bidders are required to fill in the information assurance questionnaire" is no audit clause', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Bidders are required to fill in the information assurance questionnaire in Annex D.')).toBe('missing');
  });
  it('the supplier completing the customer\'s questionnaire yearly with evidence of compliance still is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', "The Supplier shall complete the Customer's security questionnaire each year and provide supporting evidence of compliance on request.")).not.toBe('missing');
  });
});

// held-out round 269 (English)
describe('an assurance report to be enclosed with a bid is a tender document, not an information right', () => {
  it('"submit its latest ISAE 3402 report as part of its tender" does not address audit rights', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Each bidder shall hold a current ISO/IEC 27001 certificate and submit its latest ISAE 3402 Type 2 report as part of its tender.')).toBe('missing');
  });
  it('providing the ISAE 3402 report to the Customer every year still does', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Contractor shall provide its latest ISAE 3402 Type 2 report to the Customer every year.')).not.toBe('missing');
  });
});

// held-out round 262 (Japanese)
describe('the right to audit named as a noun (「甲による監査の権利」「発注者の監査権」) addresses audit rights', () => {
  it('a listed contract item naming the outsourcer\'s audit right is addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '個別契約には、次の事項を含めるものとする。\n（３）発注者の監査権\n（４）秘密保持')).not.toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託契約では、甲が立入検査を行う権利を定める。')).not.toBe('missing');
  });
  it('an accounting auditor\'s powers or an internal-audit right are not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '会計監査人の権限は、会社法の定めるところによる。')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '乙は、乙の内部監査部門に内部監査の権限を付与する。')).toBe('missing');
  });
});

// held-out round 273 (English)
describe('AUDIT-INSPECTION-RIGHTS: "audit history" / "audit events" are records of activity, not an audit right', () => {
  it('handing the audit histories to a new vendor is no audit right', () => {
    const text = 'On exit, the Supplier must migrate all matters, tags and audit histories to the replacement platform.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('exporting audit events is no audit right', () => {
    const text = 'The Provider shall export the audit events of each workspace to the Customer on request.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('a right to audit the supplier is still caught', () => {
    const text = 'The Customer may audit the Supplier and inspect its premises and records on ten days\' notice.';
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
});

// held-out round 264 (Japanese)
describe('inspection of delivered work (成果物を納品し…検査を受ける、完了検査) is acceptance, not an audit right', () => {
  it('acceptance inspection of deliverables does not address audit rights', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '第６条（納入及び検査）\n乙は、設計書等の成果物を甲に納品し、甲の検査を受けるものとする。')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '第５条（完了検査）\n受注者は、構築作業を終えたときは、完了検査を受けなければならない。')).toBe('missing');
  });
  it('entering the contractor\'s site to inspect how the work is done still does', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '第８条（検査）\n甲は、乙の作業場所に立ち入り、本業務の実施状況を検査することができる。')).not.toBe('missing');
  });
});

describe('checking a candidate when choosing a vendor (委託先の選定に当たり…確認) is due diligence, not an audit right', () => {
  it('a selection-time check does not address audit rights', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '所管部署は、業務の委託先を選定するに当たっては、候補者の個人情報保護対策の実施状況を確認しなければならない。')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託先の選定時には、情報セキュリティ対策の実施状況を確認するものとする。')).toBe('missing');
  });
  it('checking the contractor during the contract still does', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '甲は、委託期間中、必要に応じて乙の個人情報保護対策の実施状況を確認するものとする。')).not.toBe('missing');
  });
});

describe('an audit named by who performs it (「町による監査及び検査」) as a contract item addresses audit rights', () => {
  it('a listed item "<party>による監査" is addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託契約には、次の事項を定める。\n（１）秘密保持\n（２）町による監査及び検査')).not.toBe('missing');
  });
  it('an accounting audit by an audit firm is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '乙は、監査法人による監査を受けた財務諸表を提出する。')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '乙は、会計監査人による監査の結果を株主総会に報告する。')).toBe('missing');
  });
});

// held-out round 266 (Japanese)
describe('a check named first and then said to be done on site (「点検は…現地にて実施する」) is an on-site inspection', () => {
  it('the check as topic, carried out at the contractor\'s site when needed, addresses audit rights', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '担当課は、受託者の個人情報の管理状況を毎年度点検する。点検は、書類の提出によるほか、必要があるときは受託者の事業所において現地にて実施する。')).not.toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '確認は、必要に応じて委託先の事務所で実地で行うものとする。')).not.toBe('missing');
  });
  it('work done on site, or a check by paperwork only, is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '端末の設定作業は、必要に応じて各避難所の現地で行う。')).toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '操作方法の確認は、研修の場で行うものとする。')).toBe('missing');
  });
});

// held-out round 279 (English)
describe('AUDIT-INSPECTION-RIGHTS: a supplier-commissioned penetration test whose report is "made available" is testing, not an audit right', () => {
  it('"commission an external penetration test … make the resulting report available to the Customer" is not an audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Vendor shall commission an external penetration test of the portal each year and shall make the resulting report available to the Customer.')).toBe('missing');
  });
  it('the customer commissioning an independent audit with records made available still is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', "The Customer may commission an independent audit of the Vendor's premises and the Vendor shall make its records available.")).not.toBe('missing');
  });
});

// held-out round 269 (Japanese)
describe('「前項の権限は、再委託先に対しても及ぶ」 extends the audit to subcontractors', () => {
  const audit = '１　発注者は、受注者の作業場所に立ち入り、関係書類及び設備を実地に検査することができる。発注者は、監査法人を指定してこれを行わせることができる。';
  it('「前項の権限は、協力会社に対しても及ぶ」 meets subcontractors', () => {
    expect(metOf(`${audit}\n２　前項の権限は、協力会社に対しても及ぶものとする。`, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(true);
  });
  it('「前項の権限は、協力会社には及ばない」 does not', () => {
    expect(metOf(`${audit}\n２　前項の権限は、協力会社には及ばないものとする。`, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

// held-out round 272 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: 「職員を…に立ち入らせ、…を調査させることができる」 is the outsourcer\'s right, not its own duty', () => {
  it('a causative inspection the outsourcer "can" order, with no contractor named in the sentence, is an audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託者は、必要と認めるときは、その指定する職員を作業場所に立ち入らせ、帳簿その他の物件を調査させることができる。')).not.toBe('missing');
  });
  it('a causative duty with no inspection (「身分証明書を携帯させること」) is not', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '受注者は、従事者に身分証明書を携帯させること。')).toBe('missing');
  });
});

describe('AUDIT-INSPECTION-RIGHTS: audit results reported to the bidder\'s own board belong to its internal audit', () => {
  const proposal = (tail: string) => `# 貴局向け 業務提案書\n\n当社は、貴局の窓口業務を誠実に実施します。\n\n## 5. 社内の監査\n\n${tail}`;
  it('「監査の結果は取締役会に報告し…」 after an internal audit is no audit right of the customer', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', proposal('当社は、内部監査室による年２回の業務監査を全拠点で行っており、本業務の拠点も対象とします。監査の結果は取締役会に報告し、指摘事項の是正状況を管理しています。'))).toBe('missing');
  });
  it('the customer\'s on-site audit, whose results the bidder acts on, still is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', proposal('当社は、貴局による当社事業所への立入監査を受け入れ、監査の結果について是正計画を提出します。'))).not.toBe('missing');
  });
});

// held-out round 283 (English)
describe('a security questionnaire before a supplier is engaged is selection due diligence, not an audit right', () => {
  it('"Before a new vendor is appointed, Purchasing sends it a security questionnaire" does not address audit', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Before a new vendor is appointed, Purchasing shall send it a security questionnaire and review the replies.')).toBe('missing');
  });
  it('"prior to onboarding a provider … request evidence of compliance" does not either', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'Prior to onboarding a provider, the Trust shall request evidence of its compliance with the DSP Toolkit.')).toBe('missing');
  });
  it('a yearly questionnaire during the contract still does', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Vendor shall complete the Trust\'s security questionnaire every year and provide supporting evidence on request.')).not.toBe('missing');
  });
});

// held-out round 276 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: a system duty to keep an "audit log" (「いわゆる監査ログ」) is logging, not an audit right', () => {
  it('a spec asking the system to record operations as a so-called audit log does not address audit', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '本システムは、窓口端末での個人情報の閲覧及び印刷の記録（いわゆる監査ログ）を取得し、３年間保管すること。')).toBe('missing');
  });
  it('an on-site inspection that looks at the audit logs still does', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '発注者は、受注者の運用拠点に立ち入り、監査ログその他の記録を検査することができる。')).not.toBe('missing');
  });
});

// held-out round 286 (English)
describe('AUDIT-INSPECTION-RIGHTS: a supplier-commissioned penetration test whose "full report" goes to the customer is testing, not an audit right', () => {
  it('"commission an independent penetration test … provide the Authority with the complete report" is not an audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Contractor shall commission an independent penetration test of the portal every year, using an accredited tester, and provide the Authority with the complete report.')).toBe('missing');
  });
  it('the Authority commissioning an independent audit of the Contractor\'s premises still is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', "The Authority may commission an independent audit of the Contractor's premises and records, and the Contractor shall give the auditor full access.")).not.toBe('missing');
  });
});

// held-out round 289 (English)
describe('AUDIT-INSPECTION-RIGHTS: asking the supplier "for evidence of" its controls, and inspecting a named kind of centre or site', () => {
  it('"may ask the vendor for proof of its data protection measures" addresses the requirement', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Bank may ask the vendor for proof of its data protection measures, such as an ISO certificate or an audit summary, at each annual review.')).not.toBe('missing');
  });
  it('asking the vendor for evidence of delivery is no audit right (near-miss)', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Bank may ask the vendor for evidence of delivery of each consignment of cards.')).toBe('missing');
  });
  it('"may inspect the fulfilment centre" is an on-site inspection right', () => {
    expect(metOf("The Client or an auditor it nominates may inspect the fulfilment centre and the dispatch records on five working days' notice.", 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
  it('inspecting the records alone is not on-site (near-miss)', () => {
    expect(metOf("The Client or an auditor it nominates may inspect the dispatch records on five working days' notice.", 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(false);
  });
});

// held-out round 292 (English)
describe('AUDIT-INSPECTION-RIGHTS: inviting bidders to a site visit during evaluation is no audit right', () => {
  it.each([
    'The Council may invite the two highest-scoring tenderers to a presentation and a site visit.',
    'Shortlisted suppliers should expect a reference call and a site visit before award.',
  ])('not addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('a contractual right to visit the supplier\'s sites to audit still is', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Council may carry out an on-site audit of the Supplier\'s premises on 10 days\' notice.')).not.toBe('missing');
  });
});

// held-out round 294 (English)
describe('AUDIT-INSPECTION-RIGHTS: the supplier commissioning its own penetration test and sharing / delivering the report is no audit right', () => {
  it.each([
    'The Provider shall commission an independent penetration test of the portal every year, providing the executive summary to the Board.',
    'Supplier will commission an external security review of the hosting platform annually, sharing the findings with the Customer.',
  ])('does not address AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('the buyer commissioning an audit of the supplier still is one', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Board may commission an independent audit of the Provider\'s premises and records on ten days\' notice.')).not.toBe('missing');
  });
});

// held-out round 286 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: the contractor investigating the impact of a flaw (「影響の有無を調査し」) is no audit right', () => {
  it.each([
    '受託者は、構成機器に関する新たな脆弱性が公表されたときは、本システムへの影響の有無を調査し、その結果を委託者に報告する。',
    '乙は、障害が発生した場合には影響範囲を調査したうえで、復旧見込みを甲に連絡するものとする。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('the outsourcer investigating on the contractor\'s premises still is one', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '委託者は、必要と認めるときは、受託者の事業所に立ち入り、個人情報の管理状況を調査することができる。')).not.toBe('missing');
  });
});

// held-out round 286 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: a list of duties passed on as 「…の各義務と同等以上の義務を…に課す」, whatever the subcontractor is called, is no audit right', () => {
  it('not addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '当社は、外部委託先と書面で契約を結び、当社がお客様に対して負う秘密保持、監査への協力及び事故報告の各義務と同等以上の義務を外部委託先に負わせる。')).toBe('missing');
  });
});

// held-out round 297 (English)
describe('AUDIT-INSPECTION-RIGHTS: a right to review or sample the contractor\'s files "to confirm compliance"', () => {
  it.each([
    'The Trust may sample the agency\'s personnel files to confirm compliance with the vetting standard.',
    'The Authority may examine the provider\'s training records to verify conformity with Schedule 4.',
  ])('addresses AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier shall review its own log files to confirm compliance with the retention policy.',
    'Staff should check the exported files to confirm that they open correctly.',
  ])('does not address AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 299 (English)
describe('AUDIT-INSPECTION-RIGHTS: ISO certificates / penetration-test summaries supplied on request, and a right to a security assessment of the supplier', () => {
  it.each([
    'On the Customer\'s request the Vendor shall supply a copy of its current ISO 27001 certificate.',
    'Once a year the Supplier will give the Bank an executive summary of its most recent external penetration test.',
    'The Council may conduct an information security review of the selected contractor at any time during the term.',
  ])('addresses AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    'Bidders holding an ISO 27001 certificate will score higher in the quality evaluation.',
    'The Contractor shall conduct a risk assessment of the new depot before use.',
  ])('does not address AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('AUDIT-INSPECTION-RIGHTS: access to the contractor\'s premises or systems "to conduct assessments"', () => {
  it.each([
    'The Council shall have access to the Provider\'s offices, networks and records to undertake security assessments.',
    'The Agency and its designees shall have access to the Contractor\'s facilities and systems in order to conduct privacy evaluations.',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('the contractor\'s own access to the agency\'s network for its scans is no audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Contractor shall have access to the Agency\'s network to perform vulnerability assessments.')).toBe('missing');
  });
});

// held-out round 295 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: a report demanded on 「情報管理の状況」「データの取扱いの状況」 (状況 after の, or a compound 情報管理) is a report right', () => {
  it.each([
    '委託者は、受託者に対し、個人データの取扱いの状況に関して報告を求めることができる。',
    '発注者は、いつでも、受注者に対し、預託した情報の管理の実態について報告を求めることができる。',
    '甲は、必要があると認めるときは、乙に対し、乗務員情報管理の状況について書面で報告を求めることができる。',
  ])('addresses AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    '当社は、受注者に対し、本業務の進捗の状況について報告を求めることができる。',
    '甲は、乙に対し、車両整備の状況について報告を求めることができる。',
  ])('a status report that is not about information handling stays out: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// session 59 probe sweep (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: 「当社及び当社の委託先」 in a vendor\'s own words reaches its subcontractors', () => {
  it('the subcontractors test is met', () => {
    expect(metOf('お客様は、当社及び当社の委託先の事業所を実地に監査することができます。', 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(true);
  });
  it('the vendor\'s own premises alone do not reach them', () => {
    expect(metOf('お客様は、当社の事業所を実地に監査することができます。', 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

// held-out round 297 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: the buyer\'s staff checking the state of work on site in person (「状況を…職員が立ち会って確認することができる」)', () => {
  it.each([
    '委託者は、受託者の倉庫における保管状況を委託者の職員が立ち会って確認することができる。',
    '発注者は、受注者の作業室での作業の状況を担当者が出向いて点検することができる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('the contractor attending an acceptance check is no audit right (near-miss)', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '受注者は、発注者の検収に立ち会って納品物を確認する。')).toBe('missing');
  });
});

// session 60 probe sweep (English: managed-service contracts)
describe('AUDIT-INSPECTION-RIGHTS: the customer may "review the provider\'s security controls"', () => {
  it.each([
    'Once in each contract year the Trust may review the MSP\'s security controls that relate to the Services.',
    'The Client is entitled to review the Provider\'s safeguards on ten business days\' notice.',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('the provider reviewing its own controls is no audit right', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The MSP may review its controls from time to time.')).toBe('missing');
  });
});

// held-out round 309 (English)
describe('AUDIT-INSPECTION-RIGHTS: "may visit the <…> centre / control room / depot" to verify compliance is an on-site audit, and "provide reasonable access and assistance" is cooperation', () => {
  it.each([
    'The Council or an auditor it appoints may visit the monitoring centre used for the services once a year on ten days\' notice to verify compliance with this Schedule.',
    'The Client may visit any depot where the records are stored to check compliance with the security requirements.',
  ])('onsite is met: %s', (text) => {
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
  it.each([
    'The Customer may audit the Supplier\'s compliance with this Schedule once a year. The Supplier shall provide reasonable access and assistance to the auditors.',
    'The Controller or its auditor may audit the processing once a year. The Processor shall give reasonable cooperation to the Controller and its auditors.',
  ])('cooperation is met: %s', (text) => {
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'cooperation')).toBe(true);
  });
  it('visiting the website to read the audit report is no on-site audit (near-miss)', () => {
    expect(metOf('The Customer may visit the Provider\'s trust centre website to read the latest audit report.', 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(false);
  });
});

// session 61 probe sweep (English: plain letters of engagement)
describe('AUDIT-INSPECTION-RIGHTS: a visit "to check / see how the data is looked after / handled"', () => {
  it.each([
    "The Club may visit the Supplier's office at reasonable notice to check how its data is being looked after.",
    "The Trust's data protection officer may come to the Contractor's premises once a year to see how patient records are handled.",
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    "The Club may visit the Supplier's office at reasonable notice to discuss the next campaign.",
    'The Supplier will explain to new members how their data is handled.',
  ])('a visit for business, or an explanation of handling, is no audit (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('AUDIT-INSPECTION-RIGHTS: 「事務所を訪ね、管理状況を確かめる」 is an on-site check', () => {
  it('addressed', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '甲は、事前に連絡したうえで乙の事務所を訪ね、名簿の管理状況を確かめることができる。')).not.toBe('missing');
  });
  it('a visit to discuss the next project is no audit (near-miss)', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '甲は、事前に連絡したうえで乙の事務所を訪ね、次回の企画を相談することができる。')).toBe('missing');
  });
});

// held-out round 312 (English)
describe('AUDIT-INSPECTION-RIGHTS: "information (reasonably) requested by the customer to demonstrate compliance"', () => {
  it.each([
    'The Vendor will make available information reasonably requested by the Client to demonstrate compliance with this Schedule.',
    'The Processor shall provide documentation requested in writing by the Controller to verify its compliance with this Addendum.',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it('information requested to show product features is no audit clause (near-miss)', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Vendor will make available information reasonably requested by the Client to demonstrate the features of the Platform.')).toBe('missing');
  });
});

// held-out round 313 (English)
describe('AUDIT-INSPECTION-RIGHTS: "any person / firm nominated by it" is an auditor the customer appoints', () => {
  it.each([
    'The Trust, or any person nominated by the Trust, may inspect the Contractor\'s scanning bureau, the student files and the handling logs.',
    'The Academy and any firm selected by it may audit the Supplier\'s data centre on ten working days\' notice.',
  ])('the auditor test is met: %s', (text) => {
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'auditor')).toBe(true);
  });
  it('the supplier nominating a person to accompany the visit is no appointed auditor (near-miss)', () => {
    expect(metOf('The Academy may audit the Supplier\'s data centre on ten working days\' notice, and the Supplier shall nominate a person to accompany the visit.', 'AUDIT-INSPECTION-RIGHTS', 'auditor')).toBe(false);
  });
});

// held-out round 314 (English)
describe("AUDIT-INSPECTION-RIGHTS: inspecting \"the <Party>'s workshop / depot\" (article before the possessive) is on-site", () => {
  it.each([
    "The Council may inspect the Contractor's depot and its stock records at any time.",
    "The Authority or its appointed auditor may visit the Provider's main workshop to check the key register.",
  ])('onsite met: %s', (text) => {
    expect(metOf(text, 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
  it("inspecting the Contractor's invoices is no on-site inspection (near-miss)", () => {
    expect(metOf("The Council may inspect the Contractor's invoices before payment.", 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(false);
  });
});

// held-out round 315 (English)
describe('AUDIT-INSPECTION-RIGHTS: a fallback "where an on-site audit is not available / possible at a subcontractor" keeps the subcontractor audit right', () => {
  const approved = "The Vendor may subcontract the hosting and the e-mail delivery to the subcontractors listed in Schedule 2 with the Customer's prior written approval. ";
  it.each([
    'The Vendor shall procure that the Customer may exercise equivalent audit rights in respect of each subcontractor, or shall provide the subcontractor\'s latest SOC 2 report where an on-site audit is not available at that subcontractor.',
    'The Vendor shall ensure that the Customer can audit each subcontractor on the same terms, or, where an on-site audit is not possible at a subcontractor, shall provide that subcontractor\'s latest ISO 27001 audit report.',
  ])('subcontractors is met: %s', (clause) => {
    expect(metOf(approved + clause, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(true);
  });
  it('a flat refusal of on-site audits at subcontractors stays unmet (near-miss)', () => {
    const clause = 'The Customer may audit the Vendor. On-site audits of subcontractors are not possible; the Vendor shall provide their certificates instead.';
    expect(metOf(approved + clause, 'AUDIT-INSPECTION-RIGHTS', 'subcontractors')).toBe(false);
  });
});

// held-out residual (English rounds 304, 308, 311 and 314: contracts whose audit clause gives documents only)
describe('AUDIT-INSPECTION-RIGHTS: under an audit or inspection heading, a right to copies of the records is a (documents-only) audit right', () => {
  it.each([
    '9. Records and Audit\n9.1 The Supplier shall keep accurate records of all collections for three years.\n9.2 The Council may request copies of these records twice a year.',
    '7. INSPECTION AND RECORDS\n7.1 The Contractor shall keep a log of every key issued.\n7.2 On reasonable request the Contractor shall provide the Customer with copies of the key log and of its security policy.',
    "12. Audit\n12.1 The Trust may obtain copies of the Provider's booking records on ten working days' notice.",
  ])('addressed, not sufficient: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('insufficient');
  });
  it.each([
    // the same right under a records heading
    '9. Records\n9.1 The Supplier shall keep accurate records of all collections for three years.\n9.2 The Council may request copies of these records twice a year.',
    // copies for an invoice
    '9. Invoicing\n9.1 The Council may request copies of the delivery records supporting any invoice.',
    // copies of the customer's own invoices, under an audit heading
    '9. Audit\n9.1 The Customer may request copies of its own invoices at any time.',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// session 62 probe sweep (Japanese terms of service in です・ます)
describe('AUDIT-INSPECTION-RIGHTS: 「当社の事務所で確認することができます」 is an on-site check; checking usage (利用状況) on the admin screen is none', () => {
  it.each([
    'お客様は、当社の情報管理の状況について、年1回、当社の事務所で確認することができます。',
    '甲は、必要と認めるときは、乙の作業場所において、個人情報の管理の状況を点検することができる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    'お客様は、管理画面で利用状況を確認することができます。',
    '利用者は、予約サイトで空き状況を確認することができます。',
    '甲は、配送状況を追跡画面で確認することができる。',
    // the contractor's own maintenance check at a site
    '乙は、作業場所において、設備の状態を点検する。',
    '乙は、甲の施設において、消防設備の作動状況を点検することができる。',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 316 (English)
describe('records sent to the customer "so that it can review / verify compliance" are a documents-only audit', () => {
  it.each([
    'Each quarter the Installer shall send the Operator copies of its maintenance records so that the Operator can review compliance with this Contract.',
    'The Vendor shall supply its current security policy and training records to the Franchisor, allowing it to evaluate compliance with Schedule 2.',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    'The Vendor shall send the Operator its delivery notes so that the Operator can check the quantities received.',
    'The Vendor shall send the Operator its monthly invoice so that the Operator can review the charges.',
  ])('delivery notes or an invoice sent for checking are no audit (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 317 (English)
describe('AUDIT-INSPECTION-RIGHTS: visiting or inspecting the contractor\'s (design) studios is an on-site inspection, like its workshops or depots', () => {
  it.each([
    "The Customer may visit the Provider's design studios on ten days' notice to inspect the workstations and records used for the Services.",
    "The Bank, or an auditor it appoints, may inspect the Supplier's design studio and the records kept there for the Services.",
  ])('onsite is met: %s', (text) => {
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'onsite', text)?.met).toBe(true);
  });
  it.each([
    "The Customer may visit the Provider's web studio portal to download audit reports.",
    "The Customer may view photographs of the Provider's design studios.",
  ])('a portal named "studio", or photographs of a studio, is no visit (near-miss): %s', (text) => {
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'onsite', text)?.met).not.toBe(true);
  });
});

// held-out round 309 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: reviewing whether service-level or KPI targets were achieved (達成状況を確認) is a KPI review, not an audit', () => {
  it.each([
    '受託者及び委託者は、毎月定例会を開催し、SLAの各項目について達成状況を確認する。',
    '乙は、半期ごとに甲と品質目標の達成度を点検し、達成状況を確認するものとする。',
  ])('stays missing: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it.each([
    '委託者は、受託者における個人情報の取扱状況を確認することができる。',
    '委託者は、必要に応じて受託者の事業所に立ち入り、目標の達成状況を確認することができる。',
  ])('near-miss, still addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
});

// held-out round 311 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: staff barred from entering a room (「…に立ち入ってはならない」「立ち入らない」) is no inspection right', () => {
  it.each([
    '乙の作業員は、施設内では甲の指示に従い、利用者の個室に立ち入ってはならない。',
    '受託者の従業者は、委託者の施設において、作業区域以外の事務室に立ち入らないものとする。',
  ])('missing (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it.each([
    '委託者は、受託者の保管倉庫に立ち入って、回収物の管理状況を調査することができる。',
    '乙は、甲の職員が乙の事業所に立ち入り帳簿を検査することを拒んではならない。',
  ])('an entry to inspect is still an audit right: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
});

// held-out round 320 (English)
describe('AUDIT-INSPECTION-RIGHTS: "may attend the contractor\'s premises / depot to inspect" is an on-site inspection right', () => {
  it.each([
    'The Customer may attend the Supplier\'s premises to inspect the records.',
    'The Council, or an officer nominated by it, may attend the Contractor\'s depot at any reasonable time to inspect the vehicles, the key log and the training register.',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    // attending a test or a course is taking part, not inspecting
    'The Customer may attend the annual disaster recovery test.',
    'The Customer\'s staff may attend the Supplier\'s training sessions.',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 321 (English)
describe('AUDIT-INSPECTION-RIGHTS: "site visits" by engineers as a service activity (out-of-hours, emergency, engineer site visits) are no inspection', () => {
  it.each([
    'Subcontractors may carry out out-of-hours site visits at the Customer\'s premises.',
    'The Provider may use subcontractors for engineer site visits, provided that it remains responsible for them.',
    'Out-of-hours site visits are charged at £180 each.',
  ])('does not address AUDIT-INSPECTION-RIGHTS: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('site visits by the customer to check compliance still meet onsite (near-miss)', () => {
    expect(metOf('The Customer may make site visits to the Provider\'s service centre to check compliance with this Schedule.', 'AUDIT-INSPECTION-RIGHTS', 'onsite')).toBe(true);
  });
});

// session 64, from the held-out residual (round 315)
describe('AUDIT-INSPECTION-RIGHTS: a visit to a shop, workshop or depot "to check that … as this letter requires" is an on-site inspection right', () => {
  it.each([
    'The Customer may visit the Florist\'s workshop on two days\' notice to check that order sheets are shredded as this letter requires.',
    'The Client may visit any of the Courier\'s depots during working hours to check that delivery records are kept as the contract requires.',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    'The Customer may visit the Florist\'s workshop to check that the flowers are fresh.',
    'The Contractor\'s engineer will visit each shop to check that the tills are working.',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// held-out round 314 (Japanese)
describe('AUDIT-INSPECTION-RIGHTS: the contractor submits its self-check results in writing when the outsourcer asks (「求めがあった場合…自己点検結果を書面で提出する」)', () => {
  it.each([
    '受注者は、本県の求めに応じて、預かった住民データの管理状況に関する自主点検の記録を文書で提出する。',
    '乙は、甲から求めがあったときは、顧客情報の取扱状況に関する自己点検の結果を書面により提出する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、年１回、個人情報の管理状況について自己点検を行い、その結果を書面で社内の委員会に提出する。',
    '受託者は、甲の求めに応じて、配達実績の記録を書面で提出する。',
  ])('an unrequested self-check, or a delivery record on request, stays missing (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
});

// session 64, from round 325's mismatches left
describe('AUDIT-INSPECTION-RIGHTS: the contractor\'s own supervisor or team leader inspecting the sites is its quality check, no audit right', () => {
  it.each([
    'The Contractor\'s supervisor shall inspect the premises weekly.',
    'Our team leaders will check each ward after the night round.',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });
  it('the customer\'s manager inspecting the contractor\'s sites is still one', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Customer\'s facilities manager may inspect the Contractor\'s sites quarterly.')).not.toBe('missing');
  });
});
