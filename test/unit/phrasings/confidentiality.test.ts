/**
 * CONFIDENTIALITY: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { analyze } from '../../../shared/engine/analyze.ts';
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf } from '../test-result.ts';

// held-out round 217 (Japanese)
describe('Japanese held-out round 217 (官公庁・独立行政法人): phrasing families', () => {
  it.each([
    // handing information "to the outside" or "to a third party" with へ is a disclosure ban (「外部に提供しない」「第三者へ提供」)
    ['CONFIDENTIALITY', '受託者は、本業務で取り扱う情報を、発注者の許可なく外部へ提供してはならない。'],
    ['CONFIDENTIALITY', '当社は、お預かりした情報を、貴機構の書面による事前承認なく第三者へ提供いたしません。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 220 (Japanese)
describe('Japanese held-out round 220 (変更・更新・付随文書): phrasing families', () => {
  it.each([
    // near-miss of the pledge case below: the contractor's own duty not to leak is a confidentiality clause
    ['CONFIDENTIALITY', '受注者は、本業務で知り得た発注者の情報を、発注者の書面による承諾なく第三者に開示してはならない。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // what a staff pledge must say (「誓約書には、…退職後も…口外しない旨を記載」) is a personnel undertaking only
    ['CONFIDENTIALITY', '※ 誓約書には、在職中及び退職後も業務で知った顧客情報を口外しない旨を記載すること。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 223
describe('staff "bound by written confidentiality obligations" is personnel confidentiality, not a confidentiality clause', () => {
  it('does not address CONFIDENTIALITY', () => {
    const text = 'Every member of the Contractor\'s warehouse team must be bound by individual confidentiality obligations.';
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
  it('a permitted disclosure of Confidential Information to such staff still does', () => {
    const text = 'The Recipient may disclose Confidential Information only to its employees who need to know it and are bound by written confidentiality obligations.';
    expect(requirementOf(text, 'CONFIDENTIALITY').status).not.toBe('missing');
  });
});

// held-out round 223
describe('English flow-down of "obligations of confidentiality equivalent to" this agreement', () => {
  it('does not address CONFIDENTIALITY on its own', () => {
    const text = 'The Processor shall require its sub-processors, by written contract, to accept obligations of confidentiality equivalent to those set out in this Agreement.';
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // GDPR Art. 28(3)(b) in translation binds the authorised persons, not the party: personnel, not CONFIDENTIALITY
    ['CONFIDENTIALITY', 'ベンダーは、お客様データを取り扱う権限を付与された者に、契約上の秘密保持義務に服させるものとします。'],
    // an annex row of personnel measures (「人的セキュリティ｜採用時の秘密保持誓約」) likewise
    ['CONFIDENTIALITY', '| 区分 | 措置 |\n|---|---|\n| 人的セキュリティ | 採用時の秘密保持誓約、年次研修 |'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 224
describe('"confidentiality arrangements" in a tender is a (deferred) confidentiality clause', () => {
  it('addresses CONFIDENTIALITY but is not sufficient', () => {
    const r = requirementOf('Suitable confidentiality arrangements will be agreed with the preferred supplier before contract award.', 'CONFIDENTIALITY');
    expect(r.status).toBe('insufficient');
  });
});

// held-out round 238
describe('confidentiality provisions of a master agreement applied by reference', () => {
  it('addresses CONFIDENTIALITY', () => {
    const text = 'The confidentiality provisions of Clause 9 of the Master Agreement apply to all drawings issued under this Work Order.';
    expect(requirementOf(text, 'CONFIDENTIALITY').status).not.toBe('missing');
  });
  it('applying them to subcontractors is a flow-down, not the confidentiality clause', () => {
    const text = 'The confidentiality obligations in this Agreement apply to each subcontractor.';
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 239
describe('a definition that reaches work product "prepared under the engagement" is broad', () => {
  it('meets the CONFIDENTIALITY definition test', () => {
    const text = `1.1 "Confidential Information" includes the scheme valuation data and any findings produced by the Adviser in the course of the engagement, but does not include information that is publicly available.

1.2 The Adviser shall not disclose Confidential Information to any third party without the prior written consent of the Trustee.`;
    const r = requirementOf(text, 'CONFIDENTIALITY');
    expect(r.tests.find((t) => t.id === 'definition')?.met).toBe(true);
  });
  it('a definition listing only the disclosed files is not', () => {
    const text = `1.1 "Confidential Information" includes the scheme valuation data, but does not include information that is publicly available.

1.2 The Adviser shall not disclose Confidential Information to any third party without the prior written consent of the Trustee.`;
    const r = requirementOf(text, 'CONFIDENTIALITY');
    expect(r.tests.find((t) => t.id === 'definition')?.met).toBe(false);
  });
});

// held-out round 254
describe('a first-person "we don\'t share / do not disclose" in a proposal or policy binds like "will not"', () => {
  it('"we only process ... and we don\'t share them with anyone else unless the Client agrees in writing" addresses CONFIDENTIALITY', () => {
    const text = "We only process customer records for the agreed service, and we don't share them with anyone else unless the Client agrees in writing.";
    expect(requirementOf(text, 'CONFIDENTIALITY').status).not.toBe('missing');
  });
  it('someone else not sharing, or "we do not share" a roadmap, does not', () => {
    expect(requirementOf('Many institutions do not share their survey results with us.', 'CONFIDENTIALITY').status).toBe('missing');
    expect(requirementOf('We do not share a roadmap for future releases.', 'CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 255
describe('an RFP issuer promising to keep the bids it receives in confidence is no confidentiality duty of the supplier', () => {
  it.each([
    'The Council will treat all tenders received as confidential, subject to the Freedom of Information Act.',
    'Submissions will be held in strict confidence by the Trust and used only to evaluate bids.',
  ])('CONFIDENTIALITY is not addressed: %s', (text) => {
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
  it('the supplier keeping the buyer\'s specifications and submissions confidential still is', () => {
    const text = "The Supplier shall keep the Buyer's specifications and all submissions made under this Agreement confidential and shall not disclose them to third parties.";
    expect(requirementOf(text, 'CONFIDENTIALITY').status).not.toBe('missing');
  });
});

// held-out round 244 (Japanese)
describe('Japanese held-out round 244 (電力・再々委託): a flow-down to 丙 or 丁 that names duties is no confidentiality clause', () => {
  const memo = (clause: string) => [
    '　株式会社東西ガス（以下「甲」という。）、株式会社北斗ソフト（以下「乙」という。）及び株式会社南星テック（以下「丙」という。）は、丙が株式会社海風ラボ（以下「丁」という。）に検針アプリの試験業務を委託することについて、次のとおり合意する。',
    clause,
  ].join('\n');
  it('丙 and 丁 of a memo on a further tier are subcontractors', () => {
    const parties = analyze(memo('第２条　丙は、丁の作業状況を毎月乙に報告する。')).parties;
    expect(parties.find((p) => p.label === '丙')?.role).toBe('subcontractor');
    expect(parties.find((p) => p.label === '丁')?.role).toBe('subcontractor');
  });
  it.each(['CONFIDENTIALITY', 'INCIDENT-NOTIFICATION', 'SECURITY-MEASURES-BASELINE'])('%s is not addressed by the list of duties flowed down to 丁', (id) => {
    const text = memo('第２条　丙は、丁と書面で契約を交わし、守秘義務、安全管理措置及び事故時の報告について、乙が甲に対して負う義務と同等の義務を丁に課すものとする。');
    expect(statusOf(id, text)).toBe('missing');
  });
  it('a confidentiality duty of 丁 itself still is', () => {
    const text = memo('第２条　丁は、本件業務により知り得た甲の秘密情報を、甲の書面による事前の承諾なく第三者に開示してはならない。');
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
});

// held-out round 256
describe("a buyer's promise to treat tenders / bids / proposals in confidence is a procurement-process note, not the contractor's confidentiality duty", () => {
  it.each([
    'All bids received will be held in strict confidence by the Council, except as required by the Freedom of Information Act.',
    'The Authority will treat proposals as confidential during the evaluation.',
  ])('CONFIDENTIALITY is not addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it.each([
    'Tenderers shall treat the tender documents as confidential.',
    'The Contractor shall keep all information received from the Authority in confidence and shall not disclose it to any third party.',
  ])('a duty to keep the buyer\'s documents confidential still addresses it: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
});

// held-out round 261 (bank card processing): a tender document declared confidential
describe('"this RFP / Request for Tender is confidential" addresses CONFIDENTIALITY', () => {
  it('addresses CONFIDENTIALITY', () => {
    expect(requirementOf('This Request for Tender and its appendices are strictly confidential.', 'CONFIDENTIALITY').status).not.toBe('missing');
  });
  it.each([
    'This tender pack contains confidential information about the Council\'s network.',
    'Tenderers should mark any commercially confidential parts of their submission.',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 256 (Japanese)
describe('a staff pledge lasting after 退職 is no survival of the contract\'s confidentiality unless it also outlasts the contract', () => {
  const clause = '第８条　受注者は、発注者から開示された秘密情報を、発注者の書面による事前の承諾なく第三者に開示してはならない。\n';
  const survival = (text: string) => requirementOf(text, 'CONFIDENTIALITY').tests.find((t) => t.id === 'survival')!.met;
  it('a pledge that lasts only beyond leaving the job', () => {
    expect(survival(clause + '第９条　受注者は、作業に当たる社員から、在籍中及び退職後も、業務上知り得た一切の情報を他に漏らさない旨の誓約書を受領する。')).toBe(false);
  });
  it('a pledge that also lasts beyond the end of the contract', () => {
    expect(survival(clause + '第９条　受注者は、作業に当たる社員から、在籍中及び退職後並びに本契約の終了後も、業務上知り得た一切の情報を他に漏らさない旨の誓約書を受領する。')).toBe(true);
  });
});

// held-out round 257 (Japanese)
describe('an NDA concluded "between the contractor and its subcontractor" (XとYの間で…秘密保持契約) is flow-down, not the document\'s own confidentiality clause', () => {
  it.each([
    '受注者と協力会社の間において、機密保持に関する覚書を取り交わしている。',
    '弊社と外注先の間では、守秘義務契約を締結しております。',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('a confidentiality duty of the contractor itself still does', () => {
    expect(statusOf('CONFIDENTIALITY', '受注者は、本業務で知り得た発注者の秘密情報を、発注者の書面による事前の承諾なく第三者に開示してはならない。')).not.toBe('missing');
  });
});

// held-out round 267 (English)
describe('making staff aware of (or briefing them on) their confidentiality obligations is training / personnel duty, not the confidentiality clause', () => {
  it('"Contractor personnel must be kept aware of their secrecy duties" does not address CONFIDENTIALITY', () => {
    expect(statusOf('CONFIDENTIALITY', 'Contractor personnel who handle member records must be kept aware of their secrecy duties.')).toBe('missing');
    expect(statusOf('CONFIDENTIALITY', 'Agents are reminded of their confidentiality responsibilities at every team briefing.')).toBe('missing');
  });
  it('a duty to keep the information confidential, with staff briefed on it, still does', () => {
    const text = 'The Vendor shall hold all Customer Information in strict confidence and shall brief its staff on their confidentiality obligations.';
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
});

// held-out round 268 (Japanese)
describe('an NDA named as the condition for receiving an audit or assurance report is no confidentiality duty', () => {
  it('「機密保持契約を締結した後に…保証報告書の写しを交付する」 does not address CONFIDENTIALITY', () => {
    expect(statusOf('CONFIDENTIALITY', '事業者は、機密保持契約を締結した後に、外部監査人による保証報告書の写しを利用者に交付する。')).toBe('missing');
  });
  it('disclosing secrets only to third parties bound by an NDA still does', () => {
    expect(statusOf('CONFIDENTIALITY', '受託者は、秘密保持契約を締結した第三者に限り、秘密情報を開示することができる。')).not.toBe('missing');
  });
});

// held-out round 271 (Japanese)
describe('a duty that the contractor\'s staff keep secrets after leaving is personnel confidentiality, not the confidentiality clause', () => {
  it('「受託者の社員が離職後も秘密を保持すること」 alone does not address CONFIDENTIALITY', () => {
    expect(statusOf('CONFIDENTIALITY', '（４）受託者の社員が離職した後も業務上の秘密を保持すること。')).toBe('missing');
  });
  it('a secrecy duty that survives the contract still does', () => {
    expect(statusOf('CONFIDENTIALITY', '受託者は、業務上知り得た秘密を保持し、この義務は契約終了後も存続する。')).not.toBe('missing');
  });
});

// held-out round 281 (English)
describe('"must not discuss … information with anyone other than …" is a non-disclosure duty', () => {
  it('couriers never discussing client information with anyone but the receiving laboratory addresses the requirement', () => {
    expect(statusOf('CONFIDENTIALITY', 'Couriers must never discuss client information with anyone other than the receiving laboratory.')).not.toBe('missing');
  });
  it('the parties discussing a change with the steering group does not', () => {
    expect(statusOf('CONFIDENTIALITY', 'The parties shall discuss any change with the steering group.')).toBe('missing');
  });
});

// held-out round 284 (English)
describe('CONFIDENTIALITY: "keep … to themselves" and deliverables written as "the summaries it prepares"', () => {
  it('"must keep the briefing documents to themselves" addresses confidentiality', () => {
    expect(statusOf('CONFIDENTIALITY', 'Consultants must keep the briefing documents to themselves and not pass them on.')).not.toBe('missing');
  });
  it('"keep its own records" does not', () => {
    expect(statusOf('CONFIDENTIALITY', 'Each party shall keep its own records of the meetings.')).toBe('missing');
  });
  const duty = ' The Vendor shall not disclose Confidential Information to any third party.';
  const definitionMet = (text: string) => requirementOf(text, 'CONFIDENTIALITY').tests.find((t) => t.id === 'definition')!.met;
  it('a definition covering "the summaries it prepares" covers work product', () => {
    expect(definitionMet('"Confidential Information" means the case files and other information the Vendor receives from the Council, and the summaries it prepares, but not information that is already public other than through a breach of this Agreement.' + duty)).toBe(true);
  });
  it('the same definition without the work product does not', () => {
    expect(definitionMet('"Confidential Information" means the case files and other information the Vendor receives from the Council, but not information that is already public other than through a breach of this Agreement.' + duty)).toBe(false);
  });
});

// held-out round 283 (English)
describe('an imperative "(please) do not circulate/share … beyond the people working on …" limits disclosure to a circle', () => {
  it('"Do not share the drawings outside the project team" addresses the requirement', () => {
    expect(statusOf('CONFIDENTIALITY', 'These drawings are issued for tendering only. Do not share them outside the project team.')).not.toBe('missing');
  });
  it('"must not circulate … beyond the members of the panel" addresses it too', () => {
    expect(statusOf('CONFIDENTIALITY', 'Evaluators must not circulate the scoring sheets beyond the members of the panel.')).not.toBe('missing');
  });
  it('a duty to circulate minutes to the people working on the project does not', () => {
    expect(statusOf('CONFIDENTIALITY', 'The Consultant shall circulate the minutes to the people working on the project within two days.')).toBe('missing');
  });
  it('"do not hesitate to contact" is no prohibition', () => {
    expect(statusOf('CONFIDENTIALITY', 'Do not hesitate to contact the project team if anything is unclear.')).toBe('missing');
  });
});

// held-out round 284 (Japanese)
describe('CONFIDENTIALITY: an NDA "with that company" at our level (同社とは、当社と同等の…) is a flow-down, not the contractor\'s own confidentiality', () => {
  it('「当該事業者とは、弊社と同等の守秘義務を定めた契約を取り交わします」 does not address confidentiality', () => {
    expect(statusOf('CONFIDENTIALITY', '当該事業者とは、弊社と同等の守秘義務を定めた契約を取り交わします。')).toBe('missing');
  });
  it('the contractor\'s own confidentiality duty still does', () => {
    expect(statusOf('CONFIDENTIALITY', '受託者は、本業務に関して知り得た秘密情報を第三者に開示してはならない。')).not.toBe('missing');
  });
});

// held-out rounds 286, 287, 288 and 294 (English)
describe('CONFIDENTIALITY: tender papers kept within the bidder (an "invitation", shared only to prepare a bid, not beyond the organisation or its advisers)', () => {
  it.each([
    'The contents of this invitation are confidential.',
    'These tender papers are confidential and remain the property of the Trust.',
    'The tender pack is released to respondents solely for the purpose of preparing a bid and must not be published.',
    'Respondents should not share the specification with anyone outside their own company.',
    'Tenderers shall not disclose the pricing schedule except to their legal advisers.',
  ])('addresses it: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    // an invitation to an event, and a bid prepared for the buyer, say nothing of secrecy
    'The invitation to the supplier day is open to all registered bidders.',
    'The specification is provided so that bidders can prepare a response by 12 March.',
    // the buyer's advisers reading bids is no duty of the bidder's
    'Bids will be shared with the Trust\'s professional advisers for evaluation.',
  ])('does not address it: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 296 (English)
describe('CONFIDENTIALITY: a bidder asking the buyer to keep its proposal confidential is no contractor duty', () => {
  it.each([
    'Our submission includes pricing and design details, and we request that the Authority hold it in confidence.',
    'This quotation is commercially sensitive, and we would ask you to keep its contents confidential.',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('the contractor undertaking to keep the buyer\'s information confidential still does', () => {
    expect(statusOf('CONFIDENTIALITY', 'In our proposal we undertake to keep all information the Authority gives us confidential and not to disclose it to anyone else.')).not.toBe('missing');
  });
});

// held-out round 299 (English)
describe('CONFIDENTIALITY: the buyer promising to keep material supplied by bidders confidential is no supplier duty', () => {
  it.each([
    'Documents provided by tenderers shall be kept commercially confidential by the Trust and used for scoring only.',
    'All proposals received will be treated as commercially confidential by the Authority.',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('bidders keeping the tender papers confidential still does', () => {
    expect(statusOf('CONFIDENTIALITY', 'Tenderers shall keep the contents of this invitation to tender confidential and shall not share them with third parties.')).not.toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('CONFIDENTIALITY: "keep … secret" with a long object between', () => {
  it('addressed: keeping the agreement\'s terms and the other party\'s information secret', () => {
    expect(statusOf('CONFIDENTIALITY', 'Each Party shall keep the terms of this Agreement and all information received from the other Party under it secret, save as required by law.')).not.toBe('missing');
  });
  it('a secret ballot is no confidentiality duty', () => {
    expect(statusOf('CONFIDENTIALITY', 'The election of the members of the steering board and of its chair shall be held by secret ballot.')).toBe('missing');
  });
});

// held-out round 303 (English)
describe('CONFIDENTIALITY: a duty to treat what is learned or obtained in the work "as Confidential Information" defines the term', () => {
  it.each([
    'The Contractor shall treat all records and any information it obtains while providing the Services as Confidential Information. Information that is already public through no fault of the Contractor is excluded.',
    'The Agency shall treat the client files and anything it learns in performing the engagement as Confidential Information; information lawfully received from a third party without restriction is excluded.',
  ])('definition met: %s', (text) => {
    expect(requirementOf(text, 'CONFIDENTIALITY').tests.find((t) => t.id === 'definition')!.met).toBe(true);
  });
  it('treating named documents as confidential, with nothing learned in the work, stays unmet (near-miss)', () => {
    const text = 'The Vendor shall treat the pricing schedule as Confidential Information. Information already in the public domain is not covered.';
    expect(requirementOf(text, 'CONFIDENTIALITY').tests.find((t) => t.id === 'definition')!.met).toBe(false);
  });
});

// held-out round 303 (English)
describe('CONFIDENTIALITY: a duty that continues after "the person\'s employment or assignment ends" is a personnel undertaking', () => {
  it.each([
    'The confidentiality obligation shall continue after the worker\'s assignment ends.',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('survival after the Agreement ends still addresses it', () => {
    expect(statusOf('CONFIDENTIALITY', 'The confidentiality obligations shall continue after this Agreement ends.')).not.toBe('missing');
  });
});

// session 59 probe sweep (both languages)
describe('CONFIDENTIALITY: disclosure to "any other body / organisation" or 「部外者・他社」, and the polite 「開示しないものとします」', () => {
  it.each([
    'The Recipient shall not disclose the shared records to any other body without the Provider\'s written agreement.',
    'The Processor will not share the information with any other organisation unless the Controller agrees.',
    '当社は、お客様から預託された情報を、お客様の事前の承諾なく第三者に開示しないものとします。',
    '乙は、甲から受領した資料の内容を部外者に漏らしてはならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    'The Recipient shall not sell tickets for the workshop to any other body.',
    '当社は、本サービスの料金を予告なく変更しないものとします。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('CONFIDENTIALITY: plain words — what you tell us "stays between us and is never passed on"', () => {
  it.each([
    'Whatever you share with our advisers stays between us and is never passed on.',
    'Anything discussed in a session remains between us and is never shared with your employer.',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('a warranty that "stays with the product" is no confidence', () => {
    expect(statusOf('CONFIDENTIALITY', 'Anything you buy from us comes with a warranty that stays with the product if you sell it.')).toBe('missing');
  });
});

// held-out round 304 (English)
describe('CONFIDENTIALITY: "We treat <a long list of customer material> as confidential" with the list running past 120 characters', () => {
  it.each([
    'We treat all rack diagrams, IP address plans, interface specifications, test data sets and any other material that the hospital gives us during installation, validation and support as confidential.',
    'Our engineers treat site survey photographs, network drawings, alarm configurations and every other document obtained from the client in the course of commissioning and later maintenance visits as strictly confidential.',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('treating the same long list as project deliverables stays missing (near-miss)', () => {
    expect(statusOf('CONFIDENTIALITY', 'We treat all rack diagrams, IP address plans, interface specifications, test data sets and any other material that the hospital gives us during installation, validation and support as project deliverables.')).toBe('missing');
  });
});

// held-out round 306 (English)
describe('CONFIDENTIALITY: "Information about / concerning X is confidential" declares a class of information confidential', () => {
  it.each([
    'Information concerning the Club\'s match-day security plans is strictly confidential.',
    '4.2 Information relating to the alarm codes and patrol routes is confidential.',
    '## 4. Site Information\n\n4.3 Information concerning the key-holder rota is confidential.',
    'All information about the tenant\'s key holders shall be confidential.',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    'Information about the confidential reporting line is displayed in the staff room.',
    'Information about how to raise a concern in confidence is given at induction.',
  ])('information about a confidential channel is no confidentiality duty: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 301 (Japanese)
describe('CONFIDENTIALITY: 「知り得た…その他一切の情報を…漏らしてはならない」 with a proviso of exceptions defines the confidential information', () => {
  it.each([
    '受託者は、本件作業の過程で知り得た顧客情報、設計資料その他一切の情報を、委託者の書面による事前の承諾なく第三者に漏らしてはならない。ただし、既に公知となっている情報はこの限りでない。',
    '乙は、保守業務に従事する中で知り得た甲の営業情報、技術情報その他すべての情報を他に開示してはならない。ただし、乙が独自に開発した情報は除く。',
  ])('definition met: %s', (text) => {
    expect(testOf('CONFIDENTIALITY', 'definition', text)?.met).toBe(true);
  });
  it('only the personal information learned, with the same proviso, is no definition of confidential information (near-miss)', () => {
    expect(testOf('CONFIDENTIALITY', 'definition', '受託者は、業務上知り得た個人情報を第三者に漏らしてはならない。ただし、公知の情報はこの限りでない。')?.met).toBe(false);
  });
  it('the broad object without any exception still fails the definition (near-miss)', () => {
    expect(testOf('CONFIDENTIALITY', 'definition', '受託者は、業務上知り得た図面その他一切の情報を第三者に漏らしてはならない。')?.met).toBe(false);
  });
});

// session 61 probe sweep (English: plain letters of engagement)
describe('CONFIDENTIALITY: details "kept private" is a confidentiality duty', () => {
  it.each([
    "The Supplier shall keep the details of the Club's members private at all times.",
    'Any information the Council gives the Contractor about tenants is to be kept strictly private.',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier shall keep the private car park clear on delivery days.',
    'The service keeps your browsing private from your internet provider.',
  ])('a private place, or a product that keeps browsing private, is no duty (near-miss): %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 302 (Japanese)
describe('CONFIDENTIALITY: the handling of learned information, or 守秘義務, deferred to an article of the master contract (「知り得た…情報の取扱いは、基本契約第N条…の定めによる」)', () => {
  it.each([
    '本件作業で乙が取得した甲の資料の取扱いについては、業務委託基本契約第9条の定めに従う。',
    '守秘義務に関しては、原契約の定めによる。',
    '本業務の遂行上知り得た委託者の情報の取扱いは、基本契約第8条及び第9条の規定による。',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '検収については、基本契約第10条（検査）の定めによる。',
    '本業務で取り扱う個人情報の取扱いは、基本契約第13条の定めによる。',
    '乙は、再委託先に対し、基本契約第12条（秘密保持）の定めと同等の義務を課す。',
  ])('near-miss stays missing: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('CONFIDENTIALITY: a defined term 「本県情報」「発注者情報」 (the outsourcer\'s name + 情報) defines the protected information', () => {
  it.each([
    '「本県情報」とは、本業務に関し本県が受注者に提供し、又は受注者が作成した一切の情報をいう。ただし、公知の情報を除く。受注者は、本県情報を本県の書面による事前の承諾なく第三者に開示してはならない。',
    '「発注者情報」とは、本業務に関し発注者が開示した一切の情報及び成果物をいう。ただし、公知の情報を除く。受注者は、発注者情報を第三者に開示しない。',
  ])('definition is met: %s', (text) => {
    expect(testOf('CONFIDENTIALITY', 'definition', text)?.met).toBe(true);
  });
  it('a defined term for equipment is no definition of confidential information (near-miss)', () => {
    expect(testOf('CONFIDENTIALITY', 'definition', '「本県機器」とは、本業務に関し本県が受注者に貸与した一切の機器をいう。ただし、公知の情報を除く。受注者は、秘密を第三者に開示してはならない。')?.met).toBe(false);
  });
});

// held-out round 307 (Japanese)
describe('CONFIDENTIALITY: a subcontract said to carry secrecy 「当社と同水準（以上）の秘密保持」 is flow-down, not the contractor\'s own duty', () => {
  it.each([
    '当社は、協力会社との間で、当社と同水準以上の秘密保持を定めた契約を締結しています。',
    '再委託先には、当社と同水準の秘密保持義務を課しています。',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('the contractor keeping information secret to the same standard as its own still does (near-miss)', () => {
    expect(statusOf('CONFIDENTIALITY', '当社は、お預かりした情報を、当社自身の機密情報と同水準の注意をもって秘密として管理します。')).not.toBe('missing');
  });
});

// held-out round 308 (Japanese)
describe('CONFIDENTIALITY: a duty to hand something over 「…は、秘密情報に該当するものを除き、提供する」 names confidential information only as a carve-out', () => {
  it.each([
    '乙が作成した運用手順書は、乙の機密情報に含まれるものを除き、甲に無償で引き渡す。',
    '受託者が保有する稼働統計は、受託者の秘密情報とするものを除き、委託者の求めに応じて交付する。',
  ])('does not address CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it('designating a document as confidential information still does (near-miss)', () => {
    expect(statusOf('CONFIDENTIALITY', '本件システムの設計書は、甲の秘密情報に該当する。')).not.toBe('missing');
  });
});

// held-out rounds 303, 304, 306 and 308 (Japanese proposals): what binds the firms the work goes to, or the staff, is no confidentiality undertaking to the customer
describe('CONFIDENTIALITY (ja proposals): NDAs with partner firms, staff pledges and a heading over them only are not the vendor\'s own undertaking', () => {
  it.each([
    '当社は、データ入力を外部の事業者に委託しております。提携先とは当社の規程に沿った秘密保持契約を取り交わしております。',
    '当社は、地図配信事業者及びメール配信事業者を利用しております。これらの事業者には契約上秘密保持義務を課しております。',
    '従業者は採用時に秘密保持の誓約書を提出しており、就業規則でも在職中に知り得た情報の漏えいを禁じております。',
    '### B. 秘密保持・人的管理\n\nB-1 当社は、全従業員から入社時に秘密保持誓約書を取得しており、誓約書には退職後も秘密保持義務が続く旨を定めています。\n\nB-2 当社は、全従業員に年1回の情報セキュリティ教育を実施しています。',
    // (round 311: a partner firm's contract with a confidentiality clause, staff under a 「秘密保持・従業員管理」 heading, workers' own duty)
    '| 5-1 | 再委託はありますか。 | 配送を提携運送業者に委託しております。提携運送業者とは業務委託契約を締結し、秘密保持条項を設けております。 |',
    '## 3. 秘密保持・従業員管理\n\n| 3-1 | 従業員教育を行っていますか。 | 当社は、全従業員に毎年個人情報保護研修を実施しております。 |',
    '5.4 作業員\n(1) 作業員は、訪問先で知り得た情報を口外しない。',
  ])('missing: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
  it.each([
    // the vendor's own undertaking, beside its staff's pledge or its partners' NDAs
    '当社は、貴社から開示された情報を秘密として保持し、第三者に開示いたしません。従業員は入社時に秘密保持誓約書を提出しております。',
    '### 4. 秘密保持\n\n4-1 当社は、本業務で知り得た一切の情報を秘密として保持し、その従業員にも退職後を含めて同様の義務を誓約させます。',
    '第8条（秘密保持）\n乙は、本業務で知り得た情報を第三者に開示してはならない。乙の従業員は、在職中及び退職後も同様とする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
});

// held-out round 310 (Japanese)
describe('CONFIDENTIALITY: a glossary table row 「| 秘密情報 | …一切の情報。ただし…を除く。 |」 defines confidential information', () => {
  it.each([
    '| 用語 | 意味 |\n|---|---|\n| 機密情報 | 本業務の実施に際し受託者が知り得た一切の情報及び成果物。ただし、既に公知となっている情報を除く。 |',
    '| 秘密事項 | 契約の履行に関して乙が取得した一切の情報（口頭によるものを含む。）。ただし、乙が独自に開発した情報を除く。 |',
  ])('definition is met: %s', (text) => {
    expect(testOf('CONFIDENTIALITY', 'definition', text)?.met).toBe(true);
  });
  it('a table row whose first cell names a measure for confidential information is no definition (near-miss)', () => {
    expect(testOf('CONFIDENTIALITY', 'definition', '| 秘密情報の保管 | 受託者が知り得た一切の情報を施錠できる書庫に保管する。ただし、公知の情報を除く。 |')?.met).toBe(false);
  });
});

// held-out round 317 (Japanese)
describe('CONFIDENTIALITY: a duty to heed the confidentiality of the data (「…情報の機密性に十分留意しなければならない」, 「資料の秘匿性に配慮」) addresses it, if weakly', () => {
  it.each([
    '受託者は、取り扱う顧客データの機密性に十分留意しなければならない。',
    '乙は、預かった資料の秘匿性に特に配慮して作業を行うものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、情報の機密性、完全性及び可用性を確保するための対策を講じる。',
    '乙は、情報の機密性の区分を甲に確認する。',
  ])('the security triad, or asking for a classification, stays missing (near-miss): %s', (text) => {
    expect(statusOf('CONFIDENTIALITY', text)).toBe('missing');
  });
});
