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
    // Build with maps, then lay the children out in sorted runs.
    const children: Map<number, number>[] = [new Map(), new Map()];
    const space: number[] = [0, 0];
    const values: (V | null)[] = [null, null];
    const depth: number[] = [0, 0];
    const ROOT = FlatTrie.ROOT;
    const newNode = (parent: number) => {
      children.push(new Map());
      space.push(0);
      values.push(null);
      depth.push(depth[parent] + 1);
      return children.length - 1;
    };
    for (const { term, value } of terms) {
      let node = ROOT;
      for (let i = 0; i < term.length; i++) {
        const c = term.charCodeAt(i);
        if (flexibleSpace && c === 32) {
          node = space[node] ||= newNode(node);
          continue;
        }
        let child = children[node].get(c);
        if (child === undefined) children[node].set(c, (child = newNode(node)));
        node = child;
      }
      values[node] = value;
    }
    const count = children.length;
    this.rootChild = new Int32Array(65536);
    for (const [c, child] of children[ROOT]) this.rootChild[c] = child;
    this.space = Int32Array.from(space);
    this.values = values;
    this.depth = Int32Array.from(depth);
    this.childStart = new Int32Array(count);
    this.childCount = new Int32Array(count);
    const total = children.reduce((sum, m) => sum + m.size, 0);
    this.childChar = new Uint16Array(total);
    this.childNode = new Int32Array(total);
    let at = 0;
    for (let node = 0; node < count; node++) {
      this.childStart[node] = at;
      this.childCount[node] = children[node].size;
      const edges = children[node];
      if (edges.size === 0) continue;
      // most nodes have one child: sort only runs of several
      for (const c of edges.size === 1 ? edges.keys() : [...edges.keys()].sort((a, b) => a - b)) {
        this.childChar[at] = c;
        this.childNode[at++] = edges.get(c)!;
      }
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
