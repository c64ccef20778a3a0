/**
 * SECURITY-MEASURES-BASELINE: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, metOf, testOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // an industry standard named as the yardstick of a test is no security-measures clause, even under a security heading
    ['SECURITY-MEASURES-BASELINE', '第８条（セキュリティ）\n２　受注者は、半期ごとに、業界団体のセキュリティ基準に準拠したペネトレーションテストを実施する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // an incident trigger built on 「漏えい、滅失又は毀損…を知ったとき」 is no security-measures clause
    ['SECURITY-MEASURES-BASELINE', '乙は、顧客情報の漏えい、滅失又は毀損のおそれのある事態を知ったときは、直ちに甲に連絡しなければならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 224
describe('certification stated after the standard ("ISO/IEC 27001 certified") and "assessed against"', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    expect(requirementOf('Our hosting operation is ISO 27001:2013 certified and renewed every three years.', 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
    expect(requirementOf('The platform has been assessed against ISO/IEC 27001 controls by an external assessor.', 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 226
describe('a sanitisation standard is not a security baseline', () => {
  it('NIST SP 800-88 alone does not address SECURITY-MEASURES-BASELINE', () => {
    const text = 'Retired tapes shall be purged in line with NIST SP 800-88 and the Vendor shall record each purge.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('NIST SP 800-53 still does', () => {
    const text = 'The Vendor shall implement controls in line with NIST SP 800-53 moderate baseline.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 230
describe('"at least equivalent to those the <institution> applies to its own" is an outsourcer-level baseline', () => {
  it('an association as the outsourcer meets the equivalence test', () => {
    const text = 'The Provider shall apply technical and organisational safeguards at least equivalent to those the Association applies to its own member records.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('the provider\'s own level is not the outsourcer\'s baseline', () => {
    const text = 'The Provider shall apply technical and organisational safeguards at least equivalent to those the Provider applies to its own systems.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
});

// held-out round 231
describe('"the security management plan at Schedule N" is a security annex', () => {
  it('meets the categories test of SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall implement the Information Security Plan set out in Annex 5 throughout the term.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(true);
  });
  it('a plan with no annex is not', () => {
    const text = 'The Contractor shall implement an information security plan throughout the term.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(false);
  });
});

// held-out round 232
describe('"keep builds / source code secure" is a general security-measures duty', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall protect all pre-release builds against unauthorised access.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 233
describe('"best practice (information) security" is a vague security-measures duty', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall follow best practice security when configuring the hosted archive.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('a best-practice duty on delivery times is not a security clause', () => {
    const text = 'The Contractor shall follow best practice when scheduling deliveries to the depot.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

// held-out round 233
describe('"the application for approval must state … the security measures it applies" is content of a subcontracting request', () => {
  it('does not address SECURITY-MEASURES-BASELINE', () => {
    const text = 'Each application for approval must state the name of the proposed subcontractor, the work it will do and the security measures it applies.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('a duty to maintain security measures still does', () => {
    const text = 'The Supplier shall maintain appropriate security measures to protect Customer Data.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 234
describe('"we expect the <supplier> to …" in a buyer\'s RFP states a requirement', () => {
  it('an expectation put on the contractor reads as a duty (SECURITY-MEASURES-BASELINE addressed)', () => {
    const text = 'We expect the Contractor to apply appropriate technical and organisational measures to protect member records.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('the supplier\'s own expectation about a date is not a duty', () => {
    const text = 'We expect delivery of the hardware in the second quarter.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

// held-out round 237
describe('"technical and management measures" (技术和管理措施) are security measures', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Service Provider shall adopt management and technical measures to protect the platform and the user information.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 238
describe('protecting a system "against cyber-attacks" is a security-measures duty', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Integrator must protect the lift control network against cyber-attacks for the duration of the contract.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('protection from damp is not', () => {
    const text = 'The museum protects its collection from damp and pests.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

// held-out round 242
describe('"biometric data" names a data category, not a security control', () => {
  it('a heading about biometric templates does not address SECURITY-MEASURES-BASELINE', () => {
    const text = '## 6. Processing of Biometric Templates\n\nThe Vendor shall keep the enrolment log for the Employer.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('biometric entry control to the server room still reads as a concrete measure', () => {
    const text = 'The Vendor shall protect the data hall with biometric entry readers, CCTV and a firewall in front of all systems holding Employer personal data.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 240
describe('"security procedures" are security measures', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'Both parties shall apply security procedures, such as message encryption and signed acknowledgements, adequate to keep transmitted orders authentic and confidential.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('other site procedures are not', () => {
    const text = 'The harvest crew follows the site\'s fire procedures.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

// held-out round 231 (Japanese)
describe('Japanese held-out round 231 (製造・物流・小売): phrasing families', () => {
  it.each([
    // a list of measures introduced by its lead (「…について、次の措置を講じる。」) is a security-measures clause
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託を受けた購買履歴データについて、次に掲げる措置を講ずるものとする。\n一　保管する端末は施錠できる場所に置く。\n二　作業の記録を残す。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the same lead after an incident is incident response, not a baseline
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託データの漏えいが発生した場合は、次の措置を講じるものとする。\n一　直ちに委託者に連絡する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 228 (Japanese)
describe('Japanese held-out round 228 (金融機関の外部委託): phrasing families', () => {
  it.each([
    // a named cloud assurance scheme kept up (ISO/IEC 27017・27018, SOC 2) is a security baseline
    ['SECURITY-MEASURES-BASELINE', '受託者は、ISO/IEC 27017の認証範囲に含まれる統制を維持するものとする。'],
    ['SECURITY-MEASURES-BASELINE', '乙は、SOC 2の報告書の対象となる統制を整備し、契約期間中これを運用する。'],
    // the outsourcer's own information-handling rules as the yardstick (「当行の定める情報取扱規程に基づき」)
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託された帳票及び電子データを、当行の定める情報取扱規程に基づき管理しなければならない。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 234 (Japanese)
describe('replacing a worker "or other necessary measures" is a remedy, not the security baseline', () => {
  it('does not address SECURITY-MEASURES-BASELINE', () => {
    const text = '受託者は、作業員が本契約の定めに反したときは、委託者の求めにより、直ちに当該作業員の入替えその他の必要な措置をとる。';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('necessary security measures still do', () => {
    const text = '受託者は、個人情報の漏えいを防止するため、必要な措置を講じなければならない。';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

// held-out round 243
describe('UK policing security standards are named baselines', () => {
  it('the National Policing Community Security Policy meets equivalence', () => {
    const text = 'The Supplier\'s controls shall conform to the National Policing Community Security Policy throughout the Term.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('the NPIRMT baseline meets equivalence', () => {
    const text = 'Security controls shall satisfy the NPIRMT baseline for systems holding police information.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
});

// held-out round 244
describe('a subprocessor notice that must be accompanied by a description of its security controls is no security-measures duty', () => {
  it('does not address SECURITY-MEASURES-BASELINE', () => {
    const text = 'Each notification of a proposed subprocessor shall be accompanied by its company name, its address, the services concerned and a description of its security controls.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('also when a long list of particulars comes before the security controls', () => {
    const text = 'Every request for consent must be supported by a vendor profile giving the proposed supplier\'s registered name and head office, the systems and services it will touch, the kinds of member data it will see, where that data will be processed and stored, the expected duration of the engagement, and an outline of its information security controls.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 248
describe('a named standard stated as an attribute ("PCI DSS Level 1 compliant", "Cyber Essentials Plus certified")', () => {
  it.each([
    'The hosted checkout is PCI DSS Level 2 compliant.',
    'Our managed desktop estate is Cyber Essentials Plus certified.',
    'All processing sites used for the service are ISO/IEC 27001 accredited.',
    // the standard's name hyphenated, as often written
    'The payment gateway shall stay PCI-DSS v4.0 compliant for the whole Term.',
  ])('addresses SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('a date for a compliance review is not a baseline', () => {
    const text = 'The next PCI DSS assessment is scheduled for October.';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

// held-out round 237 (Japanese)
describe('measures not falling below the level set in the outsourcer\'s own rules (「…規程に定める水準を下回ってはならない」) meet equivalence', () => {
  const categories = '受注者は、本業務において組織的、人的、物理的及び技術的な安全管理措置を講じなければならない。';
  it.each([
    '受注者が講ずる対策は、発注者の情報セキュリティポリシーで定められたセキュリティ水準を下回らないものとする。',
    '受注者の対策の水準は、発注者のＯＴセキュリティ基準に定める水準を下回ってはならない。',
    '受注者は、発注者の情報管理規則で求められるレベル以上の対策を実施する。',
  ])('equivalence met: %s', (text) => {
    expect(metOf(categories + text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('the contractor\'s own rules are no outsourcer baseline', () => {
    const text = categories + '受注者は、自社の情報セキュリティ規程に定める水準を下回らない対策を講ずる。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
  it('an industry standard stays vague', () => {
    const text = categories + '受注者は、業界標準に定める水準以上の対策を講ずる。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
});

// held-out round 243 (Japanese)
describe('a 「システムの保護」 section and 「マルウェア対策ソフト」 state concrete measures', () => {
  it.each([
    '６．情報システムの保護\n（１）受託者は、業務用サーバ及び端末にマルウェア対策ソフトを導入し、定義ファイルを最新に保つこと。',
    '第８条（システムの保護）\n受注者は、特権IDの利用を必要最小限とし、セキュリティパッチを遅滞なく適用する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('a 「システムの保護」 heading over a scheduling duty is not', () => {
    const text = '６．システムの保護\n（１）受託者は、保守作業の日程を事前に委託者に連絡すること。';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 253 (WMS hosting and offshore support desk)
describe('"secure" naming a room or area is no protection duty', () => {
  it('a ban on taking data out of the secure print room does not address the baseline', () => {
    const text = 'Operators shall not take printed manifests or any shipment data out of the secure print room without the Client\'s prior written consent.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('securing customer data by named controls still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Supplier shall secure customer data using encryption at rest and role-based access controls.')).not.toBe('missing');
  });
});

// held-out round 245 (Japanese)
describe('held-out round 245: a university as the outsourcer, and a subcontractor\'s security row in an approval table', () => {
  it('「本学が…自ら負う義務と同等以上の水準」 is equivalence', () => {
    expect(metOf('受託者は、本学が個人情報保護法に基づき自ら負う義務と同等以上の水準の安全管理措置を、別紙に定める組織的、人的、物理的及び技術的区分ごとに講じなければならない。', 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('following the university\'s procedure is not', () => {
    expect(metOf('受託者は、本学の定める手順に従い、別紙に定める組織的、人的、物理的及び技術的安全管理措置を講じなければならない。', 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
  it('a row describing the subcontractor\'s security set-up in an application table is no measures clause', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '| 項目 | 内容 |\n|---|---|\n| 再委託先のセキュリティ体制 | ISO/IEC 27001認証取得、入退室管理 |')).toBe('missing');
  });
  it('a duty to hold the certification still is', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、ISO/IEC 27001の認証を取得し、契約期間中これを維持しなければならない。')).not.toBe('missing');
  });
});

// held-out round 246 (Japanese)
describe('a clinical-trial protocol (治験実施計画書 / 臨床試験実施計画書) is no security plan', () => {
  it('an approved trial protocol does not meet plan-approval', () => {
    const text = '受注者は、組織的、人的、物理的及び技術的安全管理措置を講じる。受注者は、発注者の承認を得た臨床試験実施計画書に基づき症例データを収集する。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(false);
  });
  it('an implementation plan for the measures submitted before start and approved still does', () => {
    const text = '受注者は、組織的、人的、物理的及び技術的安全管理措置を講じる。受注者は、業務の開始前に、安全管理措置の実施計画書を発注者に提出し、その承認を得なければならない。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(true);
  });
});

describe('measures equal to those the outsourcer itself must take (「委託者が講ずべき…対策と同等に」)', () => {
  it('meets equivalence', () => {
    const text = '受託者は、委託者が同法に基づき講ずべきセキュリティ対策と同等に、組織的、人的、物理的及び技術的な対策を実施する。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('advising on the measures the outsourcer must take does not', () => {
    const text = '受託者は、委託者が講ずべき安全管理措置について助言し、組織的、人的、物理的及び技術的な対策を実施する。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
});

// held-out round 248 (Japanese)
describe('an incident trigger "発生し、又はそのおそれがあることを知ったとき" is incident notice, not a security-measures clause', () => {
  it('"漏えい、滅失又は毀損が生じ、又はその疑いがあることが判明したとき…連絡する" does not address SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、個人情報の漏えい、滅失又は毀損（協力会社で起きたものを含む。）が生じ、又はその疑いがあることが判明したときは、直ちに委託者に連絡する。')).toBe('missing');
  });
  it('preventing the same events by named controls still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、個人情報の漏えい、滅失又は毀損を防止するため、入退室管理及び通信の暗号化を行わなければならない。')).not.toBe('missing');
  });
});

// held-out round 260
describe('SECURITY-MEASURES-BASELINE: what a subcontracting request must state, a subcontract bound to named clauses, and a breach of the security requirements are no measures clause', () => {
  it.each([
    'Each application for approval must be made in writing and must describe the sub-processor\'s identity, the processing it will perform and the security safeguards it has in place.',
    '(c) Before the sub-processor starts, the Processor shall sign a written contract under which the sub-processor is bound by terms no less protective than Clauses 4 and 6 and Annex B (Security Requirements).',
    'The Board may revoke the approval by giving 10 days\' notice, or immediately if the sub-processor is responsible for a material breach of the security requirements.',
  ])('does not address it: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('measures by category at least equivalent to a named standard still address it', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Supplier shall maintain physical, technical and organisational security measures no less protective than ISO/IEC 27001 Annex A.')).not.toBe('missing');
  });
});

// held-out round 251 (Japanese)
describe('「情報系」 names the IT side of an OT/IT split, not information; an outsourcer checking 「対策の実施状況」 is monitoring, not measures', () => {
  it.each([
    '2. 情報系セグメントのファイアウォールの設定管理は、乙が行う。',
    '情報系ネットワークに設置するファイアウォールの運用は、受注者が行うものとする。',
  ])('a firewall task on the 情報系 side given to the contractor does not address SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('a firewall duty that protects the materials entrusted still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、預かった資料を保護するため、ルータ及びファイアウォールの設定を適切に管理しなければならない。')).not.toBe('missing');
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、情報系システムで取り扱う秘密情報について、ファイアウォールによる通信制御を行わなければならない。')).not.toBe('missing');
  });
  it.each([
    '委託元の主管部署は、毎年度、委託先における安全管理措置の実施状況を点検する。',
    '各部署は、委託先の情報セキュリティ対策の実施状況を年に一度確認するものとする。',
  ])('an outsourcer unit checking how the measures are carried out does not address it: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('the contractor taking the measures and reporting on them still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '委託先は、安全管理措置を講じ、その実施状況を委託元に報告しなければならない。')).not.toBe('missing');
  });
});

// held-out round 262 (council social care case management): a supplier's security plan that groups its controls
// under bare category sub-headings, and says under its title that it is submitted for the customer's approval
describe('controls grouped under bare category sub-headings, and a plan titled as a security plan and submitted for approval', () => {
  const plan = `# Data Security Plan — Payroll Bureau Service

Issue 3, presented for the Client's approval.

## 4 Safeguards

### 4.1 Personnel

- Staff complete background checks before they handle client files.

### 4.2 Technical

- Payroll files are encrypted at rest with AES-256 and access is logged.
`;
  it('the category test is met from the sub-headings', () => {
    expect(metOf(plan, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(true);
  });
  it('the plan-approval test is met from the line under the plan title', () => {
    expect(metOf(plan, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(true);
  });
  it('a bare category word that is not a heading of its own, and a plan not submitted for approval, meet neither', () => {
    const near = `# Data Security Plan — Payroll Bureau Service

Issue 3, for information only.

## 4 Safeguards

We use technical safeguards where appropriate.
`;
    expect(metOf(near, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(false);
    expect(metOf(near, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(false);
  });
});

// held-out round 253 (Japanese)
describe('a standard’s own purpose sentence (この基準は…委託先に求める対策を定める) commits nothing', () => {
  it.each([
    'この規程は、本市（以下「市」という。）が情報システムの運用を外部に委託する場合に受託者に求めるセキュリティ対策を定めるものとする。',
    'この指針は、教育委員会が委託先に遵守させる安全管理措置の事項を定めるものである。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('a duty to take the measures of the standard still addresses it', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、本市の情報セキュリティ対策基準に定めるセキュリティ対策を講じなければならない。')).not.toBe('missing');
  });
});

// held-out round 254 (Japanese)
describe('attending a briefing on the outsourcer\'s security rules is training, not a commitment to security measures', () => {
  it.each([
    '保守要員は、着任時に発注者の「情報セキュリティ基本方針」に関する研修を受けるものとする。',
    '作業員は、入構前に当社の「制御システム安全遵守事項」の説明会に参加しなければならない。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it.each([
    '受注者は、発注者の情報セキュリティポリシーを遵守し、その研修を要員に受講させること。',
    '委託先の作業員は、当社の「制御システムセキュリティ遵守事項」を遵守しなければならない。',
  ])('still addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
});

describe('a proposal that attaches a draft security plan and submits "the final version" for approval before work states plan approval', () => {
  it('the final version taken up in the next sentence is the plan', () => {
    const text = '当社は、別紙のセキュリティ実施計画（素案）を添付します。最終版は、運用開始前に提出し、発注者の承認を得ます。変更する場合も事前に承認を得ます。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(true);
  });
  it('the final version of an organisation chart is no security plan', () => {
    const text = '当社は、別紙の体制図（案）を添付します。最終版は、運用開始前に提出し、発注者の承認を得ます。';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(false);
  });
});

// held-out round 263
describe('"secure systems" named as the place data must not leave ("removed from the Contractor\'s secure systems") is a removal rule, not a security-measures clause', () => {
  it('"must not be removed from the Contractor\'s secure systems unless … agrees in writing" does not address the baseline', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'Student records must not be removed from the Contractor\'s secure systems unless the Registrar agrees in writing.')).toBe('missing');
  });
  it('a duty to keep data on secure systems still does (vaguely)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'Personal data held by the Contractor must be kept on secure systems.')).not.toBe('missing');
  });
});

// held-out round 256 (Japanese)
describe('under a security-arrangements heading (再委託先の安全管理体制), access limited to named staff and per-person accounts are security measures', () => {
  const items = '（1）顧客データへのアクセスは、指名された担当者3名に限定する。\n（2）作業者ごとに個別のアカウントを発行する。';
  it('under the security heading', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '６　再委託先の安全管理体制\n' + items)).not.toBe('missing');
  });
  it('the same items under a staffing heading are not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '６　作業体制\n' + items)).toBe('missing');
  });
});

// held-out round 266 (English)
describe('a bulleted and lettered list of controls by category ("- (b) physical controls: …") lists measures by category', () => {
  const list = (items: string[]) => ['At a minimum the Contractor must have in place:', '', ...items].join('\n');
  it('lettered category items under an "at a minimum … must have in place:" lead meet categories', () => {
    const text = list([
      '- (a) technical controls: full-disk encryption of laptops, centralised logging and multi-factor authentication;',
      '- (b) physical controls: badge-controlled entry to the print hall and locked cabinets for returned forms;',
      '- (c) organisational controls: a named information security lead reporting to the board.',
    ]);
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'categories')).toBe(true);
  });
  it('lettered items that are no security categories do not', () => {
    const text = list([
      '- (a) commercial terms: a fixed price for the first two years;',
      '- (b) staffing levels: two shift supervisors on each day shift.',
    ]);
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'categories')).not.toBe(true);
  });
});
describe('an internal "Records Handling Standard" (or "Data Handling Standard") is a policy document', () => {
  it('is typed as a policy', async () => {
    const { analyze } = await import('../../../shared/engine/analyze.ts');
    expect(analyze('TRANSIT RECORDS HANDLING STANDARD\n\n1. Purpose\n\n1.1 This Standard sets out how couriers engaged by the Authority must handle case files.').documentType).toBe('policy');
  });
  it('a "Standard Terms of Business" contract is not', async () => {
    const { analyze } = await import('../../../shared/engine/analyze.ts');
    expect(analyze('STANDARD TERMS OF BUSINESS\n\n1. The Supplier shall deliver the goods to the Customer within 10 days.').documentType).not.toBe('policy');
  });
});

// held-out round 267 (English)
describe('a duty to maintain named assurance certificates / reports is a security baseline', () => {
  it('"shall maintain ISO/IEC 27001 certificates and SOC 2 Type II reports" addresses SECURITY-MEASURES-BASELINE', () => {
    const text = '4.2 The Processor shall maintain ISO/IEC 27001 certificates and SOC 2 Type II reports for every data centre used for the Services.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('keeping copies of the customer\'s own certificates is no baseline for the contractor', () => {
    const text = 'The Supplier shall keep copies of the Customer\'s ISO 27001 certificates in the contract file.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 258 (Japanese)
describe('a guideline\'s own scope sentence (本指針は、…基本方針に基づき…必要な事項を定める) commits no contractor to a baseline', () => {
  it('"本指針は、〇〇町情報セキュリティ基本方針に基づき…必要な事項を定めるものとする" does not address SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '本指針は、〇〇町情報セキュリティ基本方針に基づき、町が業務を外部に委託する場合の必要な事項を定めるものとする。')).toBe('missing');
  });
  it('a contractor duty to act under the same named policy still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、〇〇町情報セキュリティ基本方針に基づき、必要な安全管理措置を講じなければならない。')).not.toBe('missing');
  });
});

// held-out round 268 (English)
describe('equivalence to the controls "the Employer / Landlord applies to its own" systems; Article 32 measures; a deferred split of responsibility', () => {
  it('"no less stringent than the controls that the Employer applies to its own networks" meets equivalence', () => {
    const text = 'The Supplier shall apply the security measures set out in Annex 5 (organisational, physical and technical), which shall be no less stringent than the controls that the Employer applies to its own networks.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('the controls the Supplier applies to its own networks do not', () => {
    const text = 'The Supplier shall apply the security measures set out in Annex 5 (organisational, physical and technical), which shall be no less stringent than the controls the Supplier applies to its own networks.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
  it('"all measures required under Article 32" addresses the requirement', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The processor shall adopt all measures required under Article 32 of the UK GDPR.')).not.toBe('missing');
  });
  it('records required under Article 30 do not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The processor shall keep records of processing as required under Article 30 of the UK GDPR.')).toBe('missing');
  });
  it('a split of responsibility for security controls to be agreed later is no measures clause', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The split of responsibility between the Council and the provider for security controls will be agreed during mobilisation.')).toBe('missing');
  });
});

// held-out round 271 (English)
describe('a duty to implement / put in place the measures "described in the Security Schedule" refers to a security annex', () => {
  it('"will put in place and keep up to date the safeguards described in the Security Schedule" addresses SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Vendor will put in place and keep up to date the safeguards described in the Security Schedule.')).not.toBe('missing');
  });
  it('the same annex named for information only, with no duty to apply it, does not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The controls in the Security Schedule are given for information only and may be updated by the Vendor from time to time.')).toBe('missing');
  });
});

// held-out round 264 (Japanese)
describe('a contractor\'s duty to carry out the work with regard to security (セキュリティに配慮して…行う) addresses the baseline, vaguely', () => {
  it('the contractor running the work "with due regard to security" is addressed (insufficient)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、情報セキュリティに十分配慮して本業務を遂行するものとする。')).toBe('insufficient');
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、常にセキュリティに留意して運用作業を行わなければならない。')).toBe('insufficient');
  });
  it('a design goal, a user\'s own care or a purchasing wish is not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '本システムは、セキュリティに配慮した設計とすること。')).toBe('missing');
    expect(statusOf('SECURITY-MEASURES-BASELINE', '利用者は、セキュリティに留意してパスワードを管理すること。')).toBe('missing');
  });
});

// own work, session 52 (seen in round 266)
describe('measures to keep staff from leaking secrets (「従業者に対し…漏らさないよう、必要な措置」) are staff confidentiality, not the security baseline', () => {
  it('a staff secrecy duty alone does not address SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受注者は、作業員に対し、契約期間の終了後も業務上知り得た情報を他に漏らさないよう必要な措置を講ずるものとする。')).toBe('missing');
  });
  it('a staff duty beside the security measures themselves still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受注者は、作業員に対し情報を漏らさないよう指導するとともに、取り扱う情報の安全管理のために必要な措置を講ずるものとする。')).not.toBe('missing');
  });
});

// held-out round 277 (English)
describe('SECURITY-MEASURES-BASELINE: a flow-down whose subject is the document\'s own name for its subcontractors ("every Local Agent is bound by a written contract … at least as protective …, including …") only lists duties', () => {
  it('the listed "security measures" of such a flow-down do not address the requirement', () => {
    const text = '7.3 The Contractor shall ensure that every Local Agent is bound by a written contract containing obligations at least as protective as those of this Contract, including confidentiality, incident notification, security measures and return of data.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('the contractor\'s own duty to implement listed measures still does', () => {
    const text = 'The Contractor shall implement the security measures in Schedule 4, which sets out organisational, physical and technical controls.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
});

// held-out round 267 (Japanese)
describe('a clause that only splits security work between the parties (セキュリティ対策の分担は…) is a responsibility allocation, not a measures clause', () => {
  it('an allocation of the security work between the parties does not address SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '運用に係るセキュリティ対策の役割分担は、乙がサーバ及びネットワークを、甲が利用端末及び利用者アカウントを受け持つものとする。')).toBe('missing');
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'セキュリティ対策の分担について、クラウド基盤は受託者、利用者の設定は委託者が行う。')).toBe('missing');
  });
  it('a clause that names the split and also commits to measures by category, or a plain measures duty, is still addressed', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、安全管理措置の分担を別紙に定めるほか、組織的、人的、物理的及び技術的安全管理措置を講じなければならない。')).not.toBe('missing');
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、本業務におけるセキュリティ対策として、通信の暗号化及び多要素認証を実施しなければならない。')).not.toBe('missing');
  });
});

// held-out round 270 (Japanese)
describe('SECURITY-MEASURES-BASELINE: "セキュリティ確保のため…対策を講ずる" without a particle', () => {
  it('a duty to take measures "for securing information security" addresses the baseline (vaguely)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、情報セキュリティ確保のため、一般的な水準の対策を講ずる。')).not.toBe('missing');
  });
  it('a table of contents of a guide for securing security does not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '本書は、セキュリティ確保のための手引きの目次を示す。')).toBe('missing');
  });
});

// held-out round 269 (Japanese): measures "taken" (対策をとる／取る／行う) on security, however loosely, deal with the subject
describe('SECURITY-MEASURES-BASELINE: 「セキュリティについては…対策をとる」', () => {
  it.each([
    '情報の取扱いのセキュリティについては、受託者の責任において必要な対策を取るものとする。',
    '委託先は、システムのセキュリティに関しては、自らの基準で適切な対策を行うこと。',
  ])('%s addresses the baseline', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('a step taken on the timetable, not on security, does not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '納期の遅延については、受託者の責任において必要な対策を取るものとする。')).toBe('missing');
  });
});

// held-out round 271 (Japanese)
describe('assessing the state of a candidate contractor\'s measures is a selection check, not a baseline duty', () => {
  it('「候補業者の安全管理措置の状況を審査票で確認する」 alone does not address SECURITY-MEASURES-BASELINE', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '２　所管課は、候補業者について、審査票を用いて安全管理措置の状況を確認しなければならない。')).toBe('missing');
  });
  it('a duty on the contractor to take the measures still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、別紙に定める組織的、人的、物理的及び技術的安全管理措置を講じなければならない。')).not.toBe('missing');
  });
});

// held-out round 276 (Japanese)
describe('SECURITY-MEASURES-BASELINE: an incident trigger whose bracket ends in 「。」 and a procedure\'s scope sentence are no measures', () => {
  it('「事故（…を含む。）が生じたときは…報告」 is an incident trigger, not a measures duty', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、業務の実施に当たって事故（個人情報の漏えい、紛失又は毀損をいう。）が生じたときは、直ちに委託者に連絡しなければならない。')).toBe('missing');
  });
  it('「この実施手順は、…ポリシーに基づき、…遵守すべき事項を定める」 (bracket with 「。」 inside) only states the instrument\'s scope', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'この実施手順は、本町情報セキュリティポリシーに基づき、各課（出先機関を含む。以下同じ。）が電算業務を外部に委託するときに遵守すべき事項を定める。')).toBe('missing');
  });
  it('a duty to take measures that prevent leakage, with the same bracket, still addresses it', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、事故（個人情報の漏えい、紛失又は毀損をいう。）を防止するため、必要な安全管理措置を講じなければならない。')).not.toBe('missing');
  });
});

// held-out round 275 (Japanese)
// a policy written in plain form (規程調: 「…評価する。」「…評価を行う。」) that has the outsourcer check the contractor's
// security measures addresses the subject, as the 「しなければならない」 form already did; a check of a report on
// something other than security does not
describe('SECURITY-MEASURES-BASELINE: a plain-form policy duty to assess the contractor\'s measures', () => {
  it.each([
    '３　主管課は、半期ごとに、委託先から提出されるセキュリティ対策の実施報告書を点検し、その適否を評価する。',
    '第８条　リスク統括部は、委託先の情報セキュリティ対策の整備状況について、毎年度評価を行う。',
  ])('%s addresses the requirement', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('a plain-form assessment of the contractor\'s sales figures does not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '３　主管課は、半期ごとに、委託先から提出される売上実績の報告書を点検し、その内容を評価する。')).toBe('missing');
  });
  it('a plain-form check of a candidate vendor at selection still does not', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '２　所管課は、候補業者について、審査票を用いて安全管理措置の状況を確認する。')).toBe('missing');
  });
});

// held-out round 280 (Japanese)
describe('SECURITY-MEASURES-BASELINE: a mailing vendor\'s duty to take measures against mis-enclosure / mis-sending (誤封入・誤送付の防止措置)', () => {
  it('measures to prevent mis-sending address the requirement', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、宛名ラベルと同封物を二重に突合し、誤発送の防止のための対策を実施しなければならない。')).not.toBe('missing');
  });
  it.each([
    '受託者は、誤送付が発生したときは、直ちに委託者に報告しなければならない。',
    '受託者は、誤送付の原因及び再発防止策を報告書に記載する。',
  ])('reporting a mis-sending does not: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 290 (English)
describe('SECURITY-MEASURES-BASELINE: how erasure is carried out is a deletion method, not the security baseline', () => {
  it('erasure "performed using a tool that destroys the encryption keys" does not address the requirement', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'Erasure of the archived records must be performed using a certified overwriting tool that destroys the encryption keys protecting them.')).toBe('missing');
  });
  it('protecting the data by encryption, firewalls and MFA still does', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Supplier shall protect the Customer Data by encryption at rest and in transit, firewalls and multi-factor authentication.')).not.toBe('missing');
  });
});

// held-out round 297 (English)
describe('SECURITY-MEASURES-BASELINE: concrete controls listed under a "Safeguards" heading', () => {
  it('a bulleted control list under a Safeguards heading is read as security measures', () => {
    const text = '### Data safeguards\n\nWe apply the following:\n- disk encryption at rest on every server;\n- firewalls between the hosting tiers;\n- anti-virus on all staff laptops.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('a child-safeguarding heading is not a security heading', () => {
    const text = '### Safeguards for vulnerable adults\n\nWe apply the following:\n- two carers present on every visit;\n- a named key worker for each resident;\n- visits logged on the care plan.';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 298 (English)
describe('SECURITY-MEASURES-BASELINE: a feature listed as "disabled" among the measures is no user-side rule', () => {
  it('addressed: measures in a schedule that include a disabled feature', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Vendor shall implement the technical and organisational measures set out in Schedule 4, which include printing disabled on all case workstations and encryption of all backups.')).not.toBe('missing');
  });
  it('a user told not to disable security features is still user-side (near-miss)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'You must not disable or bypass any security feature of the Service.')).toBe('missing');
  });
});

// held-out round 299 (English)
describe('SECURITY-MEASURES-BASELINE: a vague duty to keep photographs, footage or recordings secure', () => {
  it.each([
    'The Contractor will use reasonable endeavours to keep the inspection photos secure.',
    'The Provider shall protect all call recordings against unauthorised access.',
  ])('addresses SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it.each([
    'Staff must not download or screenshot damage images outside the claims tool.',
    'The Contractor will take photographs of each vehicle at collection.',
  ])('does not address SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('SECURITY-MEASURES-BASELINE: holding a certification scheme by name, following a named baseline', () => {
  it.each([
    'The Supplier holds Cyber Essentials Plus for every system used to deliver the Services.',
    'The Contractor follows NIST SP 800-171 for all systems that store Authority Data.',
    'The Provider has held ISO/IEC 27001 since 2019 for its hosting operations.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier holds ISO 9001 for its removal and storage services.',
    'Drivers follow the Highway Code and the depot\'s parking rules.',
  ])('does not address SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 302 (English)
describe('SECURITY-MEASURES-BASELINE: a plan approved at the start whose later changes are only "without consulting you"', () => {
  it.each([
    'We will submit our security plan for the Council\'s approval before the service starts, and we will not make significant changes to the plan without informing the Council.',
    'The Contractor shall deliver a security plan for the Authority\'s approval before go-live and shall not make any changes to it without first consulting the Authority.',
  ])('plan-approval unmet: %s', (text) => {
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(false);
  });
  it('a plan approved at the start whose changes need the customer\'s approval stays met', () => {
    const text = 'The Contractor shall deliver a security plan for the Authority\'s approval before go-live and shall not make any changes to it without the Authority\'s prior written approval.';
    expect(metOf(text, 'SECURITY-MEASURES-BASELINE', 'plan-approval')).toBe(true);
  });
});

// held-out round 294 (Japanese)
describe('SECURITY-MEASURES-BASELINE: the safeguards of a (sub)contractor named as an item of what an application or notice must state (「申請書には…委託先の安全管理措置…を記載する」) are no measures clause', () => {
  it.each([
    '第４条（外部委託の承認）\n１ 乙は、業務の一部を外部に委託するときは、あらかじめ申請書を提出し、甲の書面による承認を得なければならない。\n２ 前項の申請書には、協力会社の名称、作業場所、協力会社の安全管理措置及び監督方法を記載する。',
    '第６条（再々委託）\n１ 再委託先が更に委託する場合、乙は、事前に甲に届け出なければならない。\n２ 前項の届出書には、再々委託先の名称及び所在地並びに再々委託先の安全管理措置の内容を記載する。',
  ])('missing: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('a duty to take the measures, with a report that states their status, still addresses it (near-miss)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '受託者は、別紙に定める安全管理措置を講じ、その実施状況を記載した報告書を毎月提出する。')).not.toBe('missing');
  });
});

// held-out round 295 (Japanese)
describe('SECURITY-MEASURES-BASELINE: a named certification kept up (「…の認証を維持」「ISMS認証（…）を保持」) names the baseline, as "maintains … compliance" does in English', () => {
  it.each([
    '当社は、ISO/IEC 27001及びISO/IEC 27017の認証を維持しています。',
    '受託者は、契約期間中、ISMS認証（ISO/IEC 27001）を保持するものとする。',
  ])('addresses SECURITY-MEASURES-BASELINE: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('an authentication setting kept on (多要素認証を維持) is no certification (near-miss)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '利用者は、管理画面の多要素認証を維持するものとする。')).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('SECURITY-MEASURES-BASELINE: a named baseline "implemented" (Essential Eight, NIST SP 800-171)', () => {
  it.each([
    'The Supplier must implement the Essential Eight mitigation strategies to Maturity Level Two.',
    'The Contractor shall implement the controls of NIST SP 800-171 on every system that stores Department data.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it('implementing an invoicing process is no baseline', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'The Supplier shall implement the Customer\'s new invoicing process.')).toBe('missing');
  });
});

// held-out round 307 (English)
describe('SECURITY-MEASURES-BASELINE: a tenancy deposit "protected" in a statutory scheme is money held by a custodian, not information security', () => {
  it.each([
    'Deposit records shall match the scheme\'s register for every protected deposit, and the Agent shall protect each tenant\'s deposit within 30 days.',
    'The Agent shall protect all tenancy deposits in an authorised scheme and keep the certificates with the tenancy files.',
  ])('missing: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it.each([
    'The Supplier shall protect tenant records and deposit data against unauthorised access.',
    'Protected tenant information shall be encrypted at rest.',
  ])('protecting the records themselves stays addressed (near-miss): %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
});

// held-out round 298 (Japanese)
describe('SECURITY-MEASURES-BASELINE: 「…に協力する／応じるよう必要な措置」 secures another party\'s cooperation, not security measures', () => {
  it.each([
    '受託者は、その下請負人が甲の監査に応じるよう必要な措置を講ずるものとする。',
    '乙は、再委託先が立入検査に協力するよう、必要な措置をとる。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it.each([
    '乙は、個人情報の漏えいを防止するよう必要な措置を講じる。',
    '乙は、再委託先が本契約の安全管理措置に協力するよう必要な措置を講じ、個人情報の漏えいを防止しなければならない。',
  ])('measures for the information stay addressed (near-miss): %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
});

// held-out round 311 (English)
describe('SECURITY-MEASURES-BASELINE: run-in category labels ("Administrative: … Physical: …") that follow a sentence inside one paragraph', () => {
  it.each([
    'Our safeguards fall into three families. Administrative: a named privacy officer and annual policy review. Physical: locked server rooms and visitor logs. Technical: full-disk encryption and multi-factor authentication.',
    'The Contractor shall protect Customer Data. Technical: encryption of laptops with AES-256.',
  ])('categories is met: %s', (text) => {
    expect(testOf('SECURITY-MEASURES-BASELINE', 'categories', text)?.met).toBe(true);
  });
  it('a run-in label with no measure behind it is not a category list (near-miss)', () => {
    expect(testOf('SECURITY-MEASURES-BASELINE', 'categories', 'We keep the depot tidy. Physical: the yard gate is painted green.')?.met).not.toBe(true);
  });
});

// held-out round 301 (Japanese)
describe('SECURITY-MEASURES-BASELINE: measures taken to prevent two or more named harms (「不正なアクセス、漏えい、改ざんを防止するため…措置を講ずる」)', () => {
  it.each([
    '受託者は、顧客データへの不正アクセス、改ざん及び滅失を防止するため、必要な対策を講じる。',
    '乙は、預託された帳票の漏えい又は毀損を防止するための措置を講ずる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、漏えい、改ざん等の事故が発生したときは、委託者に報告する。',
    '利用者は、不正アクセス、なりすましを防止するため、パスワードを他人に教えてはならない。',
  ])('an incident response or a user\'s own care is not the baseline (near-miss): %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// session 61 probe sweep (English: a buyer's letter in "we / you")
describe('a buyer\'s letter where "you" provide the services: "you must …" is the supplier\'s duty, not a customer\'s own', () => {
  const letter = (opening: string, clause: string) => `Letter of engagement: membership mailing

Dear Ms Carter,

${opening} You will print and post renewal packs to our members using the list we send you.

1. ${clause}

2. This letter is governed by the law of England.

Yours sincerely,
Club Secretary`;
  const supplying = 'We write to confirm the terms on which you will provide membership mailing services to us.';
  const member = 'We write to thank you for joining the club as a member.';
  it.each([
    ['SECURITY-MEASURES-BASELINE', 'You must keep all member information safe and secure while it is in your hands.'],
    ['SUBCONTRACT-LIABILITY', 'You will be responsible to us for anything any other company you bring in does or fails to do.'],
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'Should you break these security terms, we can end this agreement by written notice.'],
  ])('%s is addressed: %s', (id, clause) => {
    expect(requirementOf(letter(supplying, clause), id).status).not.toBe('missing');
  });
  it.each([
    ['SECURITY-MEASURES-BASELINE', 'You must keep all member information safe and secure while it is in your hands.'],
    ['SUBCONTRACT-LIABILITY', 'You will be responsible to us for anything any other company you bring in does or fails to do.'],
  ])('the same words to a member, whom nothing makes the supplier, stay missing (near-miss): %s', (id, clause) => {
    expect(requirementOf(letter(member, clause), id).status).toBe('missing');
  });
});

// held-out round 303 (Japanese)
describe('SECURITY-MEASURES-BASELINE: a plan named by what it sets out (「これらの措置を具体的に記載した『…計画書』」) approved before the work starts', () => {
  it.each([
    '受注者は、これらの措置を具体的に記載した「情報取扱計画書」を着手前に委託者へ提出し、その承認を得ること。',
    '乙は、前条の対策を具体的に定めた管理計画を業務開始前に甲へ提出し、甲の承認を受けるものとする。',
  ])('plan-approval is met: %s', (text) => {
    expect(testOf('SECURITY-MEASURES-BASELINE', 'plan-approval', text)?.met).toBe(true);
  });
  it.each([
    '乙は、是正措置を具体的に記載した改善計画書を提出し、甲の承認を得ること。',
    '受注者は、これらの措置を具体的に記載した報告書を毎月提出し、委託者の承認を得る。',
  ])('a corrective plan or a report is no security plan (near-miss): %s', (text) => {
    expect(testOf('SECURITY-MEASURES-BASELINE', 'plan-approval', text)?.met).not.toBe(true);
  });
});

// held-out round 312 (English)
describe('SECURITY-MEASURES-BASELINE: "request consent …, giving … the security measures it has in place" lists what a subcontracting request states', () => {
  it.each([
    'The Provider shall request approval in writing 20 days ahead, giving the subcontractor\'s name, the tasks, the data it will see and the security measures it has in place.',
    'The Vendor shall seek the Council\'s consent before engaging any sub-processor, stating its identity, location and the security safeguards it applies.',
  ])('missing: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('seeking approval of the contractor\'s own security plan stays addressed (near-miss)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'Before go-live the Vendor shall seek the Council\'s approval of its security plan, describing the security measures it will implement.')).not.toBe('missing');
  });
});

// held-out round 312 (Japanese)
describe('SECURITY-MEASURES-BASELINE: one control given as an example of the measures the contractor takes (「パスワードを設定するなど適切な措置を講じる」)', () => {
  it.each([
    '乙は、顧客名簿を保存する端末に画面ロックを設定するなど適切な対策を講じる。',
    '受託者は、写真データを持ち運ぶときは暗号化するなど適切な措置を講ずる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).not.toBe('missing');
  });
  it.each([
    '利用者は、パスワードを定期的に変更するなど適切な対策をとってください。',
    '受託者は、パスワードを設定した端末を委託者に貸与する。',
  ])('a user-side duty, or a password with no measure duty, stays missing (near-miss): %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

// held-out round 315 (Japanese)
describe('SECURITY-MEASURES-BASELINE: a bare numbered item of an application form naming the subcontractor\'s security (「二　再委託先の情報セキュリティ対策」) is no measures clause', () => {
  it.each([
    '乙は、外部に委託しようとするときは、次の事項を記載した書面を提出し、甲の承認を得なければならない。\n一　協力会社の名称及び住所\n二　協力会社の情報セキュリティ対策\n三　委託の期間',
    '受注者は、再委託の承認を求めるときは、次に掲げる事項を届け出る。\n(1) 再委託する作業の内容\n(2) 再委託先における安全管理措置及び受注者の管理方法',
  ])('missing: %s', (text) => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
  it('an item that has the subcontractor take measures still addresses it (near-miss)', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '乙は、外部に委託するときは、次の措置を講じる。\n一　協力会社の情報セキュリティ体制を確認し、必要な安全管理措置を講じさせること\n二　作業場所を確認すること')).not.toBe('missing');
  });
});
