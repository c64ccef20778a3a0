/**
 * Measures the engine on ../shared/corpus (labels never enter the project):
 *   npm run eval [-- --corpus real|ja|cuad|contractnli] [--detail REQUIREMENT-ID] [--layout plain|wrapped]
 * Per corpus and requirement: precision / recall / F1 of "addressed" (status ≠ missing), agreement on
 * "sufficient", and the keyword baseline side by side. --layout reads the labelled corpora's documents as
 * another extractor lays them out (scripts/layouts.ts): markdown stripped, tables as tab-separated rows
 * (plain), and hard-wrapped at a page's width as well (wrapped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, analyzeDetailed } from '../shared/engine/analyze.ts';
import { compileBaseline } from '../shared/engine/baseline.ts';
import { catalog } from '../shared/catalog/index.ts';
import type { Report } from '../shared/schemas/report.ts';
import { evaluateResponsibility } from './eval-responsibility.ts';
import { laidOut, LAYOUTS, type Layout } from './layouts.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.env.CLAUSE_LENS_CORPUS ?? resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const argOf = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const onlyCorpus = argOf('--corpus');
const detail = argOf('--detail');
const layout = (argOf('--layout') ?? 'as-written') as Layout;
if (!LAYOUTS.includes(layout)) {
  console.error(`eval: --layout must be one of ${LAYOUTS.join(', ')}`);
  process.exit(2);
}
const baseline = compileBaseline(catalog);

if (!existsSync(corpusDir)) {
  console.log(`eval: no corpus at ${corpusDir} — skipped (set CLAUSE_LENS_CORPUS to measure).`);
  process.exit(0);
}

interface Counts { tp: number; fp: number; fn: number; tn: number }
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const add = (c: Counts, predicted: boolean, actual: boolean) => {
  if (predicted && actual) c.tp++; else if (predicted) c.fp++; else if (actual) c.fn++; else c.tn++;
};
const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(2);

function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}

interface Item { doc: string; key: string; actual: boolean; predicted: boolean; baseline: boolean; sufficientActual?: boolean; sufficientPredicted?: boolean; evidence?: string }

function printTable(title: string, items: Item[]) {
  const keys = [...new Set(items.map((i) => i.key))];
  console.log(`\n== ${title} ==`);
  console.log(`${'requirement'.padEnd(34)} ${'n+'.padStart(3)}  engine P / R / F1     baseline P / R / F1   suff.agree`);
  const micro = empty();
  const microBase = empty();
  let agree = 0;
  let agreeN = 0;
  for (const key of keys) {
    const rows = items.filter((i) => i.key === key);
    const c = empty();
    const b = empty();
    let a = 0;
    let n = 0;
    for (const row of rows) {
      add(c, row.predicted, row.actual); add(micro, row.predicted, row.actual);
      add(b, row.baseline, row.actual); add(microBase, row.baseline, row.actual);
      if (row.actual && row.predicted && row.sufficientActual !== undefined) {
        n++; if (row.sufficientActual === row.sufficientPredicted) a++;
      }
    }
    agree += a; agreeN += n;
    const e = prf(c);
    const bb = prf(b);
    console.log(`${key.padEnd(34)} ${String(c.tp + c.fn).padStart(3)}  ${fmt(e.p)} / ${fmt(e.r)} / ${fmt(e.f)}    ${fmt(bb.p)} / ${fmt(bb.r)} / ${fmt(bb.f)}    ${n ? `${a}/${n}` : '-'}`);
  }
  const e = prf(micro);
  const bb = prf(microBase);
  console.log(`${'MICRO'.padEnd(34)} ${String(micro.tp + micro.fn).padStart(3)}  ${fmt(e.p)} / ${fmt(e.r)} / ${fmt(e.f)}    ${fmt(bb.p)} / ${fmt(bb.r)} / ${fmt(bb.f)}    ${agreeN ? fmt(agree / agreeN) : '-'} (${agree}/${agreeN})`);
  if (detail) {
    for (const row of items.filter((i) => i.key === detail && i.predicted !== i.actual)) {
      console.log(`  ${row.predicted ? 'FP' : 'FN'} ${row.doc}${row.evidence ? `  «${row.evidence}»` : ''}`);
    }
    for (const row of items.filter((i) => i.key === detail && i.actual && i.predicted && i.sufficientActual !== i.sufficientPredicted)) {
      console.log(`  SUFF label=${row.sufficientActual} engine=${row.sufficientPredicted} ${row.doc}  «${row.evidence}»`);
    }
  }
  return { f1: e.f, baseF1: bb.f, agreement: agreeN ? agree / agreeN : NaN };
}

function labelledCorpus(name: string) {
  const dir = join(corpusDir, name);
  const labels = readTsv(join(dir, 'labels.tsv'));
  const docs = [...new Set(labels.map((l) => l.doc))];
  const items: Item[] = [];
  for (const doc of docs) {
    const written = readFileSync(join(dir, `${doc}.md`), 'utf8');
    const text = laidOut(written, layout, /[\u3040-\u30ff]/.test(written) ? 'ja' : 'en');
    const { report } = analyzeDetailed(text);
    const base = baseline.addressed(text);
    for (const label of labels.filter((l) => l.doc === doc)) {
      const r = report.requirements.find((x) => x.id === label.requirement);
      if (!r) continue;
      const tests = r.tests.filter((t) => t.core);
      items.push({
        doc, key: label.requirement, actual: label.addressed === 'yes', predicted: r.status !== 'missing',
        baseline: base.has(label.requirement),
        sufficientActual: label.sufficient === '-' ? undefined : label.sufficient === 'yes',
        sufficientPredicted: r.status === 'sufficient',
        evidence: detail === label.requirement
          ? `${r.evidence[0]?.text.slice(0, 100).replace(/\s+/g, ' ') ?? ''} | unmet: ${tests.filter((t) => !t.met).map((t) => t.id).join(',')} | label: ${label.evidence.slice(0, 80)}`
          : undefined,
      });
    }
  }
  return printTable(`${name}: addressed (status ≠ missing), ${docs.length} documents${layout === 'as-written' ? '' : `, laid out ${layout}`}`, items);
}

const testFound = (report: Report, req: string, test: string) =>
  report.requirements.find((r) => r.id === req)?.tests.find((t) => t.id === test)?.found ?? false;
const addressedIn = (report: Report, req: string) => report.requirements.find((r) => r.id === req)?.status !== 'missing';

function cuad() {
  const dir = join(corpusDir, 'cuad');
  const rows = readTsv(join(dir, 'labels.tsv'));
  const mapping: [string, (r: Report) => boolean, string][] = [
    ['Audit Rights', (r) => addressedIn(r, 'AUDIT-INSPECTION-RIGHTS'), 'AUDIT-INSPECTION-RIGHTS'],
    ['Post-Termination Services', (r) => addressedIn(r, 'EXIT-TRANSITION-SUPPORT'), 'EXIT-TRANSITION-SUPPORT'],
    ['Insurance', (r) => testFound(r, 'LIABILITY-DAMAGES-INSURANCE', 'insurance'), 'LIABILITY-DAMAGES-INSURANCE'],
    ['Cap On Liability', (r) => testFound(r, 'LIABILITY-DAMAGES-INSURANCE', 'caps-carveouts'), 'LIABILITY-DAMAGES-INSURANCE'],
  ];
  const items: Item[] = [];
  for (const row of rows) {
    const text = readFileSync(join(dir, row.txt_file), 'utf8');
    const report = analyze(text);
    const base = baseline.addressed(text);
    for (const [label, predict, req] of mapping) {
      items.push({ doc: row.id, key: label, actual: row[label] === 'Yes', predicted: predict(report), baseline: base.has(req) });
    }
  }
  return printTable(`cuad: ${rows.length} contracts (mapped categories)`, items);
}

function contractNli() {
  const data = JSON.parse(readFileSync(join(corpusDir, 'contractnli', 'dev.json'), 'utf8')) as {
    documents: { id: number; file_name: string; text: string; annotation_sets: { annotations: Record<string, { choice: string }> }[] }[];
  };
  const mapping: [string, (r: Report) => boolean, string][] = [
    ['nda-16', (r) => addressedIn(r, 'DATA-RETURN-DELETION'), 'DATA-RETURN-DELETION'],
    ['nda-17', (r) => addressedIn(r, 'COPY-REMOVAL-RESTRICTION'), 'COPY-REMOVAL-RESTRICTION'],
    ['nda-4', (r) => addressedIn(r, 'PURPOSE-LIMITATION'), 'PURPOSE-LIMITATION'],
    ['nda-5', (r) => testFound(r, 'CONFIDENTIALITY', 'need-to-know'), 'CONFIDENTIALITY'],
    ['nda-8', (r) => testFound(r, 'CONFIDENTIALITY', 'compelled-disclosure'), 'CONFIDENTIALITY'],
    ['nda-19', (r) => testFound(r, 'CONFIDENTIALITY', 'survival'), 'CONFIDENTIALITY'],
  ];
  const items: Item[] = [];
  for (const doc of data.documents) {
    const report = analyze(doc.text);
    const base = baseline.addressed(doc.text);
    const annotations = doc.annotation_sets[0].annotations;
    for (const [label, predict, req] of mapping) {
      const choice = annotations[label]?.choice ?? 'NotMentioned';
      items.push({ doc: doc.file_name, key: label, actual: choice !== 'NotMentioned', predicted: predict(report), baseline: base.has(req) });
    }
  }
  return printTable(`contractnli: ${data.documents.length} NDAs (addressed = Entailment or Contradiction)`, items);
}

const started = performance.now();
const summary: Record<string, ReturnType<typeof printTable>> = {};
if (!onlyCorpus || onlyCorpus === 'real') summary.real = labelledCorpus('real');
if (!onlyCorpus || onlyCorpus === 'ja') summary.ja = labelledCorpus('ja');
if (!onlyCorpus || onlyCorpus === 'cuad') summary.cuad = cuad();
if (!onlyCorpus || onlyCorpus === 'contractnli') summary.contractnli = contractNli();
// spans (where labelled), party roles, document types and context flags of the labelled corpora measured
if (!onlyCorpus || onlyCorpus === 'ja' || onlyCorpus === 'real') evaluateResponsibility(corpusDir, onlyCorpus ? [onlyCorpus] : undefined);
console.log('\n== summary (targets: real/ja F1 ≥ 0.90, sufficiency ≥ 0.80; cuad/contractnli F1 ≥ 0.85) ==');
for (const [name, s] of Object.entries(summary)) {
  console.log(`${name.padEnd(12)} engine F1 ${fmt(s.f1)}  baseline F1 ${fmt(s.baseF1)}  sufficiency ${Number.isNaN(s.agreement) ? '-' : fmt(s.agreement)}`);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
