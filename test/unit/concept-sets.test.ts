/** Per-range concept sets: literal hits at once, regular-expression terms on demand, same answers either way. */
import { describe, expect, it } from 'vitest';
import { RangeConcepts, setBits } from '../../shared/engine/concept-sets.ts';
import { compileScanner } from '../../shared/engine/lexicon.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const scanner = compileScanner(new Map([
  ['encrypt', ['encrypt', '暗号化']],
  ['deadline', ['re:\\d+\\s*日以内', 're:\\bwithin\\s+\\d+\\s+hours?\\b']],
  ['heading', ['re:(?<=(?:^|\\n)[#\\s\\d.]*)evaluation(?=[ \\t]*(?:\\n|$))']],
  ['plan', ['re:\\bsecurity\\s+(?:and|&)\\s+privacy\\s+plan\\b']],
]));
const id = (name: string) => scanner.ids.get(name)!;

/** Sentences of a text: split after each 。 and at line ends, as the ranges of a segmentation would be. */
function rangesOf(text: string) {
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^。\n]+。?/g)) if (m[0].trim()) ranges.push({ start: m.index!, end: m.index! + m[0].length });
  return ranges;
}
function conceptsOf(raw: string) {
  const text = normalize(raw).text;
  const ranges = rangesOf(text);
  return { text, ranges, sets: new RangeConcepts(text, ranges, scanner, scanner.scanText(text)) };
}

describe('RangeConcepts', () => {
  const raw = '乙は暗号化する。乙は３日以内に報告する。\n2. Evaluation\nThe vendor shall notify within 24 hours.\nIt shall encrypt backups.\nNo deadline here, within reason.' +
    '\nIt keeps a security  and\tprivacy   plan.\nA security and privacy planning note.';

  it('answers pattern concepts per range, as the whole-text scan places them', () => {
    const { text, ranges, sets } = conceptsOf(raw);
    // Expected from the scanner's whole-text pass: a hit counts for the range that holds all of it.
    const hits = scanner.scan(text);
    // (a probe's space matches a run of spaces or a tab, as the pattern's \\s+ does)
    for (const name of ['encrypt', 'deadline', 'heading', 'plan']) {
      const expected = ranges.map((r) => hits.some((h) => h.concepts.includes(id(name)) && h.start >= r.start && h.end <= r.end));
      expect(sets.sets.map((s) => s.has(id(name))), name).toEqual(expected);
      expect(expected.filter(Boolean).length, name).toBeGreaterThan(0);
    }
  });

  it('bounds a pattern concept before any search: known ⊆ holds ⊆ possible; searched ranges become known', () => {
    const { sets } = conceptsOf(raw);
    const deadline = id('deadline');
    const holds = [1, 3];
    expect(setBits(sets.known(deadline))).toEqual([]);
    const possible = setBits(sets.possible(deadline));
    expect(possible).toEqual(expect.arrayContaining(holds));
    expect(possible).not.toContain(0);
    sets.sets.forEach((s) => s.has(deadline));
    expect(setBits(sets.known(deadline))).toEqual(holds);
    expect(setBits(sets.known(id('encrypt')))).toEqual(setBits(sets.possible(id('encrypt'))));
  });

  it('iterates each set completely', () => {
    const { sets } = conceptsOf(raw);
    expect([...sets.sets[1]].map((c) => scanner.names[c])).toEqual(['deadline']);
    expect(sets.sets[3].size).toBe(1);
    expect(sets.sets[0].has(id('deadline'))).toBe(false);
    expect([...sets.sets[4]].map((c) => scanner.names[c])).toEqual(['encrypt']);
    expect(sets.sets[4].has(scanner.names.length + 100)).toBe(false);
  });

  it('does not credit a match that runs past the range', () => {
    const { sets } = conceptsOf('Report within 24\nhours of it.');
    expect(sets.sets.some((s) => s.has(id('deadline')))).toBe(false);
  });

  it('answers the same after switching to one whole-text pass', () => {
    // Many ranges asked about one by one: past a share of them the rest come from one pass.
    const raw = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `乙は${i}日以内に報告する。` : 'その他の定め。')).join('');
    const { sets } = conceptsOf(raw);
    const answers = sets.sets.map((s) => s.has(id('deadline')));
    expect(answers).toEqual(Array.from({ length: 40 }, (_, i) => i % 3 === 0));
    expect(setBits(sets.known(id('deadline')))).toEqual(answers.flatMap((a, i) => (a ? [i] : [])));
  });
});
