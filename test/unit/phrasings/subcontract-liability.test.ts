/**
 * SUBCONTRACT-LIABILITY: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';
import { analyze } from '../../../shared/engine/analyze.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // the subcontractor's handling deemed the contractor's own (「…による処理は、受注者による処理とみなす」), or its work answered for
    ['SUBCONTRACT-LIABILITY', '委託先による個人データの処理は、受注者による処理とみなす。'],
    ['SUBCONTRACT-LIABILITY', '受注者は、協力会社の作業について発注者に対し責任を負う。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // 「自らの行為及び不作為と同様に」 (acts AND omissions, translated) is liability as for its own
    ['SUBCONTRACT-LIABILITY', 'full-liability', '乙は、外注先の行為又は不作為について、自己の行為又は不作為と同様に甲に対して責任を負うものとする。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 224
describe('"remains solely responsible" for a subcontractor is full liability', () => {
  it('meets full-liability', () => {
    const text = 'Where the Consultant engages a sub-consultant with the Authority\'s approval, the Consultant remains solely liable for the work of that sub-consultant, and the approval does not relieve it of any obligation.';
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
});

// held-out round 227
describe('"that firm" / "such company" after a subcontracting sentence is the subcontracted party', () => {
  it('"remain answerable ... for such company\'s work" addresses SUBCONTRACT-LIABILITY', () => {
    const text = 'We will not use any other firm without your consent. If you consent, we will remain responsible to you for the acts and omissions of such company as if they were our own.';
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).not.toBe('missing');
  });
});

// held-out round 237
describe('"may subcontract …, remaining jointly liable with the subcontractor" keeps full liability', () => {
  it('meets full-liability of SUBCONTRACT-LIABILITY', () => {
    const text = 'The Contractor may engage subcontractors for the field work, remaining jointly and severally liable with the subcontractors for their performance.';
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
  it('a bare permission to subcontract is no liability', () => {
    const text = 'The Contractor may engage subcontractors for the field work.';
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(false);
  });
});

// held-out round 245
describe('"provided that <Defined Term> remains liable" (a bare defined-term subject) keeps full liability', () => {
  it('meets full-liability of SUBCONTRACT-LIABILITY', () => {
    const text = 'Licensee may engage subcontractors for data entry, provided that Licensee remains liable for their work.';
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
  it('the same clause with the article ("the Consultant") still meets it', () => {
    const text = 'The Consultant may retain subcontractors for field surveys, provided that the Consultant remains fully liable for their services.';
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
});

// held-out round 246
describe('"remains solely responsible for the performance of" the contract despite approved subcontracting (EU general conditions)', () => {
  it('is full liability not reduced by the approval', () => {
    const text = 'Where parts of the works are sublet with the Employer\'s consent, the Builder shall remain solely responsible for the execution of the whole contract.';
    expect(testOf('SUBCONTRACT-LIABILITY', 'full-liability', text)?.met).toBe(true);
  });
  it('a customer solely responsible for its own content says nothing about subcontractors', () => {
    expect(requirementOf('The Customer is solely responsible for the accuracy of the content it uploads.', 'SUBCONTRACT-LIABILITY').status).toBe('missing');
  });
});

// held-out round 244
describe('"responsible / accountable for the work (performance, conduct) of its subcontractors / vendors" addresses the requirement', () => {
  it.each([
    ['The Supplier is responsible for the work of its delivery subcontractors.'],
    ['The Vendor remains liable for the conduct of all third-party vendors it engages.'],
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
});

// held-out round 249
describe('a disclaimer for recipients the customer directs data to is not about subcontractors', () => {
  it.each([
    'The Vendor shall not be liable for the acts or omissions of benefit carriers or other recipients to whom the Client instructs the Vendor to transmit enrolment files.',
    'We are not responsible for the acts or omissions of applications that you choose to connect to the Service.',
  ])('does not address SUBCONTRACT-LIABILITY: %s', (text) => {
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).toBe('missing');
  });
  it('the same recipients wording does not hide a subcontractor liability clause', () => {
    const text = 'The Vendor remains liable for the acts and omissions of its subcontractors as for its own, including subcontractors to which the Client directs the Vendor to send data.';
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).not.toBe('missing');
  });
});

// held-out round 237 (Japanese)
describe('liability only for choosing and supervising "that third party" (「当該第三者の選任及び監督について責任を負う」) addresses the requirement but is not full liability', () => {
  it.each([
    '受注者は、業務の一部を他の事業者に行わせることができる。この場合において、受注者は、当該第三者の選任及び監督に関してのみ責任を負う。',
    '受託者は、保守業務の一部を第三者に請け負わせることができ、その第三者の選定・監督について発注者に責任を負うものとする。',
  ])('insufficient: %s', (text) => {
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).toBe('insufficient');
    expect(testOf('SUBCONTRACT-LIABILITY', 'full-liability', text)?.met).toBe(false);
  });
  it('binding a third party that receives information is not about subcontractor liability', () => {
    const text = '乙は、第三者に秘密情報を開示する場合、当該第三者に本契約と同等の義務を課す。';
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).toBe('missing');
  });
});

// a subcontractor the document names (a consent letter, a clause handing work on): its name reads as "subcontractor"
describe('liability for a subcontractor named by its company name', () => {
  it('"remain responsible for all acts of Owlwatch" after the work was subcontracted to Owlwatch', () => {
    const text = 'The Contractor may subcontract the night-time monitoring to Owlwatch Security Limited ("Owlwatch").\n' +
      'The Contractor shall remain fully responsible for all acts and omissions of Owlwatch as if they were its own.';
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).toBe('sufficient');
  });
  it('the same sentence about a company that is only a supplier of goods is not subcontractor liability', () => {
    const text = 'The Contractor buys the cameras from Owlwatch Security Limited ("Owlwatch").\n' +
      'The Contractor shall remain fully responsible for all acts and omissions of Owlwatch as if they were its own.';
    expect(requirementOf(text, 'SUBCONTRACT-LIABILITY').status).toBe('missing');
  });
});

// held-out round 259
describe('"accepts complete responsibility for the work performed by its subcontractors / support partners" is liability for them', () => {
  it('a bearer of full responsibility for work done by its subcontractors addresses SUBCONTRACT-LIABILITY and meets full-liability', () => {
    const text = 'The Vendor bears full responsibility for all tasks carried out by its subcontractors.';
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
  it('a "support partner" is a subcontractor word', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'We accept total responsibility for the work of our support partners.')).not.toBe('missing');
  });
  it('full responsibility for the customer\'s own inputs is no subcontractor liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Client takes full responsibility for the content it uploads to the portal.')).toBe('missing');
  });
});

// held-out round 268 (English)
describe('GDPR Art. 28(4) wording: remaining fully liable when "such other processor" fails', () => {
  it('"If such other processor breaches …, the Supplier shall remain fully liable" is full liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'If such other processor breaches its data protection obligations, the Supplier shall remain fully liable to the Customer for that breach.')).toBe('sufficient');
  });
  it('remaining fully liable for the fees is no subcontractor liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Supplier shall remain fully liable to the Customer for the fees payable under this Agreement.')).toBe('missing');
  });
});

// held-out round 260 (Japanese)
describe('a cap set aside (「…上限（限度額）にかかわらず」) is no cap: paying for the subcontractor\'s fault above it is subcontractor liability', () => {
  it('damages caused by the contractor or its subcontractor, paid "regardless of the cap", address SUBCONTRACT-LIABILITY', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '乙は、乙又は再受託者の帰責事由により委託者に損害が生じたときは、第１５条の責任限度額にかかわらず、その損害を賠償する。')).not.toBe('missing');
    expect(statusOf('SUBCONTRACT-LIABILITY', '受託者は、受託者又は下請負人の責めに帰すべき事由による情報流出について、前条に定める賠償の上限に関わらず、委託者に生じた損害を賠償する。')).not.toBe('missing');
  });
  it('a cap that does apply to damages caused by the subcontractor is still no liability clause for it', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '乙又は再受託者の帰責事由により生じた損害の賠償額は、委託料の総額を上限とする。')).toBe('missing');
  });
  it('setting the cap aside for wilful misconduct, with no subcontractor, is no subcontractor liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '乙の賠償責任は、前条の上限にかかわらず、故意又は重大な過失による場合は全額とする。')).toBe('missing');
  });
});

// held-out round 262 (Japanese)
describe('staff deemed the contractor (「従業者の行為は委託先の行為とみなし」) is personnel liability, not subcontractor liability, even when the contractor is called 委託先', () => {
  it('personnel acts deemed the contractor\'s own do not address SUBCONTRACT-LIABILITY', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '作業員による違反は委託先の違反とみなし、委託先は発注元に対してその責任を負うものとする。')).toBe('missing');
    expect(statusOf('SUBCONTRACT-LIABILITY', '要員の行為については、受託者の行為とみなす。')).toBe('missing');
  });
  it('the subcontractor deemed the contractor\'s own still addresses it', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '再委託先及びその作業員の行為は、受託者の行為とみなし、受託者は委託者に対して責任を負う。')).not.toBe('missing');
  });
});

// held-out round 277 (English)
describe('SUBCONTRACT-LIABILITY: "local / in-country / regional … partners" who do part of the work are subcontractors', () => {
  it('"remains fully liable for … its local processing partners as if they were its own" is sufficient', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Supplier remains fully liable for the acts and omissions of its local processing partners as if they were its own.')).toBe('sufficient');
  });
  it('"business partners" are not', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Supplier remains fully liable for the acts and omissions of its business partners as if they were its own.')).toBe('missing');
  });
});

// held-out round 284 (English)
describe('SUBCONTRACT-LIABILITY: in a subcontract, the party defined as "the Subcontractor" is the document\'s contractor', () => {
  const preamble = 'This Sub-contract Agreement is made between Harrowgate Systems plc ("Harrowgate") and Lumen Transcription Ltd (the "Subcontractor").\n\n';
  it('"the Subcontractor answers for its transcribers as for itself" is no liability for a subcontractor', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', preamble + '6.2 The Subcontractor shall be liable for any act or omission of its transcribers as though it were its own act or omission.')).toBe('missing');
  });
  it('liability for the lower tier ("its own subcontractors") in the same document still addresses it', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', preamble + '6.3 The Subcontractor remains liable for the acts and omissions of its own subcontractors as if they were its own.')).not.toBe('missing');
  });
  it('a main contract that names a lower-tier firm "the Subcontractor" outside the party preamble keeps reading it as a subcontractor', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '4.1 The Supplier may engage Lumen Transcription Ltd (the "Subcontractor") for transcription.\n4.2 The Supplier remains liable for the acts and omissions of the Subcontractor as if they were its own.')).not.toBe('missing');
  });
});

// held-out round 289 (English)
describe('SUBCONTRACT-LIABILITY: the customer "remaining responsible" for its own task is no liability for subcontractors', () => {
  const parties = 'This agreement is between Harbour Telecom plc (the "Customer") and Brightline Ltd (the "Supplier").\n\n';
  it('"The Customer will remain responsible for approving number-port requests from other operators" does not address it', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', `${parties}4.2 The Customer will remain responsible for approving number-port requests from other authorised operators.`)).toBe('missing');
  });
  it('the Supplier remaining responsible for its subcontractors still does', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', `${parties}4.2 The Supplier will remain responsible for the acts and omissions of its approved subcontractors as for its own.`)).not.toBe('missing');
  });
});

// session 58 probe sweep (English and Japanese)
describe('SUBCONTRACT-LIABILITY: a subcontractor answering for its own taxes, wages or costs is no liability for it', () => {
  it.each([
    'Each sub-contractor is solely responsible for its own taxes and national insurance contributions.',
    'Subcontractors shall be responsible for their own wages, expenses and insurance premiums.',
    '下請負人は、自己の従業員の賃金及び社会保険料について責任を負う。',
  ])('does not address SUBCONTRACT-LIABILITY: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).toBe('missing');
  });
  it.each([
    'The Supplier is responsible for the acts and omissions of its subcontractors as for its own.',
    '乙は、下請負人の行為について、自らの行為と同様に一切の責任を負う。',
  ])('the contractor answering for them still does: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
});

// held-out round 290 (Japanese)
describe('SUBCONTRACT-LIABILITY: what a subcontractor\'s work causes, the contractor takes on (「…に起因する障害についても、当社が責任をもって対応」)', () => {
  it.each([
    '外注先の作業に起因するトラブルについても、受託者が責任を持って解決します。',
    '下請先が行う業務に起因する不具合についても、弊社が窓口として対処いたします。',
  ])('addresses it (insufficiently): %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).toBe('insufficient');
  });
  it('acting as the contact point for a subcontractor\'s questions does not', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '外注先からの技術的な質問についても、当社が窓口として対応します。')).toBe('missing');
  });
});

// held-out round 290 (Japanese)
describe('SUBCONTRACT-LIABILITY: a role a sentence makes the contractor\'s subcontractor (「検査センターは、乙の外注先として…」) is read as a subcontractor afterwards', () => {
  it.each([
    '集荷業者は、受託者の再委託先として検体の集荷及び搬送を行う。受託者は、集荷業者の行為について、受託者自身の行為と同様に委託者に対して責任を負う。',
    '検査センターは、乙の外注先として検体検査を行う。乙は、検査センターの行為について、乙自身の行為とみなして甲に対し責任を負う。',
    '印刷事業者は、当社の委託先として結果通知書の印刷を行います。当社は、印刷事業者の行為について、当社自身の行為と同様に責任を負います。',
  ])('addresses it: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('a party that is merely told what to do is no subcontractor', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '集荷業者は、当社の指定する時刻に検体を集荷します。当社は、集荷業者の行為について、当社自身の行為と同様に責任を負います。')).toBe('missing');
  });
  it('the contractor itself called the customer\'s contractor is no subcontractor alias', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '受託者は、当社の委託先として本業務を行う。受託者は、運送業者の行為について責任を負う。')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('SUBCONTRACT-LIABILITY: 「再委託した場合であっても…責任を免れない」', () => {
  it.each([
    '再委託した場合であっても、受注者は本契約に基づく責任を免れない。',
    '乙は、本業務の一部を外注した場合でも、本契約上の義務及び責任を免れないものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('a report due even after subcontracting is no liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '再委託した場合であっても、受注者は月次報告書を提出する。')).toBe('missing');
  });
});

// held-out round 303 (English)
describe('SUBCONTRACT-LIABILITY: "notwithstanding its use of such suppliers" refers back to the suppliers named just before', () => {
  it.each([
    'The Operator may rely on couriers, storage firms and other vendors to perform the Services. The Operator remains responsible to the Client for the Services notwithstanding its use of such vendors.',
    'The Shipper may use hauliers and other carriers. The Shipper remains responsible for the carriage notwithstanding its use of those carriers.',
  ])('met: %s', (text) => {
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
  it('the customer answering for such suppliers stays missing (near-miss)', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Client is responsible for paying such vendors directly.')).toBe('missing');
  });
});

// session 59 probe sweep (Japanese)
describe('SUBCONTRACT-LIABILITY: 「他の事業者に…行わせた場合でも、その事業者の行為について責任を負う」', () => {
  it.each([
    '他の事業者に業務の一部を行わせた場合でも、受注者は、その事業者の行為について市に対し全ての責任を負う。',
    '乙が第三者に作業を請け負わせたときは、乙は、当該第三者の過失について甲に対して責任を負う。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('liability for the acts of another company the contractor did not engage is not', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '受注者は、市が別途契約した事業者の行為については責任を負わない。')).toBe('missing');
  });
});

// held-out round 307 (English)
describe('SUBCONTRACT-LIABILITY: data "hosted / stored by a third-party provider" is subcontracting, and "answerable for" that provider is liability', () => {
  const stance = (text: string) => analyze(text).context.subcontracting;
  it.each([
    'The Evidence Service will be hosted by a third-party storage provider.',
    'Inspection photographs are stored on our behalf by a third-party cloud company.',
  ])('subcontracting allowed: %s', (text) => {
    expect(stance(text)).toBe('allowed');
  });
  it.each([
    'The portal is hosted by the Landlord on its own servers.',
    'The accounts are reviewed by a third-party auditor each year.',
  ])('no subcontracting (near-miss): %s', (text) => {
    expect(stance(text)).toBe('silent');
  });
  it.each([
    'Tenant photos will be hosted by a third-party cloud provider; the Scheme remains answerable to the Agent for that provider\'s handling of them.',
    'Where the Contractor uses subcontractors, it remains answerable to the Council for any breach by them.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('answerable for its own conduct only is no liability for subcontractors (near-miss)', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Supplier may use subcontractors. The Supplier is answerable to the Regulator for its own conduct.')).toBe('missing');
  });
});

// session 60 probe sweep (Japanese: maintenance contracts)
describe('SUBCONTRACT-LIABILITY: 「協力会社の作業者の行為…自らの作業者の行為と同様に」', () => {
  it.each([
    '受注者は、協力会社の技術者の行為について、受注者の技術者の行為と同様に一切の責任を負う。',
    '乙は、協力会社の従業員がした行為についても、乙の従業員の行為と同様に甲に対して責任を負うものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('a rule on staff conduct with no subcontractor is no subcontractor liability', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '乙は、乙の作業者の服装について、甲の職員と同様の基準を守らせる。')).toBe('missing');
  });
});

// held-out round 301 (Japanese)
describe('SUBCONTRACT-LIABILITY: 「承諾を得て委託した場合でも…全ての責任を負う」 — the approval does not lessen the liability', () => {
  it.each([
    '受託者は、委託者の承諾を得て外注した場合でも、外注先の行為について一切の責任を負う。',
    '乙は、甲の承認を得て業務の一部を委託した場合でも、委託先の行為について全ての責任を負う。',
  ])('not-limited met: %s', (text) => {
    expect(testOf('SUBCONTRACT-LIABILITY', 'not-limited', text)?.met).toBe(true);
  });
  it('approved subcontracting with liability only for choosing the subcontractor stays unmet (near-miss)', () => {
    expect(testOf('SUBCONTRACT-LIABILITY', 'not-limited', '受託者は、委託者の承諾を得て再委託した場合、再委託先の選任について責任を負う。')?.met).not.toBe(true);
  });
});

// session 61 probe sweep (English: plain letters of engagement)
describe('SUBCONTRACT-LIABILITY: "answer / be responsible to us for everything that firm does"', () => {
  it.each([
    'If the Club agrees that another firm may help the Supplier, the Supplier will still answer to the Club for everything that firm does.',
    'The Contractor is responsible to the Council for anything any other company it brings in does or fails to do.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('answering for the quality of the work is no liability for a subcontractor (near-miss)', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Supplier will answer to the Club for the quality of the printing.')).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('SUBCONTRACT-LIABILITY: 「その会社のしたこと／協力会社が行った作業については乙が責任を持つ」', () => {
  it.each([
    '他の会社に手伝ってもらう場合でも、その会社のしたことについては乙が責任を持つ。',
    '協力会社が行った作業については、受注者が責任を負う。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it('responsibility for its own work is no liability for a subcontractor (near-miss)', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', '乙は、自らの行った作業について責任を持つ。')).toBe('missing');
  });
});

// held-out residual (English round 316, Japanese round 306: the firm named in the sentence before)
describe('SUBCONTRACT-LIABILITY: "their performance" / 「同社の行為」 right after the sentence that hands work to other firms is the subcontractors\'', () => {
  it.each([
    'We may use hosting and e-mail service providers to run the platform. We are responsible for their performance as if it were our own.',
    '乙は、配送業務を地域の運送会社に委託することができる。乙は、同社の行為について、自らの行為と同様に甲に対して責任を負う。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it.each([
    // the sentence before names clients or the mills it buys from, or the buyer hands the work on
    'Our clients include three county councils. We are responsible for their payroll as if it were our own.',
    'We buy our paper from two mills. They are responsible for their own deliveries.',
    '甲は、配送業務を地域の運送会社に委託することができる。甲は、同社の行為について責任を負う。',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).toBe('missing');
  });
});

// held-out round 320 (English)
describe('SUBCONTRACT-LIABILITY: liable for "every firm and driver it engages" as for its own', () => {
  it.each([
    'The Haulier is liable for the acts and omissions of each firm and driver it engages as if they were its own.',
    'The Contractor shall be responsible for the acts and omissions of any company it retains as though they were its own.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it.each([
    // its own employees only
    'The Haulier is liable for the acts and omissions of each driver it employs.',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).toBe('missing');
  });
});

// session 64, from the held-out residual (rounds 314, 320)
describe('SUBCONTRACT-LIABILITY: work "carried out by another <trade>" and then "that <trade>\'s work" or "the services they provide" answered for', () => {
  it.each([
    'Window repairs may be carried out by another glazier with the Client\'s consent; the Contractor is responsible for that glazier\'s work.',
    'Sunday deliveries may be handled by a partner courier. The Retailer is responsible for that courier\'s work.',
    'We use external providers to host and run the platform. We are responsible for the work they do for us.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).not.toBe('missing');
  });
  it.each([
    'Installation is carried out by our own engineers; the Contractor is responsible for that engineer\'s work.',
    'Connectivity is provided by another supplier engaged by the Customer; the Supplier is responsible for reporting faults to that supplier\'s desk.',
    'We use external providers to host and run the platform. The work they do is described on our website.',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('SUBCONTRACT-LIABILITY', text)).toBe('missing');
  });
});

// held-out round 327 (English)
describe('SUBCONTRACT-LIABILITY full-liability: "as if the work (or breach) were the <Supplier>\'s own"', () => {
  it.each([
    'The Supplier shall be responsible for each subcontractor\'s work as if that work were the Supplier\'s own.',
    'The Printer shall be liable for any breach by a sub-processor as if the breach were its own.',
  ])('full-liability met: %s', (text) => {
    expect(metOf(text, 'SUBCONTRACT-LIABILITY', 'full-liability')).toBe(true);
  });
  it('the customer treating its own staff\'s work "as if it were its own" is no subcontractor liability (near-miss)', () => {
    expect(statusOf('SUBCONTRACT-LIABILITY', 'The Council\'s officers shall check every proof as if the work were the Council\'s own.')).toBe('missing');
  });
});
