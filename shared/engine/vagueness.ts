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
import { normalize } from './normalize.ts';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
export const normTerm = (s: string) => normalize(s).text.replace(/\s+/g, ' ').trim();

/** A literal or regex term list compiled into one global regex over normalised text. */
export function termsRegex(terms: readonly string[], flags = 'g'): RegExp {
  const literal = [...new Set(terms.filter((t) => !t.startsWith('re:')).map(normTerm).filter(Boolean))].sort((a, b) => b.length - a.length);
  const ja = literal.filter((t) => !isAscii(t)).map(escape);
  const en = literal.filter(isAscii).map((t) => escape(t).replace(/ /g, '\\s+'));
  const parts: string[] = [];
  // a first-character class in front lets the engine skip most positions without trying every alternative
  const firsts = [...new Set(literal.filter((t) => !isAscii(t)).map((t) => t[0]))].map(escape).join('');
  if (ja.length) parts.push(`(?=[${firsts}])(?:${ja.join('|')})`);
  if (en.length) parts.push(`(?<![a-z0-9])(?:${en.join('|')})(?![a-z0-9])`);
  for (const t of terms) if (t.startsWith('re:')) parts.push(`(?:${t.slice(3)})`);
  return new RegExp(parts.length ? parts.join('|') : '(?!)', flags);
}
export const lexiconRegex = (lex: { ja: readonly string[]; en: readonly string[] }, flags = 'g') => termsRegex([...lex.ja, ...lex.en], flags);

export interface SignalHit { signal: number; start: number; end: number }

export interface CompiledSignals {
  signals: Signal[];
  byId: Map<string, number>;
  scan(text: string): SignalHit[];
}

let compiledCache: CompiledSignals | null = null;

/** One alternation of every literal term (longest first); a hit also counts for signals whose terms lie inside it. */
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
  const re = termsRegex(terms);
  const byId = new Map(signals.map((s, i) => [s.id, i]));
  const compiled: CompiledSignals = {
    signals, byId,
    scan(text) {
      const hits: SignalHit[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const key = isAscii(m[0]) ? m[0].replace(/\s+/g, ' ') : m[0];
        for (const [signal, off, len] of expanded.get(key) ?? []) hits.push({ signal, start: m.index + off, end: m.index + off + len });
      }
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

/** True when the hit should be reported: `when` holds (if given) and no `unless` condition holds. */
export function signalApplies(signal: Signal, ctx: HitContext): boolean {
  const fp = signal.falsePositive;
  if (fp.when && !holds(fp.when, ctx)) return false;
  if (fp.precededBy?.some((p) => ctx.before.endsWith(normalize(p).text))) return false;
  return !fp.unless.some((c) => holds(c, ctx));
}
