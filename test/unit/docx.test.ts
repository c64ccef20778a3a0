/**
 * .docx reading through mammoth: Word's list numbering (第N条, 1.1, (a), ア) written into the text as Word
 * shows it, tables kept as rows, paragraphs as blocks. Packages are built with JSZip and read by real mammoth.
 */
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../shared/extract/docx.ts';
import { formatNumber } from '../../shared/extract/docx-numbering.ts';
import { htmlToText } from '../../shared/extract/html.ts';
import { analyze } from '../../shared/engine/analyze.ts';
import { makeDocx } from '../support/make-files.ts';

const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** A Japanese contract's list: 第１条 / ２ (項) / （１） (号) / ア. */
const JA_NUMBERING = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimalFullWidth', '第%1条')}${level(1, 'decimalFullWidth', '%2')}${level(2, 'decimalFullWidth', '（%3）')}${level(3, 'aiueoFullWidth', '%4')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('docx list numbering', () => {
  it('writes 第N条 and item numbers into the text, counting on across body paragraphs', async () => {
    const file = await makeDocx([
      { p: '業務委託契約書' },
      { p: '（秘密保持）', list: { numId: 1, level: 0 } },
      { p: '乙は、本業務に関して知り得た甲の秘密情報を第三者に開示してはならない。' },
      { p: '（再委託）', list: { numId: 1, level: 0 } },
      { p: '乙は、甲の事前の書面による承諾を得なければ、本業務を第三者に再委託してはならない。' },
      { p: '乙は、前項の承諾を得ようとするときは、次の事項を甲に通知しなければならない。', list: { numId: 1, level: 1 } },
      { p: '再委託先の名称及び所在地', list: { numId: 1, level: 2 } },
      { p: '再委託する業務の範囲', list: { numId: 1, level: 2 } },
      { p: '取り扱う情報', list: { numId: 1, level: 3 } },
      { p: '（事故報告）', list: { numId: 1, level: 0 } },
      { p: '乙は、事故が発生したときは、直ちに甲に報告しなければならない。', list: { numId: 1, level: 1 } },
    ], { numbering: JA_NUMBERING });
    const { text } = await docxToText(file);
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toContain('第１条 （秘密保持）');
    expect(lines).toContain('第２条 （再委託）');
    expect(lines).toContain('１ 乙は、前項の承諾を得ようとするときは、次の事項を甲に通知しなければならない。');
    expect(lines).toContain('（１） 再委託先の名称及び所在地');
    expect(lines).toContain('（２） 再委託する業務の範囲');
    expect(lines).toContain('ア 取り扱う情報');
    // a new article restarts its paragraphs' numbering
    expect(lines).toContain('第３条 （事故報告）');
    expect(lines).toContain('１ 乙は、事故が発生したときは、直ちに甲に報告しなければならない。');
    expect(text).not.toMatch(/^- /m);
    // the engine sees the articles as sections, and the parties by their labels
    const report = analyze(text);
    expect(report.stats.sections).toBeGreaterThanOrEqual(3);
    expect(report.requirements.find((r) => r.id === 'SUBCONTRACT-APPROVAL')?.status).not.toBe('missing');
  });

  it('numbers headings through their style (1., 1.1, (a)), honours a restart and legal numbering', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="5">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}${level(2, 'lowerLetter', '(%3)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="6">${level(0, 'upperRoman', 'Part %1')}${level(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
      '<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="4"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="6"/></w:num>';
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const file = await makeDocx([
      { p: 'Definitions', style: 'Heading1' },
      { p: 'In this Agreement:', style: 'Heading2' },
      { p: 'Security', style: 'Heading1' },
      { p: 'The Supplier shall encrypt Customer Data.', style: 'Heading2' },
      { p: 'at rest;', list: { numId: 2, level: 2 } },
      { p: 'in transit.', list: { numId: 3, level: 2 } },
      { p: 'Schedules', list: { numId: 4, level: 0 } },
      { p: 'Service levels', list: { numId: 4, level: 1 } },
    ], { numbering, styles });
    const lines = (await docxToText(file)).text.split('\n').filter(Boolean);
    expect(lines).toEqual([
      '# 1. Definitions', '## 1.1 In this Agreement:', '# 2. Security', '## 2.1 The Supplier shall encrypt Customer Data.',
      '(a) at rest;', '(d) in transit.', 'Part I Schedules', '1.1 Service levels',
    ]);
  });

  it('leaves bulleted levels as list items and documents without numbering as they are', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>`;
    const bulleted = await docxToText(await makeDocx([{ p: 'Controls' }, { p: 'MFA for all administrators', list: { numId: 7, level: 0 } }], { numbering }));
    expect(bulleted.text).toBe('Controls\n\n- MFA for all administrators');
    const plain = await docxToText(await makeDocx([{ p: 'One.' }, { p: 'Two.' }]));
    expect(plain.text).toBe('One.\n\nTwo.');
  });

  it('keeps a Word table as tab-separated rows, a cell of several paragraphs on one line', async () => {
    const { text } = await docxToText(await makeDocx([{ table: [['作業', '甲', '乙'], ['バックアップの取得', '', '○']] }]));
    expect(text.split('\n')).toEqual(['作業\t甲\t乙', 'バックアップの取得\t\t○']);
    expect(htmlToText('<table><tr><td><p>Backups</p><p>(daily)</p></td><td><p>R</p></td></tr></table>')).toBe('Backups (daily)\tR');
  });
});

describe('number formats', () => {
  it.each([
    [11, 'japaneseCounting', '十一'], [20, 'japaneseCounting', '二十'], [105, 'japaneseCounting', '百五'],
    [12, 'decimalFullWidth', '１２'], [3, 'decimalEnclosedCircle', '③'], [4, 'lowerRoman', 'iv'], [14, 'upperRoman', 'XIV'],
    [27, 'lowerLetter', 'aa'], [2, 'aiueoFullWidth', 'イ'], [3, 'iroha', 'ハ'], [2, 'ideographTraditional', '乙'], [7, 'decimalZero', '07'],
    [5, 'someFutureFormat', '5'],
  ])('%i as %s is %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});

describe('html', () => {
  it('separates paragraphs by a blank line and numbers ordered lists from their start', () => {
    expect(htmlToText('<p>One.</p><p>Two.</p><ol start="3"><li>Third</li><li><p>Fourth</p><ul><li>nested</li></ul></li></ol><p>End.</p>'))
      .toBe('One.\n\nTwo.\n\n3. Third\n4. Fourth\n   - nested\n\nEnd.');
  });
});
