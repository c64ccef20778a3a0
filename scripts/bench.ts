/**
 * npm run bench — engine analysis time and peak memory for documents of 10 K, 100 K and 1 M characters
 * (ja, en), beside the keyword baseline's scan of the same normalised text in the same run, and the ratio.
 * Prints figures and targets; it asserts nothing (timings are not tests).
 * Each measurement runs in its own process so peak RSS belongs to that document alone.
 * Documents are built from the catalog's own model clauses and examples (no corpus text needed): every
 * sentence a security clause, the densest text the engine meets. When ../shared/corpus is present (or
 * CLAUSE_LENS_CORPUS), 1 M characters of its real documents per language are measured as well, and for Japanese
 * also a million bytes of them (a 1 MB file): real documents are sparser, and often hold a few non-Latin-1
 * characters (§ • ™), which make the normalised text a two-byte string and the keyword regular expression slower.
 * The measured code is this script bundled by esbuild, as the extension's build bundles the engine: run
 * through tsx, every function is wrapped to keep its name (esbuild's keepNames), which costs 5–10 %.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../shared/engine/analyze.ts';
import { compileBaseline } from '../shared/engine/baseline.ts';
import { normalize } from '../shared/engine/normalize.ts';
import { catalog, loadCatalog } from '../shared/catalog/index.ts';
import { compileCatalog } from '../shared/engine/rules.ts';

/** Sizes in characters (a Japanese character is 3 bytes of UTF-8; the table shows both). */
const SIZES = [['10K', 10_000], ['100K', 100_000], ['1M', 1_000_000]] as const;
const LANGS = ['ja', 'en'] as const;
/** Analyses before the measured runs (the JIT has optimised the hot code by then). */
const WARM_UP = 4;

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

/**
 * The same clauses as table rows: a responsibility matrix (R / A / C / I under each party) and a requirement list with
 * priority and compliance columns, each half the document (a long RFP list exported as one table). A pattern that
 * reads a whole table at each cell is quadratic in the table's length, so tables that grow with the document show it.
 */
export function buildTableDocument(lang: 'ja' | 'en', size: number): string {
  const clauses = catalog.requirements.flatMap((r) =>
    [...r.modelClauses, ...r.examples.pass].filter((c) => c.lang === lang).map((c) => c.text.replace(/[|\n]/g, ' ')));
  const marks = ['R', 'A', 'C', 'I', 'R/A', 'C', 'I', '-'];
  const header = (n: number) => n === 1
    ? (lang === 'ja' ? '| No. | 作業項目 | 甲 | 乙 | 丙 |\n|---|---|---|---|---|\n' : '| No. | Activity | Customer | Supplier | Subcontractor |\n|---|---|---|---|---|\n')
    : (lang === 'ja' ? '| 要件ID | 要件 | 優先度 | 回答 |\n|---|---|---|---|\n' : '| Ref | Requirement | Priority | Response |\n|---|---|---|---|\n');
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => { parts.push(part); length += part.length; };
  for (let n = 0, table = 0; length < size; n++) {
    if (n === 0 || (table === 1 && length >= size / 2)) add(`\n${lang === 'ja' ? '別表' : 'Table'} ${++table}\n\n${header(table)}`);
    const text = clauses[n % clauses.length];
    add(table === 1
      ? `| ${n + 1} | ${text} | ${marks[n % 8]} | ${marks[(n + 3) % 8]} | ${marks[(n + 5) % 8]} |\n`
      : `| SEC-${n + 1} | ${text} | ${'MSCW'[n % 4]} | ${['C', 'PC', 'NC'][n % 3]} |\n`);
  }
  return parts.join('').slice(0, size);
}

/** Columns of a PDF page's text line, and its lines between running headers. */
const PDF_COLUMNS = 76;
const PDF_PAGE_LINES = 54;

/**
 * The generated contract as a PDF's text layer gives it: lines hard-wrapped mid-sentence (an English word hyphenated
 * across some breaks), a running header and a page number on every page, and after every tenth article a requirement
 * table flattened into columns separated by runs of spaces; no blank lines and no markdown. Line unwrapping, page
 * furniture and plain-text tables are read here; a check that looks back for a paragraph's start is quadratic in
 * such text, which has none.
 */
export function buildPdfLaidDocument(lang: 'ja' | 'en', size: number): string {
  // a Japanese character takes two columns
  const width = lang === 'ja' ? PDF_COLUMNS / 2 : PDF_COLUMNS;
  const wrap = (paragraph: string, out: string[]) => {
    if (lang === 'ja') {
      for (let i = 0; i < paragraph.length; i += width) out.push(paragraph.slice(i, i + width));
      return;
    }
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line.length + 1 + word.length <= width) { line = line ? `${line} ${word}` : word; continue; }
      // every third long word at a break is hyphenated across it, as a typesetter does
      if (word.length >= 8 && out.length % 3 === 0 && line.length + 5 <= width) {
        const cut = Math.min(word.length - 3, width - line.length - 2);
        out.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      out.push(line);
      line = word;
    }
    if (line) out.push(line);
  };
  const clauses = catalog.requirements.flatMap((r) => r.modelClauses.filter((c) => c.lang === lang).map((c) => ({ title: r.title[lang], text: c.text })));
  const owners = lang === 'ja' ? ['甲', '乙', '甲・乙'] : ['Customer', 'Supplier', 'Both'];
  const title = lang === 'ja' ? '業務委託契約書' : 'Master Services Agreement';
  const lines: string[] = [title];
  let page = 1;
  let length = title.length;
  const push = (line: string) => {
    lines.push(line);
    length += line.length + 1;
    if (lines.length % PDF_PAGE_LINES === 0) {
      lines.push(`${' '.repeat(30)}- ${page++} -`, `${title}${' '.repeat(20)}${lang === 'ja' ? '社外秘' : 'Confidential'}`);
    }
  };
  for (let n = 1; length < size; n++) {
    const { title: caption, text } = clauses[(n - 1) % clauses.length];
    const article: string[] = [];
    wrap(lang === 'ja' ? `第${n}条（${caption}）` : `${n}. ${caption}`, article);
    for (const paragraph of text.split('\n')) wrap(paragraph, article);
    if (n % 10 === 0) {
      article.push(lang === 'ja' ? '要件ID      要件                                          担当' : 'Ref      Requirement                                          Owner');
      for (let k = 0; k < 8; k++) {
        const cell = clauses[(n + k) % clauses.length].title.slice(0, lang === 'ja' ? 20 : 48);
        const pad = ' '.repeat(Math.max(2, (lang === 'ja' ? 24 : 52) - cell.length));
        article.push(`${lang === 'ja' ? 'R' : 'SEC'}-${n}.${k + 1}    ${cell}${pad}${owners[(n + k) % 3]}`);
      }
    }
    for (const line of article) push(line);
  }
  return lines.join('\n').slice(0, size);
}

const corpusDir = process.env.CLAUSE_LENS_CORPUS ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/corpus');

/** `size` characters of the corpus's documents in `lang`, repeated in turn (read at run time; none is in the project). */
function corpusDocument(lang: 'ja' | 'en', size: number): string {
  const read = (sub: string, name: RegExp) => readdirSync(join(corpusDir, sub)).filter((f) => name.test(f)).sort().map((f) => readFileSync(join(corpusDir, sub, f), 'utf8'));
  const docs = lang === 'ja' ? [...read('ja', /\.md$/), ...read('real', /^ja_.*\.md$/)] : [...read('real', /^en_.*\.md$/), ...read('cuad', /\.txt$/)];
  const parts: string[] = [];
  for (let length = 0, k = 0; length < size; k++) {
    parts.push(docs[k % docs.length], '\n\n');
    length += docs[k % docs.length].length + 2;
  }
  return parts.join('').slice(0, size);
}

type Source = 'generated' | 'generated-bytes' | 'tables' | 'pdf' | 'corpus' | 'corpus-bytes';

/** The longest prefix of `text` of at most `bytes` bytes of UTF-8. */
function utf8Prefix(text: string, bytes: number): string {
  return Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

/** `size` characters (of the corpus, or generated), or for '…-bytes' a text of `size` bytes of UTF-8. */
function documentOf(lang: 'ja' | 'en', size: number, source: Source): string {
  if (source === 'corpus-bytes') return utf8Prefix(corpusDocument(lang, size), size);
  if (source === 'corpus') return corpusDocument(lang, size);
  if (source === 'tables') return buildTableDocument(lang, size);
  if (source === 'pdf') return buildPdfLaidDocument(lang, size);
  return source === 'generated-bytes' ? utf8Prefix(buildDocument(lang, size), size) : buildDocument(lang, size);
}

function measureOne(lang: 'ja' | 'en', size: number, source: Source) {
  const text = documentOf(lang, size, source);
  const baseline = compileBaseline(catalog);
  // The keyword baseline scans the normalised text (normalising is part of the engine's time, not the scan's).
  const normalised = normalize(text).text;
  // Warm up both, then interleave the runs so both see the same machine load. The catalog is compiled once
  // per process (see measureStart); the first analysis still runs cold code, and the next few are slower
  // while the JIT optimises: the first is reported on its own, and the runs measured start after WARM_UP.
  const rssBeforeWarmUp = process.resourceUsage().maxRSS;
  // (the keyword expression runs first: first run only after the analyses had collected their garbage, V8 ran
  // it up to 30 times slower, interpreted, on the English corpus megabyte)
  for (let i = 0; i < WARM_UP; i++) baseline.scan(normalised);
  compileCatalog(catalog);
  const firstStarted = performance.now();
  analyze(text);
  const firstMs = performance.now() - firstStarted;
  for (let i = 1; i < WARM_UP; i++) analyze(text);
  const runs = size >= 1_000_000 ? 7 : size >= 100_000 ? 11 : 21;
  const engine: number[] = [];
  const engineCpu: number[] = [];
  const keyword: number[] = [];
  const keywordCpu: number[] = [];
  const time = (f: () => unknown, wall: number[], cpu: number[]) => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < runs; i++) {
    time(() => analyze(text), engine, engineCpu);
    time(() => baseline.scan(normalised), keyword, keywordCpu);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const maxRss = process.resourceUsage().maxRSS;
  return {
    runs, chars: text.length, utf8Bytes: Buffer.byteLength(text), firstMs,
    engineMs: median(engine), engineCpuMs: median(engineCpu), engineMinMs: Math.min(...engine),
    keywordMs: median(keyword), keywordCpuMs: median(keywordCpu),
    peakRssMb: maxRss / 1024, peakGrowthMb: (maxRss - rssBeforeWarmUp) / 1024,
  };
}

/**
 * What a fresh process pays before its first result (the extension's background service worker, each time the
 * browser starts it again): validating the catalog, compiling it into the scanners, and a first 10 K analysis
 * while the code is still cold.
 */
function measureStart() {
  const t0 = performance.now();
  const fresh = loadCatalog();
  const t1 = performance.now();
  compileCatalog(fresh);
  const t2 = performance.now();
  analyze(buildDocument('ja', 10_000), { catalog: fresh });
  const t3 = performance.now();
  return { validateMs: t1 - t0, compileMs: t2 - t1, firstAnalysisMs: t3 - t2 };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
const [mode, lang, size, source] = process.argv.slice(2);
if (!isMain) {
  // imported (buildDocument): run nothing
} else if (mode === '--start') {
  process.stdout.write(JSON.stringify(measureStart()));
} else if (mode === '--one') {
  process.stdout.write(JSON.stringify(measureOne(lang as 'ja' | 'en', Number(size), (source ?? 'generated') as Source)));
} else {
  console.log('Clause Lens engine benchmark: analyze() on generated contracts of 10 K / 100 K / 1 M characters (ja, en)' +
    ' and on 1 M characters of the corpus\'s real documents when present,');
  console.log(`each size in its own process; 1st = the first analysis (catalog compiled, code still cold); then ${WARM_UP - 1} more to warm up, and the median of the`);
  console.log('interleaved runs after them (wall clock, and CPU time of this process since the machine is shared);');
  console.log('keyword = the baseline\'s one regular expression alternating every catalog signal term, over the same normalised text.');
  const header = ['doc', 'UTF-8 KB', 'runs', '1st ms', 'engine ms', '(cpu)', '(min)', 'keyword ms', '(cpu)', 'ratio', 'cpu ratio', 'ms/100K chars', 'peak RSS MB', 'growth MB'];
  const widths = [14, 9, 5, 7, 10, 7, 7, 11, 7, 6, 10, 14, 12, 10];
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  console.log(row(header));
  const bundleDir = mkdtempSync(join(tmpdir(), 'clause-lens-bench-'));
  const bundle = join(bundleDir, 'bench.mjs');
  const { build } = await import('esbuild'); // not in the bundle itself
  await build({
    entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: 'node', format: 'esm', outfile: bundle,
    external: ['esbuild'], logLevel: 'warning',
  });
  const withCorpus = existsSync(corpusDir);
  const cases = LANGS.flatMap((l) => [
    ...SIZES.map(([label, chars]) => ({ lang: l, label: `${l} ${label}`, chars, source: 'generated' as Source })),
    // "1 MB" read as a file's size: a Japanese character takes three bytes of UTF-8
    ...(l === 'ja' ? [{ lang: l, label: `${l} 1MB`, chars: 1_000_000, source: 'generated-bytes' as Source }] : []),
    { lang: l, label: `${l} tables 100K`, chars: 100_000, source: 'tables' as Source },
    { lang: l, label: `${l} tables 1M`, chars: 1_000_000, source: 'tables' as Source },
    { lang: l, label: `${l} pdf 100K`, chars: 100_000, source: 'pdf' as Source },
    { lang: l, label: `${l} pdf 1M`, chars: 1_000_000, source: 'pdf' as Source },
    ...(withCorpus ? [{ lang: l, label: `${l} corpus`, chars: 1_000_000, source: 'corpus' as Source }] : []),
    ...(withCorpus && l === 'ja' ? [{ lang: l, label: `${l} corpus 1MB`, chars: 1_000_000, source: 'corpus-bytes' as Source }] : []),
  ]);
  const results = new Map<string, ReturnType<typeof measureOne>>();
  for (const { lang: l, label, chars, source: from } of cases) {
    const out = execFileSync(process.execPath, [bundle, '--one', l, String(chars), from], {
      encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, CLAUSE_LENS_CORPUS: corpusDir },
    });
    const r = JSON.parse(out) as ReturnType<typeof measureOne>;
    results.set(label, r);
    console.log(row([
      label, (r.utf8Bytes / 1000).toFixed(0), String(r.runs), r.firstMs.toFixed(0), r.engineMs.toFixed(1), r.engineCpuMs.toFixed(0), r.engineMinMs.toFixed(1),
      r.keywordMs.toFixed(1), r.keywordCpuMs.toFixed(0), (r.engineMs / r.keywordMs).toFixed(2), (r.engineCpuMs / Math.max(1, r.keywordCpuMs)).toFixed(2),
      (r.engineMs / (r.chars / 100_000)).toFixed(1), r.peakRssMb.toFixed(0), r.peakGrowthMb.toFixed(0),
    ]));
  }
  const starts = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [bundle, '--start'], { encoding: 'utf8' })) as ReturnType<typeof measureStart>);
  const medianOf = (key: keyof ReturnType<typeof measureStart>) => starts.map((s) => s[key]).sort((a, b) => a - b)[2].toFixed(0);
  console.log(`\nStart of a fresh process (the extension's background worker, each time the browser starts it), median of 5: ` +
    `catalog validated in ${medianOf('validateMs')} ms, compiled in ${medianOf('compileMs')} ms, first 10K analysis ${medianOf('firstAnalysisMs')} ms.`);
  rmSync(bundleDir, { recursive: true });
  if (!withCorpus) console.log(`(no corpus at ${corpusDir}: real-document rows skipped; set CLAUSE_LENS_CORPUS to add them)`);
  console.log('\nTargets (issue 2): 1 MB analysed in < 250 ms, at most 5x the keyword scan, time linear in size' +
    ' (1M and corpus: a million characters, up to 3 MB of Japanese UTF-8; 1MB: a million bytes of UTF-8).');
  for (const l of LANGS) {
    for (const label of [`${l} 1M`, `${l} 1MB`, `${l} tables 1M`, `${l} pdf 1M`, `${l} corpus`, `${l} corpus 1MB`]) {
      const big = results.get(label);
      if (!big) continue;
      const ratio = big.engineMs / big.keywordMs;
      // CPU time: on a shared machine the wall clock of a single run swings with the other processes.
      const small = label.endsWith('1M') ? results.get(label.replace(/1M$/, '100K')) : undefined;
      const growth = small ? big.engineCpuMs / Math.max(1, small.engineCpuMs) : 0;
      console.log(`  ${label.padEnd(14)}: ${big.engineMs.toFixed(0)} ms (${big.engineMs < 250 ? 'meets' : 'misses'} < 250 ms), ` +
        `${ratio.toFixed(1)}x keyword (${ratio <= 5 ? 'meets' : 'misses'} <= 5x)` +
        (small ? `, 100K -> 1M CPU time x${growth.toFixed(1)} for x10 size (${growth <= 12 ? 'linear' : 'super-linear'})` : ''));
    }
  }
}
