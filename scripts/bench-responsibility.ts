/**
 * npx tsx scripts/bench-responsibility.ts — cost of the responsibility analysis (issue 3) against the
 * engine alone: for 10 KB, 100 KB and 1 MB documents (ja, en) built from the catalog's clauses, the median
 * time of analyze() and of the responsibility step run on the same analysis; ratio = full / (full − step).
 * Target: ≤ 1.3×.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDetailed } from '../shared/engine/analyze.ts';
import { analyzeResponsibility } from '../shared/engine/responsibility.ts';
import { buildPartyModel } from '../shared/engine/parties.ts';
import { evaluateRequirement } from '../shared/engine/requirements.ts';
import { indexMentions } from '../shared/engine/obligations.ts';
import { buildDocument } from './bench.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${'doc'.padEnd(10)} ${'full ms'.padStart(9)} ${'resp. ms'.padStart(9)} ${'engine ms'.padStart(10)} ${'ratio'.padStart(6)}`);
for (const lang of ['ja', 'en'] as const) {
  for (const [label, size] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const) {
    const text = buildDocument(lang, size);
    analyzeDetailed(text);
    const runs = size >= 1_000_000 ? 5 : 11;
    const full: number[] = [];
    const resp: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const a = analyzeDetailed(text);
      full.push(performance.now() - t);
      // the step's inputs as analyze() has them (evidence per requirement, the party model and its mentions,
      // which analyze() indexes once for the requirements and this step), outside the timing
      const evidence = new Map(a.compiled.requirements.map((c) => [c.requirement.id, evaluateRequirement(c, a.facts, a.report.context, a.report.documentType, a.normalized.text).evidence]));
      const model = buildPartyModel(text, a.normalized);
      const mentions = indexMentions(a.normalized.text, model, 0, []);
      t = performance.now();
      analyzeResponsibility(text, a, evidence, { language: a.report.language, results: a.report.requirements, personalData: a.report.context.personalData, model, mentions });
      resp.push(performance.now() - t);
    }
    const f = median(full);
    const r = median(resp);
    console.log(`${`${lang} ${label}`.padEnd(10)} ${f.toFixed(1).padStart(9)} ${r.toFixed(1).padStart(9)} ${(f - r).toFixed(1).padStart(10)} ${(f / (f - r)).toFixed(2).padStart(6)}`);
  }
}
// Real documents (when the shared corpus is present): CPU time summed over every document, 5 runs each.
const corpus = process.env.CLAUSE_LENS_CORPUS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
for (const name of ['ja', 'real']) {
  const dir = resolve(corpus, name);
  if (!existsSync(dir)) continue;
  let full = 0;
  let step = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  for (const f of files) {
    const text = readFileSync(resolve(dir, f), 'utf8');
    analyzeDetailed(text);
    for (let k = 0; k < 5; k++) {
      let t = process.cpuUsage();
      const a = analyzeDetailed(text);
      let d = process.cpuUsage(t);
      full += d.user + d.system;
      const evidence = new Map(a.compiled.requirements.map((c) => [c.requirement.id, evaluateRequirement(c, a.facts, a.report.context, a.report.documentType, a.normalized.text).evidence]));
      const model = buildPartyModel(text, a.normalized);
      t = process.cpuUsage();
      analyzeResponsibility(text, a, evidence, { language: a.report.language, results: a.report.requirements, personalData: a.report.context.personalData, model });
      d = process.cpuUsage(t);
      step += d.user + d.system;
    }
  }
  console.log(`corpus ${name} (${files.length} documents, CPU): full ${(full / 5000).toFixed(0)} ms, responsibility ${(step / 5000).toFixed(0)} ms, ratio ${(full / (full - step)).toFixed(2)}`);
}
console.log('Target: ratio ≤ 1.3 (responsibility adds at most 30% to the engine).');
