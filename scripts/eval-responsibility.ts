/**
 * Responsibility measurements (issue 3), called by scripts/eval.ts:
 *  - span precision / recall of vague, unassigned and agree-later findings against ja/spans.tsv — a
 *    finding matches a labelled quote of the same kind when their spans overlap;
 *  - party role accuracy against docs.tsv (ja/ and real/): every labelled party found with its role.
 * CLAUSE_LENS_SPAN_DETAIL=1 lists the misses and false alarms per document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../shared/engine/analyze.ts';
import type { Report } from '../shared/schemas/report.ts';

const KINDS = ['vague', 'unassigned', 'agree-later'] as const;
type Kind = (typeof KINDS)[number];

function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}
const fmt = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2));

export interface SpanScores { precision: number; recall: number; byKind: Record<Kind, { p: number; r: number; found: number; labels: number }> }

/** Span P/R over the documents of `dir` that have labels in spans.tsv. */
export function spanScores(dir: string, reports: Map<string, { text: string; report: Report }>, detail = false): SpanScores {
  const labels = readTsv(join(dir, 'spans.tsv'));
  const byKind = {} as SpanScores['byKind'];
  let tpF = 0, nF = 0, tpL = 0, nL = 0;
  for (const kind of KINDS) {
    let kTpF = 0, kNF = 0, kTpL = 0, kNL = 0;
    for (const [doc, { text, report }] of reports) {
      const quotes = labels.filter((l) => l.doc === doc && l.kind === kind).map((l) => {
        const spans: { start: number; end: number }[] = [];
        for (let i = text.indexOf(l.quote); i >= 0; i = text.indexOf(l.quote, i + 1)) spans.push({ start: i, end: i + l.quote.length });
        return { quote: l.quote, signal: l.signal, spans };
      });
      const findings = report.findings.filter((f) => f.kind === kind && f.spans.length);
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      for (const f of findings) {
        const ok = quotes.some((q) => q.spans.some((s) => f.spans.some((fs) => overlaps(fs, s))));
        kNF++; if (ok) kTpF++;
        else if (detail) console.log(`  FP ${doc} ${kind} ${f.id} «${text.slice(f.spans[0].start, f.spans[0].end).replace(/\s+/g, ' ').slice(0, 90)}»`);
      }
      for (const q of quotes) {
        const ok = findings.some((f) => q.spans.some((s) => f.spans.some((fs) => overlaps(fs, s))));
        kNL++; if (ok) kTpL++;
        else if (detail) console.log(`  FN ${doc} ${kind} ${q.signal} «${q.quote.slice(0, 90)}»${q.spans.length ? '' : ' (quote not found)'}`);
      }
    }
    byKind[kind] = { p: kNF ? kTpF / kNF : NaN, r: kNL ? kTpL / kNL : NaN, found: kNF, labels: kNL };
    tpF += kTpF; nF += kNF; tpL += kTpL; nL += kNL;
  }
  return { precision: nF ? tpF / nF : NaN, recall: nL ? tpL / nL : NaN, byKind };
}

const cleanLabel = (l: string) => l.replace(/[（(].*$/, '').split('/')[0].trim().toLowerCase().replace(/^the\s+/, '');

/** Party role accuracy: a document is right when every labelled party is found with its role. */
export function partyScores(dir: string, reports: Map<string, { report: Report }>, detail = false) {
  const docs = readTsv(join(dir, 'docs.tsv'));
  let right = 0, total = 0, pRight = 0, pTotal = 0;
  for (const d of docs) {
    const r = reports.get(d.doc);
    if (!r || !d.parties || d.parties === '-') continue;
    total++;
    let all = true;
    for (const pair of d.parties.split(';')) {
      const [label, role] = pair.split('=');
      const want = cleanLabel(label);
      pTotal++;
      // a label may shorten the name the document gives ("Kaveri Infosystems" for "Kaveri Infosystems Limited")
      const found = r.report.parties.filter((p) => p.label.toLowerCase() === want || p.names.some((n) => n.toLowerCase() === want || n.toLowerCase().startsWith(`${want} `)));
      const ok = found.some((p) => p.role === role);
      if (ok) pRight++;
      else { all = false; if (detail) console.log(`  party ${d.doc}: ${label}=${role}, got ${found.map((p) => p.role).join(',') || 'none'} (${r.report.parties.map((p) => `${p.label}=${p.role}`).join('; ')})`); }
    }
    if (all) right++;
  }
  return { documents: total, documentsRight: right, parties: pTotal, partiesRight: pRight };
}

export function evaluateResponsibility(corpusDir: string, corpora: string[] = ['ja', 'real']): void {
  const detail = process.env.CLAUSE_LENS_SPAN_DETAIL === '1';
  for (const corpus of corpora) {
    const dir = join(corpusDir, corpus);
    if (!existsSync(join(dir, 'docs.tsv'))) continue;
    const reports = new Map<string, { text: string; report: Report }>();
    const docs = readTsv(join(dir, 'docs.tsv'));
    for (const d of docs) {
      const file = ['md', 'txt'].map((ext) => join(dir, `${d.doc}.${ext}`)).find((f) => existsSync(f));
      if (!file) continue;
      const text = readFileSync(file, 'utf8');
      reports.set(d.doc, { text, report: analyze(text) });
    }
    if (existsSync(join(dir, 'spans.tsv'))) {
      console.log(`\n== ${corpus}: responsibility spans (a finding matches a labelled quote of its kind when they overlap) ==`);
      const s = spanScores(dir, reports, detail);
      console.log(`${'kind'.padEnd(12)} ${'labels'.padStart(6)} ${'found'.padStart(6)}  precision  recall`);
      for (const kind of KINDS) {
        const k = s.byKind[kind];
        console.log(`${kind.padEnd(12)} ${String(k.labels).padStart(6)} ${String(k.found).padStart(6)}  ${fmt(k.p).padStart(9)}  ${fmt(k.r).padStart(6)}`);
      }
      console.log(`${'all'.padEnd(12)} ${''.padStart(6)} ${''.padStart(6)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}   (targets: precision ≥ 0.80, recall ≥ 0.85)`);
    }
    const p = partyScores(dir, reports, detail);
    console.log(`== ${corpus}: party roles — documents right ${p.documentsRight}/${p.documents}, parties right ${p.partiesRight}/${p.parties} (target: every document) ==`);
    const types = docs.filter((d) => reports.has(d.doc) && d.type);
    const wrongType = types.filter((d) => reports.get(d.doc)!.report.documentType !== d.type);
    console.log(`== ${corpus}: document type — right ${types.length - wrongType.length}/${types.length}` +
      (wrongType.length ? ` (${wrongType.map((d) => `${d.doc}: ${d.type}, read as ${reports.get(d.doc)!.report.documentType}`).join('; ')})` : '') + ' ==');
    const flags = contextScores(docs, reports);
    console.log(`== ${corpus}: context flags — ${Object.entries(flags).map(([k, v]) => `${k} ${v.right}/${v.of}`).join(', ')} ==`);
  }
}

/** The report's context flags against docs.tsv's (yes/no, and allowed/prohibited/silent for subcontracting). */
function contextScores(docs: Record<string, string>[], reports: Map<string, { report: Report }>): Record<string, { right: number; of: number }> {
  const columns = {
    'personal data': ['personal_data', (c: Report['context']) => c.personalData],
    'trade secrets': ['trade_secrets', (c: Report['context']) => c.tradeSecrets],
    cloud: ['cloud', (c: Report['context']) => c.cloud],
    'critical functions': ['critical_functions', (c: Report['context']) => c.criticalFunctions],
    subcontracting: ['subcontracting', (c: Report['context']) => c.subcontracting],
  } as const;
  const scores = Object.fromEntries(Object.keys(columns).map((k) => [k, { right: 0, of: 0 }]));
  for (const d of docs) {
    const context = reports.get(d.doc)?.report.context;
    if (!context) continue;
    for (const [name, [column, read]] of Object.entries(columns)) {
      const label = d[column];
      if (!label) continue;
      const value = read(context);
      scores[name].of++;
      if (typeof value === 'boolean' ? (label === 'yes') === value : label === value) scores[name].right++;
    }
  }
  return scores;
}
