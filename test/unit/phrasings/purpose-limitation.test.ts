/**
 * PURPOSE-LIMITATION: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, metOf, statusOf } from '../test-result.ts';

// held-out round 226 (Japanese)
describe('a reserved copyright with a licence back to the buyer (「著作権は乙に留保し、甲は…必要な範囲で利用することができる」)', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = '２　本件ソフトウェアの著作権は受注者に留保されるものとし、発注者は、自己の業務に必要な範囲で本件ソフトウェアを利用することができる。';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a use limit on the buyer\'s data beside a copyright clause still does', () => {
    const text = '著作権は甲に帰属し、乙は、甲の秘密情報を本業務以外の目的に利用してはならない。';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 226
describe('"will only access <data> for the purpose of" limits use', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'The Support Partner shall only access Customer Data for the purpose of resolving the Customer\'s tickets.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 231
describe('"use the contact details only for <purposes>" limits the use of personal data', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'The Distributor will use purchaser contact details only for warranty registration and recall notices.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
  it('a notice address is not a purpose limitation', () => {
    const text = 'Notices shall be sent to the contact details set out in the Order Form.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});

// held-out round 232
describe('"process it only for <purpose>" after a sentence naming the data restricts use of that data', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'Loyalty enrolment details are owned by the Club. The Operator shall process them solely for issuing membership cards and shall not use them for its own campaigns.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
  it('handling a complaint only for a day is no purpose limitation', () => {
    const text = 'The helpdesk will log each complaint and escalate it to the duty manager.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});

// held-out round 235
describe('an assurance report\'s restricted-use legend is not a purpose limitation on data', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = 'Our assurance report is intended solely for the information and use of the service organisation, its customers and their auditors.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a use restriction on the customer\'s data still does', () => {
    const text = 'The Supplier shall use Customer Data solely for the purpose of providing the Services.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 237
describe('use "for other purpose" without an article is a purpose limit', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'The Vendor must not use the Customer drawings for other purposes.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 237
describe('"solely within <party>\'s systems" says where data is processed, not why', () => {
  it('does not meet purpose-only of PURPOSE-LIMITATION', () => {
    const text = 'Cardholder data is handled solely within the Bank\'s environment and is never held on agent workstations.';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(false);
  });
  it('"solely for the purposes of the Agreement" still does', () => {
    const text = 'The Supplier shall process the Bank\'s data solely for the purposes of the Agreement.';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
});

// held-out round 240
describe('a tender\'s "Part 1 – Instructions" is instructions to bidders, not processing instructions', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = [
      '# Invitation to Tender — Laboratory Information System',
      '',
      '## Part 1 – Instructions',
      '',
      'Tenders must be lodged through the e-tendering portal by 30 June. Tenderers shall state compliance against every line of Part 3.',
    ].join('\n');
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});

// held-out round 240
describe('"commercially sensitive" describes information, it does not limit use', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = 'Some survey files contain personal data of landowners and commercially sensitive process data of mills.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a ban on commercial use still addresses it', () => {
    const text = 'The Licensee shall not use the Data commercially.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 234 (Japanese)
describe('a learning management system (学習管理システム) is no machine learning', () => {
  it('an LMS named beside training information is not a secondary use', () => {
    const text = '受注者は、発注者の職員向けの情報セキュリティ講座を、受注者の学習管理システムを用いて配信する。';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('model learning on the data still is', () => {
    const text = '受託者は、委託者のデータをＡＩモデルの学習に利用してはならない。';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 243
describe('"CUI" (controlled unclassified information) is handled data', () => {
  it('use of CUI only for the subcontract meets purpose-only', () => {
    const text = 'The Supplier may use controlled unclassified information received from the Prime solely for performing this Purchase Order.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it('the acronym alone works too', () => {
    const text = 'Vendor shall use CUI only to perform the tasks under this delivery order.';
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 244
describe('"processing centre / facility" names a place, not a use of the data', () => {
  it('a copy ban with an exception for copies at the processing facilities does not address PURPOSE-LIMITATION', () => {
    const text = 'The Contractor may not copy Customer Data save for the mirror copies held at its processing facilities.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('nor does a copy ban joined to a ban on taking tapes out of the processing centres', () => {
    const text = 'The Bureau shall not duplicate Merchant Data except for the disaster-recovery copies described in Annex B, and shall not take any tapes holding Merchant Data out of its processing centres without the Merchant\'s written approval.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 249
describe('"should only be used / should only use" in a policy is a (soft) purpose restriction', () => {
  it.each([
    'Personnel records should only be used for legitimate employment purposes such as pay and performance management.',
    'Candidate data should solely be processed for the vetting requested by the hiring manager.',
    'Vendors should only use worker information to deliver the contracted benefits service.',
  ])('addresses PURPOSE-LIMITATION: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it('a credential rule with "should only be used by" is not purpose limitation', () => {
    const text = 'Shared terminals should only be used by the person who has logged in.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 236 (Japanese)
describe('the form of instructions set for 「指示及び承諾は、…書面により」 (two nouns before は)', () => {
  it('「指示又は依頼は、…文書で行う」 after a use limit meets documented-instructions', () => {
    const text = '第５条（利用の制限）\n１　受託者は、委託者の指示があるときを除き、本件個人データを本業務以外の目的に利用してはならない。\n２　前項の指示又は依頼は、委託者の所管部長名の文書で行うものとする。';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(true);
  });
  it('「指示並びに許可は、」 without any written form stays unmet', () => {
    const text = '第５条（利用の制限）\n１　受託者は、委託者の指示があるときを除き、本件個人データを本業務以外の目的に利用してはならない。\n２　前項の指示並びに許可は、委託者の担当者が行う。';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(false);
  });
});

// held-out round 238 (Japanese)
describe('the noun phrase 「利用目的の限定」 / 「使用用途の限定」 in a list of required terms is purpose limitation', () => {
  it.each([
    '（４）委託データの利用目的の限定',
    '（３）預託資料の使用用途の限定及び第三者への提供の禁止',
    '乙は、甲から預託された資料について、利用目的を限定して取り扱うものとする。',
  ])('addresses PURPOSE-LIMITATION: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    '当社は、個人情報の利用目的をできる限り特定する。',
    '本製品の用途の限定は、別途カタログに記載する。',
  ])('specifying a purpose, or a product\'s intended use, does not: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 243 (Japanese)
describe('an instrument stating its own scope (「本ガイドラインは、…守るべき事項を定める。」) limits no use of data', () => {
  it.each([
    '本ガイドラインは、当社の輸配送業務に係るソフトウェアの開発及び保守を請け負う事業者（以下「外注先」という。）が当社の情報を取り扱う際に守るべき事項を定める。',
    '本規程は、システムの開発・運用を受託する事業者が当社の顧客情報を取り扱うに当たって遵守すべき基本的な事項を定めるものとする。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('a use limit in the same register still is', () => {
    const text = '外注先は、当社から預かった顧客情報を、製品の開発その他委託業務以外の目的に利用してはならない。';
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
});

// held-out round 244 (Japanese)
describe('Japanese held-out round 244 (電力・再々委託): anonymised data named as what is handled is no secondary use', () => {
  it.each([
    '(3) 提供する資料：仮名加工済みの使用量データ及び画面設計書に限る。',
    '試験には、匿名化されたテストデータのみを用いるものとする。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('anonymising the data to reuse it still is', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、本データを匿名加工して自社の分析サービスに利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 245 (Japanese)
describe('held-out round 245: a rule\'s scope sentence, 教育研究, and a flow-down listing the duties', () => {
  it('「この規程は、…教育研究活動で得られた…情報を…取り扱う教職員に適用する」 is no purpose clause', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'この規程は、本学の教育研究活動で得られた学生の個人情報を学外のサービスで取り扱う教職員に適用する。')).toBe('missing');
  });
  it('a ban on handling the data for research is', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受託者は、本学の学生の個人情報を研究のために取り扱ってはならない。')).not.toBe('missing');
  });
  it('a contract with 丁 listing 目的外利用の禁止 among the equal duties is the flow-down, not purpose limitation', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、丁との間で、本契約に基づき乙が負う義務（目的外利用の禁止及び秘密保持を含む。）と同等の義務を定めた契約を締結しなければならない。')).toBe('missing');
  });
  it('the ban itself is purpose limitation', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、本件の個人情報を目的外に利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 256
describe('"Data Processing Agreement / Addendum" names an instrument: a pointer to it ("outside the scope of this SOW") is no purpose limitation', () => {
  it('a cross-reference to the DPA is not a purpose clause', () => {
    const text = 'Questions about personal data are dealt with in the Data Processing Agreement and fall outside the scope of this SOW.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('processing outside the scope of that agreement is still a purpose limitation', () => {
    const text = 'The Processor shall not process personal data outside the scope of the Data Processing Agreement.';
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
});

// held-out round 257
describe('use of named data files ("batch files") only for the work', () => {
  it('"will use batch files only for the purpose of producing statements" addresses PURPOSE-LIMITATION', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Contractor will use batch files only for the purpose of producing statements.')).not.toBe('missing');
  });
  it('"will use its franking machines only for the purpose of posting statements" does not', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Contractor will use its franking machines only for the purpose of posting statements.')).toBe('missing');
  });
});

// held-out round 258
describe('secondary use named by a verb ("de-identify", "anonymise"), a hyphenated "artificial-intelligence" or "for its own purposes"', () => {
  const lead = 'The Processor shall process Customer Data only for the purpose of providing the Services. ';
  it('"shall not anonymise ... to build artificial-intelligence tools" meets secondary-use', () => {
    expect(metOf(lead + 'The Processor shall not anonymise Customer Data in order to build artificial-intelligence tools.', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it('"must not pseudonymise the records for its own commercial purposes" meets secondary-use', () => {
    expect(metOf(lead + 'The Processor must not pseudonymise the records for its own commercial purposes.', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it('a duty to anonymise test data is not a secondary-use exclusion', () => {
    expect(metOf(lead + 'The Processor shall anonymise Customer Data before it is loaded into the test environment.', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
  it('a permission to use the records for its own purposes is not either', () => {
    expect(metOf(lead + 'The Processor may use the records for its own purposes.', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
});

// held-out round 261 (bank card processing): a tender's "use only to prepare a bid" restricts the RFP pack, not entrusted data
describe('a use of tender papers limited to preparing a bid is no purpose limitation on entrusted data', () => {
  it.each([
    'Tender documents may be used by tenderers only to prepare their bid.',
    'The information in this ITT is to be used solely for compiling a tender response.',
  ])('does not address PURPOSE-LIMITATION: %s', (text) => {
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a use of the customer\'s data limited to delivering the services still does', () => {
    expect(requirementOf('The Supplier shall use the Authority\'s data only for the purpose of delivering the Services.', 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

// held-out round 250 (Japanese)
describe('a ban on use "for the processor\'s own purposes" or to raise its own accuracy is a secondary-use exclusion', () => {
  it('「自社の目的のために利用してはならない」 / 「精度の向上に用いてはならない」 meet secondary-use', () => {
    expect(metOf('乙は、預託データを本業務の目的にのみ用いるものとし、自社の事業のために利用してはならない。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
    expect(metOf('受注者は、検体情報を本業務の目的にのみ使用し、自らの判定アルゴリズムの精度の向上に用いてはならない。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it('a purpose clause that only promises accuracy improvements does not meet it', () => {
    expect(metOf('受注者は、提供データを本業務の目的にのみ使用するものとし、解析精度向上に努める。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
});

// held-out round 260
describe('a tenderer told to use the tender pack only to prepare or submit its bid is no purpose limitation on entrusted data', () => {
  it('"use all information supplied with this RFQ only for the purpose of preparing their responses" does not address PURPOSE-LIMITATION', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Proposers shall use all information supplied with this RFQ only for the purpose of preparing their responses.')).toBe('missing');
  });
  it('"solely to prepare their bid" does not either', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Respondents shall use the information in this invitation solely to prepare their bid.')).toBe('missing');
  });
  it('the supplier\'s use of customer data only for the services still addresses it', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Supplier shall use Customer Data only for the purpose of providing the Services.')).not.toBe('missing');
  });
});

// held-out round 251 (Japanese)
describe('a 特記事項 on handling 「個人情報及び…データ」 or 「個人情報等」 is a DPA', () => {
  it.each([
    '# 個人情報及び検針データの取扱いに関する特記事項\n\n受注者は、本業務において取り扱う検針データを適正に管理する。',
    '# 個人情報等の取扱いに係る特記事項\n\n受注者は、個人情報等を適正に取り扱う。',
  ])('read as dpa: %s', async (text) => {
    const { analyze } = await import('../../../shared/engine/analyze.ts');
    expect(analyze(text).documentType).toBe('dpa');
  });
  it('a 特記事項 on handling trade secrets is not', async () => {
    const { analyze } = await import('../../../shared/engine/analyze.ts');
    expect(analyze('# 秘密情報の取扱いに関する特記事項\n\n受注者は、本業務において知り得た秘密情報を適正に管理する。').documentType).not.toBe('dpa');
  });
});

// held-out round 256 (Japanese)
describe('a flowdown that lists 目的外利用の禁止 among the duties set in the subcontract (…同等の義務を定めた業務委託契約) is no purpose limitation', () => {
  const text = '受託者は、再委託先との間で、本契約に基づき受託者が負う義務のうち、秘密の保持、目的外利用の禁止及び事故時の報告に関する義務と同等の義務を定めた業務委託契約を締結する。';
  it('list item of the flowdown', () => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
    expect(statusOf('SUBCONTRACT-FLOWDOWN', text)).not.toBe('missing');
  });
  it('the contractor\'s own purpose limitation is still read', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受託者は、委託者から預かった個人情報を本契約の目的以外に利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 265 (English)
describe('"use no/any supplier other than …" chooses a party, it does not limit the use of data', () => {
  it('"will not use any sub-processor other than X for Y" is no purpose limitation', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Provider will not use any sub-processor other than its Dutch affiliate for the scanning of patient records.')).toBe('missing');
  });
  it('a data-use limit in the same sentence still is', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Provider shall use the patient records only to deliver the scanning service and will not use any sub-processor other than its Dutch affiliate.')).not.toBe('missing');
  });
});

// held-out round 269 (English)
describe('payment / transfer / standing instructions are banking data, not processing instructions', () => {
  it('a description of the data handled that includes payment instructions does not address the requirement', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The platform will handle customer balances, standing orders and transfer instructions received from partner apps.')).toBe('missing');
  });
  it('processing only on the Bank\'s written instructions still does', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The platform provider shall handle customer balances and transfer data only on the Bank\'s written instructions.')).not.toBe('missing');
  });
});

// held-out round 273 (English)
describe('PURPOSE-LIMITATION: "for its own staff / systems" names whose people or systems, not a use for its own purposes', () => {
  it('the customer answering for its own staff\'s requests is no use restriction', () => {
    const text = 'The Client shall remain responsible for the data it uploads for processing and for access requests for its own employees.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('a ban on using the data for its own purposes is still caught', () => {
    const text = 'The Vendor shall not use the Client data for its own benefit or for any purpose other than the services.';
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
});

// held-out round 275 (English)
describe('PURPOSE-LIMITATION: "for the purposes of this Annex / Clause" is an interpretation phrase, not a purpose limit', () => {
  it('an exclusion of data breaches from an annex\'s defined faults is no purpose limitation', () => {
    const text = 'Breaches affecting Customer Data are handled under the Security Annex and do not count as Faults for the purposes of this Clause.';
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('using Client Data only for the purposes of the Agreement is still a purpose limitation', () => {
    const text = 'The Supplier shall process Client Data for the purposes of the Agreement and for no other purpose.';
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
});

// held-out round 268 (Japanese)
describe('a research body\'s name or 「運用いたします」 is no purpose rule', () => {
  it('「国立研究開発法人…の研究データ基盤を…運用いたします」 does not address PURPOSE-LIMITATION', () => {
    expect(statusOf('PURPOSE-LIMITATION', '弊社は、国立研究開発法人の研究データ基盤を、専任の技術者により平日日中に運用いたします。')).toBe('missing');
  });
  it('using the customer\'s data for one\'s own research is still secondary use', () => {
    expect(statusOf('PURPOSE-LIMITATION', '当社は、お預かりしたデータを当社の研究に利用することがあります。')).not.toBe('missing');
  });
  it('「目的以外に用いてはならない」 still addresses it', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、甲から提供された研究データを本業務以外の目的に用いてはならない。')).not.toBe('missing');
  });
});

// own work, session 52 (round 278 wrote the limit after the purpose)
describe('a purpose limit with "only" after the purpose ("used for fault diagnosis only")', () => {
  it('"may be processed for billing and fraud checks only" addresses PURPOSE-LIMITATION', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Subscriber data may be processed by the Contractor for billing and fraud checks only.')).not.toBe('missing');
  });
  it('a period with "only" after it is no purpose limit', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Subscriber data is kept by the Contractor for ninety days only.')).toBe('missing');
  });
});

// held-out round 269 (Japanese)
describe('a limit written as 「（作業）にのみ使用する」 without 「目的」 or 「ため」', () => {
  it('「会員情報を案内状の送付作業にのみ利用するものとする」 is a purpose limit', () => {
    expect(metOf('受託者は、提供を受けた会員情報を案内状の送付作業にのみ利用するものとする。', 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it('a right reserved to named staff (「管理者にのみ使用させる」) is no purpose limit', () => {
    expect(statusOf('PURPOSE-LIMITATION', '管理者権限は、システム管理者にのみ使用させること。')).toBe('missing');
  });
  it('a licence to use software on named devices is no purpose limit', () => {
    expect(statusOf('PURPOSE-LIMITATION', '本ソフトウェアは、許諾された端末にのみ使用することができる。')).toBe('missing');
  });
});

// held-out round 284 (English)
describe('PURPOSE-LIMITATION: video "footage" is the data whose use is limited', () => {
  it('"use dash-cam footage only to prepare the disclosure copies" limits use to the purpose', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Contractor shall use dash-cam footage only to prepare the disclosure copies.')).not.toBe('missing');
  });
  it('storing footage encrypted is no purpose limitation', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Contractor shall store all footage in encrypted form.')).toBe('missing');
  });
});

// held-out round 283 (English)
describe('a data "extract" or "dataset" used only for a stated piece of work', () => {
  it('"may use the supplied dataset only for the churn study" is a purpose limit', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Agency may use the supplied dataset only for the churn study and for no other purpose.')).not.toBe('missing');
  });
  it('"the sales extract solely for this work order" is one too', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Analyst shall use the sales extract solely for this work order.')).not.toBe('missing');
  });
  it('an extract of a standard used as guidance is not', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Analyst shall use the extract of the standard only as guidance.')).toBe('missing');
  });
});

// held-out round 273 (Japanese)
describe('a secondary use gated on the outsourcer\'s prior written consent (「…に用いる場合であっても…書面による同意を得なければならない」)', () => {
  it('consent-gated product development use counts as excluded unless permitted', () => {
    expect(metOf('乙は、受領したデータを統計処理したうえで自らの製品の開発に利用する場合であっても、あらかじめ甲の書面による承諾を得なければならない。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it('a plain permission to use statistics for development is not excluded', () => {
    expect(metOf('乙は、受領したデータを統計処理したうえで自らの製品の開発に利用することができる。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
});

// held-out round 279 (Japanese)
describe('PURPOSE-LIMITATION: secondary uses declared part of 「目的以外の利用／使用」, and a purpose item under a chapeau naming the data', () => {
  const base = '受託者は、委託者の文書による指示の範囲内でのみ顧客データを取り扱い、これを委託目的以外に使用してはならない。';
  it('「…その他の二次的な利用は、目的以外の使用に含まれる」 excludes secondary use', () => {
    expect(metOf(base + '販売動向の分析、受託者の製品の改良その他の二次的な利用は、目的以外の使用に含まれる。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it('secondary uses left to later agreement are not excluded', () => {
    expect(metOf(base + '販売動向の分析その他の二次的な利用の取扱いは、別途協議して定める。', 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
  it('a list item 「指示に従い…必要な範囲でのみ取り扱うこと」 under a chapeau naming the personal data addresses the requirement', () => {
    expect(statusOf('PURPOSE-LIMITATION', '委託先との覚書には、顧客の個人情報について次の事項を定めるものとする。\n(1) 当社の指示に従い委託業務に必要な範囲でのみ取り扱うこと\n(2) 覚書の有効期間')).not.toBe('missing');
  });
  it('an item under the same chapeau about scheduling does not', () => {
    expect(statusOf('PURPOSE-LIMITATION', '委託先との覚書には、顧客の個人情報について次の事項を定めるものとする。\n(1) 当社の指示に従い作業日程を決めること\n(2) 覚書の有効期間')).toBe('missing');
  });
});

// held-out round 288 (English)
describe('data held as a named list of people ("attendee lists", "donor list") is handled data', () => {
  it('restricting an attendee list to the event addresses purpose limitation', () => {
    const text = 'The Organiser may use the Attendee Lists only for the purpose of admitting delegates to the conference.';
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it('a donor list handed over only to deliver the mailing is caught', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Agency shall use the donor list solely to carry out the appeal mailing for the Charity.')).not.toBe('missing');
  });
  it('a waiting list for the service itself, with no use restriction, is not purpose limitation', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Members on the waiting list will be offered seats in the order in which they joined.')).toBe('missing');
  });
});

// held-out round 281 (Japanese)
describe('PURPOSE-LIMITATION: processing only what an instruction document sets out (「指示書に定める作業に限り」)', () => {
  it('「作業指示書に記載した加工のみ行う」 meets documented-instructions', () => {
    expect(metOf('受注者は、発注者が交付する作業指示書に記載した加工に限り、本件データを取り扱う。', 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(true);
  });
  it('「指示票に定める業務に限り取り扱う」 meets it', () => {
    expect(metOf('乙は、甲の指示票に定める業務に限り、本件データを取り扱うものとする。', 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(true);
  });
  it('merely doing what the instruction document describes, with no "only", does not', () => {
    expect(metOf('乙は、甲の指示書に記載された作業を行う。', 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(false);
  });
});

// held-out round 284 (Japanese)
describe('PURPOSE-LIMITATION: a purpose ban named only in the flow-down list after 「同等の義務（…）」 is no purpose clause of the contractor', () => {
  it('the list of flowed-down duties in a parenthesis after the equivalent duty does not address the requirement', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受託者は、再委託先に対し、本契約に基づき受託者が負う義務と同等以上の義務（目的外利用の禁止、安全管理措置、事故時の報告を含む。）を契約により負わせる。')).toBe('missing');
  });
  it('the contractor\'s own purpose ban still addresses it', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受託者は、預託データを本契約の目的以外に利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 285 (Japanese)
describe('PURPOSE-LIMITATION: a flow-down clause naming the duties to be matched (「…の各義務と同等の条件を定めた契約を締結」) is no purpose limitation of its own', () => {
  it('a list of duties in a flow-down contract clause does not address it', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受注者は、協力会社との間で、本契約において受注者が負う秘密の保持、目的外利用の禁止、事故時の報告、業務終了時のデータの返還及び消去の各義務と同等の条件を定めた契約を締結しなければならない。')).toBe('missing');
  });
  it('a direct purpose limitation still does', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受注者は、本業務で取り扱う個人データを本業務の目的以外に利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 287 (Japanese)
describe('PURPOSE-LIMITATION: handling only within the scope an instruction document states or an instruction gave (「指示書に記載された○○業務の範囲内においてのみ」「指示を受けた範囲内に限り」)', () => {
  it('an instruction sheet naming the work scope is a documented instruction', () => {
    expect(metOf('受託者は、委託者が交付する作業指示書に記載された名簿整理業務の範囲内においてのみ、会員情報を取り扱う。', 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(true);
  });
  it('a deadline taken from the instruction sheet is not', () => {
    expect(metOf('受託者は、作業指示書に記載された納期を遵守する。', 'PURPOSE-LIMITATION', 'documented-instructions')).toBe(false);
  });
  it('use only within the instructed scope limits the purpose', () => {
    expect(metOf('乙は、甲から電子メールで指示を受けた範囲内に限り、受領した顧客情報を利用する。', 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it('recording the instructed scope in a plan does not', () => {
    expect(metOf('乙は、甲から指示された範囲を作業計画書に記載する。', 'PURPOSE-LIMITATION', 'purpose-only')).toBe(false);
  });
});

// held-out round 286 (Japanese)
describe('PURPOSE-LIMITATION: a list of duties passed on as 「…の各義務と同等以上の義務を…に課す」, whatever the subcontractor is called, does not address it', () => {
  it.each([
    '当社は、外部委託先と書面で契約を結び、当社がお客様に対して負う秘密保持、目的外利用の禁止及び事故報告の各義務と同等以上の義務を外部委託先に負わせる。',
    '受託者は、業務提携先との間で、本契約上の守秘義務、目的外利用の禁止、返還の各義務と同等の義務を業務提携先に課すものとする。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('the purpose restriction itself still addresses it', () => {
    expect(statusOf('PURPOSE-LIMITATION', '受託者は、預託された申込者の個人情報を本業務の目的以外に利用してはならない。')).not.toBe('missing');
  });
});

// held-out round 296 (English)
describe('PURPOSE-LIMITATION: a secondary-use ban that carves out research or validation ("except that it may use …") is not met; an independent controller\'s own purposes are no limitation', () => {
  it('an "except that it may use … for research" carve-out defeats the secondary-use test', () => {
    const text = 'The Processor shall process the Personal Data only on the documented instructions of the Controller and shall not process it for any purpose of its own, save that it may use pseudonymised records to calibrate its analysers and for published research.';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'secondary-use')).toBe(false);
  });
  it('an unqualified ban still meets it', () => {
    const text = 'The Processor shall not use the Personal Data, even in anonymised form, for research, benchmarking, product development or any purpose other than the Services.';
    expect(metOf(text, 'PURPOSE-LIMITATION', 'secondary-use')).toBe(true);
  });
  it.each([
    'The Bank handles payer details as a separate controller for the purposes of executing payments, screening sanctions and meeting its legal duties.',
    'The Carrier acts as an independent data controller for the purpose of delivering parcels and handling claims.',
  ])('does not address PURPOSE-LIMITATION: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
  it('a processor barred from acting as an independent controller still addresses it', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'The Supplier shall process Client Data solely for the purpose of the Services and shall not act as an independent controller of it.')).not.toBe('missing');
  });
});

// held-out round 299 (English)
describe('PURPOSE-LIMITATION: "limit use of X to the service" and photographs/images used for model training', () => {
  it.each([
    'Vendors must limit the use of renter information to the services they are engaged to deliver.',
    'The Supplier shall not use customer photos to train or refine its recognition algorithms.',
    'The Client grants the Vendor a licence to use the uploaded images to improve its detection models during the trial.',
  ])('addresses PURPOSE-LIMITATION: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier will limit the number of site visits to two per month.',
    'The Vendor shall take the photographs at each depot in daylight.',
  ])('does not address PURPOSE-LIMITATION: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('PURPOSE-LIMITATION: "your details" / "personal details" used only for the service', () => {
  it.each([
    'Your details are used only to deliver your order and never for marketing.',
    'The Agency shall use applicants\' personal details solely to process the application.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it('keeping your details up to date is no purpose limit', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'Please keep your details up to date so that the Agency can contact you.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('PURPOSE-LIMITATION: a list of people (「名簿」) used only within the work', () => {
  it.each([
    '委託者から提供された乗船名簿は、本業務の遂行に必要な範囲でのみ使用するものとする。',
    '乙は、会員名簿を本業務以外の目的に利用してはならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it('a list to be submitted says nothing of its use', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、従事者名簿を着手前に提出すること。')).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('PURPOSE-LIMITATION: plain words — "we only use the details you give us to …"', () => {
  it.each([
    'We only use the details you give us to arrange your appointment.',
    'We only use information that patients provide to us to manage their prescriptions.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it('using only recycled paper for letters is no limit on data', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'We only use recycled paper to print your appointment letters.')).toBe('missing');
  });
});

// held-out round 297 (Japanese)
describe('PURPOSE-LIMITATION: the plain negative 「目的以外に使わない」 is a purpose-only ban', () => {
  it.each([
    '乙は、預かった名簿を本件の目的以外に使わない。',
    '受託者は、提供を受けた会員情報を委託業務の目的以外には使わないこと。',
  ])('purpose-only met: %s', (text) => {
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it('an effort to keep to the purpose stays unmet (near-miss)', () => {
    expect(metOf('受託者は、提供を受けた会員情報を委託業務の目的以外には使わないよう努める。', 'PURPOSE-LIMITATION', 'purpose-only')).toBe(false);
  });
  it('using a tool for the purpose is no limitation (near-miss)', () => {
    expect(statusOf('PURPOSE-LIMITATION', '乙は、本件の目的のため必要な道具を使う。')).toBe('missing');
  });
});

// held-out round 300 (Japanese)
describe('PURPOSE-LIMITATION: a list of people named 「○○リスト／一覧」, or a row of personal details (「氏名及び電話番号」), is the data whose use is limited', () => {
  it.each([
    '乙は、預かった参列者リストを本件の案内状送付の目的のみに使用する。',
    '受託者は、会員の氏名及び電話番号を、予約確認の連絡のためにのみ利用する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    '乙は、部品リストを本件の目的のみに使用する。',
    '乙は、代表者の氏名及び住所を、本件の目的のためにのみ届け出る。',
  ])('a list of things, or the signatory\'s own details, is no entrusted data (near-miss): %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('PURPOSE-LIMITATION: 「…以外には使わないでください」 limits the data to its purpose', () => {
  it('addressed', () => {
    expect(statusOf('PURPOSE-LIMITATION', 'お渡しする顧客名簿は、案内状の発送以外には使わないでください。')).not.toBe('missing');
  });
  it('a room used only for meetings is no data purpose (near-miss)', () => {
    expect(statusOf('PURPOSE-LIMITATION', '会議室は、打合せ以外には使わないでください。')).toBe('missing');
  });
});

// held-out round 314 (English)
describe("PURPOSE-LIMITATION: \"tenants' details\" / \"names and phone numbers\" used only for the work", () => {
  it.each([
    "Tenants' details will be used only to book repairs for the Landlord.",
    'We use the names and mobile numbers of key-holders only to provide the call-out service.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    "Tenants' details are listed in the handover pack.",
    "The engineer's name and phone number will be sent to the tenant before the visit.",
  ])('details listed or sent are no purpose limit (near-miss): %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('PURPOSE-LIMITATION: 「本作業以外に利用しない」 — the work (作業) rather than the business (業務) as the purpose', () => {
  it.each([
    '乙は、貸与を受けた顧客名簿を当該作業以外に使用してはならない。',
    '受注者は、提供された台帳データを委託作業以外に利用しない。',
  ])('purpose-only is met: %s', (text) => {
    expect(metOf(text, 'PURPOSE-LIMITATION', 'purpose-only')).toBe(true);
  });
  it.each([
    '乙は、作業以外の時間に端末を使用してはならない。',
    '乙は、本作業以外の業務を行う場合は、別途見積りを提出する。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 309 (Japanese)
describe('PURPOSE-LIMITATION: photographs and images (写真・画像) as the data kept from secondary use, like "photos" in English', () => {
  it.each([
    '当社は、プロフィール写真を自社の画像解析エンジンの学習に使用することはございません。',
    '受託者は、会員の顔写真を統計分析その他の二次利用に用いてはならない。',
    '受託者は、お見合い用の写真をマーケティング目的に使用しない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、撮影した写真をお見合い当日に会員へ送付する。',
    '会員は、プロフィール画像を3枚まで登録することができる。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 313 (Japanese)
describe('PURPOSE-LIMITATION: camera footage replayed or viewed only as far as a named purpose needs (「…に必要な範囲に限り…映像を再生」)', () => {
  it.each([
    '受託者の作業員は、保守に必要な範囲に限り監視カメラの映像を再生することができる。',
    '防犯カメラの映像は、事故調査の目的でのみ視聴するものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、録画映像を再生できるよう録画装置を毎月点検する。',
    '受託者は、防犯カメラの映像を再生し、不審者の有無を確認する。',
  ])('replaying footage with no limit on its purpose is no purpose limitation (near-miss): %s', (text) => {
    expect(statusOf('PURPOSE-LIMITATION', text)).toBe('missing');
  });
});

// held-out round 323 (English)
describe('PURPOSE-LIMITATION: a tender\'s "Part A — Background and Instructions" heading is instructions to bidders, not processing instructions', () => {
  it.each([
    ['## Section 1: Introduction and Instructions', 'The Council operates eleven leisure centres. Bids are due by noon on 4 May through the procurement portal.'],
    ['## Part B – Overview & Instructions', 'The Board wishes to replace its payroll bureau. Each bidder shall answer every question in Part D.'],
  ])('missing: %s', (heading, body) => {
    const text = ['# Request for Proposal', '', heading, '', body].join('\n');
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('processing on documented instructions under such a heading still addresses it (near-miss)', () => {
    const text = [
      '# Request for Proposal',
      '',
      '## Part C — Data Protection',
      '',
      'The Supplier shall process personal data only on the documented instructions of the Board.',
    ].join('\n');
    expect(requirementOf(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});
