/**
 * Where a condition holds over all sentences: certain ranges from its bounds, open ones checked one by one —
 * and a check may search a pattern concept over the whole text, making later ranges certain mid-way.
 */
import { describe, expect, it } from 'vitest';
import { bitEnvironment, compileBounds } from '../../shared/engine/bounds.ts';
import { RangeConcepts, setBits } from '../../shared/engine/concept-sets.ts';
import { compileScanner } from '../../shared/engine/lexicon.ts';
import { normalize } from '../../shared/engine/normalize.ts';
import { holdsWhere } from '../../shared/engine/requirements.ts';

const scanner = compileScanner(new Map([['deadline', ['re:\\d+日以内']]]));
const deadline = scanner.ids.get('deadline')!;

function setUp(sentences: string[]) {
  const text = normalize(sentences.join('')).text;
  const ranges = [...text.matchAll(/[^。]+。/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const concepts = new RangeConcepts(text, ranges, scanner, scanner.scanText(text));
  const env = bitEnvironment(concepts, ranges.map(() => ({ modality: 'statement' as const })));
  const cond = { holds: () => false, bounds: compileBounds('deadline', () => deadline), patternConcepts: [deadline] };
  return { ranges, concepts, env, cond, check: (i: number) => concepts.sets[i].has(deadline) };
}

describe('holdsWhere', () => {
  // Two near-misses early on (the probe 日以内 without a number): checking the long one searches over half of the
  // text range by range, so checking the next searches the whole text at once, which finds the deadline in
  // sentence 40 — in the concept's live column, after the certain ranges were collected.
  const sentences = Array.from({ length: 41 }, () => '乙は報告する。');
  sentences[2] = `数日以内に${'あ'.repeat(300)}行う。`;
  sentences[3] = '数日以内に行う。';
  sentences[40] = '乙は３日以内に報告する。';

  it('counts a range that a check made certain, though it was open when the checks began', () => {
    const { ranges, env, cond, check } = setUp(sentences);
    expect(ranges).toHaveLength(41);
    expect(setBits(holdsWhere(cond, env, env.all, check))).toEqual([40]);
  });

  it('finds it when asked for the first range only', () => {
    const { env, cond, check } = setUp(sentences);
    expect(setBits(holdsWhere(cond, env, env.all, check, true))).toEqual([40]);
  });

  it('finds nothing where nothing matches', () => {
    const { env, cond, check } = setUp(sentences.map((s, i) => (i === 40 ? '乙は報告する。' : s)));
    expect(setBits(holdsWhere(cond, env, env.all, check))).toEqual([]);
  });
});
