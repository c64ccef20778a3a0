/**
 * The command line as a user runs it: a real process, real files (docx built with JSZip, PDFs with
 * pdf-lib), exit codes and the JSON contract documented in the README.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../shared/catalog/index.ts';
import { makeDocx, makePasswordPdf } from '../support/make-files.ts';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../bin/clause-lens.js');
let dir: string;
/** Every test starts the CLI as a process, some three times over: on a busy 2-CPU machine 30 s is too short. */
const SUBPROCESS = { timeout: 90_000 };

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const JA_CONTRACT = [
  '業務委託契約書',
  '株式会社サンプル商事（以下「甲」という。）と株式会社テスト情報システム（以下「乙」という。）は、次のとおり契約を締結する。',
  '第1条（再委託）',
  '乙は、本業務の全部又は一部を第三者に再委託してはならない。ただし、あらかじめ甲の書面による承諾を得た場合はこの限りでない。',
  '第2条（個人情報の取扱い）',
  '乙は、甲から預託された顧客の個人情報を本業務以外の目的に利用してはならない。',
  '第3条（事故報告）',
  '乙は、個人情報の漏えい等の事故が発生したときは、速やかに甲に報告するものとする。',
].join('\n');

const EN_CLAUSES = [
  'Data Processing Terms',
  'The Supplier shall notify the Customer of any personal data breach without undue delay and in any event within 24 hours of becoming aware of it.',
  'The Supplier shall not engage any subprocessor without the prior written consent of the Customer.',
];

const docx = (paragraphs: string[]) => makeDocx(paragraphs.map((p) => ({ p })));

async function pdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  if (lines.length) {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    lines.forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 16, size: 9, font }));
  } else {
    page.drawRectangle({ x: 40, y: 400, width: 300, height: 200 }); // an image-only page: no text layer
  }
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clause-lens-cli-'));
  writeFileSync(join(dir, 'contract-ja.txt'), JA_CONTRACT);
  writeFileSync(join(dir, 'dpa-en.md'), EN_CLAUSES.join('\n\n'));
  writeFileSync(join(dir, 'dpa-en.docx'), await docx(EN_CLAUSES));
  writeFileSync(join(dir, 'dpa-en.pdf'), await pdf(EN_CLAUSES.flatMap((p) => p.match(/.{1,95}(\s|$)/g) ?? [])));
  writeFileSync(join(dir, 'scan.pdf'), await pdf([]));
  writeFileSync(join(dir, 'locked.pdf'), await makePasswordPdf());
  writeFileSync(join(dir, 'empty.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'not-a-zip.docx'), 'plain text pretending to be a Word file');
  const broken = new JSZip();
  broken.file('hello.txt', 'a zip without word/document.xml');
  writeFileSync(join(dir, 'corrupt.docx'), await broken.generateAsync({ type: 'nodebuffer' }));
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  writeFileSync(join(dir, 'notes.rtf'), '{\\rtf1 hello}');
  // Shift_JIS bytes of 「乙は、甲の承認を得なければならない。」 — old Japanese files still come this way.
  writeFileSync(join(dir, 'sjis.txt'), Buffer.from('89b382cd81418d6282cc8fb3944682f093be82c882af82ea82ce82c882e782c882a28142', 'hex'));
  writeFileSync(join(dir, 'long-line.txt'), 'The Supplier shall keep records. '.repeat(30_000));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('clause-lens check: JSON report', SUBPROCESS, () => {
  it('reports every catalog requirement, the context, parties and findings with original offsets', async () => {
    const { code, stdout } = await cli('check', 'contract-ja.txt', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: 'contract-ja.txt', language: 'ja', documentType: 'contract' });
    expect(Object.keys(report.context).sort()).toEqual(expect.arrayContaining(
      ['cloud', 'criticalFunctions', 'personalData', 'softwareDevelopment', 'subcontracting', 'tradeSecrets']));
    expect(report.context.personalData).toBe(true);
    expect(report.context.subcontracting).toBe('allowed');
    expect(report.requirements.map((r: { id: string }) => r.id).sort()).toEqual(catalog.requirements.map((r) => r.id).sort());
    const sub = report.requirements.find((r: { id: string }) => r.id === 'SUBCONTRACT-APPROVAL');
    expect(sub.status).not.toBe('missing');
    for (const e of sub.evidence) expect(JA_CONTRACT.slice(e.start, e.end)).toBe(e.text);
    expect(sub.evidence.some((e: { text: string }) => e.text.includes('書面による承諾'))).toBe(true);
    const incident = report.findings.find((f: { id: string }) => f.id === 'INCIDENT-NOTIFICATION:insufficient');
    expect(incident).toMatchObject({ kind: 'insufficient' });
    expect(incident.message.ja).toBeTruthy();
    expect(incident.message.en).toBeTruthy();
    expect(JA_CONTRACT.slice(incident.spans[0].start, incident.spans[0].end)).toContain('速やかに');
    expect(incident.suggestion.ja).toMatch(/時間|日/);
    const vague = report.findings.find((f: { kind: string }) => f.kind === 'vague');
    expect(JA_CONTRACT.slice(vague.spans[0].start, vague.spans[0].end)).toContain('速やかに');
    for (const t of sub.tests) expect(t).toEqual({ id: expect.any(String), core: expect.any(Boolean), found: expect.any(Boolean), met: expect.any(Boolean) });
  });

  it('gives an array for several files, in order', async () => {
    const { code, stdout } = await cli('check', 'dpa-en.md', 'contract-ja.txt', '--format', 'json');
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { file: string; language: string }) => [r.file, r.language])).toEqual([['dpa-en.md', 'en'], ['contract-ja.txt', 'ja']]);
  });

  it.each(['dpa-en.docx', 'dpa-en.pdf'])('reads %s like the same text in a plain file', async (file) => {
    const [plain, other] = await Promise.all([cli('check', 'dpa-en.md', '--format', 'json'), cli('check', file, '--format', 'json')]);
    expect(other.code).toBe(0);
    const status = (out: string) => Object.fromEntries(JSON.parse(out).requirements.map((r: { id: string; status: string }) => [r.id, r.status]));
    const a = status(plain.stdout);
    const b = status(other.stdout);
    expect(b['INCIDENT-NOTIFICATION']).toBe(a['INCIDENT-NOTIFICATION']);
    expect(b['SUBCONTRACT-APPROVAL']).toBe(a['SUBCONTRACT-APPROVAL']);
    expect(b['INCIDENT-NOTIFICATION']).not.toBe('missing');
  });

  it('decodes Shift_JIS text files', async () => {
    const { code, stdout } = await cli('check', 'sjis.txt', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toContain('甲の承認');
  });

  it('handles a document that is one extremely long line', { timeout: 120_000 }, async () => {
    const { code, stdout } = await cli('check', 'long-line.txt', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).language).toBe('en');
  });
});

describe('clause-lens check: text and Markdown', SUBPROCESS, () => {
  it('prints findings grouped by stage with line:col and the quoted evidence', async () => {
    const { code, stdout } = await cli('check', 'contract-ja.txt', '--lang', 'en');
    expect(code).toBe(0);
    const line = JA_CONTRACT.split('\n').findIndex((l) => l.includes('速やかに')) + 1;
    expect(stdout).toContain(`${line}:1`);
    expect(stdout).toMatch(/⑥/);
    expect(stdout).toContain('> 乙は、個人情報の漏えい等の事故が発生したときは');
  });

  it('writes a Markdown review with a heading per file and the requirement table', async () => {
    const { code, stdout } = await cli('check', 'dpa-en.md', '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# /m);
    expect(stdout).toMatch(/^\|.*\|$/m);
    expect(stdout).toContain('dpa-en.md');
  });
});

describe('clause-lens check --packs', SUBPROCESS, () => {
  const ownRule = {
    id: 'ACME-ESCROW', title: { ja: 'ソースコードの預託', en: 'Source code escrow' }, why: { ja: '事業継続のため。', en: 'Continuity if the supplier fails.' },
    category: 'exit', stage: 'S7', documents: { must: ['contract'] }, appliesWhen: ['always'], obligatedParty: 'contractor',
    flowsDown: false, basis: 'good_practice', severity: 'high',
    concepts: { escrow: { ja: ['ソースコードの預託', 'エスクロー'], en: ['source code escrow', 'escrow agent'] } },
    match: { sentence: 'escrow' }, tests: [{ id: 'deposit', core: true, title: { ja: '預託', en: 'Deposit' }, found: 'escrow' }],
    signals: { ja: ['エスクロー'], en: ['escrow'] }, references: [],
    modelClauses: [{ lang: 'ja', text: '乙はソースコードをエスクロー機関に預託する。' }, { lang: 'en', text: 'Supplier shall deposit the source code with an escrow agent.' }],
    examples: { pass: [{ lang: 'ja', text: '乙はソースコードをエスクロー機関に預託する。' }, { lang: 'en', text: 'The source code escrow is maintained.' }], nearMiss: [{ lang: 'en', text: 'Source code is kept.' }] },
  };

  it('applies a pack: own requirement added, a catalog requirement disabled, severity changed', async () => {
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ name: 'ACME house rules', disable: ['PHYSICAL-SECURITY'], severity: { 'INCIDENT-NOTIFICATION': 'high' }, requirements: [ownRule] }));
    const { code, stdout } = await cli('check', 'contract-ja.txt', '--format', 'json', '--packs', 'pack.json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const ids = report.requirements.map((r: { id: string }) => r.id);
    expect(ids).toContain('ACME-ESCROW');
    expect(ids).not.toContain('PHYSICAL-SECURITY');
    expect(report.findings.find((f: { id: string }) => f.id === 'ACME-ESCROW:missing')?.severity).toBe('high');
    expect(report.findings.find((f: { id: string }) => f.id === 'INCIDENT-NOTIFICATION:insufficient')?.severity).toBe('medium'); // insufficient: one level under the pack's high
  });

  it('rejects a malformed rule naming the field', async () => {
    writeFileSync(join(dir, 'bad-pack.json'), JSON.stringify([{ name: 'ok' }, { name: 'broken', requirements: [{ ...ownRule, stage: 'S9' }] }]));
    const { code, stderr } = await cli('check', 'contract-ja.txt', '--packs', 'bad-pack.json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad-pack\.json: invalid requirement pack: 1\.requirements\.0\.stage/);
  });
});

describe('clause-lens exit codes and input errors', SUBPROCESS, () => {
  it('exits 1 when a finding reaches --fail-on, 0 otherwise', async () => {
    expect((await cli('check', 'contract-ja.txt', '--fail-on', 'low')).code).toBe(1);
    const json = JSON.parse((await cli('check', 'contract-ja.txt', '--format', 'json')).stdout);
    const hasHigh = json.findings.some((f: { severity: string }) => f.severity === 'high');
    expect((await cli('check', 'contract-ja.txt', '--fail-on', 'high')).code).toBe(hasHigh ? 1 : 0);
  });

  it.each([
    [['check'], /no input file/],
    [['lint', 'x.txt'], /unknown command/],
    [['check', 'contract-ja.txt', '--format', 'xml'], /--format/],
    [['check', 'contract-ja.txt', '--lang', 'fr'], /--lang/],
    [['check', 'contract-ja.txt', '--type', 'memo'], /--type/],
    [['check', 'contract-ja.txt', '--fail-on', 'critical'], /--fail-on/],
    [['check', 'missing.txt'], /missing\.txt: no such file/],
    [['check', 'empty.txt'], /empty/],
    [['check', 'binary.txt'], /binary|encoding/],
    [['check', 'not-a-zip.docx'], /not a valid \.docx/],
    [['check', 'corrupt.docx'], /corrupt \.docx/],
    [['check', 'scan.pdf'], /no text layer/],
    [['check', 'locked.pdf'], /password-protected PDF/],
    [['check', 'huge.txt'], /too large/],
    [['check', 'notes.rtf'], /unsupported file type/],
  ])('%j → exit 2 with a one-line reason', async (args, reason) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(stdout).toBe('');
  });

  it('keeps the bundled examples analysable (the README run command uses them)', () => {
    for (const f of ['spec-ja.md', 'contract-en.md']) {
      expect(readFileSync(resolve(import.meta.dirname, '../../examples', f), 'utf8').length).toBeGreaterThan(500);
    }
  });
});
