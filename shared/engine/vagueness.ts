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
import { isAlnumCode, isSpaceCode, normalize } from './normalize.ts';
import { FlatTrie, pairHash } from './trie.ts';
import { isAsciiTerm, normaliseTerm, type PatternTerm, type ProbeHits } from './lexicon.ts';
import { probeColumns, searchRanges, setBits, type Range } from './concept-sets.ts';
import { hasLiteralSpace, hasUpperCaseLetter, LITERAL_SPACE_PATTERN, UPPER_CASE_PATTERN } from '../catalog/schema.ts';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const Localized = v.object({ ja: nonEmpty, en: nonEmpty });
const Terms = v.object({ ja: v.array(nonEmpty), en: v.array(nonEmpty) });
const ROLE_OR_NONE = ['outsourcer', 'contractor', 'subcontractor', 'both', 'other', 'none'] as const;
const MODALITY = ['obligation', 'prohibition', 'permission', 'effort', 'agree-later', 'statement'] as const;
/** Structural checks a condition may name; each is implemented in `namedCheck` below. */
export const NAMED_CHECKS = [
  'annexReferenced', 'namedStandard', 'clauseCited', 'exceptionProcedure', 'definedTerm', 'liabilityClause',
  'securityCarveOut', 'chooserNamed', 'finalReport', 'civilCodeDefault', 'definition', 'allocationTable',
  'instructionProcedure', 'annexExists', 'security', 'notSecurity', 'documentCited', 'evidenceCopy', 'locationRule',
  'reportThenDirection',
] as const;
export type NamedCheck = (typeof NAMED_CHECKS)[number];
/** The named checks that are a pattern over the sentence (data: checkPatterns); the rest read lexicon masks or the document's structure. */
export const PATTERN_CHECKS = [
  'annexReferenced', 'namedStandard', 'documentCited', 'exceptionProcedure', 'definition', 'chooserNamed', 'finalReport',
  'civilCodeDefault', 'instructionProcedure', 'evidenceCopy', 'locationRule', 'reportThenDirection',
] as const satisfies readonly NamedCheck[];
const isRegExp = (source: string) => { try { new RegExp(source); return true; } catch { return false; } };
const Pattern = v.pipe(nonEmpty, v.check(isRegExp, 'invalid regular expression'));

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
    /** An order letter's formula after 「下記のとおり」: its writer (当社) orders from its reader (貴社). */
    writerOrders: RoleLexicon,
    /**
     * Words opening a sentence that point back to the firm the sentence before entrusts work to (同社, "they"), and
     * possessives anywhere in it that do (「同社の行為」, "their performance"), and a determined noun ("each approved agent").
     */
    subcontractorAnaphora: v.object({
      $comment: nonEmpty, ja: v.array(nonEmpty), en: v.array(nonEmpty), possessive: RoleLexicon,
      determined: v.object({ $comment: nonEmpty, determiners: RoleLexicon, possessiveDeterminers: RoleLexicon, nouns: RoleLexicon }),
    }),
    /** A letter whose writer entrusts the work to the organisation it addresses (「発送業務を貴社にお願いいたします」): the reader supplies it. */
    writerEntrusts: v.object({ work: RoleLexicon, verbs: RoleLexicon }),
    /**
     * A data licence, supply or sharing agreement or an API's access terms: the party receiving the data is the one its
     * security duties bind (the contractor), its supplier the outsourcer, though a provider's terms read the other way.
     */
    dataSupply: v.object({ titles: RoleLexicon, receivers: RoleLexicon, suppliers: RoleLexicon }),
    coverPage: v.object({
      before: v.object({ contractor: RoleLexicon, outsourcer: RoleLexicon }),
      after: v.object({ contractor: RoleLexicon, outsourcer: RoleLexicon }),
      fields: v.object({ contractor: RoleLexicon, outsourcer: RoleLexicon }),
      inline: v.object({ contractor: RoleLexicon, outsourcer: RoleLexicon }),
      labels: RoleLexicon,
    }),
    policyOwner: RoleLexicon,
    agents: RoleLexicon,
    documentDecided: RoleLexicon,
    notSubjectAlone: RoleLexicon,
    endUsers: RoleLexicon,
    contractRoleWords: RoleLexicon,
    notNames: RoleLexicon,
    dataRoles: v.object({ en: v.array(nonEmpty) }),
    dataNouns: v.object({ en: v.array(nonEmpty), except: v.array(nonEmpty) }),
    organisationWords: v.object({
      ja: v.array(nonEmpty), jaEndings: v.array(nonEmpty), jaBareLabels: v.array(nonEmpty), jaLegalForms: v.array(nonEmpty), jaUnitEndings: v.array(nonEmpty),
      en: v.array(nonEmpty), partnerships: v.object({ en: v.array(nonEmpty) }), publicBodies: RoleLexicon, instruments: RoleLexicon,
    }),
  }),
  obligationMarkers: v.record(v.string(), RoleLexicon),
  checkPatterns: v.object(Object.fromEntries(PATTERN_CHECKS.map((k) => [k, Pattern])) as Record<(typeof PATTERN_CHECKS)[number], typeof Pattern>),
  structure: v.object({
    contentLead: v.object({ verbs: RoleLexicon, requiring: RoleLexicon, documents: RoleLexicon }),
    introLead: RoleLexicon,
    dutyHeading: RoleLexicon,
    allocationTable: RoleLexicon,
    raciMarks: v.array(nonEmpty),
    notes: RoleLexicon,
    residual: RoleLexicon,
    unownedSubjectsEn: v.object({ en: v.array(nonEmpty) }),
    raciNotResponsible: v.object({ en: v.array(nonEmpty) }),
    ownerColumn: RoleLexicon,
    allocationLead: RoleLexicon,
    cellUndecided: v.array(nonEmpty),
    cellAgreeLater: RoleLexicon,
    cellNone: v.array(nonEmpty),
    cellLead: v.array(nonEmpty),
    cellLeadNote: RoleLexicon,
    sentenceFinal: v.object({
      effort: v.array(nonEmpty), permission: v.array(nonEmpty), prohibition: v.array(nonEmpty),
      agreeLater: v.array(nonEmpty), obligation: v.array(nonEmpty),
      plainDuty: v.object({
        endings: v.array(nonEmpty), stative: v.array(nonEmpty), practice: v.array(nonEmpty), practiceStative: v.array(nonEmpty), reserved: v.array(nonEmpty),
        practiceEn: v.object({ subjects: v.array(nonEmpty), notPractice: v.array(nonEmpty), notBan: v.array(nonEmpty), irregularParticiples: v.array(nonEmpty), contractorDescriptive: v.array(nonEmpty) }),
      }),
    }),
  }),
  security: RoleLexicon,
  liability: v.object({
    damages: RoleLexicon, cap: RoleLexicon, carveOut: RoleLexicon, dataBreach: RoleLexicon, confidentiality: RoleLexicon,
    subcontractorActs: RoleLexicon, intent: RoleLexicon, incidentCost: RoleLexicon, incidentWords: RoleLexicon, disclaimer: RoleLexicon,
    costBorne: RoleLexicon, ownCost: RoleLexicon,
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
        if (hasUpperCaseLetter(t.slice(3))) throw new VaguenessDataError(`vagueness.json: ${s.id}: terms.${lang}.${i}: ${UPPER_CASE_PATTERN}`);
        if (hasLiteralSpace(t.slice(3))) throw new VaguenessDataError(`vagueness.json: ${s.id}: terms.${lang}.${i}: ${LITERAL_SPACE_PATTERN}`);
      });
    }
  }
  // a data role decides a party's role through the role words (parties.dataRoles)
  const roleTerms = new Set((['outsourcer', 'contractor', 'subcontractor'] as const).flatMap((r) => data.parties.roles[r].en.map(normaliseTerm)));
  data.parties.dataRoles.en.forEach((t, i) => {
    const term = normaliseTerm(t);
    if (!roleTerms.has(term) && !roleTerms.has(`data ${term}`)) {
      throw new VaguenessDataError(`vagueness.json: parties.dataRoles.en.${i}: ${JSON.stringify(t)} is no role word of parties.roles (itself or with 'data ')`);
    }
  });
  for (const s of data.signals) {
    for (const other of s.falsePositive.suppressedBy ?? []) {
      if (!ids.has(other)) throw new VaguenessDataError(`vagueness.json: ${s.id}: falsePositive.suppressedBy: unknown signal ${other}`);
    }
  }
  return data;
}

export const vaguenessData: VaguenessData = parseVaguenessData(raw);

/** What a trie node of a TermMatcher holds: the normalised term ending there and its lists (bits). */
interface ListTerm { term: string; mask: number }
/** Per node: the lists of the term ending there (0: none), for the walks to read without following `values`. */
const masksOf = (trie: FlatTrie<ListTerm>) => Int32Array.from(trie.values, (v) => v?.mask ?? 0);

const OTHER = 1;
const ASCII = 2;

type Visit = (start: number, end: number, term: string) => void;
const NO_VISITS: readonly Visit[] = [];
const NO_RANGES: readonly Range[] = [];

/**
 * Literal term lists (normalised) in two tries, matched the way one regular expression alternating them would
 * match — `(?:non-ASCII terms, longest first)|(?<![a-z0-9])(?:ASCII terms, longest first, a space = \s+)(?![a-z0-9])` —
 * but walked once per position instead of trying every alternative (such big alternations cost more than the
 * rest of the responsibility analysis). Lists are literal only (a `re:` term is rejected).
 */
export class TermMatcher {
  private readonly ascii: FlatTrie<ListTerm>;
  private readonly other: FlatTrie<ListTerm>;
  private readonly asciiMask: Int32Array;
  private readonly otherMask: Int32Array;
  /** Per code unit: OTHER and/or ASCII when a term of that trie starts with it. */
  private readonly starts = new Uint8Array(65536);
  /** ASCII code unit pairs (first * 128 + second) that can open an ASCII term: most words are rejected without a walk. */
  private readonly asciiPairs = new Uint8Array(128 * 128);
  /**
   * The first two code units of the non-ASCII terms, hashed (`pairHash`): a third of a Japanese text's characters
   * start such a term (の, に, を …) but few go on to a second character of one, and those are passed by without a walk.
   */
  private readonly otherPairs: Uint8Array;

  constructor(lists: readonly (readonly string[])[]) {
    if (lists.length > 31) throw new Error('TermMatcher: at most 31 lists');
    const terms = new Map<string, ListTerm>();
    lists.forEach((list, k) => {
      for (const raw of list) {
        if (raw.startsWith('re:')) throw new Error(`vagueness.json: regular expression term ${JSON.stringify(raw)} in a literal word list`);
        const term = normaliseTerm(raw);
        if (!term) continue;
        const entry = terms.get(term) ?? { term, mask: 0 };
        entry.mask |= 1 << k;
        terms.set(term, entry);
      }
    });
    const entries = [...terms.values()].map((value) => ({ term: value.term, value }));
    this.ascii = new FlatTrie(entries.filter((e) => isAsciiTerm(e.term)), true);
    this.other = new FlatTrie(entries.filter((e) => !isAsciiTerm(e.term)));
    this.otherPairs = this.other.pairFilter();
    this.asciiMask = masksOf(this.ascii);
    this.otherMask = masksOf(this.other);
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
    this.walk(text, [visit], NO_RANGES, from, to);
  }

  /**
   * `scan` of each of the first `visits.length` lists on its own, and `masks` of `ranges` for the lists after
   * them, in one walk of the text (a walk per list costs more than the matching): visits[k] receives the
   * matches of list k as a matcher of that list alone would find them; bit j of a range's mask is set when
   * list visits.length + j occurs in the range. `ranges`: in text order, not overlapping (sentences).
   */
  scanEach(text: string, visits: readonly Visit[], ranges: readonly Range[] = NO_RANGES): Int32Array {
    return this.walk(text, visits, ranges, 0, text.length);
  }

  /** Bit k set when a term of list k occurs in text[from, to), as a regular expression test of text.slice(from, to) would find. */
  maskIn(text: string, from = 0, to = text.length): number {
    return this.walk(text, NO_VISITS, [{ start: from, end: to }], from, to)[0];
  }

  /** What `scanEach` describes, over text[from, to). */
  private walk(text: string, visits: readonly Visit[], ranges: readonly Range[], from: number, to: number): Int32Array {
    const { other, ascii, otherMask, asciiMask, starts, asciiPairs, otherPairs } = this;
    const lists = visits.length;
    const scannedLists = (1 << lists) - 1;
    const ranged = ~scannedLists;
    const masks = new Int32Array(ranges.length);
    /** Per scanned list: the node of its longest term at the position, and the term's end. */
    const best = new Int32Array(lists);
    const bestEnd = new Int32Array(lists);
    /** Per scanned list: where its next match may start (matches of one list do not overlap). */
    const next = new Int32Array(lists);
    // the lists inside a match of theirs, and where the first of those matches ends
    let blocked = 0;
    let unblockAt = to;
    // the range at or after p (past the last one: start and end beyond `to`)
    let r = 0;
    let rangeStart = ranges.length ? ranges[0].start : to + 1;
    let rangeEnd = ranges.length ? ranges[0].end : to + 1;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      const start = starts[c];
      if (start === 0) continue;
      while (p >= rangeEnd) {
        r++;
        rangeStart = r < ranges.length ? ranges[r].start : to + 1;
        rangeEnd = r < ranges.length ? ranges[r].end : to + 1;
      }
      // an ASCII term starts a word (of the text scanned, or of the range): inside a word most positions stop here
      const wordStart = p === from || !isAlnumCode(text.charCodeAt(p - 1));
      if (start === ASCII && !wordStart && p !== rangeStart) continue;
      const inRange = p >= rangeStart;
      if (blocked !== 0 && p >= unblockAt) {
        unblockAt = to;
        for (let k = 0; k < lists; k++) {
          if (next[k] <= p) blocked &= ~(1 << k);
          else if ((blocked & (1 << k)) !== 0 && next[k] < unblockAt) unblockAt = next[k];
        }
      }
      let active = scannedLists & ~blocked;
      if (active === 0 && !inRange) continue;
      // a ranged term counts when it ends inside the range, a scanned one anywhere before `to`
      let mask = 0;
      // a non-ASCII term of one character, or the first two of a longer one
      const otherFirst = other.rootChild[c];
      if ((start & OTHER) !== 0 && (otherMask[otherFirst] !== 0 || (p + 1 < to && otherPairs[pairHash(c, text.charCodeAt(p + 1))] !== 0))) {
        const limit = active !== 0 ? to : rangeEnd;
        let found = 0;
        for (let n = otherFirst, i = p + 1; n !== 0; i++) {
          const m = otherMask[n];
          if (m !== 0) {
            const f = m & active;
            if (f !== 0) {
              found |= f;
              for (let k = 0; k < lists; k++) if ((f & (1 << k)) !== 0) { best[k] = n; bestEnd[k] = i; }
            }
            if (inRange && i <= rangeEnd) mask |= m & ranged;
          }
          if (i >= limit) break;
          n = other.child(n, text.charCodeAt(i));
        }
        if (found !== 0) {
          unblockAt = Math.min(unblockAt, visitLongest(visits, found, best, bestEnd, next, other, p));
          blocked |= found;
          active &= ~found;
        }
      }
      const scanned = wordStart ? active : 0;
      const inRangeWord = inRange && (wordStart || p === rangeStart);
      if ((start & ASCII) !== 0 && (scanned !== 0 || inRangeWord)) {
        // the first two code units may open a term: most words are rejected here
        const second = p + 1 < to ? text.charCodeAt(p + 1) : -1;
        if (second < 0 || second >= 128 || asciiPairs[c * 128 + second] === 1) {
          const limit = scanned !== 0 ? to : rangeEnd;
          let found = 0;
          for (let n = FlatTrie.ROOT, i = p; n !== 0;) {
            const m = asciiMask[n];
            if (m !== 0) {
              const wordEnd = i === to || !isAlnumCode(text.charCodeAt(i));
              const f = m & scanned;
              if (f !== 0 && wordEnd) {
                found |= f;
                for (let k = 0; k < lists; k++) if ((f & (1 << k)) !== 0) { best[k] = n; bestEnd[k] = i; }
              }
              if (inRangeWord && (i === rangeEnd || (i < rangeEnd && wordEnd))) mask |= m & ranged;
            }
            if (i >= limit) break;
            const code = text.charCodeAt(i);
            if (ascii.space[n] !== 0 && isSpaceCode(code)) {
              // a term's space is followed by a non-space: the whole whitespace run is taken (\s+ never gives back)
              i++;
              while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
              n = ascii.space[n];
              continue;
            }
            n = ascii.child(n, code);
            i++;
          }
          if (found !== 0) {
            unblockAt = Math.min(unblockAt, visitLongest(visits, found, best, bestEnd, next, ascii, p));
            blocked |= found;
          }
        }
      }
      if (mask !== 0) masks[r] |= mask >>> lists;
    }
    return masks;
  }
}

/** Visits, for each list of `found`, its longest term at p (node best[k], ending at bestEnd[k]); returns the first end. */
function visitLongest(
  visits: readonly Visit[], found: number, best: Int32Array, bestEnd: Int32Array, next: Int32Array, trie: FlatTrie<ListTerm>, p: number,
): number {
  let first = Infinity;
  for (let k = 0; found !== 0; k++, found >>>= 1) {
    if ((found & 1) === 0) continue;
    visits[k](p, bestEnd[k], trie.values[best[k]]!.term);
    next[k] = bestEnd[k];
    first = Math.min(first, bestEnd[k]);
  }
  return first;
}

const V = vaguenessData;
/** The word lists tested sentence by sentence (security words, liability vocabulary, …). */
const SENTENCE_LEXICONS = {
  security: V.security, stage: V.stageWords, residual: V.structure.residual, allocationTable: V.structure.allocationTable,
  introLead: V.structure.introLead, dutyHeading: V.structure.dutyHeading, cellAgreeLater: V.structure.cellAgreeLater,
  contentVerb: V.structure.contentLead.verbs, contentRequiring: V.structure.contentLead.requiring, contentDocument: V.structure.contentLead.documents,
  cellLeadNote: V.structure.cellLeadNote, ...V.liability,
};
export type LexiconName = keyof typeof SENTENCE_LEXICONS;
/** The bit of each list in a mask of `lexicons`. */
export const LEXICON = Object.fromEntries(Object.keys(SENTENCE_LEXICONS).map((k, i) => [k, 1 << i])) as Record<LexiconName, number>;
/** Their terms, a list per bit of `LEXICON` (a caller may add them to its own `TermMatcher.scanEach`). */
export const LEXICON_LISTS = Object.values(SENTENCE_LEXICONS).map((l) => [...l.ja, ...l.en]);
/** All of them in one matcher: one walk of a text tells which lists occur in it. */
export const lexicons = new TermMatcher(LEXICON_LISTS);

export interface SignalHit { signal: number; start: number; end: number }

export interface CompiledSignals {
  signals: Signal[];
  byId: Map<string, number>;
  /** The literal terms (normalised), to be matched as one list of a `TermMatcher`. */
  terms: string[];
  /** The hits of a match of a literal term: its signals and those of the terms inside it. */
  literalHits(text: string, start: number, end: number, term: string, out: SignalHit[]): void;
  /**
   * The regular-expression terms (a term's concept is its signal). Their probes are found by the catalog's scanner,
   * in the walk that finds the concepts' (see `compileScanner`).
   */
  patterns: readonly PatternTerm[];
  /**
   * `literal` (hits of every match of the literal terms) with the regular-expression terms' hits inside `sentences`
   * (in text order, not overlapping), in text order. `probes`: the hits of the terms' probes; a term with probes is
   * searched for only in the sentences holding one of them.
   */
  allHits(text: string, literal: SignalHit[], sentences: readonly Range[], probes: ProbeHits): SignalHit[];
}

let compiledCache: CompiledSignals | null = null;

/** One matcher of every literal term (longest first); a hit also counts for signals whose terms lie inside it. */
export function compileSignals(data: VaguenessData = vaguenessData): CompiledSignals {
  if (data === vaguenessData && compiledCache) return compiledCache;
  const signals = data.signals;
  const owners = new Map<string, Set<number>>();
  // a regular-expression term's concept is its signal
  const regexTerms: PatternTerm[] = [];
  signals.forEach((s, i) => {
    for (const t of [...s.terms.ja, ...s.terms.en]) {
      if (t.startsWith('re:')) { regexTerms.push({ re: new RegExp(t.slice(3), 'gu'), concept: i, probed: false }); continue; }
      const n = normaliseTerm(t);
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
      if (isAsciiTerm(inner) && (/[a-z0-9]/.test(term[idx - 1] ?? '') || /[a-z0-9]/.test(term[idx + inner.length] ?? ''))) continue;
      for (const s of owners.get(inner)!) if (!list.some((e) => e[0] === s)) list.push([s, idx, inner.length]);
    }
    expanded.set(term, list);
  }
  const byId = new Map(signals.map((s, i) => [s.id, i]));
  const compiled: CompiledSignals = {
    signals, byId, terms, patterns: regexTerms,
    literalHits(text, start, end, term, out) {
      // a phrase read on over a wrapped line counts ("where\napplicable"); one across a table's cells or into the next
      // paragraph does not
      if (term.includes(' ') && crossesBlock(text, start, end)) return;
      // a run of whitespace in the text is one space in the term ("on a   regular basis"): a term offset is found by
      // walking both
      const at = end - start === term.length ? (off: number) => start + off : (off: number) => {
        let j = start;
        for (let i = 0; i < off; i++, j++) if (term.charCodeAt(i) === 32) while (isSpaceCode(text.charCodeAt(j + 1))) j++;
        return j;
      };
      for (const [signal, off, len] of expanded.get(term)!) out.push({ signal, start: at(off), end: off + len === term.length ? end : at(off + len) });
    },
    allHits(text, hits, sentences, probes) {
      // per term, the sentences holding a probe of each of its probe sets (ascending)
      const holding = probeColumns(probes, sentences);
      const picked = regexTerms.map((_, term) => setBits(holding.view(term)));
      regexTerms.forEach(({ re, concept: signal, probed }, term) => {
        const push = (start: number, end: number) => hits.push({ signal, start, end });
        if (probed) {
          searchRanges(re, text, sentences, picked[term], (_first, _last, starts, ends) => starts.forEach((start, j) => push(start, ends[j])));
          return;
        }
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          push(m.index, m.index + m[0].length);
        }
      });
      return hits.sort((a, b) => a.start - b.start || a.signal - b.signal);
    },
  };
  if (data === vaguenessData) compiledCache = compiled;
  return compiled;
}

/** A tab (the next cell of a row) or a blank line (the next paragraph) in text[start, end). */
function crossesBlock(text: string, start: number, end: number): boolean {
  let newlines = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 9 || (c === 10 && ++newlines > 1)) return true;
    if (!isSpaceCode(c)) newlines = 0;
  }
  return false;
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
