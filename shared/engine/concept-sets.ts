/**
 * The concepts of each sentence (or heading) of a document. Literal terms come from the scanner's single
 * pass; regular-expression terms are evaluated lazily, per range, the first time a rule asks about their
 * concept there — most sentences are never asked about most patterns, and one pass of each of a few
 * hundred patterns over the whole text would cost more than everything else. A range holding none of
 * a pattern concept's probes (literals every match contains) is known not to match without a search.
 * A concept asked about in many ranges gets one pass over the whole text instead.
 */
import { HitList, type ConceptScanner, type PatternTerm } from './lexicon.ts';

/** What the engine needs of a sentence's concepts: membership and iteration (a Set<number> qualifies). */
export interface ConceptIds extends Iterable<number> {
  has(id: number): boolean;
  readonly size: number;
  forEach(callback: (id: number) => void): void;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Text around a range that a pattern with assertions may look at when it runs on a slice instead of the
 * whole text (lookbehinds such as `(?<=(?:^|\n)[#\s\d.]*)`, lookaheads such as `(?=[ \t]*(?:\n|$))`).
 * A slice that does not begin at the text's start has its `^` at least this far before the range, where
 * a match cannot start. A pattern without assertions needs no context (a match must lie inside the range).
 */
const MARGIN = 64;
const ASSERTION = /\(\?<?[=!]|[\^$]|\\[bB]/;
const margins = new WeakMap<RegExp, number>();
function marginOf(re: RegExp): number {
  let margin = margins.get(re);
  if (margin === undefined) margins.set(re, (margin = ASSERTION.test(re.source) ? MARGIN : 0));
  return margin;
}
/** Once searches of a concept's ranges have covered this share of the text, one whole-text pass is cheaper. */
const WHOLE_TEXT_SHARE = 0.5;

/** Whether a pattern match runs past a line break or a sentence end (one at its very end does not count). */
function crossesBoundary(match: string): boolean {
  for (let k = 0; k < match.length - 1; k++) {
    const c = match.charCodeAt(k);
    if (c === 10 || c === 0x3002) return true;
  }
  return false;
}

const PATTERN = 1;
const PROBED = 2;

/**
 * Bits per (id, range) stored by id: one run of words over the ranges for each concept (or pattern), so
 * that listing the ranges of a concept reads one run, and marking a hit sets one bit.
 */
class BitColumns {
  readonly words: Uint32Array;
  readonly wordsPerColumn: number;
  constructor(columns: number, ranges: number) {
    this.wordsPerColumn = Math.max(1, Math.ceil(ranges / 32));
    this.words = new Uint32Array(columns * this.wordsPerColumn);
  }
  has(column: number, r: number): boolean {
    return (this.words[column * this.wordsPerColumn + (r >>> 5)] & (1 << (r & 31))) !== 0;
  }
  set(column: number, r: number): void {
    this.words[column * this.wordsPerColumn + (r >>> 5)] |= 1 << (r & 31);
  }
  /** A column's words (a live view). */
  view(column: number): Uint32Array {
    return this.words.subarray(column * this.wordsPerColumn, (column + 1) * this.wordsPerColumn);
  }
  /** ORs a column into `into` (one word per 32 ranges). */
  orColumn(column: number, into: Uint32Array): void {
    const base = column * this.wordsPerColumn;
    for (let w = 0; w < this.wordsPerColumn; w++) into[w] |= this.words[base + w];
  }
}

/** Ascending indices of the set bits of a bit array. */
export function setBits(words: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < words.length; w++) {
    let x = words[w];
    while (x !== 0) {
      const low = x & -x;
      out.push(w * 32 + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
  return out;
}

/**
 * Concept sets over a list of ranges sorted by start (they may nest). A bit set means present; for
 * pattern concepts, `evaluated` records which ranges have been searched.
 */
export class RangeConcepts {
  readonly sets: ConceptSet[];
  /** Per concept id: 0 literal only, 1 has patterns (some without probes), 2 has patterns, all with probes. */
  readonly kind: Uint8Array;
  /** (concept, range) → present. */
  readonly bits: BitColumns;
  /** (pattern, range) → the range holds one of the pattern's probes. */
  private readonly probes: BitColumns;
  private readonly patterns: readonly PatternTerm[];
  /** Per concept id: its patterns (indices into `patterns`). */
  private readonly patternsOf: (number[] | undefined)[];
  /** Per pattern concept id: which ranges have been searched (1), characters searched, whole text scanned (1). */
  private readonly evaluated: (Uint8Array | undefined)[];
  private readonly searched: Float64Array;
  private readonly wholeText: Uint8Array;
  private readonly possibleCache: (Uint32Array | undefined)[];
  /** Every range's bit (no bits past the last range). */
  readonly everyRange: Uint32Array;
  private readonly views: (Uint32Array | undefined)[];

  constructor(
    private readonly text: string,
    readonly ranges: readonly Range[],
    scanner: Pick<ConceptScanner, 'names' | 'patterns'>,
    literalHits: HitList,
    probeHits: HitList,
  ) {
    const count = scanner.names.length;
    this.patterns = scanner.patterns;
    this.bits = new BitColumns(count, ranges.length);
    this.probes = new BitColumns(this.patterns.length, ranges.length);
    this.kind = new Uint8Array(count);
    this.patternsOf = new Array(count);
    this.patterns.forEach(({ concept, probed }, index) => {
      (this.patternsOf[concept] ??= []).push(index);
      this.kind[concept] = !probed || this.kind[concept] === PATTERN ? PATTERN : PROBED;
    });
    this.evaluated = new Array(count);
    this.searched = new Float64Array(count);
    this.wholeText = new Uint8Array(count);
    this.possibleCache = new Array(count);
    this.everyRange = new Uint32Array(this.bits.wordsPerColumn);
    for (let r = 0; r < ranges.length; r++) this.everyRange[r >>> 5] |= 1 << (r & 31);
    this.views = new Array(count);
    this.mark(literalHits, this.bits);
    this.mark(probeHits, this.probes);
    this.sets = ranges.map((_, r) => new ConceptSet(this, r));
  }

  /** Sets the bits of the hits lying wholly inside each range (hits sorted by start). */
  private mark(hits: HitList, bits: BitColumns): void {
    // One forward sweep; ranges may nest, so each range rewinds to its first hit.
    const { starts, ends, listIds, lists, length } = hits;
    // a list already marked in this range (a term repeated in a sentence) is not marked again
    const markedIn = new Int32Array(lists.length).fill(-1);
    let h = 0;
    for (let r = 0; r < this.ranges.length; r++) {
      const { start, end } = this.ranges[r];
      while (h < length && starts[h] < start) h++;
      for (let k = h; k < length && starts[k] < end; k++) {
        const list = listIds[k];
        if (ends[k] > end || markedIn[list] === r) continue;
        markedIn[list] = r;
        for (const c of lists[list]!) bits.set(c, r);
      }
    }
  }

  /** Whether pattern concept `id` occurs in range r (called once its bit is known to be clear). */
  patternIn(r: number, id: number): boolean {
    if (this.kind[id] === 0 || this.wholeText[id] === 1) return false;
    if (this.kind[id] === PROBED && !this.patternsOf[id]!.some((p) => this.probes.has(p, r))) return false;
    const evaluated = (this.evaluated[id] ??= new Uint8Array(this.ranges.length));
    if (evaluated[r] === 1) return false;
    if (this.searched[id] > this.text.length * WHOLE_TEXT_SHARE) {
      this.scanWholeText(id);
      return this.bits.has(id, r);
    }
    evaluated[r] = 1;
    if (!this.matchInRange(id, r)) return false;
    this.bits.set(id, r);
    return true;
  }

  /** Every pattern concept evaluated in range r (for iteration). */
  complete(r: number): void {
    for (let id = 0; id < this.kind.length; id++) if (this.kind[id] !== 0 && !this.bits.has(id, r)) this.patternIn(r, id);
  }

  /** Ranges known to hold concept `id`: exact for a literal concept; for a pattern concept the ranges found so far (a live view). */
  known(id: number): Uint32Array {
    return (this.views[id] ??= this.bits.view(id));
  }

  /**
   * Ranges that may hold concept `id`: its known ranges, and for a pattern concept those holding one of its
   * probes, or every range when one of its patterns has none.
   */
  possible(id: number): Uint32Array {
    if (this.kind[id] === 0 || this.wholeText[id] === 1) return this.known(id);
    let possible = this.possibleCache[id];
    if (possible === undefined) {
      if (this.kind[id] === PATTERN) possible = this.everyRange;
      else {
        possible = Uint32Array.from(this.bits.view(id));
        for (const p of this.patternsOf[id]!) this.probes.orColumn(p, possible);
      }
      this.possibleCache[id] = possible;
    }
    return possible;
  }

  /**
   * A match of one of the concept's patterns lying wholly inside range r, looking at a slice around it;
   * a pattern with probes only where one of them occurs.
   */
  private matchInRange(id: number, r: number): boolean {
    const { start, end } = this.ranges[r];
    for (const p of this.patternsOf[id]!) {
      const { re, probed } = this.patterns[p];
      if (probed && !this.probes.has(p, r)) continue;
      const margin = marginOf(re);
      const from = Math.max(0, start - margin);
      const slice = this.text.slice(from, Math.min(this.text.length, end + margin));
      this.searched[id] += slice.length;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const matchStart = from + m.index;
        if (matchStart >= end) break;
        if (m[0].length === 0) { re.lastIndex++; continue; }
        if (matchStart >= start && matchStart + m[0].length <= end) return true;
        if (crossesBoundary(m[0])) re.lastIndex = m.index + 1;
      }
    }
    return false;
  }

  /**
   * One pass of each of the concept's patterns over the text of the ranges it could match in (with the
   * assertion margin), adjacent ranges merged: over the whole text for sentences and an unprobed pattern,
   * over a few short spans for headings or a rare probe. Afterwards every range is known.
   */
  scanWholeText(id: number): void {
    if (this.kind[id] === 0 || this.wholeText[id] === 1) return;
    this.wholeText[id] = 1;
    const spans: [number, number][] = [];
    for (const p of this.patternsOf[id]!) {
      const { re, probed } = this.patterns[p];
      const margin = marginOf(re);
      this.forEachSearchSpan(probed ? p : -1, margin, (from, to) => {
        const slice = from === 0 && to === this.text.length ? this.text : this.text.slice(from, to);
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          spans.push([from + m.index, from + m.index + m[0].length]);
          // a match running from one line or sentence into the next (a caption's 「事故」 reaching the
          // article's 「発生した」) fits no range; it must not hide a match that starts later
          if (crossesBoundary(m[0])) re.lastIndex = m.index + 1;
        }
      });
    }
    const hits = new HitList([[id]]);
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) hits.push(start, end, 0);
    this.mark(hits, this.bits);
    this.evaluated[id] = undefined;
  }

  /** The merged spans of the ranges holding probe column `probe` (every range when -1), widened by `margin`. */
  private forEachSearchSpan(probe: number, margin: number, visit: (from: number, to: number) => void): void {
    let from = -1;
    let to = -1;
    for (let r = 0; r < this.ranges.length; r++) {
      if (probe >= 0 && !this.probes.has(probe, r)) continue;
      const start = Math.max(0, this.ranges[r].start - margin);
      const end = Math.min(this.text.length, this.ranges[r].end + margin);
      if (from >= 0 && start <= to) { if (end > to) to = end; continue; }
      if (from >= 0) visit(from, to);
      from = start;
      to = end;
    }
    if (from >= 0) visit(from, to);
  }
}

/** One range's concepts: a view of its bits. Iterates in ascending id order. */
export class ConceptSet implements ConceptIds {
  private readonly word: number;
  private readonly mask: number;
  private readonly columns: Uint32Array;
  private readonly stride: number;

  constructor(private readonly owner: RangeConcepts, private readonly range: number) {
    this.columns = owner.bits.words;
    this.stride = owner.bits.wordsPerColumn;
    this.word = range >>> 5;
    this.mask = 1 << (range & 31);
  }

  has(id: number): boolean {
    if ((this.columns[id * this.stride + this.word] & this.mask) !== 0) return true;
    return this.owner.kind[id] > 0 && this.owner.patternIn(this.range, id);
  }

  get size(): number {
    let n = 0;
    this.forEach(() => n++);
    return n;
  }

  forEach(callback: (id: number) => void): void {
    this.owner.complete(this.range);
    for (let id = 0; id < this.owner.kind.length; id++) if ((this.columns[id * this.stride + this.word] & this.mask) !== 0) callback(id);
  }

  *[Symbol.iterator](): IterableIterator<number> {
    const ids: number[] = [];
    this.forEach((id) => ids.push(id));
    yield* ids;
  }
}
