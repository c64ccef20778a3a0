/**
 * Vagueness signals (shared/catalog/vagueness.json, converted from the shared vagueness.yaml): the data
 * is validated at load (valibot; a malformed entry throws naming the signal and field), compiled into
 * one alternation of literal terms plus the few regular-expression terms, and scanned once over the
 * normalised text. Whether a hit is reported is decided by the signal's own false-positive conditions
 * (`when` must hold, no `unless` may hold), evaluated against what the engine knows about the sentence:
 * the actor's role, the modality, an anchor (a deadline or frequency in the same or next sentence) and
 * named structural checks.
 */
import * as v from 'valibot';
import raw from '../catalog/vagueness.json' with { type: 'json' };
import { isSpaceCode, normalize } from './normalize.ts';
import { FlatTrie } from './trie.ts';
import { longestAt } from './trie-match.ts';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const Localized = v.object({ ja: nonEmpty, en: nonEmpty });
const Terms = v.object({ ja: v.array(nonEmpty), en: v.array(nonEmpty) });
const ROLE_OR_NONE = ['outsourcer', 'contractor', 'subcontractor', 'both', 'other', 'none'] as const;
const MODALITY = ['obligation', 'prohibition', 'permission', 'effort', 'agree-later', 'statement'] as const;
/** Structural checks a condition may name; each is implemented in `namedCheck` below. */
export const NAMED_CHECKS = [
  'annexReferenced', 'namedStandard', 'clauseCited', 'exceptionProcedure', 'definedTerm', 'liabilityClause',
  'securityCarveOut', 'chooserNamed', 'finalReport', 'civilCodeDefault', 'definition', 'allocationTable',
  'instructionProcedure', 'annexExists', 'security', 'documentCited',
] as const;
export type NamedCheck = (typeof NAMED_CHECKS)[number];

const Condition = v.strictObject({
  actor: v.optional(v.array(v.picklist(ROLE_OR_NONE))),
  modality: v.optional(v.array(v.picklist(MODALITY))),
  anchor: v.optional(v.picklist(['same', 'same-or-next'])),
  possessor: v.optional(v.array(v.picklist([...ROLE_OR_NONE, 'self']))),
  ...Object.fromEntries(NAMED_CHECKS.map((k) => [k, v.optional(v.literal(true))])) as Record<NamedCheck, v.OptionalSchema<v.LiteralSchema<true, undefined>, undefined>>,
});
export type SignalCondition = v.InferOutput<typeof Condition>;

export const Signal = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^VAG-[A-Z0-9-]+$/)),
  kind: v.picklist(['vague', 'unassigned', 'agree-later']),
  category: nonEmpty,
  severity: v.picklist(['high', 'medium', 'low']),
  terms: Terms,
  why: Localized,
  alternative: Localized,
  example: v.object({ vague: nonEmpty, precise: nonEmpty }),
  /** Replacement for the matched term ("$&" = the term) giving a precise wording of the sentence. */
  rewrite: v.optional(v.object({ ja: v.optional(v.string()), en: v.optional(v.string()) })),
  falsePositive: v.strictObject({
    note: nonEmpty,
    when: v.optional(Condition),
    unless: v.array(Condition),
    suppressedBy: v.optional(v.array(nonEmpty)),
    /** Not reported when the text just before the term ends with one of these (経過後直ちに, 事前に協議). */
    precededBy: v.optional(v.array(nonEmpty)),
  }),
});
export type Signal = v.InferOutput<typeof Signal>;

const RoleLexicon = v.object({ ja: v.array(nonEmpty), en: v.array(nonEmpty) });
const DutyLexicon = v.object({ ja: v.array(nonEmpty), en: v.array(nonEmpty) });

export const VaguenessData = v.object({
  version: nonEmpty,
  parties: v.object({
    notes: v.array(nonEmpty),
    roles: v.object({ outsourcer: RoleLexicon, contractor: RoleLexicon, subcontractor: RoleLexicon, ambiguous: RoleLexicon, both: RoleLexicon }),
    roleVerbs: v.object({ outsourcer: RoleLexicon, contractor: RoleLexicon }),
    passiveAgent: RoleLexicon,
    firstPerson: v.object({ contractor: RoleLexicon, outsourcer: RoleLexicon }),
  }),
  obligationMarkers: v.record(v.string(), RoleLexicon),
  structure: v.object({
    introLead: RoleLexicon,
    dutyHeading: RoleLexicon,
    allocationTable: RoleLexicon,
    raciMarks: v.array(nonEmpty),
    notes: RoleLexicon,
    residual: RoleLexicon,
    cellAgreeLater: RoleLexicon,
    cellNone: v.array(nonEmpty),
    cellLead: v.array(nonEmpty),
    sentenceFinal: v.object({
      effort: v.array(nonEmpty), permission: v.array(nonEmpty), prohibition: v.array(nonEmpty),
      agreeLater: v.array(nonEmpty), obligation: v.array(nonEmpty),
    }),
  }),
  security: RoleLexicon,
  liability: v.object({
    damages: RoleLexicon, cap: RoleLexicon, carveOut: RoleLexicon, dataBreach: RoleLexicon, confidentiality: RoleLexicon,
    subcontractorActs: RoleLexicon, intent: RoleLexicon, incidentCost: RoleLexicon, incidentWords: RoleLexicon, disclaimer: RoleLexicon,
  }),
  duties: v.record(v.string(), v.union([DutyLexicon, v.string()])),
  stageWords: RoleLexicon,
  signals: v.pipe(v.array(Signal), v.minLength(1)),
});
export type VaguenessData = v.InferOutput<typeof VaguenessData>;

export class VaguenessDataError extends Error {}

/** Validates vagueness data; the error names the signal (or section) and the field. */
export function parseVaguenessData(input: unknown): VaguenessData {
  const result = v.safeParse(VaguenessData, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((p) => String(p.key));
    let where = path.join('.');
    if (path[0] === 'signals' && path.length > 1) {
      const id = (input as { signals?: { id?: string }[] }).signals?.[Number(path[1])]?.id ?? `#${path[1]}`;
      where = `${id}: ${path.slice(2).join('.') || '(signal)'}`;
    }
    throw new VaguenessDataError(`vagueness.json: ${where}: ${issue.message}`);
  }
  const data = result.output;
  const ids = new Set<string>();
  for (const s of data.signals) {
    if (ids.has(s.id)) throw new VaguenessDataError(`vagueness.json: ${s.id}: id: duplicate signal id`);
    ids.add(s.id);
    for (const [lang, terms] of Object.entries(s.terms)) {
      terms.forEach((t, i) => {
        if (!t.startsWith('re:')) return;
        try { new RegExp(t.slice(3), 'u'); } catch (e) {
          throw new VaguenessDataError(`vagueness.json: ${s.id}: terms.${lang}.${i}: invalid regular expression (${(e as Error).message})`);
        }
      });
    }
  }
  for (const s of data.signals) {
    for (const other of s.falsePositive.suppressedBy ?? []) {
      if (!ids.has(other)) throw new VaguenessDataError(`vagueness.json: ${s.id}: falsePositive.suppressedBy: unknown signal ${other}`);
    }
  }
  return data;
}

export const vaguenessData: VaguenessData = parseVaguenessData(raw);

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
export const normTerm = (s: string) => normalize(s).text.replace(/\s+/g, ' ').trim();

/** The [a-z0-9] of the word-boundary lookarounds around ASCII terms. */
const isAlnumCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** What a trie node of a TermMatcher holds: the normalised term ending there and its lists (bits). */
interface ListTerm { term: string; mask: number }
const maskOf = (trie: FlatTrie<ListTerm>, n: number) => trie.values[n]?.mask ?? 0;

const OTHER = 1;
const ASCII = 2;

/**
 * Literal term lists (normalised) in two tries, matched the way one regular expression alternating them would
 * match — `(?:non-ASCII terms, longest first)|(?<![a-z0-9])(?:ASCII terms, longest first, a space = \s+)(?![a-z0-9])` —
 * but walked once per position instead of trying every alternative (such big alternations cost more than the
 * rest of the responsibility analysis). Lists are literal only (a `re:` term is rejected).
 */
export class TermMatcher {
  private readonly ascii: FlatTrie<ListTerm>;
  private readonly other: FlatTrie<ListTerm>;
  /** Per code unit: OTHER and/or ASCII when a term of that trie starts with it. */
  private readonly starts = new Uint8Array(65536);
  /** ASCII code unit pairs (first * 128 + second) that can open an ASCII term: most words are rejected without a walk. */
  private readonly asciiPairs = new Uint8Array(128 * 128);
  /** Set by `longestAscii`: the term it matched. */
  private asciiTerm = '';

  constructor(lists: readonly (readonly string[])[]) {
    if (lists.length > 31) throw new Error('TermMatcher: at most 31 lists');
    const terms = new Map<string, ListTerm>();
    lists.forEach((list, k) => {
      for (const raw of list) {
        if (raw.startsWith('re:')) throw new Error(`vagueness.json: regular expression term ${JSON.stringify(raw)} in a literal word list`);
        const term = normTerm(raw);
        if (!term) continue;
        const entry = terms.get(term) ?? { term, mask: 0 };
        entry.mask |= 1 << k;
        terms.set(term, entry);
      }
    });
    const entries = [...terms.values()].map((value) => ({ term: value.term, value }));
    this.ascii = new FlatTrie(entries.filter((e) => isAscii(e.term)), true);
    this.other = new FlatTrie(entries.filter((e) => !isAscii(e.term)));
    const ascii = this.ascii;
    for (let c = 0; c < 65536; c++) {
      if (this.other.rootChild[c] !== 0) this.starts[c] |= OTHER;
      const first = c < 128 ? ascii.rootChild[c] : 0;
      if (first === 0) continue;
      this.starts[c] |= ASCII;
      for (let k = 0; k < 128; k++) {
        const opens = ascii.values[first] !== null || ascii.child(first, k) !== 0 || (ascii.space[first] !== 0 && isSpaceCode(k));
        if (opens) this.asciiPairs[c * 128 + k] = 1;
      }
    }
  }

  /**
   * Every match of text[from, to) left to right without overlaps, as a global regular expression's exec loop
   * over text.slice(from, to) finds them: at each position the longest non-ASCII term, else the longest ASCII
   * term standing as a whole word. `term` is the normalised term (whitespace runs read as one space).
   */
  scan(text: string, visit: (start: number, end: number, term: string) => void, from = 0, to = text.length): void {
    const { other, starts } = this;
    let p = from;
    while (p < to) {
      const c = text.charCodeAt(p);
      const start = starts[c];
      if ((start & OTHER) !== 0) {
        const best = longestAt(other, text, p, to);
        if (best !== 0) {
          const term = other.values[best]!.term;
          visit(p, p + term.length, term);
          p += term.length;
          continue;
        }
      }
      if ((start & ASCII) !== 0 && this.asciiMayStart(text, p, from, to)) {
        const end = this.longestAscii(text, p, to);
        if (end > p) {
          visit(p, end, this.asciiTerm);
          p = end;
          continue;
        }
      }
      p++;
    }
  }

  /**
   * `scan` of each list on its own, in one walk of the text (a walk per list costs more than the matching):
   * visits[k] receives the matches of list k as a matcher of that list alone would find them.
   */
  scanEach(text: string, visits: readonly ((start: number, end: number, term: string) => void)[]): void {
    const { other, ascii, starts } = this;
    const lists = visits.length;
    const to = text.length;
    /** Per list: where its next match may start (matches of one list do not overlap). */
    const next = new Int32Array(lists);
    /** Per list: the node of its longest term at the position, and the term's end (ASCII). */
    const best = new Int32Array(lists);
    const bestEnd = new Int32Array(lists);
    for (let p = 0; p < to; p++) {
      const c = text.charCodeAt(p);
      const start = starts[c];
      if (start === 0) continue;
      let active = 0;
      for (let k = 0; k < lists; k++) if (next[k] <= p) active |= 1 << k;
      if ((start & OTHER) !== 0 && active !== 0) {
        let found = 0;
        for (let n = other.rootChild[c], i = p + 1; n !== 0; i++) {
          const m = maskOf(other, n) & active;
          if (m !== 0) {
            found |= m;
            for (let k = 0; k < lists; k++) if ((m & (1 << k)) !== 0) best[k] = n;
          }
          if (i >= to) break;
          n = other.child(n, text.charCodeAt(i));
        }
        for (let k = 0; k < lists; k++) {
          if ((found & (1 << k)) === 0) continue;
          const term = other.values[best[k]]!.term;
          visits[k](p, p + term.length, term);
          next[k] = p + term.length;
        }
        active &= ~found;
      }
      if ((start & ASCII) !== 0 && active !== 0 && this.asciiMayStart(text, p, 0, to)) {
        let found = 0;
        for (let n = FlatTrie.ROOT, i = p; n !== 0;) {
          const m = maskOf(ascii, n) & active;
          if (m !== 0 && (i === to || !isAlnumCode(text.charCodeAt(i)))) {
            found |= m;
            for (let k = 0; k < lists; k++) if ((m & (1 << k)) !== 0) { best[k] = n; bestEnd[k] = i; }
          }
          if (i >= to) break;
          const code = text.charCodeAt(i);
          if (ascii.space[n] !== 0 && isSpaceCode(code)) {
            i++;
            while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
            n = ascii.space[n];
            continue;
          }
          n = ascii.child(n, code);
          i++;
        }
        for (let k = 0; k < lists; k++) {
          if ((found & (1 << k)) === 0) continue;
          visits[k](p, bestEnd[k], ascii.values[best[k]]!.term);
          next[k] = bestEnd[k];
        }
      }
    }
  }

  /** Bit k set when a term of list k occurs in text[from, to), as a regular expression test of text.slice(from, to) would find. */
  maskIn(text: string, from = 0, to = text.length): number {
    const { other, starts } = this;
    let mask = 0;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      const start = starts[c];
      if ((start & OTHER) !== 0) {
        for (let n = other.rootChild[c], i = p + 1; n !== 0; i++) {
          mask |= maskOf(other, n);
          if (i >= to) break;
          n = other.child(n, text.charCodeAt(i));
        }
      }
      if ((start & ASCII) !== 0 && this.asciiMayStart(text, p, from, to)) mask |= this.asciiMasks(text, p, to);
    }
    return mask;
  }

  /** `maskIn` of each range (sentences). */
  masks(text: string, ranges: readonly { start: number; end: number }[]): Int32Array {
    const out = new Int32Array(ranges.length);
    for (let i = 0; i < ranges.length; i++) out[i] = this.maskIn(text, ranges[i].start, ranges[i].end);
    return out;
  }

  /** An ASCII term may start at p: a word starts there and its first two code units may open a term. */
  private asciiMayStart(text: string, p: number, from: number, to: number): boolean {
    if (p > from && isAlnumCode(text.charCodeAt(p - 1))) return false;
    const next = p + 1 < to ? text.charCodeAt(p + 1) : -1;
    return next < 0 || next >= 128 || this.asciiPairs[text.charCodeAt(p) * 128 + next] === 1;
  }

  /** End of the longest ASCII term at p followed by a non-[a-z0-9] (or `to`), or -1; the term in `asciiTerm`. */
  private longestAscii(text: string, p: number, to: number): number {
    const t = this.ascii;
    let end = -1;
    for (let n = FlatTrie.ROOT, i = p; n !== 0;) {
      const value = t.values[n];
      if (value !== null && (i === to || !isAlnumCode(text.charCodeAt(i)))) { end = i; this.asciiTerm = value.term; }
      if (i >= to) break;
      const c = text.charCodeAt(i);
      if (t.space[n] !== 0 && isSpaceCode(c)) {
        // a term's space is followed by a non-space: the whole whitespace run is taken (\s+ never gives back)
        i++;
        while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
        n = t.space[n];
        continue;
      }
      n = t.child(n, c);
      i++;
    }
    return end;
  }

  /** The lists of every ASCII term at p followed by a non-[a-z0-9] (or `to`). */
  private asciiMasks(text: string, p: number, to: number): number {
    const t = this.ascii;
    let mask = 0;
    for (let n = FlatTrie.ROOT, i = p; n !== 0;) {
      const value = t.values[n];
      if (value !== null && (i === to || !isAlnumCode(text.charCodeAt(i)))) mask |= value.mask;
      if (i >= to) break;
      const c = text.charCodeAt(i);
      if (t.space[n] !== 0 && isSpaceCode(c)) {
        i++;
        while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
        n = t.space[n];
        continue;
      }
      n = t.child(n, c);
      i++;
    }
    return mask;
  }
}

const V = vaguenessData;
/** The word lists tested sentence by sentence (security words, liability vocabulary, …). */
const SENTENCE_LEXICONS = {
  security: V.security, stage: V.stageWords, residual: V.structure.residual, allocationTable: V.structure.allocationTable,
  introLead: V.structure.introLead, dutyHeading: V.structure.dutyHeading, cellAgreeLater: V.structure.cellAgreeLater,
  ...V.liability,
};
export type LexiconName = keyof typeof SENTENCE_LEXICONS;
/** The bit of each list in a mask of `lexicons`. */
export const LEXICON = Object.fromEntries(Object.keys(SENTENCE_LEXICONS).map((k, i) => [k, 1 << i])) as Record<LexiconName, number>;
/** All of them in one matcher: one walk of a sentence tells which lists occur in it. */
export const lexicons = new TermMatcher(Object.values(SENTENCE_LEXICONS).map((l) => [...l.ja, ...l.en]));

export interface SignalHit { signal: number; start: number; end: number }

export interface CompiledSignals {
  signals: Signal[];
  byId: Map<string, number>;
  /** The literal terms (normalised), to be matched as one list of a `TermMatcher`. */
  terms: string[];
  /** The hits of a match of a literal term: its signals and those of the terms inside it. */
  literalHits(text: string, start: number, end: number, term: string, out: SignalHit[]): void;
  /** `literal` (hits of every match of the literal terms) with the regular-expression terms' hits, in text order. */
  allHits(text: string, literal: SignalHit[]): SignalHit[];
}

let compiledCache: CompiledSignals | null = null;

/** One matcher of every literal term (longest first); a hit also counts for signals whose terms lie inside it. */
export function compileSignals(data: VaguenessData = vaguenessData): CompiledSignals {
  if (data === vaguenessData && compiledCache) return compiledCache;
  const signals = data.signals;
  const owners = new Map<string, Set<number>>();
  const regexTerms: { re: RegExp; signal: number }[] = [];
  signals.forEach((s, i) => {
    for (const t of [...s.terms.ja, ...s.terms.en]) {
      if (t.startsWith('re:')) { regexTerms.push({ re: new RegExp(t.slice(3), 'gu'), signal: i }); continue; }
      const n = normTerm(t);
      if (!n) continue;
      let set = owners.get(n);
      if (!set) owners.set(n, (set = new Set()));
      set.add(i);
    }
  });
  const terms = [...owners.keys()].sort((a, b) => b.length - a.length);
  // term → [signal, offset, length] of itself and of every shorter term found inside it
  const expanded = new Map<string, [number, number, number][]>();
  for (const term of terms) {
    const list: [number, number, number][] = [...owners.get(term)!].map((s) => [s, 0, term.length]);
    for (const inner of terms) {
      if (inner.length >= term.length) continue;
      const idx = term.indexOf(inner);
      if (idx < 0) continue;
      if (isAscii(inner) && (/[a-z0-9]/.test(term[idx - 1] ?? '') || /[a-z0-9]/.test(term[idx + inner.length] ?? ''))) continue;
      for (const s of owners.get(inner)!) if (!list.some((e) => e[0] === s)) list.push([s, idx, inner.length]);
    }
    expanded.set(term, list);
  }
  const byId = new Map(signals.map((s, i) => [s.id, i]));
  const compiled: CompiledSignals = {
    signals, byId, terms,
    literalHits(text, start, end, term, out) {
      // a phrase whose spaces are not all plain spaces (a line break, a tab) does not count
      if (term.includes(' ') && !isAscii(text.slice(start, end))) return;
      for (const [signal, off, len] of expanded.get(term)!) out.push({ signal, start: start + off, end: start + off + len });
    },
    allHits(text, hits) {
      for (const { re: r, signal } of regexTerms) {
        r.lastIndex = 0;
        for (let m = r.exec(text); m; m = r.exec(text)) {
          if (m[0].length === 0) { r.lastIndex++; continue; }
          hits.push({ signal, start: m.index, end: m.index + m[0].length });
        }
      }
      return hits.sort((a, b) => a.start - b.start || a.signal - b.signal);
    },
  };
  if (data === vaguenessData) compiledCache = compiled;
  return compiled;
}

/** What the engine knows about the sentence a hit falls in. */
export interface HitContext {
  actor: (typeof ROLE_OR_NONE)[number];
  modality: (typeof MODALITY)[number];
  anchorSame: boolean;
  anchorNext: boolean;
  possessor: (typeof ROLE_OR_NONE)[number] | 'self';
  /** Normalised text just before the term (a few characters). */
  before: string;
  check(name: NamedCheck): boolean;
}

function holds(cond: SignalCondition, ctx: HitContext): boolean {
  if (cond.actor && !cond.actor.includes(ctx.actor)) return false;
  if (cond.modality && !cond.modality.includes(ctx.modality)) return false;
  if (cond.anchor === 'same' && !ctx.anchorSame) return false;
  if (cond.anchor === 'same-or-next' && !ctx.anchorSame && !ctx.anchorNext) return false;
  if (cond.possessor && !cond.possessor.includes(ctx.possessor)) return false;
  for (const name of NAMED_CHECKS) if (cond[name] && !ctx.check(name)) return false;
  return true;
}

/** A signal's `precededBy` normalised once (normalising allocates; hits are many). */
const precededCache = new WeakMap<Signal, string[]>();

/** True when the hit should be reported: `when` holds (if given) and no `unless` condition holds. */
export function signalApplies(signal: Signal, ctx: HitContext): boolean {
  const fp = signal.falsePositive;
  if (fp.when && !holds(fp.when, ctx)) return false;
  if (fp.precededBy) {
    let preceded = precededCache.get(signal);
    if (!preceded) precededCache.set(signal, (preceded = fp.precededBy.map((p) => normalize(p).text)));
    if (preceded.some((p) => ctx.before.endsWith(p))) return false;
  }
  return !fp.unless.some((c) => holds(c, ctx));
}
