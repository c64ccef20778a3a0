/**
 * npm run bench — engine analysis time and peak memory for 10 KB, 100 KB and 1 MB documents (ja, en),
 * beside the keyword baseline's scan of the same normalised text in the same run.
 * Each measurement runs in its own process so peak RSS belongs to that document alone.
 * Documents are built from the catalog's own model clauses and examples (no corpus text needed).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../shared/engine/analyze.ts';
import { compileBaseline } from '../shared/engine/baseline.ts';
import { normalize } from '../shared/engine/normalize.ts';
import { catalog } from '../shared/catalog/index.ts';

const SIZES = [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const;
const LANGS = ['ja', 'en'] as const;

/** A contract-shaped document of about `size` characters: numbered articles with the catalog's clauses. */
export function buildDocument(lang: 'ja' | 'en', size: number): string {
  const clauses = catalog.requirements.flatMap((r) =>
    [...r.modelClauses, ...r.examples.pass, ...r.examples.nearMiss].filter((c) => c.lang === lang).map((c) => ({ title: r.title[lang], text: c.text })));
  const parts: string[] = [lang === 'ja' ? '業務委託契約書\n' : 'Master Services Agreement\n'];
  let length = parts[0].length;
  for (let n = 1; length < size; n++) {
    const clause = clauses[(n - 1) % clauses.length];
    const article = lang === 'ja' ? `第${n}条（${clause.title}）\n${clause.text}\n` : `Section ${n}. ${clause.title}\n${clause.text}\n`;
    parts.push(article);
    length += article.length;
  }
  return parts.join('').slice(0, size);
}

function measureOne(lang: 'ja' | 'en', size: number) {
  const text = buildDocument(lang, size);
  const baseline = compileBaseline(catalog);
  const normalised = normalize(text).text;
  // Warm up both (compilation, JIT), then take the median of several runs.
  analyze(text);
  baseline.scan(normalised);
  const rssBefore = process.resourceUsage().maxRSS;
  const runs = size >= 1_000_000 ? 5 : 15;
  const engine: number[] = [];
  const keyword: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    analyze(text);
    engine.push(performance.now() - t);
    t = performance.now();
    baseline.scan(normalize(text).text);
    keyword.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    engineMs: median(engine), keywordMs: median(keyword),
    peakRssMb: process.resourceUsage().maxRSS / 1024, peakGrowthMb: (process.resourceUsage().maxRSS - rssBefore) / 1024,
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
const [mode, lang, size] = process.argv.slice(2);
if (!isMain) {
  // imported (buildDocument): run nothing
} else if (mode === '--one') {
  process.stdout.write(JSON.stringify(measureOne(lang as 'ja' | 'en', Number(size))));
} else {
  console.log('Clause Lens engine benchmark (median of runs; keyword = one alternation of every catalog signal over the normalised text)');
  console.log(`${'doc'.padEnd(10)} ${'engine ms'.padStart(10)} ${'keyword ms'.padStart(11)} ${'ratio'.padStart(6)} ${'ms/100KB'.padStart(9)} ${'peak RSS MB'.padStart(12)} ${'growth MB'.padStart(10)}`);
  const self = fileURLToPath(import.meta.url);
  for (const l of LANGS) {
    for (const [label, bytes] of SIZES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', l, String(bytes)], { encoding: 'utf8' });
      const r = JSON.parse(out) as ReturnType<typeof measureOne>;
      console.log(`${`${l} ${label}`.padEnd(10)} ${r.engineMs.toFixed(1).padStart(10)} ${r.keywordMs.toFixed(1).padStart(11)} ${(r.engineMs / r.keywordMs).toFixed(2).padStart(6)} ${(r.engineMs / (bytes / 100_000)).toFixed(1).padStart(9)} ${r.peakRssMb.toFixed(0).padStart(12)} ${r.peakGrowthMb.toFixed(0).padStart(10)}`);
    }
  }
  console.log('Targets: 1 MB < 250 ms and ≤ 5× the keyword scan; ms/100KB roughly constant (linear growth).');
}
