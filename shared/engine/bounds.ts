/**
 * A condition over every sentence at once, 32 sentences per word: where it certainly holds (lower) and
 * where it may hold (upper). Literal concepts are exact. A concept with regular-expression terms is
 * known only where already found (lower) and possible wherever one of its probes occurs (upper); the
 * few sentences in between are then decided one by one with the exact predicate, which searches there.
 * This replaces testing every candidate sentence with a closure per condition.
 */
import { MODALITIES, type Condition } from '../catalog/schema.ts';
import type { RangeConcepts } from './concept-sets.ts';
import type { Modality } from './modality.ts';

export interface Bounds {
  lower: Uint32Array;
  upper: Uint32Array;
}

/** The bits a condition is computed from (views that the caller must not modify; an exact one is the same array for both bounds). */
export interface BitEnvironment {
  /** Every range's bit (no bits past the last range). */
  all: Uint32Array;
  known(concept: number): Uint32Array;
  possible(concept: number): Uint32Array;
  modality(modality: Modality): Uint32Array;
  /** Each range's lead (the sentence introducing a list item), -1 for none. */
  leads: Int32Array;
  /** Each range's section heading line, -1 for none. */
  headings: Int32Array;
  /** Makes a pattern concept exact in the given ranges by one pass of its patterns over them. */
  search(concept: number, where: Uint32Array): void;
}

export type BoundsOf = (env: BitEnvironment) => Bounds;

/** The environment of a document's sentences (or headings): their concept columns and modalities. */
export function bitEnvironment(
  concepts: Pick<RangeConcepts, 'known' | 'possible' | 'search' | 'everyRange'>, facts: readonly { modality: Modality }[],
  leads: Int32Array = new Int32Array(facts.length).fill(-1), headings: Int32Array = leads.map(() => -1),
): BitEnvironment {
  const all = concepts.everyRange;
  const byModality = new Map<Modality, Uint32Array>(MODALITIES.map((m) => [m, bitsFor(facts.length)]));
  facts.forEach((f, i) => setBit(byModality.get(f.modality)!, i));
  return {
    all,
    known: (id) => concepts.known(id),
    possible: (id) => concepts.possible(id),
    modality: (m) => byModality.get(m)!,
    leads,
    headings,
    search: (id, where) => concepts.search(id, where),
  };
}

/** A bit per range (at least one word, like the concept columns). */
export const bitsFor = (size: number) => new Uint32Array(Math.max(1, Math.ceil(size / 32)));
export const setBit = (bits: Uint32Array, i: number) => { bits[i >>> 5] |= 1 << (i & 31); };
export const hasBit = (bits: Uint32Array, i: number) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;
/** Sets bits [from, to): whole words at once. */
export function setRange(bits: Uint32Array, from: number, to: number): void {
  while (from < to && (from & 31) !== 0) setBit(bits, from++);
  while (to - from >= 32) { bits[from >>> 5] = 0xffffffff; from += 32; }
  while (from < to) setBit(bits, from++);
}

/** A condition on another range of each range (its lead, its heading line: `other`, -1 for none), as bits of the ranges. */
function throughRange(inner: BoundsOf, other: (env: BitEnvironment) => Int32Array): BoundsOf {
  return (env) => {
    const { lower, upper } = inner(env);
    const ranges = other(env);
    const mappedLower = bitsFor(ranges.length);
    const mappedUpper = lower === upper ? mappedLower : bitsFor(ranges.length);
    ranges.forEach((r, i) => {
      if (r < 0) return;
      if (hasBit(lower, r)) setBit(mappedLower, i);
      if (hasBit(upper, r)) setBit(mappedUpper, i);
    });
    return { lower: mappedLower, upper: mappedUpper };
  };
}

export function compileBounds(cond: Condition, resolve: (name: string) => number): BoundsOf {
  if (typeof cond === 'string') {
    const id = resolve(cond);
    return (env) => ({ lower: env.known(id), upper: env.possible(id) });
  }
  if ('not' in cond) {
    const inner = compileBounds(cond.not, resolve);
    return (env) => {
      const { lower, upper } = inner(env);
      const notUpper = andNot(env.all, upper);
      return { lower: notUpper, upper: lower === upper ? notUpper : andNot(env.all, lower) };
    };
  }
  if ('lead' in cond) return throughRange(compileBounds(cond.lead, resolve), (env) => env.leads);
  if ('heading' in cond) return throughRange(compileBounds(cond.heading, resolve), (env) => env.headings);
  if ('modality' in cond) {
    const allowed = cond.modality;
    return (env) => {
      const bits = combine(allowed.map((m) => env.modality(m)), false, env.all);
      return { lower: bits, upper: bits };
    };
  }
  const isAll = 'all' in cond;
  const parts = (isAll ? cond.all : cond.any).map((c) => compileBounds(c, resolve));
  return (env) => {
    const bounds = parts.map((p) => p(env));
    const lower = combine(bounds.map((b) => b.lower), isAll, env.all);
    // Exact parts (the same array for both bounds) give an exact result: computed once.
    const exact = bounds.every((b) => b.lower === b.upper);
    return { lower, upper: exact ? lower : combine(bounds.map((b) => b.upper), isAll, env.all) };
  };
}

/** AND (or OR) of bit arrays into a new one; AND of none is every range, OR of none is none. */
function combine(arrays: Uint32Array[], and: boolean, all: Uint32Array): Uint32Array {
  const out = and ? Uint32Array.from(all) : new Uint32Array(all.length);
  for (const a of arrays) {
    if (and) for (let w = 0; w < out.length; w++) out[w] &= a[w];
    else for (let w = 0; w < out.length; w++) out[w] |= a[w];
  }
  return out;
}

/** a & ~b, into a new array. */
export function andNot(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < out.length; w++) out[w] = a[w] & ~b[w];
  return out;
}
