/** A document's own names for catalog concepts: definitions whose head is the concept, and the sentences using the name. */
import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../shared/engine/analyze.ts';
import definedTerms from '../../shared/catalog/defined-terms.json' with { type: 'json' };
import { parseDefinedTerms, readDefinition } from '../../shared/engine/defined-terms.ts';
import { requirementOf, statusOf } from './test-result.ts';

/** Whether the concept is in the sentence that contains `fragment` (normalised, lower case). */
function conceptIn(text: string, fragment: string, concept: string): boolean {
  const { normalized, segmentation, facts, compiled } = analyzeDetailed(text);
  const i = segmentation.sentences.findIndex((s) => normalized.text.slice(s.start, s.end).includes(fragment));
  if (i < 0) throw new Error(`no sentence with ${fragment}`);
  return facts.sentenceFacts[i].concepts.has(compiled.concept(concept));
}


const en = (definition: string, use: string) => `# Services Agreement\n\n## 1. Definitions\n${definition}\n\n## 7. Delivery\n${use}\n`;
const USE = 'The Supplier shall not appoint a new Delivery Partner without the Customer\'s prior written consent.';

describe('readDefinition', () => {
  it.each([
    ['1.4 "Delivery Partner" means a subcontractor of the Supplier.', 'delivery partner', true],
    ['1.4 **"Incident"**: any breach of security.', 'incident', true],
    ['「協力事業者」とは、乙の再委託先をいう。', '協力事業者', true],
    ['the services provided under this agreement means nothing here', 'services provided under this agreement', false],
    // a glossary list item whose bold a Word or Docs export dropped: the bullet is no part of the term
    ['- Security Incident means a breach of security leading to the loss of Customer Data.', 'security incident', false],
    ['• Sub-processor means any processor the Vendor engages.', 'sub-processor', false],
  ])('%s', (sentence, term, quoted) => {
    const read = readDefinition(sentence.toLowerCase());
    expect(read?.term).toBe(term);
    expect(read?.quoted).toBe(quoted);
  });

  it('finds no definition in an ordinary sentence', () => {
    expect(readDefinition('the supplier shall encrypt all backups.')).toBeNull();
  });

  // a statute-style 用語の意義 list: item number, unquoted term, a (全角) space, a body saying what the term is
  it('reads an unquoted Japanese glossary item set off by a space', () => {
    const read = readDefinition('(3) 外注先 受託者から本業務の一部の処理を請け負う事業者(その更に先の事業者を含む。)');
    expect(read?.term).toBe('外注先');
    expect(read?.quoted).toBe(false);
  });

  it('takes no unquoted Japanese list item without a defining body for a definition', () => {
    expect(readDefinition('(2) 監視業務 24時間365日の体制で実施する。')).toBeNull();
  });
});

describe('statute-style glossary (ja)', () => {
  it('carries the onward tiers of a subcontractor defined in a 各号 list to the flow-down clause', () => {
    const text = [
      '# 業務委託基準',
      '',
      '（用語）',
      '第２条　この基準において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。',
      '(1) 受託者　本会から業務を受託する者',
      '(2) 再委託先　受託者から業務の一部を受託する者（その後の全ての段階で委託を受ける者、すなわち再々委託以降の者を含む。）',
      '',
      '（義務の継承）',
      '第７条　受託者は、再委託先との間で書面により、本基準に定める秘密保持、安全管理措置及び事故報告に関する義務と同等の義務を課さなければならない。',
    ].join('\n');
    const flowdown = requirementOf(text, 'SUBCONTRACT-FLOWDOWN');
    expect(flowdown.tests.find((t) => t.id === 'all-tiers')?.met).toBe(true);
  });
});

describe('defined aliases (en)', () => {
  it('reads a name defined as subcontractors as subcontractor wherever it is used', () => {
    const text = en('1.4 "Delivery Partners" means the subcontractors engaged by the Supplier in performing the Services.', USE);
    expect(conceptIn(text, 'new delivery partner', 'subcontracting')).toBe(true);
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).not.toBe('missing');
  });

  it('reads a definition that describes subcontractors without the word', () => {
    const text = en('1.4 "Delivery Partners" means the third parties whom the Supplier retains to deliver any part of the Services.', USE);
    expect(conceptIn(text, 'new delivery partner', 'subcontracting')).toBe(true);
  });

  it.each([
    ['a bold glossary entry', '- **Delivery Partner**: every third party that the Supplier engages for the execution of the Services.'],
    ['a bold term and a generic head with what it is engaged for', '**Delivery Partner** means any entity, other than the Supplier\'s own employees, that the Supplier engages to host or support the Services.'],
    ['a bold glossary entry with a dash', '- **Delivery Partners** — the third-party companies that help us deliver the Services, listed in Section 9.'],
    ['a person to whom the work is subcontracted', '1.4 "Delivery Partner" means any person (including an affiliate) to whom the Supplier subcontracts any part of the Services.'],
  ])('reads %s', (_, definition) => {
    expect(conceptIn(en(definition, USE), 'new delivery partner', 'subcontracting')).toBe(true);
  });

  it('does not read an entity the buyer designates as a subcontractor', () => {
    expect(conceptIn(en('**Delivery Partner** means any entity that the Customer designates as its representative.', USE), 'new delivery partner', 'subcontracting')).toBe(false);
  });

  it('reads an inline class label after its head noun', () => {
    const text = en('1.4 The Supplier may use approved subcontractors (each a "Delivery Partner") for hosting.', USE);
    expect(conceptIn(text, 'new delivery partner', 'subcontracting')).toBe(true);
  });

  it('reads a name for personal data in the sentences using it', () => {
    const text = en('1.2 "Learner Records" means personal information about students held by the School.', 'The Supplier shall encrypt Learner Records at rest.');
    expect(conceptIn(text, 'encrypt learner records', 'personal-data')).toBe(true);
  });

  it.each([
    ['a subcontractor that is one item of a list', '1.4 "Delivery Partners" means the employees, agents and subcontractors of the Supplier.'],
    ['a list opening with subcontractors', '1.4 "Delivery Partners" means subcontractors and agents of the Supplier.'],
    ['a concept that only modifies the head', '1.4 "Delivery Partners" means the subcontractor management office of the Supplier.'],
    ['a concept mentioned late in the definition', '1.4 "Delivery Partners" means the Supplier\'s regional offices, which may later use subcontractors.'],
    ['an unquoted guess at the defined term', '1.4 The approved delivery partner means a subcontractor of the Supplier.'],
    ['a plain (the "…") label closing a long phrase', '1.4 The Supplier\'s plan for the management of subcontractors (the "Delivery Partner") is in Schedule 2.'],
    ['the object of a phrase after the head', '1.4 The office managing the subcontractors (each a "Delivery Partner") reports monthly.'],
  ])('does not alias %s', (_, definition) => {
    expect(conceptIn(en(definition, USE), 'new delivery partner', 'subcontracting')).toBe(false);
  });

  it('leaves a name that carries another concept itself alone', () => {
    // a "Personal Data Incident" is an incident, whatever its definition mentions last
    const text = en('1.4 A breach of security affecting data processed by the Supplier or its subcontractors (each a "Personal Data Incident").',
      'The Supplier shall report each Personal Data Incident to the Customer.');
    expect(conceptIn(text, 'report each personal data incident', 'subcontracting')).toBe(false);
  });
});

describe('defined aliases (ja)', () => {
  const ja = (definition: string) => `業務委託契約書\n\n第1条（定義）\n${definition}\n\n第7条（体制）\n乙は、業務パートナーを追加するときは、あらかじめ甲の書面による承諾を得なければならない。\n`;

  it('reads a name defined as the 再委託先 as subcontractor', () => {
    expect(conceptIn(ja('「業務パートナー」とは、本業務の一部を処理する乙の再委託先をいう。'), '業務パートナーを追加', 'subcontracting')).toBe(true);
    expect(conceptIn(ja('乙は、本業務の一部を再委託先（以下「業務パートナー」という。）に行わせることができる。'), '業務パートナーを追加', 'subcontracting')).toBe(true);
  });

  it('reads the head before a bracketed note closing the definition', () => {
    expect(conceptIn(ja('「業務パートナー」とは、乙が本業務の一部を委託する第三者（乙の関係会社を含む。）をいう。'), '業務パートナーを追加', 'subcontracting')).toBe(true);
    expect(conceptIn(ja('「業務パートナー」とは、乙の再委託先（再々委託先を含む。以下同じ。）をいう。'), '業務パートナーを追加', 'subcontracting')).toBe(true);
  });

  it.each([
    ['the head after the concept', '「業務パートナー」とは、乙の再委託先の従業員をいう。'],
    ['the concept as one item of a list', '「業務パートナー」とは、乙の役員、従業員及び再委託先をいう。'],
    ['the concept inside the note, not before it', '「業務パートナー」とは、乙の従業員（再委託先から派遣された者を含む。）をいう。'],
  ])('does not alias %s', (_, definition) => {
    expect(conceptIn(ja(definition), '業務パートナーを追加', 'subcontracting')).toBe(false);
  });
});

describe('defined place names', () => {
  const audit = (definition: string, use: string) => en(definition, use).replace('## 7. Delivery', '## 7. Audit');

  it('reads a place the document names as premises, though the name itself is a kind of place', () => {
    const text = audit('1.6 "Secure Lab" means the separately enclosed area on the 7th floor of the Supplier\'s office reserved for the Customer\'s work.',
      'The Customer may, on ten days\' notice, inspect the Secure Lab and the Supplier\'s records, itself or through an auditor it appoints.');
    expect(conceptIn(text, 'inspect the secure lab', 'AUDIT-INSPECTION-RIGHTS/onsite-x')).toBe(true);
    expect(requirementOf(text, 'AUDIT-INSPECTION-RIGHTS').tests.find((t) => t.id === 'onsite')!.met).toBe(true);
  });

  it('does not read a web site or a team as premises', () => {
    const use = 'The Customer may inspect the Hosted Site and the Supplier\'s records.';
    expect(conceptIn(audit('1.6 "Hosted Site" means the web site of the Customer hosted by the Supplier.', use), 'inspect the hosted site', 'AUDIT-INSPECTION-RIGHTS/onsite-x')).toBe(false);
    expect(conceptIn(audit('1.6 "Hosted Site" means the records and reports the Supplier keeps for the Customer.', use), 'inspect the hosted site', 'AUDIT-INSPECTION-RIGHTS/onsite-x')).toBe(false);
  });

  it('reads a Japanese place name defined as a warehouse as premises', () => {
    const text = `業務委託契約書\n\n第1条（定義）\n「本倉庫」とは、乙が埼玉県内に保有する物流倉庫をいう。\n\n第9条（監査）\n甲は、必要に応じて本倉庫を調査することができる。\n`;
    expect(conceptIn(text, '本倉庫を調査', 'AUDIT-INSPECTION-RIGHTS/onsite-x')).toBe(true);
  });
});

describe('defined names for the people doing the work', () => {
  const team = (definition: string) => en(definition, 'Before assignment, each ODC Member signs a personal non-disclosure undertaking that survives the end of the assignment.');

  it.each([
    ['a list of kinds of staff', '1.2 "ODC Members" means the engineers, testers, bridge system engineers and team leaders assigned to the ODC.'],
    ['staff defined by what they do', '1.2 **ODC Member** means any employee of the Supplier who performs the Services at the ODC.'],
  ])('reads %s as personnel', (_, definition) => {
    expect(conceptIn(team(definition), 'each odc member signs', 'PERSONNEL-CONFIDENTIALITY/personnel')).toBe(true);
  });

  it.each([
    ['a list that opens with something else', '1.2 "ODC Member" means a company, a partnership or an employee of either.'],
    ['a thing the staff use', '1.2 "ODC Member" means the access card issued to the engineers of the Supplier.'],
  ])('does not read %s as personnel', (_, definition) => {
    expect(conceptIn(team(definition), 'each odc member signs', 'PERSONNEL-CONFIDENTIALITY/personnel')).toBe(false);
  });
});

describe('defined names for information', () => {
  const text = (definition: string) => en(definition, 'No BCSI shall be stored, processed or accessed from outside the United States.');

  it('reads an abbreviation defined as information as data', () => {
    const doc = text('1.1 "BES Cyber System Information" or "BCSI" means information about the BES Cyber Systems that could be used to gain unauthorised access.');
    expect(conceptIn(doc, 'no bcsi shall be stored', 'DATA-LOCATION/dl-data')).toBe(true);
    expect(statusOf('DATA-LOCATION', doc)).not.toBe('missing');
  });

  it('does not read a name defined as something else as data', () => {
    expect(conceptIn(text('1.1 "BCSI" means the Bulk Cyber Security Initiative of the Cooperative.'), 'no bcsi shall be stored', 'DATA-LOCATION/dl-data')).toBe(false);
  });

  it('does not read a company whose name ends in a concept as that concept', () => {
    const ja = '会員管理システム保守契約書\n\n一般社団法人ABC（以下「委託者」という。）と株式会社ミライデータ（以下「受託者」という。）は、次のとおり契約を締結する。\n\n第5条（返還）\n受託者は、契約終了後、保有する物品を委託者に返還する。\n';
    expect(conceptIn(ja, '保有する物品', 'DATA-RETURN-DELETION/dr-data')).toBe(false);
  });
});

describe('defined-terms.json', () => {
  it('is valid as shipped', () => {
    expect(() => parseDefinedTerms(definedTerms)).not.toThrow();
  });

  it('names the field of a malformed alias', () => {
    const broken = { ...definedTerms, aliases: [{ concept: 'subcontracting', readAs: { en: 'subcontractor' } }] };
    expect(() => parseDefinedTerms(broken)).toThrow(/defined-terms\.json.*aliases\.0\.readAs\.ja/);
  });
});

describe('a definition grants nothing by its "may"', () => {
  // a glossary that only defines a subcontracting word permits no subcontracting: the "may" describes the term
  it('leaves SUBCONTRACT-APPROVAL missing for a definitions-only section', () => {
    const text = '# Order Terms\n\n## Part 1 — Glossary\n\n- **"Delivery Partner"** means an outside firm retained by the Vendor that may handle Customer records.\n- **"Records"** means the files the Customer uploads.\n\n## Part 2 — Fees\n\nFees are invoiced monthly in arrears.\n';
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).toBe('missing');
  });
});
