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

describe('TermMatcher against the regular expressions it replaces', () => {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
  const regexOf = (list: string[]) => {
    const byLength = (l: string[]) => [...l].sort((a, b) => b.length - a.length);
    const other = byLength(list.filter((t) => !isAscii(t))).map(esc);
    const ascii = byLength(list.filter(isAscii)).map((t) => esc(t).replace(/ /g, '\\s+'));
    const parts = [...(other.length ? [`(?:${other.join('|')})`] : []), ...(ascii.length ? [`(?<![a-z0-9])(?:${ascii.join('|')})(?![a-z0-9])`] : [])];
    return new RegExp(parts.join('|'), 'g');
  };
  const lists = [['協議', '別途協議', 'as agreed', 'agreed', '速やかに', 'a'], ['協議の上', 'agree', 'as', '報告', '速やか', 'x1'], ['甲及び乙', '双方', 'both parties', 'each party', '報告書']];
  const pieces = ['協議', '別途', 'の上', 'as', ' ', '\n', 'agreed', 'agree', 'd', 'x', '1', 'a', '甲及び乙', '双方', 'both', 'parties', 'each', 'party', '速やかに', '報告', '書', '、', '。'];
  let seed = 5;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 14 }, () => pieces[rand(pieces.length)]).join(''));

  it('scan finds what the alternation of its terms finds, in ranges too', () => {
    lists.forEach((list) => {
      const m = new TermMatcher([list]);
      const re = regexOf(list);
      for (const text of texts) {
        const from = rand(4);
        const to = Math.max(from, text.length - rand(4));
        const expected = [...text.slice(from, to).matchAll(re)].map((x) => [from + x.index!, from + x.index! + x[0].length]);
        const found: number[][] = [];
        m.scan(text, (s, e) => { found.push([s, e]); }, from, to);
        expect(found, JSON.stringify([text, from, to])).toEqual(expected);
      }
    });
  });

  it('maskIn and the ranged lists of scanEach find what a test of each list does', () => {
    const combined = new TermMatcher(lists);
    const res = lists.map((l) => new RegExp(regexOf(l).source));
    const scanned = new TermMatcher([lists[2], ...lists]);
    for (const text of texts) {
      // sentence-like ranges: cut at 。 and 、 (left out) and anywhere (inside a word too), sometimes a piece skipped
      const ranges: { start: number; end: number }[] = [];
      for (let s = 0, k = 0; k <= text.length; k++) {
        const separator = text[k] === '。' || text[k] === '、';
        if (k < text.length && !separator && rand(6) > 0) continue;
        if (k > s && rand(5) > 0) ranges.push({ start: s, end: k });
        s = separator ? k + 1 : k;
      }
      const expected = ranges.map((r) => res.reduce((mask, re, j) => mask | (re.test(text.slice(r.start, r.end)) ? 1 << j : 0), 0));
      expect(ranges.map((r) => combined.maskIn(text, r.start, r.end)), text).toEqual(expected);
      expect([...scanned.scanEach(text, [() => {}], ranges)], text).toEqual(expected);
    }
  });
});
