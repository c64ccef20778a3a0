/** TermMatcher.scanEach: each list matched on its own, as a matcher of that list alone would match it. */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../shared/engine/vagueness.ts';

describe('TermMatcher.scanEach', () => {
  it('finds for every list what its own matcher finds', () => {
    const lists = [['協議', '別途協議', 'as agreed', 'agreed', '速やかに'], ['協議の上', 'agree', 'as', '報告', '速やか'], ['甲及び乙', '双方', 'both parties', 'each party']];
    const pieces = ['協議', '別途', 'の上', 'as', ' ', '\n', 'agreed', 'agree', 'd', 'x', '甲及び乙', '双方', 'both', 'parties', 'each', 'party', '速やかに', '報告', '、'];
    let seed = 11;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const combined = new TermMatcher(lists);
    const alone = lists.map((l) => new TermMatcher([l]));
    let total = 0;
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 14 }, () => pieces[rand(pieces.length)]).join('');
      const found: [number, number, string][][] = lists.map(() => []);
      combined.scanEach(text, lists.map((_, j) => (s: number, e: number, t: string) => { found[j].push([s, e, t]); }));
      alone.forEach((m, j) => {
        const expected: [number, number, string][] = [];
        m.scan(text, (s, e, t) => { expected.push([s, e, t]); });
        expect(found[j], JSON.stringify(text)).toEqual(expected);
        total += expected.length;
      });
    }
    expect(total).toBeGreaterThan(1000);
  });
});
