/**
 * (e) PDFs as a user has them: Chromium prints a contract (A4, page numbers in the footer; Japanese in IPA
 * Gothic), and the CLI's reader (pdf.js) extracts its text layer — every line cut at the page width, sentences
 * broken across pages by 「－ N －」 or "Page N of M". The requirement statuses must be those of the same
 * contract as plain text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readDocument } from '../../cli/read.ts';
import { catalog } from '../../shared/catalog/index.ts';
import { analyze } from '../../shared/engine/analyze.ts';
import { CHROMIUM } from './paths';

/** A contract of every requirement's model clause, one article each. */
const contract = (lang: 'ja' | 'en') => [
  lang === 'ja' ? '業務委託契約書' : 'SERVICES AGREEMENT', '',
  ...catalog.requirements.flatMap((r, k) => {
    const clause = r.modelClauses.find((c) => c.lang === lang);
    if (!clause) return [];
    return [lang === 'ja' ? `第${k + 1}条（${r.title.ja}）` : `${k + 1}. ${r.title.en}`, clause.text, ''];
  }),
].join('\n');
const FOOTER = {
  ja: '－ <span class="pageNumber"></span> －',
  en: 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
};

const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  dir = mkdtempSync(path.join(tmpdir(), 'clause-lens-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a contract printed to PDF by Chromium', () => {
  test.each(['ja', 'en'] as const)('%s: reads like the same contract as text (wrapped lines and page breaks read across)', async (lang) => {
    const text = contract(lang);
    const page = await browser.newPage();
    await page.setContent(`<html><head><meta charset="utf-8"><style>
      body { font-family: ${lang === 'ja' ? "'IPAGothic', 'IPAPGothic', sans-serif" : 'serif'}; font-size: 10.5pt; }
      p { margin: 0 0 5pt; }</style></head>
      <body>${text.split('\n').map((line) => `<p>${esc(line) || '&nbsp;'}</p>`).join('')}</body></html>`);
    const file = path.join(dir, `contract-${lang}.pdf`);
    writeFileSync(file, await page.pdf({
      format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '25mm', right: '25mm' }, displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">${FOOTER[lang]}</div>`,
    }));
    await page.close();

    const extracted = await readDocument(file);
    const lines = extracted.split('\n');
    // the text layer really is hard-wrapped and paged
    expect(lines.length).toBeGreaterThan(text.split('\n').length * 1.5);
    expect(lines.filter((l) => /^(?:－\s*\d+\s*－|page \d+ of \d+)$/i.test(l.trim())).length).toBeGreaterThan(3);

    const statuses = (t: string) => analyze(t).requirements.map((r) => `${r.id}:${r.status}`);
    expect(statuses(extracted)).toEqual(statuses(text));
  });
});

/** A responsibility table whose narrow columns wrap most cells onto several lines. */
const TABLE = {
  en: {
    intro: 'Schedule 4. The table below allocates the security duties. R = responsible, A = accountable, C = consulted, I = informed.',
    rows: [
      ['Activity', 'Customer IT security team', 'Provider service desk', 'Provider hosting operations', 'Network carrier'],
      ['Patching of operating systems and middleware', 'I', 'A', 'R (testing and deployment)', '–'],
      ['Review of privileged access logs every month', 'A', 'C', 'R', '–'],
      ['Security incident response and notification to regulators', 'R/A', 'C', 'R (containment)', 'I'],
      ['Backups', 'I', 'R', 'A', '–'],
    ],
    after: 'Any activity not listed above is the Provider\'s responsibility.',
  },
  ja: {
    intro: '別表４　情報セキュリティに関する役割分担は、次の表のとおりとする。○は実施、△は支援を示す。',
    rows: [
      ['作業項目', '甲（情報システム課）', '乙（運用保守担当）', 'クラウド事業者'],
      ['オペレーティングシステム及びミドルウェアの脆弱性対応', '△', '○（検証及び適用）', '－'],
      ['特権アカウントのアクセスログの定期的な確認', '○', '△', '－'],
      ['情報セキュリティインシデント発生時の初動対応及び関係機関への報告', '○（報告）', '○（初動対応）', '△'],
      ['バックアップ', '－', '○', '△'],
    ],
    after: '前項の表に定めのない事項は、甲乙協議の上定める。',
  },
};

describe('a table printed to PDF by Chromium', () => {
  test.each(['ja', 'en'] as const)('%s: comes back row by row, one tab-separated line per row, its cells whole', async (lang) => {
    const { intro, rows, after } = TABLE[lang];
    const page = await browser.newPage();
    await page.setContent(`<html><head><meta charset="utf-8"><style>
      body { font-family: ${lang === 'ja' ? "'IPAGothic', 'IPAPGothic', sans-serif" : 'serif'}; font-size: 10.5pt; }
      table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #888; padding: 2px 4px; width: 20%; }</style></head>
      <body><p>${esc(intro)}</p><table>${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</table>
      <p>${esc(after)}</p></body></html>`);
    const file = path.join(dir, `table-${lang}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '25mm', right: '25mm' } }));
    await page.close();

    const extracted = await readDocument(file);
    const tableLines = extracted.split('\n').filter((l) => l.includes('\t'));
    const cellsOf = (cells: string[]) => cells.map((c) => c.replace(/\s+/g, lang === 'ja' ? '' : ' ').trim());
    expect(tableLines.map((l) => cellsOf(l.split('\t')))).toEqual(rows.map(cellsOf));
    // …so the duties are read from the table as from the same table in a Word file
    const asText = [intro, ...rows.map((r) => r.join('\t')), after].join('\n');
    const boundary = (t: string) => analyze(t).requirements.find((r) => r.id === 'RESPONSIBILITY-BOUNDARY')!.status;
    expect(boundary(extracted)).toBe(boundary(asText));
    expect(boundary(extracted)).not.toBe('missing');
  });
});
