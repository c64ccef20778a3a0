/**
 * Conditions over all sentences at once: the lower bound only holds where the exact predicate holds, the
 * upper bound wherever it does, for every condition of the catalog on the bundled example documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../shared/engine/analyze.ts';
import type { Condition } from '../../shared/catalog/schema.ts';
import { bitEnvironment as environmentOf, bitsFor, compileBounds, setRange } from '../../shared/engine/bounds.ts';
import { RangeConcepts, setBits } from '../../shared/engine/concept-sets.ts';
import { compileScanner } from '../../shared/engine/lexicon.ts';
import type { Modality } from '../../shared/engine/modality.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const examples = new URL('../../examples/', import.meta.url);

describe('condition bounds', () => {
  it.each(readdirSync(examples))('bracket the exact predicate on every sentence of %s', (file) => {
    const { facts, compiled, normalized, segmentation } = analyzeDetailed(readFileSync(new URL(file, examples), 'utf8'));
    // Fresh concept sets of the same sentences: nothing searched yet, so pattern concepts lie open between the bounds.
    const { scanner } = compiled;
    const text = normalized.text;
    const fresh = new RangeConcepts(text, segmentation.sentences, scanner, scanner.scanText(text));
    const env = environmentOf(fresh, facts.sentenceFacts, Int32Array.from(segmentation.sentences, (s) => s.lead));
    let open = 0;
    let certain = 0;
    for (const req of compiled.requirements) {
      const conditions = [req.sentence, req.underHeading, req.exclude, ...req.tests.flatMap((t) => [t.found, t.met])].filter((c) => c !== null);
      for (const cond of conditions) {
        const { lower, upper } = cond.bounds(env);
        const holds = facts.sentenceFacts.flatMap((f, i) => (cond.holds(f) ? [i] : []));
        const low = setBits(lower);
        const high = setBits(upper);
        expect(holds).toEqual(expect.arrayContaining(low));
        expect(high).toEqual(expect.arrayContaining(holds));
        expect(Math.max(-1, ...high)).toBeLessThan(facts.sentenceFacts.length);
        open += high.length - low.length;
        certain += low.length;
      }
    }
    // The bounds decide most sentences without a search, and do leave some open (pattern concepts).
    expect(certain).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0);
  });
});

describe('compileBounds', () => {
  const scanner = compileScanner(new Map([
    ['report', ['報告', 'report']],
    ['deadline', ['re:\\d+日以内', 're:\\bwithin \\d+ days\\b']],
  ]));
  const resolve = (name: string) => scanner.ids.get(name)!;
  const text = normalize('乙は3日以内に報告する。乙は報告する。3日以内に行う。Report within 5 days. Report promptly. Nothing here.').text;
  const ranges = [...text.matchAll(/[^。.]+[。.]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const modalities: Modality[] = ranges.map((_, i) => (i % 2 === 0 ? 'obligation' : 'statement'));
  // sentences 1 and 2 are items of sentence 0, sentence 4 of sentence 3
  const leads = Int32Array.from(ranges, (_, i) => (i === 1 || i === 2 ? 0 : i === 4 ? 3 : -1));
  // sentence 3 heads a section of sentences 3–5 (a heading line is in its own section)
  const headings = Int32Array.from(ranges, (_, i) => (i >= 3 ? 3 : -1));
  const exact = new RangeConcepts(text, ranges, scanner, scanner.scanText(text));
  const holds = (cond: Condition, i: number): boolean => {
    if (typeof cond === 'string') return exact.sets[i].has(resolve(cond));
    if ('not' in cond) return !holds(cond.not, i);
    if ('all' in cond) return cond.all.every((c) => holds(c, i));
    if ('any' in cond) return cond.any.some((c) => holds(c, i));
    if ('lead' in cond) return leads[i] >= 0 && holds(cond.lead, leads[i]);
    if ('heading' in cond) return headings[i] >= 0 && holds(cond.heading, headings[i]);
    return cond.modality.includes(modalities[i]);
  };
  it.each<[string, Condition]>([
    ['literal', 'report'],
    ['pattern', 'deadline'],
    ['not pattern', { not: 'deadline' }],
    ['all with not', { all: ['report', { not: 'deadline' }] }],
    ['any', { any: ['deadline', { modality: ['statement'] }] }],
    ['not any', { not: { any: ['report', 'deadline'] } }],
    ['lead', { lead: 'deadline' }],
    ['lead literal', { all: ['report', { lead: 'report' }] }],
    ['not lead', { all: ['report', { not: { lead: 'deadline' } }] }],
    ['heading', { heading: 'deadline' }],
    ['not heading', { all: ['report', { not: { heading: 'report' } }] }],
    ['nested', { all: [{ any: ['report', 'deadline'] }, { not: { all: ['deadline', { modality: ['obligation'] }] } }] }],
  ])('%s: lower ⊆ holds ⊆ upper before any search, and exact for literal-only conditions', (_, cond) => {
    const fresh = new RangeConcepts(text, ranges, scanner, scanner.scanText(text));
    const { lower, upper } = compileBounds(cond, resolve)(environmentOf(fresh, modalities.map((modality) => ({ modality })), leads, headings));
    const truth = ranges.flatMap((_, i) => (holds(cond, i) ? [i] : []));
    expect(truth).toEqual(expect.arrayContaining(setBits(lower)));
    expect(setBits(upper)).toEqual(expect.arrayContaining(truth));
    if (!JSON.stringify(cond).includes('deadline')) expect(setBits(lower)).toEqual(truth);
    expect(Math.max(-1, ...setBits(upper))).toBeLessThan(ranges.length);
  });
});

describe('setRange', () => {
  it('sets exactly the bits of [from, to), across word boundaries', () => {
    for (const [from, to] of [[0, 0], [0, 1], [3, 29], [5, 32], [31, 33], [0, 64], [7, 100], [32, 96], [95, 96]]) {
      const bits = bitsFor(100);
      setRange(bits, from, to);
      expect(setBits(bits)).toEqual(Array.from({ length: to - from }, (_, k) => from + k));
    }
  });
});
