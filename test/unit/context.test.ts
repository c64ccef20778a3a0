/** Document context: language, document type, data classes and the subcontracting stance. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import documentTypes from '../../shared/catalog/document-types.json' with { type: 'json' };
import { decideContext, detectDocumentType, detectLanguage, parseDocumentTypes } from '../../shared/engine/context.ts';
import { normalize } from '../../shared/engine/normalize.ts';

describe('detectLanguage', () => {
  it.each([
    ['乙は、保存データを暗号化しなければならない。', 'ja'],
    ['The Vendor shall encrypt backups at rest.', 'en'],
    ['本契約 (the Agreement) では、暗号化 (encryption) と記録 (logging) を定める。 Both parties agree to the terms below and sign.', 'mixed'],
    ['', 'en'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('counts Japanese characters as denser than Latin letters', () => {
    // 13 Japanese characters against 17 letters: still Japanese
    expect(detectLanguage('ISMS ISO SOC GDPR PCI の認証を取得済みであること')).toBe('ja');
  });
});

describe('detectDocumentType', () => {
  const typeOf = (title: string, body = '') => detectDocumentType([title], normalize(body).text);

  it.each([
    ['個人情報取扱特記事項', 'dpa'], ['Data Processing Addendum', 'dpa'], ['秘密保持契約書', 'nda'],
    ['Mutual Non-Disclosure Agreement', 'nda'], ['Service Level Agreement', 'sla'], ['技術提案書', 'proposal'],
    ['調達仕様書', 'spec'], ['Statement of Work', 'spec'], ['利用規約', 'terms'], ['Payments API Platform — Platform Terms', 'terms'], ['Harbour Couriers — Standard Terms of Business', 'terms'], ['Privacy Policy', 'policy'],
    ['業務委託契約書', 'contract'], ['Master Services Agreement', 'contract'],
    // an agreement between a city and the body running its facility, an order and its acceptance form the contract
    ['体育館の管理運営に関する年度協定書', 'contract'], ['発注書（保守作業）', 'contract'], ['注文請書', 'contract'],
    // a Japanese title spaced out for display reads as written together; a bare 誓約書 is a pledge of secrecy
    ['仕　様　書', 'spec'], ['提 案 書', 'proposal'], ['誓　約　書', 'nda'],
    // a schedule on the processing of personal data is a DPA; an API's access terms are a provider's terms
    ['Schedule 4 — Processing of Personal Data', 'dpa'], ['Tollgate Bank — API Access Terms for Developers', 'terms'],
    // a contract for requirements work names that work (要件定義) in its title: a contract, unless the document is the 要件定義書
    ['販売管理システム要件定義支援業務 委託契約書', 'contract'], ['基幹系更改 要件定義 個別契約書', 'contract'], ['人事給与システム 要件定義書', 'spec'],
    // an individual's pledge of secrecy to the employer is a confidentiality undertaking
    ['機密保持誓約書（派遣従事者用）', 'nda'], ['守秘義務に関する誓約書', 'nda'],
    // a vendor's answers are its proposal; a full-width title reads as its half-width form
    ['委託先情報セキュリティチェックシート（回答）', 'proposal'], ['Security Questionnaire Response', 'proposal'], ['ＤＰＡ（データ処理契約）', 'dpa'],
    // a contract about security is a contract; a security page is a policy
    ['OT Security Monitoring Services Agreement', 'contract'], ['Security Overview', 'policy'], ['Security', 'policy'],
    // a contract's schedule is the contract's, whatever it covers, unless it names another kind of document
    ['Schedule 6 — Security, Privacy and Service Levels', 'contract'], ['Call-Off Schedule 9: Security, Data Protection and Continuity', 'contract'],
    ['Schedule 4 — Data Processing Agreement', 'dpa'], ['Schedule 2 — Statement of Work', 'spec'],
    // a HIPAA business associate addendum or contract is the US counterpart of a DPA, whatever else its title covers
    // data processing terms or a data processing schedule are a DPA under another name
    ['Customer Data Processing Terms (GDPR and UK GDPR)', 'dpa'], ['Exhibit C – Data Processing Schedule', 'dpa'],
    ['Privacy and Security Business Associate Addendum', 'dpa'], ['Business Associate Contract — Claims Platform', 'dpa'], ['BAA', 'dpa'],
    // a request for proposals is the buyer's specification; the answer to one is a proposal
    ['Request for Proposal: Operation & Maintenance of the Portal', 'spec'], ['Response to Request for Proposal', 'proposal'],
    // the bidder's qualification sheet of a tender is the buyer's, like its specification
    ['別添２　競争参加資格（情報セキュリティ）確認表', 'spec'], ['入札説明書（基幹系ネットワーク更改）', 'spec'],
    // a memorandum or agreement named for its service levels is an SLA, however Japanese drafters call the paper
    ['基幹システム運用のサービスレベルに関する覚書', 'sla'], ['ネットワーク保守サービスレベルに係る合意書', 'sla'],
    // a company's own policy on its outsourcing is a policy, not a specification, in either language
    ['Vendor Management and Cloud Outsourcing Policy', 'policy'], ['外部委託先管理規程', 'policy'],
    // an addendum or schedule on personal information alone is a DPA, whatever the privacy law calls the processor
    ['Personal Information Service Provider Addendum (California)', 'dpa'], ['Data Privacy Addendum', 'dpa'],
    ['Exhibit C - Data Protection and Privacy', 'dpa'], ['顧客情報の取扱いに関する確認書', 'contract'], ['個人情報の取扱いに関する確認書', 'dpa'],
    ['Group Privacy and Data Protection Policy', 'policy'],
    // a US school district's agreement on student records is its DPA
    ['Member District Data Privacy Agreement – Learning Platform', 'dpa'],
    // a vendor's answers to an assessment are its proposal, as its answers to a questionnaire are
    ['Cloud Vendor Risk Assessment – Supplier Response', 'proposal'], ['Information Security Assessment — Responses', 'proposal'],
    // a buyer's or provider's general terms are terms, unless the title names the agreement they belong to
    ['Facilities Maintenance Services – General Terms', 'terms'], ['ICT Services Agreement – General Terms', 'contract'],
    // an organisation's security standard and its handling rules (取扱要領) are its policy
    ['Outsourced Services Security Standard', 'policy'], ['外部委託に伴う情報資産の取扱要領', 'policy'],
    // an APPI Art. 28 cross-border memorandum is a personal-data annex; a service-level description is an SLA
    ['外国にある第三者への個人データの提供に関する覚書', 'dpa'], ['ホスティング基盤の運用責任分担及びサービスレベル説明書', 'sla'],
    // a processing contract or deed, and an international data transfer agreement (SCC / IDTA based), are a DPA under another name
    ['Data Processing Contract — Remote Monitoring Service', 'dpa'], ['International Data Transfer Agreement (Controller to Processor)', 'dpa'],
    // a schedule of an agreement that sets only its service levels is the SLA; the agreement itself stays a contract
    ['Annex 4 – Service Levels for the Hosted Booking Platform', 'sla'], ['Exhibit B: Service Levels and Service Credits', 'sla'],
    ['別紙３　サービスレベル（ヘルプデスク及び保守）', 'sla'],
    // an organisation's security standard or procedure for its outsourcing is its policy; a memorandum on My Number
    // or other personal information "等" is a personal-data annex
    ['〇〇町 業務委託における情報セキュリティ対策基準', 'policy'], ['外部委託先の情報セキュリティ対策実施手順', 'policy'],
    ['Supplier Records Handling Standard v2', 'policy'], ['特定個人情報等の取扱いに関する覚書', 'dpa'],
    // near-miss: a confirmation that the vendor meets a sector's safety standard is no standard of its own
    ['ＦＩＳＣ安全対策基準に係る確認書', 'contract'],
  ] as const)('title %s → %s', (title, type) => {
    expect(typeOf(title)).toBe(type);
  });

  it('reads a white paper or overview the bidder says it submits with its bid as its proposal', () => {
    expect(detectDocumentType(['Harbour Freight Systems — Platform Security White Paper', 'Submitted with our tender for the Port Authority ITT 2027/04'], '')).toBe('proposal');
    expect(detectDocumentType(['Data Centre Resilience Overview', 'Submitted as part of our bid for lot 3 (hosting)'], '')).toBe('proposal');
    expect(detectDocumentType(['Platform Security White Paper'], '')).toBe('policy');
  });

  it('reads a reply by its own title line, not by the request it names first', () => {
    expect(detectDocumentType(['Riverside District Council', 'RFP 2025/117 - Cloud Case Management System', 'Tender Response of Lanternworks Ltd'], '')).toBe('proposal');
    expect(detectDocumentType(['〇〇県', '基幹系システム運用業務 調達仕様書', '同仕様書に対する回答書（株式会社ブルーシステムズ）'], '')).toBe('proposal');
    // a request alone stays the buyer's specification
    expect(detectDocumentType(['Riverside District Council', 'RFP 2025/117 - Cloud Case Management System', 'Instructions to Bidders'], '')).toBe('spec');
  });

  it('reads a privacy schedule as a DPA though its next line names the agreement it belongs to', () => {
    expect(detectDocumentType(['Annex 2 — Privacy and Data Protection', 'forming part of the Cloud Hosting Agreement between Alder Ltd and Birch plc'], '')).toBe('dpa');
    // a schedule on security among other things stays the contract's
    expect(detectDocumentType(['Annex 2 — Security and Data Protection', 'forming part of the Cloud Hosting Agreement between Alder Ltd and Birch plc'], '')).toBe('contract');
  });

  it('reads a security standard as a policy though its rules read like requirements (analyze)', () => {
    const standard = 'Supplier Cyber Security Standard\n\n1. Requirements\n1.1 The vendor shall meet the requirements of this standard. The vendor shall encrypt data. The vendor shall report incidents. These requirements apply to every vendor.\n';
    expect(analyze(standard).documentType).toBe('policy');
  });

  it('reads a plural title word and a title parted by an em or en dash', () => {
    expect(typeOf('Cloud Hosting Security Questionnaire — Responses')).toBe('proposal');
    expect(typeOf('Vendor Risk Questionnaire – Responses of Harbourline Ltd')).toBe('proposal');
    expect(typeOf('Managed Network Service Level Agreements')).toBe('sla');
    // the dash alone makes no reply of a request
    expect(typeOf('Security Questionnaire — To Be Completed by Bidders')).not.toBe('proposal');
  });

  it('reads a deed as a contract, whatever its opening pages speak of (Australian and English government sourcing)', () => {
    const body = 'The Contractor shall meet the security requirements of Schedule 3 and the requirements of the Customer. This work is procured under RFT 117; the quotation is fixed.';
    expect(typeOf('Records Platform', body)).toBe('spec');
    for (const title of ['ICT Managed Services Deed — Records Platform', 'Deed of Variation', 'DEED OF LICENCE']) expect(typeOf(title, body)).toBe('contract');
  });

  it('falls back to the vocabulary of the opening text when the title says nothing', () => {
    expect(typeOf('メモ', '開示者は受領者に対し秘密情報を開示する。受領者は開示者の承諾なく開示しない。')).toBe('nda');
    expect(typeOf('Notes', 'The Processor processes personal data for the Controller. Each data subject may object.')).toBe('dpa');
    expect(typeOf('メモ', 'とくに記載なし')).toBe('contract');
    // a memorandum on entrusted personal data is a DPA however the title words it
    expect(typeOf('個人データの取扱いの委託に関する覚書', '委託者及び受託者は、次のとおり合意する。')).toBe('dpa');
    expect(typeOf('個人情報の取扱いの委託に関する覚書', '甲及び乙は、次のとおり覚書を締結する。')).toBe('dpa');
    expect(typeOf('個人データの取扱いに係る覚書', '本覚書は原契約に付随する。')).toBe('dpa');
    expect(typeOf('秘密保持に関する覚書', '甲及び乙は、次のとおり合意する。')).toBe('nda');
    // so is a data-handling agreement, even bundled with the service contract it belongs to
    expect(typeOf('オンライン予約サービス利用契約及びデータ取扱合意書', '')).toBe('dpa');
    expect(typeOf('会員データの取扱いに関する合意書', '')).toBe('dpa');
    expect(typeOf('顧客管理サービス利用契約書', '')).toBe('contract');
  });

  it('reads the title under an issuer\'s name or an exhibit number at the top (analyze)', () => {
    const typeIn = (text: string) => analyze(text).documentType;
    expect(typeIn('Exhibit 99(d)(7)\nNON-DISCLOSURE AGREEMENT\nThis Agreement is made between A and B. Each party shall keep the other\'s information confidential.\n')).toBe('nda');
    // a British call for bids names itself an invitation to tender: the buyer's specification
    expect(typeIn('HALLAM COUNTY COUNCIL\nINVITATION TO TENDER — MANAGED PRINT SERVICES\nRef ITT/22/09\n\n1. The Contractor shall supply and maintain 40 multifunction printers.\n')).toBe('spec');
    // an English requirement (or tender) specification is the buyer's specification, as 要求仕様 is
    expect(typeIn('REQUIREMENTS SPECIFICATION\nManaged Print Services for the Water Board\n\nSection 4 — Security\n4.1 The Contractor shall follow the Board\'s information security policies.\n')).toBe('spec');
    // a South African operator agreement under POPIA is the personal-data agreement between responsible party and operator
    expect(typeIn('OPERATOR AGREEMENT\nbetween Karoo Pharmacies (Pty) Ltd and Stellar Mail Services (Pty) Ltd\n\n1. The Operator shall process personal information only as authorised.\n')).toBe('dpa');
    // a SaaS order form accepted online is the provider's terms, though its summary speaks of uptime and service credits
    expect(typeIn('ORDER FORM: HOSTED PAYROLL, BASIC TIER\nCustomer: Wren Street Bakery\n- Uptime: we target high uptime; no service credits apply on this tier.\n- Support: email only.\n')).toBe('terms');
    expect(typeIn('NORTHWIND LOGISTICS LTD\nPURCHASE ORDER TERMS AND CONDITIONS\n1. The Supplier shall keep Buyer data confidential.\n')).toBe('terms');
    // a sentence under the first line is no title, though it names a kind of document
    // a page's source note is no title; a markdown heading is one though it ends with a full stop
    // an outsourcing policy whose rules read like requirements is still the company's policy
    expect(typeIn('Supplier Oversight Policy\n\n1. Scope\nThis policy applies to every supplier arrangement of Quillford Mutual Assurance plc.\n2. Requirements\n2.1 Each supplier shall meet the requirements of this section. The requirements are reviewed yearly.\n')).toBe('policy');
    expect(typeIn('<!-- source: https://example.com/policies/terms/index.md -->\n\n# Security overview.\n\nWe encrypt your data in transit.\n')).toBe('policy');
    expect(typeIn('Acme Corporation\n_These terms apply to customers who signed before 2021._\n\nThe processor processes personal data for the controller; each data subject may object.\n')).toBe('dpa');
    // a contract's full title with both parties' names, on one line as a .docx gives it, still names the document
    expect(typeIn('ANNEX 4\nINFORMATION SECURITY\nOutsourcing Agreement for Payroll Processing and Employee Helpdesk Services between Alder Valley Foods plc and Brightline People Services Limited\nA1 The Provider shall encrypt Client data.\n')).toBe('contract');
  });

  it('passes over a letter\'s date, addressee, sender and number to its subject line (analyze)', () => {
    const typeIn = (text: string) => analyze(text).documentType;
    expect(typeIn('令和8年2月3日\n\nみなと市情報政策課 御中\n\n株式会社あおば電算\n公共システム事業部長\n\nシステム保守体制の確認事項について（回答）\n\n1 当社は、保守担当者を専任で配置いたします。\n')).toBe('proposal');
    // a title that opens with a name left blank (「○○町」) is no bullet item, and still names the document
    expect(typeIn('○○町 委託先セキュリティ点検表（回答）\n\n回答者：株式会社□□\n\nQ1 保存データを暗号化していますか。\nA はい。\n')).toBe('proposal');
    // a sentence after the letterhead is still no title, though it names a kind of document
    expect(typeIn('令和8年2月3日\nみなと市 御中\n株式会社あおば電算\n当社は、別添の提案書のとおり対応いたします。\n')).not.toBe('proposal');
  });

  it('lets a weak title word yield to a later title line or to opening pages that speak only of another kind', () => {
    // "Security" alone makes a page a policy; a schedule of a contract says what it belongs to on the next line
    expect(detectDocumentType(['SCHEDULE 2 - SECURITY', 'Contract No. 7 for the Provision of Hosting Services'], '')).toBe('contract');
    expect(detectDocumentType(['Security', 'Contract No. 7'], normalize('We collect usage data.').text)).toBe('contract');
    // an exhibit of a business associate agreement speaks of the business associate throughout
    const exhibit = 'This Exhibit forms part of the Business Associate Agreement. The Business Associate shall encrypt PHI. The Business Associate shall report breaches. The Business Associate shall train staff. The Business Associate shall log access. The Business Associate shall return PHI.';
    expect(detectDocumentType(['Exhibit B — Information Security Requirements'], normalize(exhibit).text)).toBe('dpa');
    // a security page that describes its own practice stays a policy
    expect(detectDocumentType(['Security at Acme'], normalize(`We use encryption. Our security team reviews access. ${exhibit}`).text)).toBe('policy');
  });

  it('validates its data at load, naming the field', () => {
    const withTypes = (types: object) => ({ ...documentTypes, types: { ...documentTypes.types, ...types } });
    expect(() => parseDocumentTypes(withTypes({ spec: { title: ['rfp'] } }))).toThrow(/document-types\.json: types\.spec\.body/);
    expect(() => parseDocumentTypes(withTypes({ policy: { ...documentTypes.types.policy, weakTitle: [''] } }))).toThrow(/types\.policy\.weakTitle\.0/);
    expect(() => parseDocumentTypes({ ...documentTypes, order: [...documentTypes.order.slice(1), 'memo'] })).toThrow(/document-types\.json: order\.7/);
    expect(() => parseDocumentTypes({ ...documentTypes, order: [...documentTypes.order.slice(1), 'nda'] })).toThrow(/listed twice/);
  });

  it('is decided by the title before the body', () => {
    expect(typeOf('調達仕様書', '開示者は受領者に対し秘密情報を開示する。')).toBe('spec');
  });

  it('is detected by analyze from the first line', () => {
    expect(analyze('秘密保持契約書\n\n第1条（目的）\n本契約は秘密情報の取扱いを定める。').documentType).toBe('nda');
  });
});

describe('subcontracting stance', () => {
  const stance = (text: string) => analyze(text).context.subcontracting;

  it('is prohibited by an outright ban', () => {
    expect(stance('第7条（再委託）\n乙は、本業務の全部又は一部を第三者に再委託してはならない。')).toBe('prohibited');
    expect(stance('The Vendor shall not subcontract any part of the Services.')).toBe('prohibited');
    // the buyer's own hosting providers are nobody's subcontractors
    expect(stance('We will not use subcontractors for any part of this engagement. You will inform your hosting providers of the testing window.')).toBe('prohibited');
  });

  it('stays prohibited when a sentence only says what is not subcontracting', () => {
    // 「派遣労働者の受入れは再委託とはみなさない」 takes no stance on subcontracting itself
    expect(stance('3 再委託\n受託者は、本業務を第三者に再委託してはならない。労働者派遣契約に基づく派遣労働者の受入れは、再委託とはみなさない。')).toBe('prohibited');
    expect(stance('第8条（再委託）\n乙は、本件業務の全部又は一部を第三者に委託してはならない。なお、乙の子会社への出向者の従事は再委託に該当しない。')).toBe('prohibited');
    expect(stance('8. Subcontracting\nThe Supplier shall not subcontract any of the Services. Engaging temporary agency staff under its supervision shall not be deemed a subcontract.')).toBe('prohibited');
    // near-miss: a sentence that does allow subcontracting still counts
    expect(stance('3 再委託\n受託者は、本業務を第三者に再委託してはならない。派遣労働者の受入れは再委託とはみなさない。ただし、委託者の書面による承認を得た場合は、保守業務を再委託することができる。')).toBe('allowed');
  });

  it('takes no ban from a refusal to audit or enter a subcontractor\'s site', () => {
    expect(stance('第2条（監査）\n甲は、乙の事業所に立ち入り、運用状況を監査することができる。ただし、再委託先のデータセンターへの立入りは行わないものとする。')).not.toBe('prohibited');
    expect(stance('12. Audit\nThe Customer may audit the Provider once a year. Audits of the Provider\'s sub-processors are not permitted.')).not.toBe('prohibited');
    // near-miss: a ban on subcontracting beside it still bans
    expect(stance('第2条（監査）\n再委託先への立入検査は実施しない。\n第3条（再委託）\n乙は、本業務を第三者に再委託してはならない。')).toBe('prohibited');
  });

  it('takes no ban from another ban that extends its scope to subcontractors (「再委託先…についても同様とする」)', () => {
    // a ban on processing abroad that also binds subcontractors says nothing on whether subcontracting is allowed
    const opening = '個人データの取扱いに関する覚書\n\n株式会社ミナト商事（以下「甲」という。）と株式会社ブルーシステムズ（以下「乙」という。）は、次のとおり合意する。\n\n';
    expect(stance(opening + '第4条（取扱場所）\n乙は、個人データを外国において取り扱ってはならない（保管及び遠隔からのアクセスを含み、再委託先による取扱いについても同様とする。）。\n\n第9条（再委託）\n１　乙は、甲の事前の書面による同意なく、個人データの取扱いを第三者に委託してはならない。')).toBe('allowed');
    expect(stance(opening + '第4条（取扱場所）\n乙は、委託データを日本国外のサーバに保存してはならず、再委託先による保存についても同様とする。\n\n第9条（再委託）\n乙は、甲の書面による事前の同意を得ないで、委託データの取扱いを第三者に委託してはならない。')).toBe('allowed');
    // near-miss: an outright ban on subcontracting still bans
    expect(stance('第5条（再委託）\n乙は、本業務を第三者に再委託してはならない。再々委託についても同様とする。')).toBe('prohibited');
  });

  it('is allowed when the ban is lifted by consent', () => {
    expect(stance('第7条（再委託）\n乙は、甲の事前の書面による承諾を得なければ、本業務を再委託してはならない。')).toBe('allowed');
    expect(stance('The Vendor may subcontract the Services with the prior written consent of the Buyer.')).toBe('allowed');
  });

  it('is allowed when the ban is lifted by notice', () => {
    // a ban "without notifying" / 「通知することなく」 conditions subcontracting on notice; it does not forbid it
    expect(stance('Proposal\n9. Subcontractors\nThe Bidder will not bring in further subcontractors for this contract without first informing the Council.')).toBe('allowed');
    expect(stance('The Vendor shall not subcontract any support work unless it has given the Agency 30 days\' prior written notice.')).toBe('allowed');
    expect(stance('第7条（再委託）\n乙は、甲に書面で通知することなく、本業務の一部を再委託してはならない。')).toBe('allowed');
    // near-miss: a ban with a notice duty about something else still bans
    expect(stance('The Vendor shall not subcontract any part of the Services. The Vendor shall give notice of any change of its address.')).toBe('prohibited');
  });

  it('is allowed when a proviso in the next sentence lifts the ban', () => {
    expect(stance('第7条（再委託）\n乙は、本業務を再委託してはならない。ただし、甲の書面による承諾を得た場合はこの限りでない。')).toBe('allowed');
  });

  it('takes the next item of a list as a duty of its own, not a proviso that lifts the ban', () => {
    // 「(3) 作業時間を延長する場合は…承認を得ること」 asks approval for something else
    expect(stance('5 作業条件\n(1) 受注者は、作業を発注者の庁舎内で行うこと。\n(2) 受注者は、本件作業を他の事業者に再委託しないこと。\n(3) 作業時間を延長する場合は、事前に発注者の承認を得ること。')).toBe('prohibited');
    // near-miss: an item that lifts the ban by consent still allows it
    expect(stance('5 作業条件\n(1) 受注者は、本件作業を他の事業者に再委託しないこと。\n(2) 前号にかかわらず、発注者の書面による承認を得たときは、この限りでない。')).toBe('allowed');
  });

  it('is allowed when a bracketed caption names the ban and the article lifts it by consent', () => {
    // the caption line 「（再委託の禁止）」 binds nobody; the article allows subcontracting with written consent
    expect(stance('（再委託の禁止）\n第12条　受託者は、委託者があらかじめ書面により承諾した場合を除き、個人情報の取扱いを自ら行うものとし、第三者にその取扱いを委託してはならない。')).toBe('allowed');
    expect(stance('（再委託の禁止）\n第9条　乙は、甲の書面による承諾を得た場合を除き、本業務を再委託してはならない。\n（事故報告）\n第10条　乙は、事故を知ったときは、直ちに甲に報告する。')).toBe('allowed');
  });

  it('reads a provider delegating work to third parties or using providers as allowed', () => {
    expect(stance('利用規約\n第10条（業務の委託）\n当社は、本サービスの提供に必要な業務の全部又は一部を、当社の判断により第三者（クラウド事業者を含みます。）に委託することができます。')).toBe('allowed');
    expect(stance('Terms\n1. Our computers and our service providers\' servers may be located in several countries.')).toBe('allowed');
    expect(stance('Terms\n1. We rely on third-party providers for hosting and email delivery.')).toBe('allowed');
    // the kinds of provider named between "third-party" and "providers", or in a list after them
    expect(stance('Subscription Terms\n7. We use third-party backup, analytics and payment providers.')).toBe('allowed');
    expect(stance('Subscription Terms\n7. The Vendor uses some third-party providers, such as colocation and SMS gateways, to run the platform.')).toBe('allowed');
    // a customer's own providers are not the vendor's subcontractors
    expect(stance('Subscription Terms\n7. The Customer may use third-party integration providers to connect its shop.')).toBe('silent');
    // the handling (not only the work) passed to a third party that a bracket then names
    expect(stance('利用規約\n第10条（委託先の監督）\n当社は、患者情報の取扱いの全部又は一部を第三者（以下「委託先」といいます。）に委託することがあります。')).toBe('allowed');
    expect(stance('個人情報の取扱いについて\n当社は、個人データの処理の一部を、外部の事業者に委託することがあります。')).toBe('allowed');
  });

  it('reads a permission to pass work or information on to contractors as allowed', () => {
    // a recipient that may share with its contractors uses them (the corpus labels such NDAs "allowed")
    expect(stance('Mutual NDA\n4. The Recipient may disclose Confidential Information to its directors, staff, auditors and contractors who need to know it.')).toBe('allowed');
    expect(stance('Terms\n8.2 Each party may share the other party\'s Confidential Information with employees, professional advisers and service providers bound by written confidentiality terms.')).toBe('allowed');
    expect(stance('業務委託基本契約書\n第6条　乙は、乙の責任において、第三者を用いて本業務の一部を実施することができる。')).toBe('allowed');
    expect(stance('プライバシーポリシー\n3. 本サービスを運営するために利用している事業者は次のとおりです。')).toBe('allowed');
    // a provider's terms reserve the right to hand part of running or maintaining the service to outside firms
    expect(stance('サービス利用約款\n第9条　当社は、本サービスの保守の一部を外部の事業者に委託する場合があります。')).toBe('allowed');
  });

  it('is silent when subcontracting is not mentioned', () => {
    expect(stance('第1条（報告）\n乙は、毎月作業報告書を提出する。')).toBe('silent');
    // the parties' relationship, and contractors who are not the recipient's, say nothing of it
    expect(stance('Terms\n12. The parties are independent contractors; neither may bind the other.')).toBe('silent');
    expect(stance('Mutual NDA\n4. The Recipient may disclose Confidential Information when a court orders it, and shall tell the Discloser first.')).toBe('silent');
  });
});

describe('data classes', () => {
  it('needs repeated mentions of personal data in an NDA, one elsewhere', () => {
    const once = analyze('秘密保持契約書\n第1条\n乙は、個人情報を適切に管理する。\n第2条\n乙は、作業報告書を提出する。').context;
    const twice = analyze('秘密保持契約書\n第1条\n乙は、個人情報を適切に管理する。\n第2条\n乙は、個人情報を暗号化する。').context;
    expect(once.personalData).toBe(false);
    expect(twice.personalData).toBe(true);
    expect(analyze('業務委託契約書\n第1条\n乙は、個人情報を適切に管理する。\n第2条\n乙は、作業報告書を提出する。').context.personalData).toBe(true);
    // a privacy notice the terms point to says the service handles personal data
    expect(analyze('Terms of Service\n1. Our Privacy Notice explains how we use your information.\n2. You must keep your password secret.').context.personalData).toBe(true);
    // footage of people and their entry records are personal data
    expect(analyze('保守業務提案書\n1. 弊社は、監視カメラの映像及び入退館記録を保守作業の範囲で取り扱います。').context.personalData).toBe(true);
    expect(analyze('Maintenance Proposal\n1. We will handle CCTV footage and door access logs only to maintain the system.').context.personalData).toBe(true);
    expect(analyze('保守業務提案書\n1. 弊社は、監視カメラの設置場所を図面で示します。').context.personalData).toBe(false);
    // care, dispensing and health-check records name people without the word 個人情報
    expect(analyze('運用委託仕様書\n1. 受託者は、施設から預かったケア記録を夜間に集計する。').context.personalData).toBe(true);
    expect(analyze('運用委託仕様書\n1. 受託者は、各店舗の薬歴を日次で副系に複写する。').context.personalData).toBe(true);
    expect(analyze('運用委託仕様書\n1. 受託者は、健康診断結果を所定の様式で納品する。').context.personalData).toBe(true);
  });

  it('reads personal identifiers and patient records as personal data without the words "personal data"', () => {
    const personal = (text: string) => analyze(text).context.personalData;
    expect(personal('Request for Proposals\n1. The system will hold benefit claims, including Social Security numbers of claimants.\n2. The Contractor shall host the system.')).toBe(true);
    expect(personal('Hosting Agreement\n1. The Vendor shall back up the clinic\'s patient records nightly.')).toBe(true);
    expect(personal('Hosting Agreement\n1. The Vendor shall back up the clinic\'s appointment templates nightly.')).toBe(false);
    // card payments and pseudonymised research data are data about people, though the text never says "personal"
    expect(personal('Payment Services Agreement\n1. The Processor shall store cardholder data only in the tokenisation vault.\n2. Fees are payable monthly.')).toBe(true);
    expect(personal('Clinical Trial Data Hosting Agreement\n1. The Host shall keep the pseudonymised data of trial participants in the EU.')).toBe(true);
    expect(personal('決済代行業務委託契約書\n第1条　乙は、クレジットカード情報を非保持化の方式で処理する。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('Payment Services Agreement\n1. The Processor shall settle card transactions daily.\n2. Fees are payable monthly.')).toBe(false);
    // records about people named by who they are: police records, players, trial subjects, bank users
    expect(personal('Maintenance Agreement\n1. The dispatch system stores Criminal Justice Information.\n2. The Contractor shall patch it monthly.')).toBe(true);
    expect(personal('Request for Proposals\n1. The platform holds member profiles and dates of birth.\n2. The Contractor shall monitor it.')).toBe(true);
    expect(personal('治験データ管理サービス提案書\n1. 当社は、被験者の症例データを国内で保管します。\n2. 当社は、障害を報告します。')).toBe(true);
    expect(personal('API連携契約書\n第1条　乙は、甲のAPIを通じて取得した口座残高その他の利用者に関する情報を目的外に利用しない。')).toBe(true);
    // people's identifiers listed one by one are personal data; a party's notice address is not
    expect(personal('Helpdesk Statement of Work\n1. Tickets record callers\' names, phone numbers and the fault reported.\n2. The Provider shall answer within one hour.')).toBe(true);
    expect(personal('Mailing Services Contract\n1. The Contractor shall print letters to the name and home address held for each ratepayer.\n2. Invoices are monthly.')).toBe(true);
    expect(personal('Mailing Services Contract\n1. Notices go to the names and addresses of the parties given above.\n2. Invoices are monthly.')).toBe(false);
    // a subcontractor's address and representative are the company's particulars, not personal data handled in the work
    expect(personal('監視業務仕様書\n1. 受託者は、再委託しようとするときは、再委託先の名称、住所及び代表者氏名を発注者に届け出ること。\n2. 受託者は、月次報告書を提出すること。')).toBe(false);
  });

  const cloud = (text: string) => analyze(text).context.cloud;

  it('reads a public cloud named by its provider as cloud', () => {
    // (a contract names its cloud twice at least: one passing mention is no context)
    expect(cloud('Managed Services Agreement\n1. The Supplier shall administer the Customer\'s AWS accounts.\n2. Backups are kept in a second Azure region.')).toBe(true);
    expect(cloud('業務委託契約書\n第1条　乙は、甲のAWS環境の運用監視を行う。\n第2条　乙は、Microsoft 365のアカウントを管理する。')).toBe(true);
    expect(cloud('Managed Services Agreement\n1. The Supplier shall administer the Customer\'s on-premises servers.\n2. Backups are kept in a second building.')).toBe(false);
  });

  it('reads one cloud word confirmed by the data centre or region it names as cloud, outside service documents too', () => {
    expect(cloud('業務委託契約書\n第1条　乙は、本システムをクラウド上で運用する。\n第2条　データは国内のデータセンターに保管する。\n第3条　乙は、月次報告書を提出する。')).toBe(true);
    expect(cloud('Services Agreement\n1. The Supplier shall run the platform on a hosted environment.\n2. Customer Data stays in the Frankfurt region.\n3. The Supplier shall report monthly.')).toBe(true);
    // the data centre alone is the contractor's own building, one cloud word alone a passing mention, and a website
    // or the internet beside it (remote support) no place the service runs in
    expect(cloud('保守業務委託契約書\n第1条　乙は、本システムを保守する。\n第2条　乙は、インターネット経由のリモート保守を行う。\n第3条　乙は、保守結果をウェブサイトで報告する。')).toBe(false);
    expect(cloud('業務委託契約書\n第1条　乙は、本システムを運用する。\n第2条　データは国内のデータセンターに保管する。\n第3条　乙は、月次報告書を提出する。')).toBe(false);
    expect(cloud('Services Agreement\n1. The Supplier shall run the platform on a hosted environment.\n2. Customer Data stays in the Customer\'s building.\n3. The Supplier shall report monthly.')).toBe(false);
  });

  it('reads a service\'s own terms as an online service from one mention', () => {
    expect(analyze('Subscription Terms\n1. We provide the Service online to your users.\n2. You pay the fees monthly.\n3. Either party may end these terms on notice.').context.cloud).toBe(true);
    expect(analyze('「ノートサービス」利用規約\n第1条　当社は、本サービスをインターネットを通じて提供します。\n第2条　お客様は利用料金を支払います。').context.cloud).toBe(true);
    // an operations contract naming the contractor's data centre once is no cloud service
    expect(analyze('運用保守業務委託契約書\n第1条　乙は、甲のシステムを運用する。\n第2条　乙は、バックアップ媒体をデータセンターに保管する。').context.cloud).toBe(false);
  });

  it('does not read uptime figures as a critical function', () => {
    const sla = 'Service Level Agreement\n1. Availability will be at least 99.9% per month.\n2. Uptime is measured every minute.\n3. Support is 24x7 for Severity 1.\n4. Disaster recovery is tested yearly.\n5. Service level credits apply.';
    expect(analyze(sla).context.criticalFunctions).toBe(false);
    const jaSla = 'サービスレベル合意書\n1. 月間稼働率は99.9％以上とする。\n2. 停止時間は監視で計測する。\n3. 計画停止は事前に通知する。\n4. 可用性を毎月報告する。\n5. 24時間365日受け付ける。';
    expect(analyze(jaSla).context.criticalFunctions).toBe(false);
  });

  it('reads a function named as critical', () => {
    const en = 'Material Outsourcing Agreement\n1. The Services support the Insurer\'s Critical Operations, including claims lodgement.\n2. The Provider shall notify the Insurer of any change affecting a critical operation.\n3. The fees are in Schedule 2.';
    expect(analyze(en).context.criticalFunctions).toBe(true);
    const ja = '運用保守業務仕様書\n1. 本システムは窓口業務の基盤である。\n2. 障害は窓口の停止に直結するため、受注者は直ちに報告すること。\n3. 月間稼働率は99.9%以上とする。';
    expect(analyze(ja).context.criticalFunctions).toBe(true);
    // RTO is written 目標復旧時間 or 復旧目標時間: both are the weak support a single named core function needs
    const rto = '運用業務仕様書\n1. 本システムは配送センターの基幹業務を支える。\n2. 計画停止は月1回までとする。\n3. 月間稼働率は99.5%以上とする。\n4. 障害時の復旧目標時間は2時間とする。';
    expect(analyze(rto).context.criticalFunctions).toBe(true);
    // the function the sector depends on: a lottery's gaming system, a hospital's electronic medical records
    expect(analyze('Hosting Services Agreement\n1. The Contractor hosts the Commission\'s lottery gaming system.\n2. The Contractor shall keep lottery sales open during draw days.').context.criticalFunctions).toBe(true);
    expect(analyze('Cloud Services Call-Off\n1. The Supplier hosts the Trust\'s radiology picture archiving and communication system.\n2. The Supplier shall restore diagnostic imaging services within four hours of an outage.').context.criticalFunctions).toBe(true);
    expect(analyze('Administration Agreement\n1. The Administrator carries out claims processing for the Company\'s policyholders.\n2. Claims payments are released only on the Company\'s approval.').context.criticalFunctions).toBe(true);
    expect(analyze('保守業務委託契約書\n第1条　乙は、甲の電子カルテシステムを保守する。\n第2条　乙は、電子カルテの障害を直ちに甲に報告する。').context.criticalFunctions).toBe(true);
    // a water utility's treatment plant and its supervisory control (SCADA)
    expect(analyze('運転管理業務委託契約書\n第1条　乙は、甲の配水池及び浄水施設の監視制御システムを運転管理する。\n第2条　乙は、浄水施設の異常を甲に報告する。').context.criticalFunctions).toBe(true);
    // an electricity or gas utility's grid dispatch and system operation (給電制御・系統運用)
    expect(analyze('運転業務委託契約書\n第1条　乙は、甲の中央給電指令所において給電制御装置の運転を補助する。\n第2条　乙は、電力系統の状態変化を当直長に伝える。').context.criticalFunctions).toBe(true);
    expect(analyze('保守業務仕様書\n1. 受注者は、ガス供給設備の遠隔監視装置を点検する。\n2. 受注者は、送配電部門の指示に従い作業日程を調整する。').context.criticalFunctions).toBe(true);
    // a local government's statutory core-business system: 国民健康保険, 介護保険, 税務, 戸籍 …
    expect(analyze('保守業務委託契約書\n第1条　乙は、甲の国民健康保険システムを保守する。\n第2条　乙は、国保システムの障害を甲に報告する。').context.criticalFunctions).toBe(true);
    expect(analyze('運用支援業務仕様書\n1. 受注者は、県税総合システムの運用を支援する。\n2. 受注者は、税務システムの操作手順書を更新する。').context.criticalFunctions).toBe(true);
    // a public warning system (evacuation orders reach residents through it), and an outage said to be intolerable
    expect(analyze('保守業務委託契約書\n第1条　乙は、甲の防災行政無線の屋外子局を点検する。\n第2条　乙は、防災行政無線の故障を直ちに甲に報告する。').context.criticalFunctions).toBe(true);
    expect(analyze('運用業務仕様書\n1. 本装置は、停止することが許されない。\n2. 受注者は、予備機への切替えを除き、本装置を休止することが許されない。').context.criticalFunctions).toBe(true);
    expect(analyze('Maintenance Agreement\n1. The Contractor maintains the County\'s emergency alert system.\n2. The Contractor restores the emergency alert system within two hours of a fault.').context.criticalFunctions).toBe(true);
    // a child-protection system (abuse reports, 一時保護), and a document that says outright its outage is not tolerable
    expect(analyze('保守業務委託契約書\n第1条　乙は、甲の児童相談システムを保守する。\n第2条　乙は、児童虐待の通告を受け付ける画面の障害を直ちに甲に報告する。').context.criticalFunctions).toBe(true);
    expect(analyze('運用業務委託契約書\n第1条　乙は、甲の受付システムを運用する。\n第2条　受付システムの停止は許容されないため、乙は二重化した構成を維持する。\n第3条　乙は、中断が許されない時間帯を甲と確認する。').context.criticalFunctions).toBe(true);
    expect(analyze('運用業務委託契約書\n第1条　乙は、甲の受付システムを運用する。\n第2条　夜間の計画停止は許容されるものとし、乙は停止の日時を甲に通知する。').context.criticalFunctions).toBe(false);
    // the insurance or the tax named without its system is a topic, not the function
    expect(analyze('給与計算業務委託契約書\n第1条　乙は、甲の従業員の給与計算を行う。\n第2条　乙は、国民健康保険料及び介護保険料の控除額を確認する。').context.criticalFunctions).toBe(false);
    // an NDA about a core-system project hands over information, not the function
    expect(analyze('秘密保持契約書\n第1条　甲は、基幹システム刷新の検討のため乙に情報を開示する。\n第2条　乙は、基幹システムに関する秘密情報を漏えいしない。').context.criticalFunctions).toBe(false);
  });

  it('reads personal data named by its kind or by the people it is about', () => {
    const personal = (text: string) => analyze(text).context.personalData;
    // students' grades, medical images, counselling notes, where parcels go: records of people in their own words
    expect(personal('学習支援システム調達仕様書\n1. 受注者は、学生の成績データを学内のサーバに保管すること。\n2. 受注者は、障害を報告すること。')).toBe(true);
    expect(personal('画像保管サービス利用契約書\n第1条　乙は、甲の医用画像を国内で保管する。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('窓口運営業務委託契約書\n第1条　乙は、相談者の相談記録を施錠できる書庫に保管する。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('配送システム保守契約書\n第1条　乙は、配送先情報を暗号化して保存する。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('Imaging Archive Agreement\n1. The Vendor files each study under the patient identifiers the Clinic assigns.\n2. Fees are monthly.')).toBe(true);
    expect(personal('Courier Questionnaire Response\n1. The pharmacy sends us recipients\' names, delivery addresses and phone numbers.\n2. We keep them for 30 days.')).toBe(true);
    expect(personal('Portal Terms for Councils\n1. Residents upload photos, names, addresses and contact details to report a pothole.\n2. You pay the fees yearly.')).toBe(true);
    // the people a system keeps records of, named by who they are or what is kept of them
    expect(personal('会員管理システム保守契約書\n第1条　乙は、甲の顧客に関する全ての情報を第三者に開示しない。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('学習アプリ導入提案書\n1. 弊社は、児童の成績及び出欠を暗号化して保管いたします。\n2. 障害時は電話で連絡いたします。')).toBe(true);
    expect(personal('Gym Booking Terms\n1. You keep ownership of the patron records and class bookings you add.\n2. Fees are billed monthly.')).toBe(true);
    expect(personal('Water Billing RFP\n1. The platform stores account names, billing addresses and meter readings.\n2. Proposals are due in May.')).toBe(true);
    expect(personal('Booking Widget Order Form\n1. Your customers\' contact details stay in your account.\n2. Fees are monthly.')).toBe(true);
    // near misses: a company's own customer is no person; a service address alone is a place
    expect(personal('Support Order Form\n1. The customer\'s firewall rules are kept in the ticket.\n2. Fees are monthly.')).toBe(false);
    expect(personal('Field Service Terms\n1. Engineers attend the service address in each work order.\n2. Fees are monthly.')).toBe(false);
    // a breach report that counts the people it reached says the data is about people
    expect(personal('Incident Schedule\n1. The Contractor shall report each breach with the number of individuals affected.\n2. The Contractor shall report monthly.')).toBe(true);
    expect(personal('Hosting Agreement\n1. The Host shall notify affected residents when the County asks it to.\n2. The Host shall report monthly.')).toBe(true);
    // near misses: a hospital department, one delivery address for goods, servers counted, a systems list
    expect(personal('運用業務委託契約書\n第1条　乙は、病院の医療情報部と月次の定例会を開催する。\n第2条　乙は、作業報告書を提出する。')).toBe(false);
    expect(personal('Supply Agreement\n1. The Supplier shall ship the servers to the delivery address in each order.\n2. Invoices are monthly.')).toBe(false);
    expect(personal('Incident Schedule\n1. The Contractor shall report each outage with the number of servers affected.\n2. Affected systems shall be isolated.')).toBe(false);
  });

  it('reads payroll work and records named by whose they are (「被保険者情報」, no の) as personal data', () => {
    const personal = (text: string) => analyze(text).context.personalData;
    expect(personal('賃金計算代行契約書\n第1条　乙は、甲の給与計算及び年末調整を行う。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    expect(personal('Bureau Services Agreement\n1. The Bureau runs the Client\'s payroll each fortnight.\n2. Fees are invoiced monthly.')).toBe(true);
    expect(personal('共同処理業務仕様書\n1. 受託者は、受給者データを日次で副系に複写すること。\n2. 受託者は、障害を報告すること。')).toBe(true);
    expect(personal('Card Terminal Support Terms\n1. Terminals never store cardholders\' PINs.\n2. Fees are monthly.')).toBe(true);
    // near miss: pay rates in a price list are no one's pay
    expect(personal('保守契約書\n第1条　甲は、乙に保守料を毎月支払う。\n第2条　乙は、月次報告書を提出する。')).toBe(false);
  });

  it('reads user accounts, customer records or patients as personal data when named twice, not once', () => {
    const personal = (text: string) => analyze(text).context.personalData;
    expect(personal('Helpdesk Schedule\n1. The Supplier creates user accounts within one day.\n2. The Supplier disables user accounts of leavers the same day.')).toBe(true);
    expect(personal('Hosting Terms\n1. We back up customer records nightly.\n2. We restore customer records on request.')).toBe(true);
    expect(personal('運用支援仕様書\n1. 受託者は、利用者からの問合せに回答すること。\n2. 受託者は、利用者の登録を代行すること。')).toBe(true);
    // one passing mention, or an NDA that names them, is not enough
    expect(personal('Helpdesk Schedule\n1. The Supplier answers calls about user accounts within one working day.\n2. The Supplier reports monthly.')).toBe(false);
    expect(personal('Mutual Non-Disclosure Agreement\n1. Neither party shall disclose customer records.\n2. Customer records stay confidential for five years.')).toBe(false);
  });

  it('reads a critical function named by the service it is', () => {
    const critical = (text: string) => analyze(text).context.criticalFunctions;
    // a municipality's resident-records family and the statutory standard systems it moves to
    expect(critical('住民情報系システム運用保守業務仕様書\n1. 受注者は、本システムを運用すること。\n2. 受注者は、月次報告書を提出すること。')).toBe(true);
    expect(critical('移行業務仕様書\n1. 本仕様書は、市が行う標準準拠システムへの移行業務(以下「本業務」という。)について定める。\n2. 受注者は、移行計画書を提出すること。')).toBe(true);
    expect(critical('利用契約書\n第1条　乙は、甲の介護保険・障害福祉システム(以下「本サービス」という。)を提供する。\n第2条　乙は、月次報告書を提出する。')).toBe(true);
    // a financial firm's own tier of its outsourcing, its payment system, a hospital's images
    expect(critical('外部委託管理規程\n第1条　この規程は、外部委託の管理について定める。\n第2条　重要な外部委託は、リスク管理部が年1回評価する。\n第3条　重要な外部委託を終了するときは、移管計画を作成する。')).toBe(true);
    expect(critical('保守業務委託契約書\n第1条　乙は、甲の決済システムを保守する。\n第2条　乙は、決済システムの障害を甲に報告する。')).toBe(true);
    expect(critical('保守業務委託契約書\n第1条　乙は、甲の医用画像管理システムを保守する。\n第2条　乙は、医用画像の参照障害を甲に報告する。')).toBe(true);
    // payments, public benefits, clinical records, a vendor tiered as critical; the sentence that names the service counts twice
    expect(critical('Hosting Schedule\n1. The Host runs the Retailer\'s payment switch in its data centre (the "Services").\n2. The Host shall report monthly.')).toBe(true);
    expect(critical('Statement of Work\n1. The Contractor supports the unemployment insurance benefits system.\n2. The Contractor restores the benefits system after an outage.')).toBe(true);
    expect(critical('Service Level Agreement\n1. The Provider hosts the Trust\'s clinical records platform.\n2. The clinical records platform shall be available 99.95% of each month.')).toBe(true);
    expect(critical('Third-Party Risk Policy\n1. A vendor classified as critical under this policy is reviewed each year.\n2. Vendors classified as high or critical keep a current exit plan.')).toBe(true);
    expect(critical('Exit Plan\n1. The Supplier shall keep the Bank\'s critical banking services running during the exit.\n2. Critical banking services stay in the United Kingdom.')).toBe(true);
    // near misses: patch and vulnerability grades, important information, an ordinary service named as the subject
    expect(critical('Managed Services Agreement\n1. The Supplier shall apply critical security patches within 14 days.\n2. Critical vulnerabilities are fixed within 7 days.')).toBe(false);
    expect(critical('業務委託契約書\n第1条　乙は、甲の重要な情報を適切に管理する。\n第2条　乙は、重要な変更を甲に通知する。')).toBe(false);
    expect(critical('Services Agreement\n1. The Supplier runs a help desk for the Customer\'s staff (the "Services").\n2. The Supplier shall report monthly.')).toBe(false);
  });

  it('does not read a confidentiality clause in standard terms as trade secrets', () => {
    const terms = 'Terms of Service\n1. Each party shall protect the other\'s Confidential Information.\n2. Confidential Information excludes public information.\n3. The recipient may disclose Confidential Information when the law requires.';
    expect(analyze(terms).context.tradeSecrets).toBe(false);
    const ja = '「クラウド勤怠」利用規約\n第1条　当社及びお客様は、秘密情報を第三者に開示しない。\n第2条　秘密情報には公知の情報を含まない。\n第3条　法令に基づく場合は秘密情報を開示できる。';
    expect(analyze(ja).context.tradeSecrets).toBe(false);
    // an NDA is about the discloser's secrets however it words them
    expect(analyze('秘密保持契約書\n第1条　乙は、甲から開示された情報を第三者に漏らさない。\n第2条　乙は、本検討以外の目的で利用しない。').context.tradeSecrets).toBe(true);
    // a definition naming source code says what the work handles
    expect(analyze('Development Agreement\n1. "Client Materials" means the source code and designs Client provides.\n2. Vendor shall return Client Materials at the end.').context.tradeSecrets).toBe(true);
  });

  it('raises the bar for long documents', () => {
    const counts = { personalData: 3, tradeSecrets: 2, cloud: 2, critical: 3, softwareDevelopment: 4, publicSector: 3 };
    expect(decideContext(counts, 100, 'silent')).toMatchObject({ personalData: true, cloud: true, softwareDevelopment: true });
    expect(decideContext(counts, 1500, 'silent')).toMatchObject({ personalData: false, cloud: false, softwareDevelopment: false });
  });
});

// held-out round 228
describe('the UK public-sector schedule title "Processing, Personal Data and Data Subjects" is a DPA', () => {
  it('reads the document as dpa', () => {
    const text = '# ANNEX 3: PROCESSING, PERSONAL DATA AND DATA SUBJECTS\n\n1. The Contractor shall comply with any further written instructions with respect to processing by the Authority.\n\n2. Any such further instructions shall be incorporated into this Annex.\n';
    expect(analyze(text).documentType).toBe('dpa');
  });
});

// held-out round 233 (Japanese)
describe('a 〜ガイドライン is a policy; a 運用設計書 / 基本設計書 is a spec', () => {
  it('reads a guideline for vendors as policy', () => {
    const text = '# 委託先におけるクラウドストレージ利用ガイドライン\n\n1. 委託先は、当社が承認したクラウドストレージに限り利用すること。\n2. 委託先は、共有リンクの有効期限を設定すること。\n';
    expect(analyze(text).documentType).toBe('policy');
  });
  it('reads an operations design document as spec', () => {
    const text = '# 人事給与システム　運用設計書\n\n本書において、発注者を「甲」、受注者を「乙」という。\n1. 乙は、日次でバックアップを取得する。\n2. 乙は、障害を検知した場合、甲に連絡する。\n';
    expect(analyze(text).documentType).toBe('spec');
  });
});

// held-out round 234 (Japanese)
describe('a memorandum on handling health-check results is a DPA', () => {
  it('reads 「健康診断結果の取扱いに関する覚書」 as dpa', () => {
    const text = '# 健康診断結果の取扱いに関する覚書\n\n第１条　乙は、甲の従業員の健康診断結果を、原契約に定める業務の目的に限り取り扱うものとする。\n\n第２条　乙は、甲の書面による承諾なく、健康診断結果を第三者に提供してはならない。\n';
    expect(analyze(text).documentType).toBe('dpa');
  });
});

// held-out round 251
describe('subcontracting stance: a ban lifted by telling the buyer', () => {
  const stance = (text: string) => analyze(text).context.subcontracting;
  it('is allowed when the ban only requires telling, advising or letting the buyer know', () => {
    expect(stance('3. Fourth parties\nVendors shall not engage any subcontractor without first letting the Bank know.')).toBe('allowed');
    expect(stance('3. Fourth parties\nVendors may not appoint a sub-processor without advising the Bank beforehand.')).toBe('allowed');
  });
  it('an outright ban beside an unrelated telling duty stays prohibited', () => {
    expect(stance('3. Fourth parties\nVendors shall not engage any subcontractor. Vendors shall tell the Bank of any office move.')).toBe('prohibited');
  });
});

// held-out round 244 (Japanese)
describe('document type: a security 特記事項 that forms part of a contract', () => {
  it('「…に関する特記事項」 titled without personal data is a contract annex, not a spec', () => {
    const text = 'システム保守に係る情報セキュリティ特記事項\n\n　受注者は、本業務の実施に当たり、この特記事項を守らなければならない。\n一　受注者は、本業務の作業を発注者の指定する場所で行う。';
    expect(analyze(text).documentType).toBe('contract');
  });
  it('a personal-data 特記事項 stays a dpa, and a 特記仕様書 a spec', () => {
    expect(analyze('個人情報の取扱いに関する特記事項\n\n　受注者は、個人情報を適正に取り扱う。').documentType).toBe('dpa');
    expect(analyze('保守業務特記仕様書\n\n　受注者は、本業務の実施に当たり、次の事項を守ること。').documentType).toBe('spec');
  });
});

// held-out round 244 (Japanese)
describe('personal data: a utility\'s customer information (需要家情報)', () => {
  it('需要家情報 handled by the contractor is personal data, like 顧客情報', () => {
    const text = '保守業務仕様書\n\n受注者は、需要家情報を本業務の目的以外に利用してはならない。\n受注者は、需要家の契約情報を含む帳票を施錠できる場所に保管すること。\n受注者は、需要家情報の取扱状況を毎月報告すること。';
    expect(analyze(text).context.personalData).toBe(true);
  });
  it('a 需要家 word without its information is not', () => {
    const text = '保守業務仕様書\n\n受注者は、需要家への電力供給に影響しないよう、夜間に作業を行うこと。\n受注者は、作業の予定を前週までに報告すること。';
    expect(analyze(text).context.personalData).toBe(false);
  });
});

describe('personal data named only to say the work does not handle it', () => {
  it.each([
    'オフショア開発提案書\n1. 開発拠点では、疑似データのみを使用し、本番環境の顧客情報は一切取り扱いません。\n2. 弊社は、週次で進捗を報告いたします。',
    'Statement of Work: Print Fleet Maintenance\n1. The services do not involve the processing of personal data.\n2. The Contractor shall service each printer quarterly.',
    'Offshore Testing Proposal\n1. Our test team will not have access to any production data; it works on synthetic records.\n2. We report defects daily.',
  ])('does not make the work handle personal data: %s', (text) => {
    expect(analyze(text).context.personalData).toBe(false);
  });
  it.each([
    '業務委託契約書\n第1条 乙は、顧客情報を本業務の目的以外に取り扱わない。\n第2条 乙は、作業報告書を提出する。',
    'Data Processing Agreement\n1. The Processor shall not process personal data except on the documented instructions of the Controller.\n2. The Processor shall keep records.',
  ])('a limit on how it is handled still does: %s', (text) => {
    expect(analyze(text).context.personalData).toBe(true);
  });
});

// held-out round 245 (Japanese)
describe('held-out round 245: an organisation\'s 利用基準 / 取扱基準 is a policy', () => {
  it('titles ending in 運用基準 or 取扱基準 read as policy', () => {
    expect(analyze('# 学生情報システム 運用基準\n\n１　この基準は、学生情報システムの利用について必要な事項を定める。').documentType).toBe('policy');
    expect(analyze('# 情報資産取扱基準\n\n１　各部局は、情報資産を分類し、管理する。').documentType).toBe('policy');
  });
  it('a 評価基準 is not', () => {
    expect(analyze('# 提案評価基準\n\n１　提案書は、次の基準により評価する。').documentType).not.toBe('policy');
  });
});
