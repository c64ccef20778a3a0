/**
 * A trie over UTF-16 code units in flat typed arrays, for the scanners' hot loops: the root's children in
 * a direct table (one load per text position), other nodes' children in sorted runs. Node 0 means none.
 * Optionally a term's space matches any run of whitespace (English phrases across line breaks).
 */
export interface TrieTerm<V> {
  term: string;
  value: V;
}

/** A slot for the code unit pair (c, d) in a 2^16 table (Fibonacci hashing of the pair as one 32-bit word). */
export const pairHash = (c: number, d: number): number => Math.imul((c << 16) | d, 0x9e3779b1) >>> 16;

export class FlatTrie<V> {
  /** The root node (its children are also in `rootChild`). */
  static readonly ROOT = 1;
  /** Root child per code unit (0: none). */
  readonly rootChild: Int32Array;
  /** Per node: the child reached through a term's space (0: none), the term's value (or null). */
  readonly space: Int32Array;
  readonly values: (V | null)[];
  /** Per node: code units from the root (a flexible space counts as one). */
  readonly depth: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childCount: Int32Array;
  private readonly childChar: Uint16Array;
  private readonly childNode: Int32Array;

  constructor(terms: Iterable<TrieTerm<V>>, flexibleSpace = false) {
    // Sorted by code units, each term shares the path of the one before up to their common prefix, and a
    // node's children are made in ascending order: the trie is laid out without a map per node (a catalog
    // compiles hundreds of thousands of nodes each time the engine starts).
    const sorted = [...terms].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const ROOT = FlatTrie.ROOT;
    // at most one node per code unit of the terms, and one edge per node
    const capacity = sorted.reduce((sum, t) => sum + t.term.length, 2);
    const space = new Int32Array(capacity);
    const depth = new Int32Array(capacity);
    const values: (V | null)[] = [null, null];
    const edgeParent = new Int32Array(capacity);
    const edgeChar = new Uint16Array(capacity);
    const edgeNode = new Int32Array(capacity);
    let count = 2;
    let edges = 0;
    /** path[i]: the node after the previous term's first i code units. */
    const path: number[] = [ROOT];
    let previous = '';
    for (const { term, value } of sorted) {
      let shared = 0;
      while (shared < term.length && shared < previous.length && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      let node = path[shared];
      for (let i = shared; i < term.length; i++) {
        const c = term.charCodeAt(i);
        const child = count++;
        values.push(null); // a packed array, not a holey one: the scanners read it at every position
        depth[child] = depth[node] + 1;
        if (flexibleSpace && c === 32) space[node] = child;
        else {
          edgeParent[edges] = node;
          edgeChar[edges] = c;
          edgeNode[edges++] = child;
        }
        node = child;
        path[i + 1] = node;
      }
      values[node] = value;
      previous = term;
    }
    this.rootChild = new Int32Array(65536);
    this.space = space.slice(0, count);
    this.values = values;
    this.depth = depth.slice(0, count);
    this.childStart = new Int32Array(count);
    this.childCount = new Int32Array(count);
    for (let k = 0; k < edges; k++) this.childCount[edgeParent[k]]++;
    for (let node = 1, at = 0; node < count; node++) {
      this.childStart[node] = at;
      at += this.childCount[node];
    }
    this.childChar = new Uint16Array(edges);
    this.childNode = new Int32Array(edges);
    // each parent's edges come in ascending order: fill its run from the front
    const next = this.childStart.slice();
    for (let k = 0; k < edges; k++) {
      const at = next[edgeParent[k]]++;
      this.childChar[at] = edgeChar[k];
      this.childNode[at] = edgeNode[k];
      if (edgeParent[k] === ROOT) this.rootChild[edgeChar[k]] = edgeNode[k];
    }
  }

  /**
   * The node of the longest term starting at text[p] and ending by `to`, or 0: what an alternation of the
   * terms, longest first, matches at p. Without flexible spaces the term is text[p, p + depth[node]).
   */
  longestAt(text: string, p: number, to: number): number {
    let best = 0;
    for (let n = this.rootChild[text.charCodeAt(p)], i = p + 1; n !== 0; i++) {
      if (this.values[n] !== null) best = n;
      if (i >= to) break;
      n = this.child(n, text.charCodeAt(i));
    }
    return best;
  }

  /**
   * The node of each two-character ASCII prefix, at (first << 7 | second), 0 for none: a walk over English
   * text reaches depth 2 in one load. Built on request (a walk of every position wants it; most tries do not).
   */
  asciiPairTable(): Int32Array {
    const table = new Int32Array(128 * 128);
    for (let c0 = 0; c0 < 128; c0++) {
      const first = this.rootChild[c0];
      if (first !== 0) for (let c1 = 0; c1 < 128; c1++) table[(c0 << 7) | c1] = this.child(first, c1);
    }
    return table;
  }

  /**
   * 1 at `pairHash` of the first two code units of every term of two or more (a collision may set a slot
   * no term opens, never the reverse): a walk over Japanese text passes most characters that start a term
   * (の, に, を …) without descending. Built on request, like `asciiPairTable`.
   */
  pairFilter(): Uint8Array {
    const table = new Uint8Array(1 << 16);
    for (let c = 0; c < 65536; c++) {
      const first = this.rootChild[c];
      if (first === 0) continue;
      const from = this.childStart[first];
      for (let k = from; k < from + this.childCount[first]; k++) table[pairHash(c, this.childChar[k])] = 1;
    }
    return table;
  }

  /** The child of `node` through code unit c, or 0. */
  child(node: number, c: number): number {
    let lo = this.childStart[node];
    let hi = lo + this.childCount[node];
    const chars = this.childChar;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (chars[lo] === c) return this.childNode[lo];
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = chars[mid];
      if (m === c) return this.childNode[mid];
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }
}
