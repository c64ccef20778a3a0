/** The flat trie the scanners walk: the same terms in any order give the same matches. */
import { describe, expect, it } from 'vitest';
import { FlatTrie } from '../../shared/engine/trie.ts';

const TERMS = ['security', 'security incident', 'sec', 'incident', '再委託', '再委託先', '再', '委託', 'a b', 'a bc', 'ab', 'données'];

/** The longest term at p by brute force (a flexible space matching any run of whitespace). */
function longestByHand(text: string, p: number, flexible: boolean): string | null {
  let best: string | null = null;
  for (const term of TERMS) {
    const source = term.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(flexible ? '\\s+' : ' ');
    const m = new RegExp(`^(?:${source})`).exec(text.slice(p));
    if (m && (best === null || term.length > best.length)) best = term;
  }
  return best;
}

describe('FlatTrie', () => {
  const text = 'a security incident; a  bc and ab 再委託先 and 委託, données';
  for (const flexible of [false, true]) {
    it(`finds the longest term at every position whatever the terms' order (flexible spaces: ${flexible})`, () => {
      const orders = [TERMS, [...TERMS].reverse(), [...TERMS].sort((a, b) => b.length - a.length)];
      for (const order of orders) {
        const trie = new FlatTrie(order.map((term) => ({ term, value: term })), flexible);
        for (let p = 0; p < text.length; p++) {
          let best: string | null = null;
          // walk by hand through the public arrays, as the scanners do
          for (let node = trie.rootChild[text.charCodeAt(p)], i = p + 1; node !== 0; i++) {
            if (trie.values[node] !== null) best = trie.values[node];
            if (i >= text.length) break;
            const c = text.charCodeAt(i);
            if (flexible && trie.space[node] !== 0 && /\s/.test(text[i])) {
              while (i + 1 < text.length && /\s/.test(text[i + 1])) i++;
              node = trie.space[node];
            } else node = trie.child(node, c);
          }
          expect(best, `at ${p} "${text.slice(p, p + 12)}"`).toBe(longestByHand(text, p, flexible));
        }
      }
    });
  }

  it('keeps the last value given for a term listed twice, and counts depth in code units', () => {
    const trie = new FlatTrie([{ term: 'key', value: 1 }, { term: 'keys', value: 2 }, { term: 'key', value: 3 }]);
    const node = trie.longestAt('key', 0, 3);
    expect(trie.values[node]).toBe(3);
    expect(trie.depth[trie.longestAt('keys!', 0, 5)]).toBe(4);
  });
});
