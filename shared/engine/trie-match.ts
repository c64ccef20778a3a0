import { FlatTrie } from './trie.ts';

/**
 * The node of the longest term of `trie` (built without flexible spaces) starting at text[p] and ending by
 * `to`, or 0: what an alternation of its terms, longest first, matches at p. The term is text[p, p + its length).
 */
export function longestAt<V>(trie: FlatTrie<V>, text: string, p: number, to: number): number {
  let best = 0;
  for (let n = trie.rootChild[text.charCodeAt(p)], i = p + 1; n !== 0; i++) {
    if (trie.values[n] !== null) best = n;
    if (i >= to) break;
    n = trie.child(n, text.charCodeAt(i));
  }
  return best;
}
