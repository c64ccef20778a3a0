/**
 * The concepts of each sentence (or heading) of a document. Literal terms come from the scanner's single
 * pass; regular-expression terms are evaluated lazily, per range, the first time a rule asks about their
 * concept there — most sentences are never asked about most patterns, and one pass of each of a few
 * hundred patterns over the whole text would cost more than everything else. A range holding none of
 * a pattern concept's probes (literals every match contains) is known not to match without a search.
 * A condition with many undecided ranges has its pattern concepts searched in one pass over just those
 * ranges (adjacent ones merged); a concept asked about range by range over much of the text gets one pass
 * over every range instead.
 */
import type { ConceptScanner, HitList, PatternTerm, ProbeHits } from './lexicon.ts';

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
 * whole text. A lookaround may look far (`(?<=(?:^|\n)[#\s\d.]*)`, `(?=[ \t]*(?:\n|$))`); `\b` and `\B` look at one
 * character on either side; `^` and `$` (not multiline) hold at the slice's ends, which lie outside the range, so a
 * match that needs them does not lie inside it. A pattern without assertions needs no context (a match must lie
 * inside the range).
 */
const LOOKAROUND_MARGIN = 64;
const LOOKAROUND = /\(\?<?[=!]/;
const BOUNDARY = /[\^$]|\\[bB]/;
const margins = new WeakMap<RegExp, number>();
function marginOf(re: RegExp): number {
  let margin = margins.get(re);
  if (margin === undefined) margins.set(re, (margin = LOOKAROUND.test(re.source) ? LOOKAROUND_MARGIN : BOUNDARY.test(re.source) ? 1 : 0));
  return margin;
}
/** Once searches of a concept range by range have covered this share of the text, one pass over every range is cheaper. */
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
export class BitColumns {
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
 * pattern concepts, `searched` records which ranges have been decided.
 */
export class RangeConcepts {
  readonly sets: ConceptSet[];
  /** Per concept id: 0 literal only, 1 has patterns (some without probes), 2 has patterns, all with probes. */
  readonly kind: Uint8Array;
  /** (concept, range) → present. */
  readonly bits: BitColumns;
  /** (pattern, range) → the range holds a probe of each of the pattern's probe sets. */
  private readonly probes: BitColumns;
  private readonly patterns: readonly PatternTerm[];
  /** Per concept id: its patterns (indices into `patterns`). */
  private readonly patternsOf: (number[] | undefined)[];
  /** (pattern concept, range) → decided: searched, or holding none of its probes; a column per pattern concept only. */
  private readonly searched: BitColumns;
  private readonly searchedColumn: Int32Array;
  /** Per pattern concept: characters searched one range at a time. */
  private readonly searchedOneByOne: Float64Array;
  private readonly possibleCache: (Uint32Array | undefined)[];
  /** Every range's bit (no bits past the last range). */
  readonly everyRange: Uint32Array;
  private readonly views: (Uint32Array | undefined)[];

  constructor(
    private readonly text: string,
    readonly ranges: readonly Range[],
    scanner: Pick<ConceptScanner, 'names' | 'patterns'>,
    { literals: literalHits, patterns: probeHits }: { literals: HitList; patterns: ProbeHits },
  ) {
    const count = scanner.names.length;
    this.patterns = scanner.patterns;
    this.bits = new BitColumns(count, ranges.length);
    this.kind = new Uint8Array(count);
    this.patternsOf = new Array(count);
    this.patterns.forEach(({ concept, probed }, index) => {
      (this.patternsOf[concept] ??= []).push(index);
      this.kind[concept] = !probed || this.kind[concept] === PATTERN ? PATTERN : PROBED;
    });
    this.searchedColumn = new Int32Array(count).fill(-1);
    let patternConcepts = 0;
    for (let id = 0; id < count; id++) if (this.kind[id] !== 0) this.searchedColumn[id] = patternConcepts++;
    this.searched = new BitColumns(patternConcepts, ranges.length);
    this.searchedOneByOne = new Float64Array(count);
    this.possibleCache = new Array(count);
    this.everyRange = new Uint32Array(this.bits.wordsPerColumn);
    for (let r = 0; r < ranges.length; r++) this.everyRange[r >>> 5] |= 1 << (r & 31);
    this.views = new Array(count);
    this.mark(literalHits, this.bits);
    this.probes = probeColumns(probeHits, ranges);
    // a range holding none of a probed concept's probes is decided without a search
    for (let id = 0; id < count; id++) {
      if (this.kind[id] !== PROBED) continue;
      const decided = this.searched.view(this.searchedColumn[id]);
      for (const p of this.patternsOf[id]!) this.probes.orColumn(p, decided);
      for (let w = 0; w < decided.length; w++) decided[w] = this.everyRange[w] & ~decided[w];
    }
    this.sets = ranges.map((_, r) => new ConceptSet(this, r));
  }

  /** Sets the bits of the hits lying wholly inside each range (hits sorted by start). */
  private mark(hits: HitList, bits: BitColumns): void {
    // One forward sweep; ranges may nest, so each range rewinds to its first hit.
    const { starts, ends, listIds, lists, length } = hits;
    let h = 0;
    for (let r = 0; r < this.ranges.length; r++) {
      const { start, end } = this.ranges[r];
      while (h < length && starts[h] < start) h++;
      // (a term repeated in the range sets its bits again: cheaper than remembering, per list, the range it was marked in)
      for (let k = h; k < length && starts[k] < end; k++) if (ends[k] <= end) for (const c of lists[listIds[k]]!) bits.set(c, r);
    }
  }

  /** Whether pattern concept `id` occurs in range r (called once its bit is known to be clear). */
  patternIn(r: number, id: number): boolean {
    if (this.kind[id] === 0 || this.searched.has(this.searchedColumn[id], r)) return false;
    if (this.searchedOneByOne[id] > this.text.length * WHOLE_TEXT_SHARE) {
      this.search(id, this.everyRange);
      return this.bits.has(id, r);
    }
    this.searched.set(this.searchedColumn[id], r);
    this.possibleCache[id] = undefined;
    if (!this.matchInRange(id, r)) return false;
    this.bits.set(id, r);
    return true;
  }

  /** Every pattern concept evaluated in range r (for iteration). */
  complete(r: number): void {
    for (let id = 0; id < this.kind.length; id++) if (this.kind[id] !== 0 && !this.bits.has(id, r)) this.patternIn(r, id);
  }

  /**
   * Every concept of range `source` (its pattern concepts decided there first), but those `skip` names, also holds in
   * ranges [first, to): a table's header row says what each of its rows' cells are.
   */
  inherit(source: number, first: number, to: number, skip: (id: number) => boolean): void {
    this.complete(source);
    for (let id = 0; id < this.kind.length; id++) {
      if (!this.bits.has(id, source) || skip(id)) continue;
      for (let r = first; r < to; r++) this.bits.set(id, r);
      this.possibleCache[id] = undefined;
    }
  }

  /** Ranges known to hold concept `id`: exact for a literal concept; for a pattern concept the ranges found so far (a live view). */
  known(id: number): Uint32Array {
    return (this.views[id] ??= this.bits.view(id));
  }

  /**
   * Ranges that may hold concept `id`: its known ranges, and for a pattern concept those not yet decided
   * (a range holding none of its probes is decided).
   */
  possible(id: number): Uint32Array {
    if (this.kind[id] === 0) return this.known(id);
    let possible = this.possibleCache[id];
    if (possible === undefined) {
      const known = this.bits.view(id);
      const decided = this.searched.view(this.searchedColumn[id]);
      possible = new Uint32Array(known.length);
      for (let w = 0; w < possible.length; w++) possible[w] = known[w] | (this.everyRange[w] & ~decided[w]);
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
      const to = Math.min(this.text.length, end + margin);
      this.searchedOneByOne[id] += to - from;
      let found = false;
      forEachMatch(re, this.text, from, to, (matchStart, matchEnd) => {
        if (matchStart >= end) return true;
        return (found = matchStart >= start && matchEnd <= end);
      });
      if (found) return true;
    }
    return false;
  }

  /**
   * Decides pattern concept `id` in every range of `where` (bits): one pass of each of its patterns over
   * the undecided ranges among them that hold one of its probes, adjacent ranges merged into one span
   * (with the assertion margin). A match counts for the searched ranges that hold all of it.
   */
  search(id: number, where: Uint32Array): void {
    if (this.kind[id] === 0) return;
    const decided = this.searched.view(this.searchedColumn[id]);
    const todo = new Uint32Array(decided.length);
    let any = 0;
    for (let w = 0; w < todo.length; w++) any |= todo[w] = where[w] & ~decided[w];
    if (any === 0) return;
    for (const p of this.patternsOf[id]!) {
      const { re, probed } = this.patterns[p];
      const ranges = probed ? setBits(andWords(todo, this.probes.view(p))) : setBits(todo);
      this.searchSpans(re, ranges, id);
    }
    for (let w = 0; w < todo.length; w++) decided[w] |= todo[w];
    this.possibleCache[id] = undefined;
  }

  /** Runs `re` over the merged spans of the ranges (ascending), setting concept `id` where a match lies inside one. */
  private searchSpans(re: RegExp, ranges: number[], id: number): void {
    searchRanges(re, this.text, this.ranges, ranges, (first, last, starts, ends) => {
      // ranges ascend by start (they may nest): each rewinds to its first match
      let h = 0;
      for (let k = first; k < last; k++) {
        const r = ranges[k];
        const { start, end } = this.ranges[r];
        while (h < starts.length && starts[h] < start) h++;
        for (let j = h; j < starts.length && starts[j] < end; j++) {
          if (ends[j] <= end) { this.bits.set(id, r); break; }
        }
      }
    });
  }
}

/**
 * (pattern, range) → the range holds a probe of each of the pattern's probe sets, wholly inside it (ranges sorted by
 * start; they may nest, so each range rewinds to its first hit).
 */
export function probeColumns(probes: ProbeHits, ranges: readonly Range[]): BitColumns {
  const { hits: { starts, ends, listIds, lists, length }, patternOf, maskOf, fullMaskOf } = probes;
  const columns = new BitColumns(fullMaskOf.length, ranges.length);
  const { words, wordsPerColumn } = columns;
  // per pattern, the range its mask is of, and the bits of the sets seen there
  const maskRange = new Int32Array(fullMaskOf.length).fill(-1);
  const mask = new Uint8Array(fullMaskOf.length);
  // per probe list, the last range it was read for: a word repeated in a sentence ("the Supplier … the Supplier") is read once
  const listRange = new Int32Array(lists.length).fill(-1);
  let h = 0;
  for (let r = 0; r < ranges.length; r++) {
    const { start, end } = ranges[r];
    const word = r >>> 5;
    const bit = 1 << (r & 31);
    while (h < length && starts[h] < start) h++;
    for (let k = h; k < length && starts[k] < end; k++) {
      if (ends[k] > end || listRange[listIds[k]] === r) continue;
      listRange[listIds[k]] = r;
      for (const set of lists[listIds[k]]!) {
        const p = patternOf[set];
        const full = fullMaskOf[p];
        // (most patterns have one set: no mask to keep)
        if (full !== 1) {
          if (maskRange[p] !== r) { maskRange[p] = r; mask[p] = 0; }
          if ((mask[p] |= maskOf[set]) !== full) continue;
        }
        words[p * wordsPerColumn + word] |= bit;
      }
    }
  }
  return columns;
}

/**
 * The matches of `re` over the ranges `picked` (indices into `all`, ascending by start): adjacent ranges are merged
 * into one span (with the pattern's assertion margin), and `visit` receives each span's matches in text order, with
 * the positions in `picked` of its first range and of the range after its last.
 */
export function searchRanges(
  re: RegExp, text: string, all: readonly Range[], picked: readonly number[],
  visit: (first: number, last: number, starts: readonly number[], ends: readonly number[]) => void,
): void {
  const margin = marginOf(re);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let first = 0; first < picked.length; ) {
    const from = Math.max(0, all[picked[first]].start - margin);
    let to = Math.min(text.length, all[picked[first]].end + margin);
    let last = first + 1;
    for (; last < picked.length; last++) {
      const { start, end } = all[picked[last]];
      if (Math.max(0, start - margin) > to) break;
      to = Math.max(to, Math.min(text.length, end + margin));
    }
    starts.length = 0;
    ends.length = 0;
    forEachMatch(re, text, from, to, (matchStart, matchEnd) => { starts.push(matchStart); ends.push(matchEnd); });
    visit(first, last, starts, ends);
    first = last;
  }
}

/**
 * Each non-empty match of `re` in text[from, to), as offsets into `text`, until `visit` returns true. A match
 * running from one line or sentence into the next (a caption's 「事故」 reaching the article's 「発生した」) fits no
 * range; it must not hide a match that starts later, so the search goes on from just after its start.
 */
function forEachMatch(re: RegExp, text: string, from: number, to: number, visit: (start: number, end: number) => boolean | void): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (visit(from + m.index, from + m.index + m[0].length) === true) return;
    if (crossesBoundary(m[0])) re.lastIndex = m.index + 1;
  }
}

/** a & b, into a new array. */
function andWords(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < out.length; w++) out[w] = a[w] & b[w];
  return out;
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
