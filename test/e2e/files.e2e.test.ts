/**
 * (c) The files page: a .docx (Japanese, with a table) and a .pdf (English) generated here are
 * rendered, checked and highlighted inline; a table printed to PDF by Chromium reads as the command line
 * reads the same file; a corrupt .docx, a ZIP that is not a .docx, a PDF
 * without text and a broken PDF give a clear message and never "no findings".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { PDFDocument, rgb } from 'pdf-lib';
import { makeDocx, makePasswordPdf, makePdf } from '../support/make-files';
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDocument } from '../../cli/read.ts';
import { analyze } from '../../shared/engine/analyze.ts';
import { highlightsIn, launch, setSettings, shot, type Browser } from './helpers';
import { CHROMIUM } from './paths';

const DOCX_BLOCKS = [
  { p: '個人情報取扱業務委託契約書', bold: true },
  { p: '株式会社青葉物流（以下「甲」という。）と株式会社白樺データ（以下「乙」という。）は、甲の配送管理システムの保守業務の委託について、次のとおり契約する。' },
  { p: '第1条（安全管理）', bold: true },
  { p: '乙は、甲から預託された個人情報について、必要かつ適切な安全管理措置を講じるものとする。' },
  { p: '第2条（事故の報告）', bold: true },
  { p: '乙は、個人情報の漏えい等の事故が発生したときは、速やかに甲に報告しなければならない。' },
  { p: '第3条（管理体制）', bold: true },
  { table: [['項目', '乙の対応'], ['ログ', '作業ログは適宜保存する。'], ['教育', '従事者に対し、年1回以上の情報セキュリティ教育を実施する。']] },
  { p: '第4条（協議）', bold: true },
  { p: '本契約に定めのない事項は、甲乙別途協議して定める。' },
];

const PDF_LINES = [
  'Data Processing Agreement',
  '1. Parties. This Agreement is made between Northwind Retail Ltd. ("Customer") and Bluefin Hosting Inc. ("Supplier").',
  '2. Security. Supplier shall implement appropriate technical and organisational measures as appropriate to protect Customer Data.',
  '3. Incidents. Supplier shall promptly notify Customer of any personal data breach.',
  '4. Subprocessors. Supplier may engage subprocessors to perform the services.',
  '5. Deletion. Upon termination, Supplier shall delete Customer Data within 30 days and provide a written certificate of deletion.',
];

let b: Browser;
let page: Page;

beforeAll(async () => {
  b = await launch();
  await setSettings(b, { lang: 'ja' });
  page = await b.context.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(b.url('files.html'));
  await page.locator('.drop').waitFor();
});

afterAll(async () => { await b?.close(); });

async function open(name: string, buffer: Buffer, mimeType: string) {
  await page.locator('#file-input').setInputFiles({ name, mimeType, buffer });
  // the header names the file as soon as loading starts (and the previous result is gone)
  await page.locator('header .doc', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.locator('li.finding, #file-error').first().waitFor({ timeout: 60_000 });
}
const finding = (id: string) => page.locator(`li.finding[data-finding^="${id}"]`);

describe('files page', () => {
  test('a .docx (Japanese, with a table) is rendered, checked and highlighted', async () => {
    await open('委託契約.docx', await makeDocx(DOCX_BLOCKS), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await expect(page.locator('#file-error').count()).resolves.toBe(0);
    await expect(page.locator('#doc-body table td').count()).resolves.toBe(6);
    await expect(finding('VAG-PROMPTLY').locator('.evidence').first().textContent()).resolves.toContain('速やかに');
    // 適宜 is in a table cell
    await expect(finding('VAG-AS-APPROPRIATE').locator('.evidence').first().textContent()).resolves.toContain('適宜');
    await expect(finding('INCIDENT-NOTIFICATION').getAttribute('data-kind')).resolves.toBe('insufficient');
    await expect(page.locator('header .doc').textContent()).resolves.toContain('委託契約.docx');
    const hl = await highlightsIn(page);
    expect(Object.values(hl).reduce((a, n) => a + n, 0)).toBeGreaterThan(3);
    await finding('VAG-AS-APPROPRIATE').locator('.evidence').first().click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('clause-lens-flash'));
    await shot(page, 'files-docx');
  });

  test('a .docx numbered by Word lists shows its article numbers, and the engine reads them', async () => {
    const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="第%1条"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const article = (title: string) => ({ p: title, list: { numId: 1, level: 0 } });
    await open('番号付き.docx', await makeDocx([
      { p: '業務委託契約書' }, article('（安全管理）'), { p: '乙は、個人情報について必要かつ適切な安全管理措置を講じる。' },
      article('（事故の報告）'), { p: '乙は、事故が発生したときは、直ちに甲に報告しなければならない。', list: { numId: 1, level: 1 } },
    ], { numbering }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await expect(page.locator('#file-error').count()).resolves.toBe(0);
    await expect(page.locator('#doc-body').textContent()).resolves.toMatch(/第２条 （事故の報告）/);
    await expect(page.locator('#doc-body li').count()).resolves.toBe(0);
  });

  test('a .pdf is rendered with its text layer, checked and highlighted', async () => {
    await open('dpa.pdf', await makePdf(PDF_LINES), 'application/pdf');
    await expect(page.locator('#file-error').count()).resolves.toBe(0);
    await expect(page.locator('.pdf-page').count()).resolves.toBe(1);
    await expect(finding('VAG-PROMPTLY').locator('.evidence').first().textContent()).resolves.toContain('promptly');
    await expect(finding('SUBCONTRACT-APPROVAL').getAttribute('data-kind')).resolves.toBe('insufficient');
    const hl = await highlightsIn(page);
    expect(Object.values(hl).reduce((a, n) => a + n, 0)).toBeGreaterThan(2);
    // the canvas is painted (lazily, when the page is in view)
    await page.waitForFunction(() => {
      const c = document.querySelector('.pdf-page canvas') as HTMLCanvasElement | null;
      const d = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return !!d && d.some((v, i) => i % 4 === 3 && v > 0);
    }, null, { timeout: 30_000 });
    await shot(page, 'files-pdf');
  });

  test('a table printed to PDF reads row by row, as the command line reads the same file', async () => {
    const rows = [
      ['Activity', 'Customer security office', 'Supplier operations team', 'Cloud hosting provider'],
      ['Patching of operating systems and database software', 'A', 'R (testing and deployment)', 'I'],
      ['Monthly review of privileged access logs', 'A', 'R', '–'],
      ['Security incident response and notice to the regulator', 'R (notice)', 'R (containment)', 'C'],
    ];
    const printer = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const print = await printer.newPage();
    const cell = (c: string, i: number) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`);
    await print.setContent(`<html><body style="font: 10.5pt serif">
      <p>Schedule 2. Responsibilities. Customer Systems Ltd ("Customer") and Harbour IT Services Ltd ("Supplier") allocate the security duties as follows (R = responsible, A = accountable, C = consulted, I = informed).</p>
      <table style="border-collapse: collapse; width: 80%">${rows.map((r, k) => `<tr>${r.map((c) => cell(c, k)).join('')}</tr>`).join('')}</table>
      <p>Any activity not listed above is the Supplier's responsibility.</p></body></html>`);
    const pdf = await print.pdf({ format: 'A4' });
    await printer.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'clause-lens-files-'));
    const file = path.join(dir, 'raci.pdf');
    writeFileSync(file, pdf);
    const cli = analyze(await readDocument(file));
    rmSync(dir, { recursive: true, force: true });
    expect(cli.requirements.find((r) => r.id === 'RESPONSIBILITY-BOUNDARY')!.status).toBe('sufficient');

    await open('raci.pdf', pdf, 'application/pdf');
    const shown = await page.locator('li.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect([...shown].sort()).toEqual(cli.findings.map((f) => f.id).sort());
    await expect(finding('RESPONSIBILITY-BOUNDARY').count()).resolves.toBe(0);
  });

  const unreadable = /ファイルを読み取れませんでした。指摘がないという意味ではありません。/;
  const noText = /読み取れる本文がありません.*チェックは行われていません/;
  // the reason is said in the page's language; the parser's English stays folded under 技術的な詳細
  const notDocx = /Word 文書（\.docx）として開けませんでした/;
  const notPdf = /PDF として開けませんでした/;
  const cases: [string, () => Promise<Buffer>, string, RegExp, RegExp?][] = [
    ['a corrupt .docx', async () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 7)]), 'broken.docx', unreadable, notDocx],
    ['a .docx that is not a ZIP', async () => Buffer.from('これは Word 文書ではありません'.repeat(20)), 'plain.docx', unreadable, notDocx],
    ['a ZIP that is not a .docx', async () => { const z = new JSZip(); z.file('a.txt', 'hello'); return z.generateAsync({ type: 'nodebuffer' }); }, 'other.docx', unreadable, notDocx],
    ['a PDF without text (a scan)', async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage([595, 842]).drawRectangle({ x: 80, y: 400, width: 400, height: 300, color: rgb(0.7, 0.7, 0.75) });
      return Buffer.from(await pdf.save());
    }, 'scan.pdf', noText],
    ['a broken PDF', async () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog\nthis is not a pdf'), 'broken.pdf', unreadable, notPdf],
    ['a password-protected PDF', makePasswordPdf, 'locked.pdf', unreadable, /パスワードで保護された PDF です/],
  ];
  for (const [label, make, name, message, reason] of cases) {
    test(`${label} gives a clear message, never "no findings"`, async () => {
      await open(name, await make(), name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream');
      await expect(page.locator('#file-error').textContent()).resolves.toMatch(message);
      if (reason) {
        await expect(page.locator('#file-error .reason').textContent()).resolves.toMatch(reason);
        await expect(page.locator('#file-error .technical').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      }
      await expect(page.locator('li.finding').count()).resolves.toBe(0);
      await expect(page.locator('.report').count()).resolves.toBe(0);
      await expect(page.getByText('指摘事項はありません').count()).resolves.toBe(0);
      expect(await highlightsIn(page)).toEqual({});
      if (name === 'broken.docx') await shot(page, 'files-error-docx');
      if (name === 'scan.pdf') await shot(page, 'files-error-pdf-no-text');
    });
  }
});
