/** Segmentation: articles, sections, items, table rows and sentences (offsets into the normalised text). */
import { describe, expect, it } from 'vitest';
import { splitRow } from '../../shared/engine/obligations.ts';
import { alignedTables, normalize } from '../../shared/engine/normalize.ts';
import { segment, type Segmentation } from '../../shared/engine/segment.ts';

function seg(original: string): { text: string; s: Segmentation; sentences: { kind: string; text: string; section: number; lead: number; line: number }[] } {
  const text = normalize(original).text;
  const s = segment(text);
  return { text, s, sentences: s.sentences.map((x) => ({ kind: x.kind, text: text.slice(x.start, x.end), section: x.section, lead: x.lead, line: x.line })) };
}

const JA_CONTRACT = [
  'データ保守業務委託契約書',
  '',
  '第1条（目的）',
  '本契約は、甲が乙に委託する保守業務（以下「本業務」という。）の条件を定める。',
  '2　乙は、本業務を善良な管理者の注意をもって行う。',
  '第十二条（再委託の制限）',
  '乙は、次の各号に掲げる事項を守らなければならない。',
  '(1) 作業記録を保存すること。',
  '一　鍵を管理すること。',
  '①報告書を提出すること。',
  '第3条の2（監査）',
  '甲は、乙の事業所を監査することができる。',
  '第2　一般事項',
  '本書に定めのない事項は別途協議する。',
].join('\n');

describe('Japanese structure', () => {
  const { s, sentences } = seg(JA_CONTRACT);

  it('finds articles with kanji numerals, 条の2 and 第N headings', () => {
    expect(s.sections.map((x) => [x.level, x.label, x.heading])).toEqual([
      [3, '1', '第1条(目的)'],
      [3, '12', '第12条(再委託の制限)'],
      [3, '3の2', '第3条の2(監査)'],
      [2, '2', '第2 一般事項'],
    ]);
  });

  it('ends each article where the next one starts', () => {
    expect(s.sections[0].end).toBe(s.sections[1].start);
    expect(s.sections[3].end).toBe(normalize(JA_CONTRACT).text.length);
  });

  it('keeps the title outside any article', () => {
    expect(sentences[0]).toMatchObject({ kind: 'sentence', text: 'データ保守業務委託契約書', section: -1, line: 1 });
  });

  it('does not split inside brackets (以下「本業務」という。)', () => {
    expect(sentences[2].text).toBe('本契約は、甲が乙に委託する保守業務(以下「本業務」という。)の条件を定める。');
  });

  it('reads 項 (2 …) and 号 ((1) / 一 / ①) as items led by the sentence that introduces them', () => {
    const lead = sentences.findIndex((x) => x.text.startsWith('乙は、次の各号'));
    const items = sentences.filter((x) => x.section === 1 && x.kind === 'item');
    expect(items.map((x) => x.text)).toEqual(['(1) 作業記録を保存すること。', '一 鍵を管理すること。', '(1)報告書を提出すること。']);
    expect(items.every((x) => x.lead === lead)).toBe(true);
    expect(sentences.find((x) => x.text.startsWith('2 乙は'))?.kind).toBe('item');
  });

  it('lets an item that introduces a list (「２ …次の事項…」) lead the items of another numbering under it, until its sibling', () => {
    const { sentences: list } = seg([
      '第5条（事故報告）', '乙は、事故を知ったときは、直ちに甲に報告しなければならない。',
      '２　前項の報告には、次の事項を記載する。', '(1) 事故の概要', '(2) 影響を受けた個人の数',
      '３　乙は、事態の収束後14日以内に最終報告書を提出する。', '(1) 再発防止策',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('(1) 事故の概要')].lead).toBe(at('2 前項の報告'));
    expect(list[at('(2) 影響')].lead).toBe(at('2 前項の報告'));
    // the next paragraph of the article is the introducing item's sibling: it goes back to the article's lead
    expect(list[at('3 乙は')].lead).toBe(at('乙は、事故を知った'));
    expect(list[at('(1) 再発防止策')].lead).toBe(at('乙は、事故を知った'));
  });

  it('lets a bullet ending in a colon lead the bullets set in under it, though they use the same bullet; a sibling at its indent ends the list', () => {
    const { sentences: list } = seg([
      '## Handling', '', '- Records may not be duplicated except:', '  - nightly backup copies, and', '  - extracts the Bank orders in writing.',
      '- Staff badges are checked at the door.',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('- nightly')].lead).toBe(at('- records may not'));
    expect(list[at('- extracts')].lead).toBe(at('- records may not'));
    expect(list[at('- staff badges')].lead).not.toBe(at('- records may not'));
  });

  it('lets the piece of a plain sentence after a semicolon go on with the piece before it', () => {
    const { sentences: list } = seg('The recovery plan is rehearsed every spring; the Provider then hands the Customer a note of what the rehearsal showed.');
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(at('the provider then')).toBeGreaterThan(0);
    expect(list[at('the provider then')].lead).toBe(at('the recovery plan'));
  });

  it('lets a piece after a semicolon that takes up "the results" go on with the piece before it', () => {
    const { sentences: list } = seg('Restores from backup are rehearsed each quarter; every tenant gets a written summary of the findings. Access is reviewed yearly; tenants may ask for the results of the penetration test.');
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(at('every tenant')).toBeGreaterThan(0);
    expect(list[at('every tenant')].lead).toBe(at('restores from backup'));
    // the results of something the piece names itself are not the piece before's
    expect(list[at('tenants may ask')].lead).toBe(-1);
  });

  it('lets the event that opens a sentence ("Upon expiry of the Term, …;") lead every piece after its semicolons', () => {
    const { sentences: list } = seg('Upon expiry of the Term, hosting runs on for ninety days; tenant records are handed over as JSON files; the archive is then wiped. Each party pays its own costs; invoices fall due monthly.');
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('tenant records')].lead).toBe(at('upon expiry'));
    expect(list[at('the archive')].lead).not.toBe(-1);
    // a sentence opening with no event leads none of its pieces
    expect(list[at('invoices fall')].lead).toBe(-1);
  });

  it('lets 「…場合も同様とする。」 go on with the sentence just before it, not with the paragraph that leads its 項', () => {
    const { sentences: list } = seg([
      '第7条（委託）', '受注者は、事前に発注者の書面による承認を得た場合に限り、作業の一部を他社に委託できる。',
      '２　受注者は、委託先に同等の義務を書面で課す。委託先が更に他社に委託するときも、同様とする。',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('委託先が更に')].lead).toBe(at('2 受注者は'));
  });

  it('lets an item that points ahead to a table (「下表の…」) lead the table, though a sibling item comes between', () => {
    const { sentences: list } = seg([
      '### 4.3 保守計画', '(1) 受託者は、着手前に、次表の項目ごとの作業内容を記載した保守計画書を提出する。',
      '(2) 保守計画書を改めるときは、事前に委託者の承認を受ける。', '| 項目 | 作業内容 |', '|---|---|', '| 定期点検 | 月例の稼働確認 |',
      '### 4.4 連絡体制', '| 窓口 | 時間 |', '|---|---|', '| 運用窓口 | 平日9時から18時 |',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('| 定期点検')].lead).toBe(at('(1) 受託者は'));
    // the reference does not reach a table in the next section
    expect(list[at('| 運用窓口')].lead).not.toBe(at('(1) 受託者は'));
  });

  it('lets a sentence that goes on with the one before it ("shall do so", "It must …", "Such …", 「これを」「当該」) take it as its lead', () => {
    const { sentences: list } = seg([
      '12.1 The Vendor shall return all Customer Data on request. The Vendor shall do so within 10 days. It keeps a log. It must be signed.',
      '12.2 Such return shall be free of charge. Such as it is, the plan stands.',
      '乙は、甲の指示によりデータを消去する。乙は、これを７日以内に行う。当該消去は、上書きによる。報告は書面による。',
    ].join('\n\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('the vendor shall do so')].lead).toBe(at('12.1 the vendor'));
    expect(list[at('it keeps')].lead).toBe(-1);
    expect(list[at('it must be signed')].lead).toBe(at('it keeps'));
    // the first sentence of a paragraph goes back to nothing, and "such as" is no reference
    expect(list[at('12.2 such return')].lead).toBe(-1);
    expect(list[at('such as it is')].lead).toBe(-1);
    expect(list[at('乙は、これを')].lead).toBe(at('乙は、甲の指示'));
    expect(list[at('当該消去')].lead).toBe(at('乙は、これを'));
    expect(list[at('報告は')].lead).toBe(-1);
  });

  it('lets a sentence that names again as "the …" what the one before introduced as "a …" take it as its lead', () => {
    const { sentences: list } = seg([
      '6.2 The Supplier shall deliver an information security plan before go-live. The Plan takes effect once approved.',
      '6.3 The Supplier shall send a monthly report. The schedule is agreed separately. The report lists every ticket.',
      '6.4 The Supplier shall appoint a Security Officer. The officer\'s deputy is named in Annex 1.',
    ].join('\n\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('the plan takes effect')].lead).toBe(at('6.2 the supplier'));
    // another noun, or a noun the sentence before did not introduce with "a", is no reference; only the sentence right before counts
    expect(list[at('the schedule is')].lead).toBe(-1);
    expect(list[at('the report lists')].lead).toBe(-1);
    // a possessive is another thing
    expect(list[at("the officer's deputy")].lead).toBe(-1);
  });

  it('lets the paragraph right under a sentence that announces it with a colon take that sentence as its lead', () => {
    const { sentences: list } = seg([
      '4.3.2 The Contractor shall remediate vulnerabilities within the following periods:',
      'Critical: 14 days. High: 30 days.',
      'Medium findings are tracked in the register.',
      '4.3.3 The Contractor shall apply patches within the following periods.',
      'Critical: 7 days.',
      '4.3.4 The Contractor shall keep the following records:',
      '5. Reporting',
      'Critical: reported at once.',
    ].join('\n\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    const within = list.findIndex((x) => x.text.startsWith('4.3.2'));
    expect(list[at('critical: 14 days')].lead).toBe(within);
    expect(list[at('high: 30 days')].lead).toBe(within);
    // only the paragraph right under it; not under a sentence without the colon, nor across a new section
    expect(list[at('medium findings')].lead).toBe(-1);
    expect(list[at('critical: 7 days')].lead).toBe(-1);
    expect(list[at('critical: reported')].lead).toBe(-1);
  });

  it('reads roman sub-items ((i), (ii)) under a lettered item that ends in a colon as its items, until the next letter', () => {
    const { sentences: list } = seg([
      '14.3 Copies and removal.', '(a) The Contractor must not copy Customer Data except:', '(i) the backup copies; and',
      '(ii) as approved in writing by the Customer.', '(b) The Contractor must not, without prior written approval:',
      '(i) remove Customer Data from the premises.',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('(i) the backup')].lead).toBe(at('(a) the contractor'));
    expect(list[at('(ii) as approved')].lead).toBe(at('(a) the contractor'));
    expect(list[at('(b) the contractor')].lead).toBe(list[at('(a) the contractor')].lead);
    expect(list[at('(i) remove')].lead).toBe(at('(b) the contractor'));
  });

  it('numbers lines from 1', () => {
    expect(sentences.find((x) => x.text.startsWith('甲は、乙の事業所'))?.line).toBe(12);
  });
  it('reads a line that opens with a reference a particle goes on from (「別紙3に定める…」「第7条の規定…」) as a sentence, never as a heading', () => {
    // a PDF line cut mid-sentence before the reference: the item goes on, and the article stays one section
    const wrapped = seg('第9条（報告）\n1　乙は、遅延が生じたときは、その理由及び対策を書面で\n別紙3に定める窓口へ提出する。\n2　前項の報告は、乙の故意又は過失による場合及び\n第7条の違反による場合にも行う。\n3　乙は、その内容を\n別表1のとおり記録する。');
    expect(wrapped.s.sections.map((x) => x.label)).toEqual(['9']);
    expect(wrapped.sentences.filter((x) => x.kind === 'item')).toHaveLength(3);
    // opening a paragraph of its own: a sentence of the article above
    const opening = seg('第4条（検査）\n第2条の規定にかかわらず、甲はいつでも検査することができる。\n別紙のとおり手順を定める。');
    expect(opening.s.sections.map((x) => x.label)).toEqual(['4']);
    // headings keep their numbers: a schedule's title, an inserted article, 別表第1 of a statute
    const headings = seg('別紙2　連絡先一覧\n甲の窓口は情報システム課とする。\n第6条の2（点検）\n乙は点検を行う。\n別表第1（第6条関係）\n点検項目');
    expect(headings.s.sections.map((x) => x.label)).toEqual(['2', '6の2', '']);
  });
});

describe('English structure', () => {
  const { s, sentences } = seg([
    'Article 1. Definitions',
    'Terms have the meaning given in Schedule 2.',
    'Section 2.1 Security',
    '1.2.3 Encryption at rest',
    'Data shall be encrypted.',
    '4. Audit',
    '(a) The Customer may audit.',
  ].join('\n'));

  it('reads the wrapped lines of a cell in a table laid out in columns as its row, whose cells stay those of its first line', () => {
    const row = (ref: string, requirement: string, priority: string) => `${ref.padEnd(7)}${requirement.padEnd(75)}${priority}`.trimEnd();
    const text = [row('Ref', 'Requirement', 'Priority'), row('-----', '-'.repeat(73), '--------'),
      row('IS-08', "The Supplier must give the University 60 days' written notice before", 'M'), row('', 'changing any hosting region or data centre.', ''),
      row('IS-09', 'Bidders should describe their security operations.', 'S'), '', 'The next paragraph starts here.'].join('\n');
    const normalized = alignedTables(normalize(text), text).text;
    const sentences = segment(normalized).sentences.map((x) => ({ kind: x.kind, text: normalized.slice(x.start, x.end) }));
    const rows = sentences.filter((x) => x.kind === 'row');
    expect(rows).toHaveLength(3);
    expect(rows[1].text).toContain('changing any hosting region');
    expect(splitRow(rows[1].text).map((c) => c.trim())).toEqual(['is-08', "the supplier must give the university 60 days' written notice before", 'm']);
    expect(sentences.at(-1)!.text).toBe('the next paragraph starts here.');
  });

  it('reads a table of two columns set in under the list item that leads it, up to the list going on at its indent', () => {
    const text = ['4. Security', '   (a) Patching. The Supplier applies security patches to the platform.', '       Rating      Fixed within',
      '       Urgent      5 days', '       Important   21 days', '   (b) Testing. An outside firm tests the platform every year.'].join('\n');
    const normalized = alignedTables(normalize(text), text).text;
    const sentences = segment(normalized).sentences.map((x) => ({ kind: x.kind, text: normalized.slice(x.start, x.end) }));
    expect(sentences.filter((x) => x.kind === 'row').map((x) => splitRow(x.text).map((c) => c.trim()))).toEqual([['rating', 'fixed within'], ['urgent', '5 days'], ['important', '21 days']]);
    expect(sentences.at(-1)).toMatchObject({ kind: 'item', text: 'an outside firm tests the platform every year.' });
    // lines set in as deep as the text above them are no table (a wrapped paragraph, a quotation)
    const flat = text.replace(/\n {7}/g, '\n   ');
    expect(segment(alignedTables(normalize(flat), flat).text).sentences.some((x) => x.kind === 'row')).toBe(false);
    // nor lines set in under a wrapped cell's last words at the margin (「（年1回）」 is no sentence leading a table)
    const wrapped = ['主な対策は次のとおりです。', '', '  組織的対策  委員会による月次点検、内部監査', '（年1回）', '  人的対策    入社時の誓約書提出',
      '  物理的対策  生体認証による入退室管理、施錠保管', '  技術的対策  通信の暗号化、外部', '媒体の利用制限'].join('\n');
    const wrappedText = alignedTables(normalize(wrapped), wrapped).text;
    expect(segment(wrappedText).sentences.filter((x) => x.kind === 'row').map((x) => wrappedText.slice(x.start, x.end))).not.toContainEqual(expect.stringContaining('人的対策'));
  });

  it('reads a table cell wrapped in a narrow column (a PDF) as one sentence once a line ends on a word that goes on', () => {
    const { sentences } = seg(['IH-1', 'All information provided', 'to the Contractor by the', 'Ministry, and all', 'information collected or',
      'generated by the', 'Solution, must not be', 'disclosed to anyone.', 'M'].join('\n'));
    expect(sentences.map((x) => x.text.replace(/\n/g, ' '))).toContain(
      'to the contractor by the ministry, and all information collected or generated by the solution, must not be disclosed to anyone.');
    // a short title line ending on a noun stays a line of its own
    const titled = seg(['Security Requirements', 'The Supplier shall encrypt all Customer Data at rest and in transit.'].join('\n')).sentences;
    expect(titled[0].text).toBe('security requirements');
  });

  it('finds Article, Section and 1.2.3 headings with their depth and parent', () => {
    expect(s.sections.map((x) => [x.level, x.label])).toEqual([[2, '1'], [3, '2.1'], [4, '1.2.3'], [2, '4']]);
    expect(s.sections[1].parent).toBe(0);
    expect(s.sections[2].parent).toBe(1);
    expect(s.sections[3].parent).toBe(-1);
  });

  it('puts 7.1, 7.2 under "### 7. Audit" as its subsections, but keeps 5.1 beside "### PART 5 — …"', () => {
    const clause = seg('### 7. Audit and Inspection\n\n7.1 The Utility may inspect.\n\n7.1.1 On notice.\n\n7.2 These rights extend to subcontractors.\n\n### 8. Liability\n\n8.1 Capped.').s;
    expect(clause.sections.map((x) => [x.label, x.parent])).toEqual([['7', -1], ['7.1', 0], ['7.1.1', 1], ['7.2', 0], ['8', -1], ['8.1', 4]]);
    const part = seg('### PART 5 — DATA\n\n5.1 Stored in the US.\n\n5.2 Returned at the end.').s;
    expect(part.sections.map((x) => [x.label, x.parent])).toEqual([['5', -1], ['5.1', -1], ['5.2', -1]]);
  });

  it('puts D.4.1, D.4.2 under a lettered "### D.4 …" heading as its subsections', () => {
    const { s } = seg('### D.3 Access\n\nD.3.1 Named users only, and reviewed twice a year by the Trust.\n\n### D.4 Breaches\n\nD.4.1 The Vendor shall tell the Trust at once, by telephone and by e-mail.\n\nD.4.2 Each report must list the records and individuals involved.');
    expect(s.sections.filter((x) => x.label.startsWith('d.4')).map((x) => [x.label, s.sections[x.parent]?.label ?? null])).toEqual([['d.4', null], ['d.4.1', 'd.4'], ['d.4.2', 'd.4']]);
  });

  it('puts K.1, K.2 under a lettered "Part K — …" as its clauses, and L.1 under the next part, not beside them', () => {
    const part = seg('Part K — Inspection\nK.1 The Client may inspect the sites.\nK.2 The Supplier shall furnish the records.\nPart L — Invoicing\nL.1 Invoices are monthly.').s;
    expect(part.sections.map((x) => [x.label, x.parent])).toEqual([['k', -1], ['k.1', 0], ['k.2', 0], ['l', -1], ['l.1', 3]]);
  });

  it('puts B.1, B.2 under "## Part B — …" as its paragraphs when they carry its letter, but not under another letter', () => {
    const lettered = seg('## Part B — Breach reporting\n\nB.1 The Vendor reports a breach within 6 hours.\n\nB.2 Reports go to the duty officer by phone.\n\n## Part D — Fees\n\nE.1 Invoices are monthly.').s;
    expect(lettered.sections.map((x) => [x.label, x.parent])).toEqual([['b', -1], ['b.1', 0], ['b.2', 0], ['d', -1], ['e.1', -1]]);
  });

  it('finds § clauses without markup, as a PDF gives them, and reads "§ 4" wrapped after a preposition as the sentence going on', () => {
    const { s: doc, sentences: lines } = seg([
      '§ 4 Confidentiality', 'The Contractor keeps all information secret.', '§ 4.1 Staff', 'Staff sign a declaration.',
      '§ 5 Sub-Suppliers', 'The Contractor imposes on every sub-supplier the duties of', '§ 4 and of § 4.1.',
    ].join('\n'));
    expect(doc.sections.map((x) => [x.label, x.level, x.parent])).toEqual([['4', 2, -1], ['4.1', 3, 0], ['5', 2, -1]]);
    expect(lines.at(-1)).toMatchObject({ kind: 'sentence', text: 'the contractor imposes on every sub-supplier the duties of\n§ 4 and of § 4.1.', section: 2 });
  });

  it('puts the numbered clauses of a schedule written as a markdown heading under it, and leaves other markdown headings alone', () => {
    const annex = seg('# 仕様書\n\n## 別紙 SLA\n\n1. 稼働率は99.9%とする。\n\n2. 目標値を達成できなかった場合は改善計画を提出する。\n\n## 別紙2\n\n1. 報告').s;
    expect(annex.sections.map((x) => [x.label, x.parent])).toEqual([['', -1], ['sla', 0], ['1', 1], ['2', 1], ['2', 0], ['1', 4]]);
    const annex2 = seg('## Annex B — Service Levels\n\n1. Availability\n\n1.1 Uptime is 99.9%.\n\n2. Reports').s;
    expect(annex2.sections.map((x) => [x.label, x.parent])).toEqual([['b', -1], ['1', 0], ['1.1', 1], ['2', 0]]);
    // a markdown heading that is no part (a subtitle, a topic) keeps its numbered clauses beside it, as before
    const topic = seg('## Terms\n\n1. Services\n\n1.1 The Supplier shall.\n\n2. Fees').s;
    expect(topic.sections.map((x) => [x.label, x.parent])).toEqual([['', -1], ['1', -1], ['1.1', 1], ['2', -1]]);
  });

  it('puts a list numbered afresh under a numbered markdown heading under it (「## 5. 再委託」 then 「1.」「2.」), not beside it', () => {
    const md = seg('# 提案書\n\n## 5. 再委託\n\n再委託は次のとおりといたします。\n\n1. 事前に書面で承認をいただきます。\n\n2. 再々委託は行わせません。\n\n## 6. 監査\n\n### 6.1 方針\n\n1. 年一回の監査を受けます。').s;
    expect(md.sections.map((x) => [x.label, x.parent])).toEqual([['', -1], ['5', 0], ['1', 1], ['2', 1], ['6', 0], ['6.1', 4], ['1', 5]]);
    // the next number after the heading's own, with nothing numbered under it yet, is still the next clause
    const next = seg('## 5. 再委託\n\n再委託は行いません。\n\n6. 監査は年一回とします。').s;
    expect(next.sections.map((x) => [x.label, x.parent])).toEqual([['5', -1], ['6', -1]]);
  });

  it('puts a list numbered afresh under a plain-text Japanese subsection title (「6.2　記録の廃棄」, hashes dropped) under it', () => {
    const plain = seg('6.2 記録の廃棄\n\n1. 受託者は、終了後１０日以内に記録を廃棄すること。\n   - ア 紙の記録は溶解すること\n2. 廃棄後、廃棄証明書を提出すること。\n\n6.3 引継ぎ\n\n1. 後任者に手順書を渡すこと。').s;
    expect(plain.sections.map((x) => [x.label, x.parent])).toEqual([['6.2', -1], ['1', 0], ['2', 0], ['6.3', -1], ['1', 3]]);
    // an English title numbers on: "1." after "1.1 Definitions" is a clause of its own
    const english = seg('1.1 Definitions\n\nTerms have the meanings below.\n\n1. Services\n\nThe Supplier provides the services.').s;
    expect(english.sections.map((x) => x.parent)).toEqual([-1, -1]);
  });

  it('keeps 「### 3.3」 beside 「### 3.2」 when 3.2 lists a paragraph 「3.」 of its own (the list item is no clause 3)', () => {
    const md = seg('## 3. 運用\n\n### 3.2 作業\n\n1. 月次で点検する。\n\n2. 結果を記録する。\n\n3. 記録を保管する。\n\n### 3.3 報告\n\n1. 毎月報告する。').s;
    expect(md.sections.map((x) => [x.label, x.parent])).toEqual([['3', -1], ['3.2', 0], ['1', 1], ['2', 1], ['3', 1], ['3.3', 0], ['1', 5]]);
  });

  it('puts a list numbered afresh right under a bare decimal title in plain text (「4.6 …」 then 「1.」「2.」) under it', () => {
    const plain = seg('4. Security\n\n4.5 Access\nOnly named staff may log in.\n\n4.6 Patching\n1. Scans run monthly.\n2. Fixes follow within a week.\n\n4.7 Incidents\nNotice within a day.').s;
    expect(plain.sections.map((x) => [x.label, x.parent])).toEqual([['4', -1], ['4.5', 0], ['4.6', 0], ['1', 2], ['2', 2], ['4.7', 0]]);
    const ja = seg('4.6 脆弱性管理\n１．毎月診断する。\n２．修正は７日以内とする。\n4.7 報告\n毎月報告する。').s;
    expect(ja.sections.map((x) => [x.label, x.parent])).toEqual([['4.6', -1], ['1', 0], ['2', 0], ['4.7', -1]]);
    // after a section with a body of its own, "1." opens a new numbering (another part), beside it
    const part = seg('2.3 Records\nThe Supplier keeps records.\n1. Scope\nThis Part covers hosting.\n2. Term\nTwo years.').s;
    expect(part.sections.map((x) => [x.label, x.parent])).toEqual([['2.3', -1], ['1', -1], ['2', -1]]);
  });

  it('finds clauses numbered in words, as contracts translated from Spanish or Portuguese number them, and not a sentence opening with one', () => {
    const { s: doc, sentences: lines } = seg([
      'CLAUSE FIRST – OF THE OBJECT', 'The Provider processes card payments for the Retailer.',
      'CLAUSE SECOND – OF THE OBLIGATIONS OF THE RETAILER', 'Keys are kept in a vault.',
      'Twenty-First Clause: Security', 'Logs are kept for a year.', 'ARTICLE THIRTY', 'Data stays in Brazil.',
      'Part One of the interview will cover the questions of Phase 2.',
    ].join('\n\n'));
    expect(doc.sections.map((x) => [x.label, x.level])).toEqual([['1', 2], ['2', 2], ['21', 2], ['30', 2]]);
    expect(lines.at(-1)).toMatchObject({ kind: 'sentence', section: 3 });
  });

  it('marks heading lines and lettered items', () => {
    expect(sentences.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual([
      'article 1. definitions', 'section 2.1 security', '1.2.3 encryption at rest', '4. audit',
    ]);
    expect(sentences.at(-1)).toMatchObject({ kind: 'item', text: '(a) the customer may audit.' });
  });

  it('reads "a." lines as items of the sentence before them', () => {
    const { sentences: items } = seg('Upon any expiration or termination:\na. Customer will stop using the Product.\nb. Provider will delete Customer Content.');
    expect(items.map((x) => [x.kind, x.lead])).toEqual([['sentence', -1], ['item', 0], ['item', 0]]);
  });

  it('reads numbered sub-clauses under a sentence ending in a colon as its items (8.2 … shall: 8.2.1, 8.2.2), and those under a title as led by it', () => {
    const { sentences: lines } = seg('8. Term\n8.2 Each party shall, on request:\n8.2.1 return the documents;\n8.2.2 destroy them.\n9. Law\n9.1 English law applies.');
    expect(lines.map((x) => [x.text.slice(0, 5), x.lead])).toEqual([
      ['8. te', -1], ['8.2 e', 0], ['8.2.1', 1], ['8.2.2', 1], ['9. la', -1], ['9.1 e', 4],
    ]);
  });

  it('joins the wrapped lines of a numbered clause without a title, but not of a titled heading', () => {
    const { sentences: lines } = seg('12. LIMITATION OF LIABILITY\n12.3 Where a Security Incident results from Provider\'s breach of this Agreement, Provider\nshall reimburse Client for its costs.\n12.4 Insurance.\nProvider shall maintain cover.');
    expect(lines.map((x) => [x.kind, x.text.slice(0, 14)])).toEqual([
      ['heading', '12. limitation'], ['sentence', '12.3 where a s'], ['heading', '12.4 insurance'], ['sentence', 'provider shall'],
    ]);
    expect(lines[1].text.endsWith('for its costs.')).toBe(true);
  });

  it('goes on after a line ending in a number in words and figures ("four (4)"), not after other brackets', () => {
    const { sentences: lines } = seg('The Vendor MUST notify the Authority by telephone and by email within four (4)\nhours of discovering any incident. (a) is not here.\n(b) Next item.');
    expect(lines[0].text).toBe('the vendor must notify the authority by telephone and by email within four (4)\nhours of discovering any incident.');
    const { sentences: items } = seg('Each party shall keep records (see Annex 2)\nThe Supplier shall report.');
    expect(items.map((x) => x.text.slice(0, 12))).toEqual(['each party s', 'the supplier']);
  });

  it('reads "(b)" after a colon inside a paragraph as an item of the sentence with the colon', () => {
    const { sentences: pieces } = seg('6. Return. Upon termination, the Recipient will: (a) cease using it; (b) after a request, destroy it; and (c) confirm this in writing. Other terms apply; (d) is not an item here.');
    expect(pieces.map((x) => [x.kind, x.lead, x.text.slice(0, 12)])).toEqual([
      ['heading', -1, '6. return.'], ['sentence', -1, 'upon termina'], ['item', 1, '(b) after a '], ['item', 1, 'and (c) conf'],
      ['sentence', -1, 'other terms '], ['sentence', -1, '(d) is not a'],
    ]);
  });
});

describe('Markdown emphasis on a run-in caption', () => {
  it('ends a numbered line\'s bold caption after its closing emphasis, so the caption is the heading and the text a sentence under it', () => {
    const { s, sentences } = seg('6.5 **Training.** Each engineer shall complete the course before access is granted. Staff shall repeat it yearly.\n7.1 _Audit._ The Client may inspect.');
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([
      ['heading', '6.5 **training.**'], ['sentence', 'each engineer shall complete the course before access is granted.'],
      ['sentence', 'staff shall repeat it yearly.'], ['heading', '7.1 _audit._'], ['sentence', 'the client may inspect.'],
    ]);
    expect(s.sections.map((x) => [x.label, x.heading])).toEqual([['6.5', '6.5 **training'], ['7.1', '7.1 _audit']]);
  });

  it('reads a numbered title alone in bold as that numbered heading, so its sub-clauses fall under it', () => {
    const { s } = seg('**7. Personal Data Breach.**\n7.1 The Processor shall notify the Controller.\n7.2 Notice is given by telephone.\n\n**Security**\nThe Processor shall encrypt data.');
    expect(s.sections.map((x) => [x.level, x.label, x.parent])).toEqual([[2, '7', -1], [3, '7.1', 0], [3, '7.2', 0], [4, 'security', 2]]);
  });

  it('keeps a bold caption that opens an unnumbered paragraph with the sentence it introduces', () => {
    const { sentences } = seg('**Q4.2 What if a location changes?** We give thirty days\' notice.');
    expect(sentences.map((x) => x.text)).toEqual(['**q4.2 what if a location changes?** we give thirty days\' notice.']);
  });
});

describe('a run-in caption on a wrapped line', () => {
  it('goes on with the sentence the page width cut after the caption, and leaves a finished one alone', () => {
    const { sentences } = seg([
      '5.3 Return of Data. Upon expiry or termination,',
      'the Supplier shall delete all Customer Data within 30 days.',
      '5.4 Survival. Clause 5.3 survives termination.',
      'Neither party may assign this Agreement.',
    ].join('\n'));
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([
      ['heading', '5.3 return of data.'],
      ['sentence', 'upon expiry or termination,\nthe supplier shall delete all customer data within 30 days.'],
      ['heading', '5.4 survival.'],
      ['sentence', 'clause 5.3 survives termination.'],
      ['sentence', 'neither party may assign this agreement.'],
    ]);
  });

  it('reads a schedule\'s "Paragraph 4." as it reads "Section 4.": the caption is the title, the wrapped sentence one', () => {
    const { sentences, s } = seg('Paragraph 4. Handing Back Records. Once the engagement is over,\nthe Processor shall hand back every record within 20 days.');
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([
      ['heading', 'paragraph 4. handing back records.'],
      ['sentence', 'once the engagement is over,\nthe processor shall hand back every record within 20 days.'],
    ]);
    expect(s.sections.map((x) => x.heading)).toEqual(['paragraph 4. handing back records']);
  });
});

describe('heading text and labels', () => {
  const headings = (t: string) => seg(t).s.sections.map((x) => [x.label, x.heading]);

  it('reads a numbered line that is a whole sentence as body text of its clause, not as its heading', () => {
    const ja = seg('2 運用体制\n2.1 監視\n受託者は、監視装置を常時稼働させること。\n2.2 端末の設定は、各拠点の担当者が管理する。\n');
    expect(ja.s.sections.map((x) => x.label)).toEqual(['2', '2.1', '2.2']);
    expect(ja.sentences.map((x) => x.kind)).toEqual(['heading', 'heading', 'sentence', 'sentence']);
    // it still reads under its parent's title, as a heading there would
    expect(ja.sentences[3].lead).toBe(0);
    const en = seg('7 Hosting\n7.1 The Vendor shall keep all backups in two separate regions.\n7.2 Restores\nThe Vendor tests a restore every quarter.\n');
    expect(en.sentences.map((x) => x.kind)).toEqual(['heading', 'sentence', 'heading', 'sentence']);
    expect(en.sentences[1].lead).toBe(0);
    // an article without a caption opens with its first sentence; one with a caption keeps it as its heading
    const article = seg('第6条　乙は、作業記録を三年間保存しなければならない。\n第7条（報告）\n乙は、毎月の作業結果を甲に報告する。\n');
    expect(article.sentences.map((x) => x.kind)).toEqual(['sentence', 'heading', 'sentence']);
  });

  it('reads a line opening with a doubled bullet mark (a name left blank, 「○○県」) as running text, a single mark as a bullet', () => {
    const { sentences } = seg('○○県(以下「甲」という。)と株式会社□□(以下「乙」という。)は、次のとおり契約する。\n\n○ 乙は、作業日誌を備える。\n');
    expect(sentences.map((x) => x.kind)).toEqual(['sentence', 'item']);
  });

  it('keeps the title of a numbered markdown heading and labels it by its number', () => {
    expect(headings('### 4. Effect of Termination\nSupplier shall return data.')).toEqual([['4', '### 4. effect of termination']]);
    expect(headings('## Schedule\nText.')).toEqual([['', '## schedule']]);
  });

  it('reads a short Japanese line that opens with hiragana at the margin as the open sentence above going on', () => {
    const texts = (t: string) => seg(t).sentences.map((x) => x.text);
    expect(texts('第5条(事故報告)\n乙は、情報セキュリティ事故が発生したときは、速やかに甲\nに報告するものとする。')).toEqual([
      '第5条(事故報告)', '乙は、情報セキュリティ事故が発生したときは、速やかに甲\nに報告するものとする。',
    ]);
    expect(texts('乙は、事故の発生を知ったときは、\n直ちに甲に報告する。')).toHaveLength(1);
    // a paragraph set in (「　なお、」) after an item without a full stop, and a title ending in hiragana, stay apart
    expect(texts('(3) 病院情報セキュリティポリシー\n　なお、これらの基準が改定されたときは、受注者は病院に提案すること。')).toHaveLength(2);
    expect(texts('個人情報の取扱いについて\n乙は、個人情報を適正に取り扱う。')).toHaveLength(2);
  });

  it('reads a bare-numbered title that numbers on from the clause open above as the next section (「５　責任分担」 after 4.8)', () => {
    const { sentences: lines, s } = seg('4 提案内容\n4.1 クラウド基盤\n本システムは国内のリージョンで運用いたします。\n4.2 データの取扱い\n貴県のデータは国内にのみ保管いたします。\n5 責任分担\n本システムの運用にあたっての責任分担は次のとおりです。\n');
    expect(s.sections.map((x) => x.label)).toEqual(['4', '4.1', '4.2', '5']);
    expect(lines.find((x) => x.text.startsWith('5 '))?.kind).toBe('heading');
    // a bare number that does not follow on stays an item
    expect(seg('4.2 データの取扱い\n貴県のデータは国内にのみ保管いたします。\n7 責任分担\n').sentences.at(-1)?.kind).toBe('item');
  });

  it('reads 「１０　事故発生時の対応」 over a list numbered (1) as a title (a specification whose 「### １０」 lost its markup), and the next number after it too', () => {
    const { sentences: lines, s } = seg('第３章　情報セキュリティ\n\n９　再委託\n(1) 受注者は、再委託先に本書の事項を守らせること。\n１０　事故発生時の対応\n(1) 受注者は、事故を知ったときは、２時間以内に監督員に報告すること。\n(2) 受注者は、２４時間以内に書面を提出すること。\n１１　損害賠償\n損害の賠償は、契約書の定めるところによる。\n');
    expect(lines.filter((x) => x.kind === 'heading').map((x) => x.text.trim())).toEqual(['第3章 情報セキュリティ', '9 再委託', '10 事故発生時の対応', '11 損害賠償']);
    const incident = s.sections.findIndex((x) => x.label === '10');
    expect(lines.filter((x) => x.section === incident).map((x) => x.text.slice(0, 3))).toEqual(['10 ', '(1)', '(2)']);
    expect(lines.at(-1)!.section).toBe(s.sections.findIndex((x) => x.label === '11'));
    // a numbered sentence over (1) items, a number over a plain sentence, and a list of bare-numbered words stay items
    expect(seg('１　受注者は、次の作業を行うこと。\n(1) 監視\n(2) 保守\n').sentences[0].kind).toBe('item');
    expect(seg('１０　事故発生時の対応\n受注者は、事故を知ったときは、直ちに報告すること。\n').sentences[0].kind).toBe('item');
    expect(seg('対象機器\n３　サーバ\n４　端末\n５　ネットワーク機器\n').sentences.filter((x) => x.kind === 'heading')).toHaveLength(0);
  });

  it('reads a bare-numbered title that numbers on from a bare-numbered title as a title in English too (a PDF\'s "5  SERVICE LEVELS" after "4  SUBCONTRACTORS")', () => {
    const { sentences: lines, s } = seg('3.4 Our incident manager will call you.\n4  SUBCONTRACTORS\nWe use one subcontractor for hosting.\n5  SERVICE LEVELS\nHarbourline remains responsible for its acquirer.\n');
    expect(s.sections.map((x) => x.label)).toEqual(['3.4', '4', '5']);
    expect(lines.at(-1)!.section).toBe(s.sections.findIndex((x) => x.label === '5'));
    // a number that does not follow on stays an item
    expect(seg('3.4 Our incident manager will call you.\n4  SUBCONTRACTORS\nWe use one subcontractor for hosting.\n7  SERVICE LEVELS\n').sentences.at(-1)?.kind).toBe('item');
  });

  it('reads 「(8) 脆弱性対応」 alone on its line over ア、イ items as the title of a subsection (plain text), siblings in turn', () => {
    const { sentences: lines, s } = seg('3. 情報セキュリティ\n(7) アクセス管理\nア 受注者は、利用者IDを一人一IDで付与すること。\nイ 受注者は、特権IDの付与について承認を得ること。\n(8) 脆弱性対応\nア 受注者は、脆弱性情報を収集すること。\n');
    expect(lines.map((x) => x.kind)).toEqual(['heading', 'heading', 'item', 'item', 'heading', 'item']);
    expect(s.sections.map((x) => [x.label, x.level, x.parent])).toEqual([['3', 2, -1], ['(7)', 3, 0], ['(8)', 3, 0]]);
    expect(lines[5].section).toBe(2);
    // a numbered sentence, or a title with no kana items under it, stays an item
    expect(seg('(8) 受注者は、脆弱性情報を収集すること。\nア OS\nイ ミドルウェア\n').sentences[0].kind).toBe('item');
    expect(seg('(8) 脆弱性対応\n受注者は、脆弱性情報を収集すること。\n').sentences[0].kind).toBe('item');
  });

  it('takes the caption of 第N条(見出し) and not the sentence after it', () => {
    expect(headings('第5条（秘密保持）乙は、秘密を保持する。')).toEqual([['5', '第5条(秘密保持)']]);
  });

  it('keeps the hashes of 「## 第N条（見出し）」, so the whole caption is read, and its 「1. …」 lines stay paragraphs of the article', () => {
    // round 16-ja: the heading text lost its 「## 」 but was read from the line start over its length, so 「保持)」 went unread
    const { s, sentences } = seg('## 第5条（秘密保持）\n\n1. 乙は、秘密を第三者に開示しない。\n2. 乙は、従業員に本条の義務を守らせる。');
    expect(s.sections.map((x) => [x.label, x.heading])).toEqual([['5', '## 第5条(秘密保持)']]);
    expect(sentences.map((x) => [x.kind, x.section])).toEqual([['heading', 0], ['item', 0], ['item', 0]]);
  });

  it('takes a caption alone on the line above 第N条 / 第N (the statute style) as that article\'s title, and opens the article with it', () => {
    const { s, sentences } = seg('特記事項\n\n（秘密の保持）\n第１　乙は、秘密を保持する。\n\n（事故の報告）\n第２条　乙は、事故を甲に報告する。\n２　報告は書面で行う。');
    expect(s.sections.map((x) => [x.label, x.heading])).toEqual([['1', '第1(秘密の保持)'], ['2', '第2条(事故の報告)']]);
    expect(sentences.map((x) => [x.kind, x.section, x.text])).toEqual([
      ['sentence', -1, '特記事項'],
      ['heading', 0, '(秘密の保持)'], ['sentence', 0, '第1 乙は、秘密を保持する。'],
      ['heading', 1, '(事故の報告)'], ['sentence', 1, '第2条 乙は、事故を甲に報告する。'], ['item', 1, '2 報告は書面で行う。'],
    ]);
  });

  it('does the same for a caption written as a markdown heading (「### （見出し）」)', () => {
    const { s, sentences } = seg('## 特記事項\n\n### （返還）\n第３　乙は、資料を返還する。');
    expect(s.sections.filter((x) => x.start < x.end).map((x) => [x.label, x.heading])).toEqual([['', '## 特記事項'], ['3', '第3(返還)']]);
    expect(sentences.map((x) => [x.kind, s.sections[x.section].heading])).toEqual([
      ['heading', '## 特記事項'], ['heading', '第3(返還)'], ['sentence', '第3(返還)'],
    ]);
  });

  it('leaves a bracketed line that is no caption of the next article where it is', () => {
    // an article with its own caption, and a bracketed line before running text
    expect(headings('（参考）\n第3条（監査）甲は監査できる。')).toEqual([['3', '第3条(監査)']]);
    expect(seg('第1条（目的）\n本契約の目的を定める。\n（注記）\n本書は写しである。').s.sections.map((x) => x.heading)).toEqual(['第1条(目的)']);
  });

  it('reads 「1. 乙は…」 lines inside 第N条 as paragraphs of the article, not as sections beside it', () => {
    const { s, sentences } = seg('第1条（適用）\n1. 本規約は、当社に適用されます。\n2. 個別規定は本規約の一部です。\n第2条（申込み）\n1. 申込書を提出するものとします。');
    expect(s.sections.map((x) => [x.label, x.parent])).toEqual([['1', -1], ['2', -1]]);
    expect(sentences.map((x) => [x.kind, x.section])).toEqual([['heading', 0], ['item', 0], ['item', 0], ['heading', 1], ['item', 1]]);
  });

  it('reads full-width 「１．乙は…」 (no space after the number) the same way', () => {
    const { s, sentences } = seg('第1条（適用）\n１．本規約は、当社に適用されます。\n２．個別規定は本規約の一部です。\n第2条（申込み）\n１．申込書を提出するものとします。');
    expect(s.sections.map((x) => [x.label, x.parent])).toEqual([['1', -1], ['2', -1]]);
    expect(sentences.map((x) => [x.kind, x.section])).toEqual([['heading', 0], ['item', 0], ['item', 0], ['heading', 1], ['item', 1]]);
    expect(headings('１．概要\n本業務は、庁内システムの運用である。')).toEqual([['1', '1.概要']]);
  });

  it('gives an article without a caption no title: its first sentence is no heading (第2条 乙は…。)', () => {
    expect(headings('第2条 乙は、秘密情報を開示してはならない。')).toEqual([['2', '第2条']]);
    expect(headings('第3条の2 乙は報告する。')).toEqual([['3の2', '第3条の2']]);
    expect(headings('5. アクセス権限は見直すものとする。')).toEqual([['5', '5.']]);
  });

  it('reads a line opening with an ordinal word (第一報, 第三者, 第1回) as a sentence, and 第N as a heading only when the number stands apart', () => {
    const { sentences } = seg('## 事故の報告\n当社は、2時間以内に第一報をいたします。\n第一報の後、3営業日以内に詳細報告書を提出いたします。\n第三者への提供は行いません。\n第1回の訓練は4月に行います。');
    expect(sentences.map((x) => x.kind)).toEqual(['heading', 'sentence', 'sentence', 'sentence', 'sentence']);
    expect(headings('第１　総則\n本書は…を定める。')).toEqual([['1', '第1 総則']]);
    expect(headings('第２（定義）\n本書において…')).toEqual([['2', '第2(定義)']]);
  });

  it('does not take the first sentence of a long numbered paragraph as its title', () => {
    expect(headings('7. Both parties may only make such copies as are strictly necessary for the purposes of this Agreement.')).toEqual([['7', '7.']]);
    expect(headings('Article 12. Audit. The Customer may audit the Supplier.')).toEqual([['12', 'article 12. audit']]);
    expect(headings('7. Supplier shall encrypt data.')).toEqual([['7', '7.']]);
    expect(headings('## Supplier will comply\nText.')).toEqual([['', '## supplier will comply']]);
  });
});

describe('table rows', () => {
  it('makes each markdown row a row and skips the separator', () => {
    const { sentences } = seg('| Control | Owner |\n|:---|---:|\n| Backups | Supplier |\n| Log review | Customer |');
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([
      ['row', '| control | owner |'], ['row', '| backups | supplier |'], ['row', '| log review | customer |'],
    ]);
  });

  it('makes each tab-separated line a row', () => {
    const { sentences } = seg('バックアップ\t乙\t毎日\nログ確認\t甲\t毎月');
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([['row', 'バックアップ\t乙\t毎日'], ['row', 'ログ確認\t甲\t毎月']]);
  });

  it('reads a clause numbered then tabbed, as Word exports it, as a clause whose sentences split, not as a table row', () => {
    const { sentences } = seg('7.2\tThe Vendor shall alert the Board within two days of learning of a breach of security of the Platform. The Vendor shall pay for any mailing to affected members.\n\nService\tHours\nHelp desk\t08:00-18:00');
    expect(sentences.map((x) => [x.kind, x.text])).toEqual([
      ['sentence', '7.2\tthe vendor shall alert the board within two days of learning of a breach of security of the platform.'],
      ['sentence', 'the vendor shall pay for any mailing to affected members.'],
      ['row', 'service\thours'], ['row', 'help desk\t08:00-18:00'],
    ]);
  });

  it('ends the paragraph before a table', () => {
    const { sentences } = seg('The matrix below assigns the duties of each party.\n| Duty | Party |\n| Patch | Supplier |');
    expect(sentences.map((x) => x.kind)).toEqual(['sentence', 'row', 'row']);
  });
});

describe('sentences', () => {
  it('reads pieces parted by semicolons after a colon as the colon sentence\'s list, enumerated or not', () => {
    const { sentences } = seg('The Customer is responsible for: its user accounts; its own devices; and the network it connects from. The Supplier hosts the rest.');
    expect(sentences.map((x) => [x.kind, x.lead])).toEqual([['sentence', -1], ['item', 0], ['item', 0], ['sentence', -1]]);
    // semicolons without a colon before them part plain sentences
    expect(seg('The Supplier hosts the service; the Customer keeps its accounts; each party reports incidents.').sentences.every((x) => x.kind === 'sentence')).toBe(true);
  });

  const texts = (t: string) => seg(t).sentences.map((x) => x.text);

  it('splits Japanese at 。 but not inside 「」 or （）', () => {
    expect(texts('乙は「秘密情報。」を守る。甲は（必要な場合。）確認する。以上。')).toEqual([
      '乙は「秘密情報。」を守る。', '甲は(必要な場合。)確認する。', '以上。',
    ]);
  });

  it('does not split after a revision or version abbreviation', () => {
    expect(texts('Controls follow NIST SP 800-53 Rev. 5 at the Moderate baseline. Ver. 2 of the plan applies.')).toEqual([
      'controls follow nist sp 800-53 rev. 5 at the moderate baseline.', 'ver. 2 of the plan applies.',
    ]);
  });

  it('splits English at . ! ? ; but not after abbreviations', () => {
    expect(texts('The Supplier (e.g. Acme Inc.) shall comply, i.e. fully. See No. 5 of the list! Is it done? Yes; it is.')).toEqual([
      'the supplier (e.g. acme inc.) shall comply, i.e. fully.', 'see no. 5 of the list!', 'is it done?', 'yes;', 'it is.',
    ]);
  });

  it('keeps a proviso after a semicolon in its clause', () => {
    const { sentences } = seg('Supplier shall return the data; provided that Customer asks within 30 days; and Supplier shall delete copies.');
    expect(sentences.map((x) => x.text)).toEqual([
      'supplier shall return the data; provided that customer asks within 30 days;',
      'and supplier shall delete copies.',
    ]);
  });

  it('keeps parallel "; for …" complements of one predicate in one sentence, but not "; for the avoidance of doubt"', () => {
    const { sentences } = seg('The Agency is responsible for its own network; for the laptops of its officers; and for approving releases. Supplier hosts the portal; for the avoidance of doubt, hosting excludes mail.');
    expect(sentences.map((x) => x.text)).toEqual([
      'the agency is responsible for its own network; for the laptops of its officers; and for approving releases.',
      'supplier hosts the portal;',
      'for the avoidance of doubt, hosting excludes mail.',
    ]);
  });

  it('ends a sentence at a cross-reference\'s number when a sentence follows, but not where the reference opens the line', () => {
    expect(texts('The Customer approves the hosts listed in Annex 3. The Vendor will post any change 30 days ahead. Duties as in clause 4.2. Each party pays its costs.')).toEqual([
      'the customer approves the hosts listed in annex 3.', 'the vendor will post any change 30 days ahead.', 'duties as in clause 4.2.', 'each party pays its costs.',
    ]);
    expect(texts('Schedule 1. Subprocessors of the Provider')).toEqual(['schedule 1. subprocessors of the provider']);
    expect(texts('The fee is set out in Schedule 1. 2. The Supplier shall invoice monthly.').length).toBe(1);
  });

  it('ends a sentence at any number before a full stop and a word, but not at a label', () => {
    expect(texts('The Supplier is certified to ISO 27001. It renews the certificate yearly. The term runs from 1 April 2026. Each party pays its costs.')).toEqual([
      'the supplier is certified to iso 27001.', 'it renews the certificate yearly.', 'the term runs from 1 april 2026.', 'each party pays its costs.',
    ]);
    // a label opening the sentence, or opened by a colon, stays with what it labels
    expect(texts('12. The Vendor shall encrypt backups.')).toEqual(['12. the vendor shall encrypt backups.']);
    expect(texts('Article 7. Audit')).toEqual(['article 7. audit']);
    expect(texts('The Vendor shall provide the following: 1. an access log; 2. a patch report.')).toEqual([
      'the vendor shall provide the following: 1. an access log;', '2. a patch report.',
    ]);
    // a number followed by another number or by nothing is not a sentence end to decide here
    expect(texts('Fees are in Schedule 2. 3. The Vendor invoices monthly.')).toHaveLength(1);
  });

  it('does not split decimals or dotted numbers', () => {
    expect(texts('Availability shall be 99.9 percent under clause 3.2.1 of the SLA.')).toEqual([
      'availability shall be 99.9 percent under clause 3.2.1 of the sla.',
    ]);
  });

  it('joins a hard-wrapped English paragraph across lines', () => {
    expect(texts('The Supplier shall notify the Customer of any personal\ndata breach without undue delay.')).toEqual([
      'the supplier shall notify the customer of any personal\ndata breach without undue delay.',
    ]);
  });

  it('reads a wrapped line that starts with a decimal as the sentence going on, not as clause 7.0', () => {
    const seg = segment(normalize('39. Vulnerabilities\nSupplier shall notify Customer within 3 business days where the CVSS base score is\n7.0 or higher, and within 24 hours where it is 9.0 or higher.').text);
    expect(seg.sections.map((s) => s.label)).toEqual(['39']);
    // a list of sub-clauses keeps its numbers, also after "; or"
    const list = segment(normalize('8.2 On termination each party shall at its option either:\n8.2.1 return the documents to the other party; or\n8.2.2 destroy them and certify that this has been done.').text);
    expect(list.sections.map((s) => s.label)).toEqual(['8.2', '8.2.1', '8.2.2']);
    const after = segment(normalize('5. Each party may terminate this agreement on written notice if the other party is in breach; or\n5.1 the other party becomes insolvent.').text);
    expect(after.sections.map((s) => s.label)).toEqual(['5', '5.1']);
  });

  it('opens the next numbered field of a form though the field above ended with no full stop', () => {
    // a form's fields are phrases, not sentences: "3.3" numbers on from "3.2", it is no decimal a wrap carried over
    const form = segment(normalize('## Part 3 - Hosting\n3.1 Name of the hosting provider\n3.2 Regions in which backups of tenant records will be kept, with the provider of each\n3.3 Dates of the last two recovery tests and their results\n3.4 Contact for security incidents').text);
    expect(form.sections.map((s) => s.label)).toEqual(['3', '3.1', '3.2', '3.3', '3.4']);
    // near-miss: a decimal that does not number on (3.5 under 3.2) still goes on the wrapped sentence
    const wrapped = segment(normalize('3.2 The vendor shall patch every server whose highest vulnerability score is at least\n3.5 within ten days of release.').text);
    expect(wrapped.sections.map((s) => s.label)).toEqual(['3.2']);
  });

  it('reads a wrapped line that starts with a schedule reference after a preposition as the sentence going on', () => {
    const seg = segment(normalize('7.4 The Contractor shall report it to the Authority by telephone on the number given in\nAnnex 2 and by email within eight hours.\n\nSchedule 3\nService Levels').text);
    expect(seg.sections.map((s) => s.label)).toEqual(['7.4', '3']);
    const part = segment(normalize('6.2 Staff shall be trained in the requirements of 21 CFR\nPart 11 before they start work.').text);
    expect(part.sections.map((s) => s.label)).toEqual(['6.2']);
  });

  it('reads a wrapped line that starts with a schedule or clause reference after "and" / "or" as the sentence going on', () => {
    const either = segment(normalize('9.1 The Vendor may not move the hosting sites named in clause 9 or\nAppendix C unless the Client agrees in writing sixty days ahead.').text);
    expect(either.sections.map((s) => s.label)).toEqual(['9.1']);
    expect(either.sentences).toHaveLength(1);
    expect(texts('Personnel must follow the rules in the Security Policy and\nSection 14 of the Master Agreement at all times.')).toHaveLength(1);
    // a line that ends its sentence still lets "Annex 4" open a heading
    expect(segment(normalize('The Vendor shall report quarterly.\nAnnex 4 Service Levels\nThe Vendor shall meet them.').text).sentences[1].kind).toBe('heading');
  });

  it('reads the figures of a number in words wrapped to the next line as the sentence going on, not as item (60)', () => {
    expect(texts('The Supplier shall delete the data within sixty\n(60) days after the end of the term.')).toEqual([
      'the supplier shall delete the data within sixty\n(60) days after the end of the term.',
    ]);
  });

  it('reads a quantity or a schedule reference wrapped to the start of a line mid-sentence as the sentence going on, not as an item or heading', () => {
    expect(texts('(b) patch vulnerabilities within the following periods from disclosure: Critical (CVSS 9.0 and above) —\n7 days; High — 30 days.\n(c) Next item.')).toEqual([
      '(b) patch vulnerabilities within the following periods from disclosure: critical (cvss 9.0 and above) -\n7 days;', 'high - 30 days.', '(c) next item.',
    ]);
    expect(texts('The Supplier shall impose on every Sub-processor the obligations in this\nSchedule, including those on security.')).toEqual([
      'the supplier shall impose on every sub-processor the obligations in this\nschedule, including those on security.',
    ]);
    expect(texts('Remediation advice is given within 24 hours for critical and\n72 hours for high severity items.')).toHaveLength(1);
    // after a line that ends a sentence, a bare number opens an item and "Schedule 2" a heading
    expect(segment(normalize('The Supplier shall report monthly.\n7 days after go-live the Customer may audit.').text).sentences[1].kind).toBe('item');
    expect(segment(normalize('The Supplier shall report monthly.\nSchedule 2 Security\nThe Supplier shall encrypt data.').text).sentences[1].kind).toBe('heading');
  });

  it('goes on past a colon, an English bracket or an enumerator that a wrap left at the end of a long line, but not past a short label', () => {
    expect(texts('The Supplier shall remediate confirmed vulnerabilities in the Service and its\ncomponents within the following times from the date of their discovery:\ncritical, 7 days; high, 30 days.')).toEqual([
      'the supplier shall remediate confirmed vulnerabilities in the service and its\ncomponents within the following times from the date of their discovery:\ncritical, 7 days;', 'high, 30 days.',
    ]);
    expect(texts('The Supplier shall patch the vulnerabilities found under this clause within the\nfollowing periods: critical vulnerabilities (CVSS 9.0 or higher)\nwithin 7 days.')).toHaveLength(1);
    expect(texts('The Vendor must not copy, print or download Customer Records, except (a)\nwhere the platform does so to display a file.')).toHaveLength(1);
    expect(texts('The Supplier implements the controls specified in\nAnnexure B, at a level at least equivalent to ISO/IEC 27002.')).toHaveLength(1);
    expect(texts('The Host shall not copy Customer Data except for the\nscheduled backups described in Schedule 1.')).toHaveLength(1);
    expect(segment(normalize('Scheduled maintenance is announced a week ahead.').text).sentences[0].kind).toBe('sentence');
    expect(texts('Each resource shall sign an undertaking in the format at\nAnnexure-IV before deployment.')).toHaveLength(1);
    expect(texts('A Major ICT Incident has the meaning given in Regulation\n(EU) 2022/2554 and includes any suspected event.')).toHaveLength(1);
    expect(texts('(b) remediate vulnerabilities within the following periods from public\ndisclosure or discovery, whichever is earlier: Critical (CVSS 9.0 and above)\n— 7 days; High — 15 days.')).toHaveLength(2);
    expect(texts('On request, no more than once a year, the Supplier will provide its most recent SOC\n2 Type II report and written answers to a security questionnaire.')).toHaveLength(1);
    expect(texts('The Vendor keeps the Customer informed of the number of sites and of the total of\n3 data centres it runs in the region.')).toHaveLength(1);
    // a list of bare numbers stays a list, and so does a short line above one
    expect(texts('1 The Supplier shall maintain an ISMS certified to ISO 27001 by an accredited body\n2 The Supplier shall encrypt data at rest')).toHaveLength(2);
    expect(texts('The Supplier shall provide the services below\n1 Hosting of the platform\n2 Support')).toHaveLength(3);
    // a list of dashes stays a list
    expect(texts('- daily backups of all systems that hold Customer Data in the region\n- monitoring of the platform')).toHaveLength(2);
    expect(texts('Section 8.01. This Contract runs for three years from July 1, 2026. Upon\ntermination, the Contractor shall return all City data.')).toEqual([
      'section 8.01. this contract runs for three years from july 1, 2026.', 'upon\ntermination, the contractor shall return all city data.',
    ]);
    // a short label line ending in a colon, and a line laid out in columns, still end where they end
    expect(texts('Each party gives the following contact details for notices under this\nagreement:\nName: Customer')).toEqual([
      'each party gives the following contact details for notices under this\nagreement:', 'name: customer',
    ]);
    expect(texts('Owners and frequencies of the reviews are set out below for the Services\nActivity            Owner         Review of the patch status:\nmonthly             Supplier')).toHaveLength(2);
  });

  it('goes on past a bracket that ends the first line of a paragraph when the next line opens with a conjunction', () => {
    expect(texts('2.1 The Processor shall store Session Data only in the AWS us-east-1 (Virginia)\nand us-west-2 (Oregon) regions. Its staff are located in Canada.')).toEqual([
      '2.1 the processor shall store session data only in the aws us-east-1 (virginia)\nand us-west-2 (oregon) regions.', 'its staff are located in canada.',
    ]);
    // a next line that opens a sentence, or a short first line, still starts anew
    expect(texts('The Processor shall store Session Data only in the AWS us-east-1 region (Virginia)\nThe Customer may audit the Processor once a year.')).toHaveLength(2);
    expect(texts('Data location (Schedule 3)\nand backups are described below.')).toHaveLength(2);
  });

  it('keeps a short line without a full stop as its own paragraph', () => {
    expect(texts('Confidentiality\nThe Recipient shall keep it secret.')).toEqual(['confidentiality', 'the recipient shall keep it secret.']);
  });

  it('reads "8 LOCATION OF DATA" as the title of clause 8 when 8.1 follows it, and a bare numbered list as items', () => {
    const titled = segment(normalize('8 LOCATION OF DATA\n\n8.1 Data is stored in Finland.\n\n8.2 Any change needs approval.\n\n9 AUDIT\n\n9.1 The Customer may audit.').text);
    expect(titled.sections.map((s) => [s.label, s.parent])).toEqual([['8', -1], ['8.1', 0], ['8.2', 0], ['9', -1], ['9.1', 3]]);
    const list = segment(normalize('The fees are:\n1 set-up fee\n2 monthly fee').text);
    expect(list.sections).toEqual([]);
    // the same in Japanese plain text: 「１５　契約終了時の措置」 over 15.1, 15.2; 「１　総則」 over prose is an item
    const ja = segment(normalize('１５　契約終了時のデータ移行及び消去\n15.1　乙は、データを返還する。\n15.2　乙は、データを消去する。').text);
    expect(ja.sections.map((s) => [s.label, s.parent])).toEqual([['15', -1], ['15.1', 0], ['15.2', 0]]);
    expect(segment(normalize('１　総則\n本仕様書は、業務の内容を定める。').text).sections).toEqual([]);
    // the title leads the numbered sub-clauses under it, sentences as they are: what they are about (「契約終了時の…」)
    expect(ja.sentences.map((x) => [x.kind, x.lead])).toEqual([['heading', -1], ['sentence', 0], ['sentence', 0]]);
  });

  it('reads a clause numbered by part ("C2. Backup and Recovery") alone on its line as a titled clause, and a run of such lines as items', () => {
    const titled = segment(normalize('Part C — Operations\n\nC2. Backup and Recovery\nThe Contractor shall back up the ledger nightly.\n\nC3 Service Continuity\nA standby site shall take over within four hours.').text);
    expect(titled.sections.map((s) => [s.label, s.heading])).toEqual([['c', 'part c - operations'], ['c2', 'c2. backup and recovery'], ['c3', 'c3 service continuity']]);
    expect(titled.sections.slice(1).map((s) => s.parent)).toEqual([0, 0]);
    // short requirements, one a line: a list, no titles
    const list = segment(normalize('Requirements:\nSR1. Encryption at rest\nSR2. Multi-factor sign-in for administrators\nSR3. Quarterly access review').text);
    expect(list.sections).toEqual([]);
  });

  it('leads a paragraph that takes up 前項 by the sentence stating that paragraph\'s duty, not one that only extends it', () => {
    const { sentences: list } = seg('第６条（秘密の保持）\n乙は、業務上知り得た甲の情報を第三者に開示してはならない。契約終了後も同様とする。\n２　乙は、従業者に前項の義務を遵守させる。\n３　乙は、情報を複製しない。ただし、甲の承諾を得たときは、この限りでない。\n４　前項の承諾は、書面による。');
    const at = (p: string) => list.findIndex((x) => x.text.startsWith(p));
    expect(list[at('2 乙は')].lead).toBe(at('乙は、業務上'));
    expect(list[at('4 前項')].lead).toBe(at('3 乙は'));
  });

  it('closes an unbalanced bracket after a long stretch', () => {
    const long = 'あ'.repeat(700);
    expect(texts(`乙は（${long}。甲は確認する。`).length).toBeGreaterThan(1);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual({ sections: [], sentences: [], tables: [] });
    expect(segment(' \n\n \t').sentences.filter((x) => x.kind !== 'row')).toEqual([]);
  });
  it('reads lines set in right under a sentence that announces them as rows it leads, until a blank line', () => {
    const { sentences: list } = seg('第９条（脆弱性）\n２　乙は、次の期限までに修正プログラムを適用する。\n　　ＣＶＳＳ９．０以上　　７日以内\n　　その他　次回の定期保守時\n\n　　甲は、これを確認する\n');
    const at = (p: string) => list.findIndex((x) => x.text.startsWith(p));
    expect([list[at('cvss9.0')].kind, list[at('その他')].kind]).toEqual(['row', 'row']);
    expect([list[at('cvss9.0')].lead, list[at('その他')].lead]).toEqual([at('2 乙は'), at('2 乙は')]);
    expect(list[at('甲は')].kind).toBe('sentence');
  });

  it('lets a sentence that announces what follows (「次の期限までに」, "the following periods") lead the next sentence of its paragraph only', () => {
    const { sentences: list } = seg([
      '第９条（脆弱性）', '３　判明した脆弱性は、次の期限までに修正する。ＣＶＳＳ９．０以上のものは７日以内、その他のものは30日以内とする。甲は、これを確認する。',
      '4.2 The Supplier shall remediate vulnerabilities within the following periods. Critical ones within 7 days and high ones within 30 days. The Customer may audit this.',
      'The Supplier shall comply with the following policies',
    ].join('\n'));
    const at = (start: string) => list.findIndex((x) => x.text.startsWith(start));
    expect(list[at('cvss9.0以上')].lead).toBe(at('3 判明した'));
    expect(list[at('甲は')].lead).not.toBe(at('3 判明した'));
    expect(list[at('critical ones')].lead).toBe(at('4.2 the supplier'));
    expect(list[at('the customer may')].lead).not.toBe(at('4.2 the supplier'));
    // a new paragraph is not led: it may be a heading-less clause of its own
    expect(list[at('the supplier shall comply')].lead).toBe(-1);
  });

  it('knows the header row of a markdown table (above its separator) and of a tab-aligned table (its first line)', () => {
    const { s, sentences: list } = seg('Service credits\n\n| Availability | Credit |\n|---|---|\n| below 99.9% | 10% |\n| below 99.0% | 25% |\n\nThe End.\n\nAvailability\tCredit\nbelow 99.9%\t5%\n');
    const at = (p: string) => list.findIndex((x) => x.text.startsWith(p));
    expect(s.tables).toEqual([
      { header: at('| availability'), from: at('| below 99.9%'), to: at('| below 99.0%') + 1 },
      { header: at('availability\t'), from: at('below 99.9%\t'), to: at('below 99.9%\t') + 1 },
    ]);
    // rows without a separator under the first are a table without a header (a matrix written row by row)
    expect(segment(normalize('| Supplier | patches |\n| Customer | backups |').text).tables).toEqual([]);
  });

  it('reads "1." paragraphs under "§ 4." or "Article 4" as paragraphs of that article, not clauses beside it', () => {
    for (const head of ['## § 4. Authorised persons', 'Article 4 - Authorised persons']) {
      const { sections } = segment(normalize(`${head}\n\n1. Only named staff may process the data.\n\n2. The Supplier answers for them.\n\n§ 5. Audits`).text);
      expect(sections.length).toBe(2);
    }
    // a numbered subsection is no article: "1." under "§ 4.2" stays a clause of its own
    expect(segment(normalize('§ 4.2 Access\n\n1. Only named staff may process the data.').text).sections.length).toBe(2);
    expect(segment(normalize('§ 14.2 Access\n\n1. Only named staff may process the data.').text).sections.length).toBe(2);
  });
  it('keeps a numbered line that extends another clause ("applies equally/likewise to") whole across its wrapped lines', () => {
    // no modal verb, yet no title: read as one, the cases it extends to were cut off on the next line
    const { sentences: list } = seg('9. ESCROW\n9.2 Section 9.1 applies likewise to each new release of the\nsoftware and to any patch issued after\nacceptance.\n');
    const clause = list.find((x) => x.text.startsWith('9.2'));
    expect(clause?.text).toContain('acceptance');
  });
});

describe('a schedule numbered by paragraphs', () => {
  // "Paragraph 4. Vendor staff" titles a clause as "Section 4" does: 4.1 and 4.2 are its subsections, one clause
  it('reads "Paragraph N." as the heading its decimal paragraphs fall under', () => {
    const { s } = seg('SCHEDULE 2 — TERMS\n\nParagraph 4. Vendor staff\n\n4.1 Each engineer signs a pledge.\n4.2 The pledge binds them after they leave.\n');
    const para = s.sections.findIndex((x) => x.label === '4');
    expect(para).toBeGreaterThanOrEqual(0);
    expect(s.sections.filter((x) => x.label.startsWith('4.')).every((x) => x.parent === para)).toBe(true);
  });
  it('opens a section at a numbered clause whose number and caption are in bold, run in before its text', () => {
    const { s, sentences } = seg('### 7. Supplier duties\n\n**7.1 Staff learning.** Each engineer shall attend a security course before starting and every year.\n\n**7.2 Hand-back.** The supplier shall hand over the ledger records to the buyer.');
    expect(s.sections.map((x) => [x.label, x.parent])).toEqual([['7', -1], ['7.1', 0], ['7.2', 0]]);
    expect(sentences.filter((x) => x.text.includes('ledger')).map((x) => x.section)).toEqual([2]);
  });
  it('opens a section at a bold run-in clause numbered after its schedule\'s letter ("**B.3 Hosting.**")', () => {
    const { s, sentences } = seg('## Schedule B - Service Requirements\n\n**B.2 Plan.** The vendor shall keep a security plan. Revisions need the buyer\'s prior approval.\n\n**B.3 Hosting.** All tenant records stay in Ontario.');
    expect(s.sections.map((x) => x.label)).toEqual(['b', 'b.2', 'b.3']);
    expect(sentences.filter((x) => x.text.includes('ontario')).map((x) => x.section)).toEqual([2]);
    // near-miss: a bold word that is no clause number stays in its sentence
    expect(seg('**Note.** The vendor keeps a plan.').sentences.map((x) => x.kind)).toEqual(['sentence']);
  });

  it('opens a section at a requirement id set in bold before its clause ("**NFR-07 Backups.**"), under the heading that groups them', () => {
    const { s, sentences } = seg('## 5. Non-functional requirements\n\n**NFR-07 Backups.** Backups are taken nightly.\n\n**NFR-08 Logging.** Logs are kept for a year.\n\n## 6. Pricing\n\nFixed fee.');
    expect(s.sections.map((x) => x.label)).toEqual(['5', 'nfr-07', 'nfr-08', '6']);
    expect(sentences.filter((x) => x.text.includes('logs are kept')).map((x) => x.section)).toEqual([2]);
    // the ids head sections below the chapter: the next chapter closes them
    expect(sentences.filter((x) => x.text.includes('fixed fee')).map((x) => x.section)).toEqual([3]);
    // an id in plain text heads nothing
    expect(seg('COVID-19 measures apply on site. Staff wear badges.').s.sections).toEqual([]);
  });
});
