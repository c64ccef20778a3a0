/**
 * The rule format: requirements, concepts and conditions are data (JSON), validated here at load.
 * The same schema validates an organisation's own requirement packs in the worker.
 */
import * as v from 'valibot';
import conditionsJson from './conditions.json' with { type: 'json' };
import fragmentsJson from './fragments.json' with { type: 'json' };

export const LANGS = ['ja', 'en'] as const;
export const STAGES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'] as const;
export const DOCUMENT_TYPES = ['spec', 'contract', 'dpa', 'proposal', 'nda', 'sla', 'terms', 'policy'] as const;
export const APPLICABILITY = [
  'always', 'personal_data', 'trade_secrets', 'cloud', 'subcontracting_allowed',
  'critical_functions', 'software_development', 'public_sector',
] as const;
export const PARTY_ROLES = ['outsourcer', 'contractor', 'subcontractor', 'both'] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const MODALITIES = ['obligation', 'prohibition', 'permission', 'effort', 'agree-later', 'statement'] as const;
export const REFERENCE_STATUS = ['verified_primary', 'verified_secondary', 'recalled'] as const;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

/**
 * Whether a regular expression's source holds an upper-case letter of its own: the text is lower-cased before
 * matching, so "MSA" never matches ("\\S", "\\p{Lu}" and a range "A-Z" are fine).
 */
export const hasUpperCaseLetter = (source: string): boolean => /[A-Z]/.test(source.replace(/\\[pPk]\{[^}]*\}|\\.|[A-Z]-[A-Z]/g, ''));
export const UPPER_CASE_PATTERN = 'is a regular expression with an upper-case letter, which never matches: terms are matched on lower-cased text';
/**
 * Whether a regular expression's source holds a literal space outside a character class: English text keeps the
 * line breaks of a wrapped page (a PDF, a fixed-width .txt) and runs of spaces, so "working days" would miss
 * "working\ndays" and [- ] "third\nparty"; literal terms are matched with flexible spaces, a pattern writes \s+ and [\s-].
 */
export const hasLiteralSpace = (source: string): boolean => source.includes('[- ]') || source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/g, '').includes(' ');
export const LITERAL_SPACE_PATTERN = 'is a regular expression with a literal space, which misses a wrapped line or a double space: write \\s+ (and [\\s-] for [- ])';
/**
 * Whether a regular expression can read across lines without bound: `[\s\S]` repeated more than a thousand times, or a
 * group holding a line break repeated (`(?:\n[^\n]*)+`). A term's pattern is tried wherever its literals occur, so one
 * that reads a whole table from each of its cells is quadratic in the table's length (a 2,000-row matrix took 29 s).
 */
export const readsAcrossLines = (source: string): boolean =>
  /\[(?:\\s\\S|\\S\\s|\\d\\D|\\w\\W|\^)\](?:[*+]|\{\d*,(?:\d{4,})?\})/.test(source) ||
  /\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\\n(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)[*+]/.test(source.replace(/\[(?:\\.|[^\]\\])*\]|\\[()]/g, 'x'));
export const UNBOUNDED_LINES_PATTERN = 'is a regular expression that reads across lines without bound, which makes a long table quadratic: keep it to its line or sentence ([^\\n], [^。], {0,200})';
/**
 * Whether a regular expression's source is one group, "(…)" from its first character to its last: a fragment is
 * placed into other patterns as written, so an alternation in it must not reach past its reference.
 */
export function isOneGroup(source: string): boolean {
  if (!source.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i === source.length - 1;
    }
  }
  return false;
}
/** A reference to a named fragment in a pattern: `(?&name)` (PCRE's call by name, which JavaScript rejects). */
const FRAGMENT_NAME = '[a-z][a-z0-9-]*';
const FRAGMENT_REFERENCE = new RegExp(String.raw`\(\?&(${FRAGMENT_NAME})\)`, 'g');
const FRAGMENT_NAME_ALONE = new RegExp(`^${FRAGMENT_NAME}$`);
const fragmentNames = (source: string): string[] => [...source.matchAll(FRAGMENT_REFERENCE)].map((m) => m[1]);
/** A pattern's source with each fragment it names written out in its place. */
const expandFragments = (source: string, fragments: Record<string, string>): string =>
  source.replace(FRAGMENT_REFERENCE, (_, name: string) => fragments[name]);
/** The checks a pattern's source passes (`sourceOf` gives it, or null for a literal term). */
const patternChecks = (sourceOf: (t: string) => string | null) => [
  v.check((t: string) => !hasUpperCaseLetter(sourceOf(t) ?? ''), UPPER_CASE_PATTERN),
  v.check((t: string) => !hasLiteralSpace(sourceOf(t) ?? ''), LITERAL_SPACE_PATTERN),
  v.check((t: string) => !readsAcrossLines(sourceOf(t) ?? ''), UNBOUNDED_LINES_PATTERN),
] as const;
/** A term's pattern source: a term starting with `re:` is a regular expression. */
const patternOf = (t: string): string | null => (t.startsWith('re:') ? t.slice(3) : null);

/**
 * The named fragments (fragments.json): a piece of regular expression that several pattern terms share (the
 * work-order exception after "as needed" and "as required" alike), written once and named in a term as
 * `(?&name)`. A fragment may name fragments written above it. Each is one group, so it reads the same
 * wherever it is placed.
 */
export function parseFragments(input: Record<string, unknown>): Record<string, string> {
  const fragments: Record<string, string> = {};
  const Fragment = v.strictObject({
    /** What the piece reads, or keeps out, and why it is shared. */
    note: nonEmpty,
    re: v.pipe(
      nonEmpty,
      v.check((t) => fragmentNames(t).every((name) => Object.hasOwn(fragments, name)), 'names a fragment not written above it'),
      v.transform((t) => expandFragments(t, fragments)),
      v.check(isOneGroup, 'is not one group "(…)": a fragment is placed into patterns as written'),
      ...patternChecks((t) => t),
    ),
  });
  for (const [name, fragment] of Object.entries(input)) {
    if (!FRAGMENT_NAME_ALONE.test(name)) throw new Error(`fragments.json: "${name}": a fragment's name is lower-case words joined by "-"`);
    const result = v.safeParse(Fragment, fragment);
    if (!result.success) throw new Error(describeIssues(`fragments.json: ${name}`, result.issues));
    fragments[name] = result.output.re;
  }
  return fragments;
}
export const namedFragments = parseFragments(fragmentsJson);
/** Whether a term is a pattern naming a fragment (most terms are literal, or patterns without one: read once at load). */
const namesFragment = (t: string): boolean => t.startsWith('re:') && t.includes('(?&');
const unknownFragment = (t: string): string | undefined => fragmentNames(t).find((name) => !Object.hasOwn(namedFragments, name));

/** The first term of `terms` that occurs again later in it. */
const firstRepeat = (terms: readonly string[]): string | undefined => terms.find((t, i) => terms.indexOf(t, i + 1) >= 0);
export const LocalizedText = v.object({ ja: nonEmpty, en: nonEmpty });

/**
 * A term is a literal phrase matched on normalised text (NFKC, lower case). English terms also match
 * their -s/-es/-ed/-ing forms at word boundaries. A term starting with `re:` is a regular expression,
 * run over the whole normalised text: `^` and `$` mean its start and end (use `(?<=(?:^|\n)…)` for a
 * line start), and a hit counts for the sentence where it starts.
 */
export const TermList = v.pipe(v.array(v.pipe(
  nonEmpty,
  // a control character in a term is a JSON escape gone wrong: "\b" in the file is a backspace, "\\b" a word boundary
  v.check((t) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(t), 'holds a control character: in a JSON string a word boundary is written "\\\\b" ("\\b" is a backspace)'),
  v.check((t) => !namesFragment(t) || unknownFragment(t) === undefined,
    (issue) => `names an unknown fragment "${unknownFragment(issue.input as string)}" (shared/catalog/fragments.json)`),
  v.transform((t) => (namesFragment(t) ? `re:${expandFragments(t.slice(3), namedFragments)}` : t)),
  ...patternChecks(patternOf),
)),
// a term listed twice is a merge left half done: one copy gets edited and the other silently keeps the old wording
v.check((terms) => firstRepeat(terms) === undefined, (issue) => `lists "${firstRepeat(issue.input as string[])}" twice`));
export const Lexicon = v.strictObject({ ja: v.optional(TermList, []), en: v.optional(TermList, []) });
/**
 * A concept: a lexicon, and the names of other concepts whose terms it holds as well (`include`), so that a
 * word list several concepts share is written once ("sub": the subcontractor words, and those of an approval
 * clause besides). A name resolves to the requirement's own concepts first, then to the shared library.
 * The catalog's loader resolves includes into `ja` and `en`.
 */
export const Concept = v.strictObject({
  ja: v.optional(TermList, []), en: v.optional(TermList, []), include: v.optional(v.array(nonEmpty), []),
});

/**
 * A condition over one sentence: a concept name, or a combination.
 * `modality` holds when the sentence's modality is one of the listed ones.
 * `lead` holds for a list item whose introducing sentence satisfies the inner condition
 * ("Upon termination, the Supplier shall: (a) … (b) …"; 「乙は、契約終了時に次の措置を講じる。」 + 一 …), and for a
 * sentence that goes on with the one before it ("The Supplier shall do so within 30 days"; 「乙は、これを…行う。」).
 * `heading` holds for a sentence whose section's heading line satisfies the inner condition (a clause under
 * "4. Return and Destruction"; the heading line itself too).
 * `use` names a condition of `conditions.json`, written once for the requirements that share it (a sentence that
 * only points to another document); it is replaced by that condition when a requirement is read.
 */
export type Condition = ConditionOf<never>;
/** A condition as written in a file: it may also `use` a named one. */
type ConditionInput = ConditionOf<{ use: string }>;
type ConditionOf<Use> =
  | string
  | { all: ConditionOf<Use>[] }
  | { any: ConditionOf<Use>[] }
  | { not: ConditionOf<Use> }
  | { lead: ConditionOf<Use> }
  | { heading: ConditionOf<Use> }
  | { modality: (typeof MODALITIES)[number][] }
  | Use;

/** The condition schema; with `named`, a `{ use: NAME }` reads as the named condition. */
function conditionSchema(named: Record<string, Condition>): v.GenericSchema<ConditionInput, Condition> {
  const self: v.GenericSchema<ConditionInput, Condition> = v.union([
    nonEmpty,
    v.strictObject({ all: v.pipe(v.array(v.lazy(() => self)), v.minLength(1)) }),
    v.strictObject({ any: v.pipe(v.array(v.lazy(() => self)), v.minLength(1)) }),
    v.strictObject({ not: v.lazy(() => self) }),
    v.strictObject({ lead: v.lazy(() => self) }),
    v.strictObject({ heading: v.lazy(() => self) }),
    v.strictObject({ modality: v.pipe(v.array(v.picklist(MODALITIES)), v.minLength(1)) }),
    v.pipe(
      v.strictObject({ use: nonEmpty }),
      v.check(({ use }) => Object.hasOwn(named, use), (issue) => `unknown named condition "${(issue.input as { use: string }).use}" (shared/catalog/conditions.json)`),
      v.transform(({ use }) => named[use]),
    ),
  ]);
  return self;
}

/** The named conditions: plain conditions (a named one cannot use another). */
export const namedConditions: Record<string, Condition> = v.parse(v.record(nonEmpty, conditionSchema({})), conditionsJson);
export const Condition = conditionSchema(namedConditions);

export const SufficiencyTest = v.strictObject({
  id: nonEmpty,
  core: v.boolean(),
  title: LocalizedText,
  /** The document deals with the test's subject at all. */
  found: Condition,
  /** The subject is dealt with well enough; defaults to `found`. */
  met: v.optional(Condition),
  /** Where to look: the requirement's evidence clauses (default) or the whole document. */
  scope: v.optional(v.picklist(['evidence', 'document']), 'evidence'),
  /**
   * The test has nothing to check (it counts as met) in this context: `subcontracting_prohibited` when the
   * document bans subcontracting outright — there is no approval, application or further tier to regulate.
   */
  mootWhen: v.optional(v.picklist(['subcontracting_prohibited'])),
  /** …unless this holds in the test's scope (a hedged ban: 「原則として…してはならない」). */
  mootUnless: v.optional(Condition),
  /**
   * The test counts as met (once the requirement has evidence) when this holds in some sentence anywhere in the
   * document: another clause settles what the test asks (a ban on 再々委託 in the subcontracting article leaves no
   * further tier for the flow-down clause to reach) — unless `mootUnless` holds anywhere in the document (a further
   * tier allowed with approval after all).
   */
  metAnywhere: v.optional(Condition),
  /**
   * The test is not met when this holds in its scope: a clause that takes the subject back elsewhere in
   * the clause ("audit rights are satisfied by our SOC 2 report", 「報告書の提出をもって監査に代える」).
   */
  defeatedBy: v.optional(Condition),
  /**
   * …unless this holds anywhere in the document: the term the defeating clause uses is defined or illustrated
   * (a cap lifted for 「重大な過失」 with 「前項の重大な過失には、…を含む。」).
   */
  defeatedUnless: v.optional(Condition),
  /**
   * …unless the next sentence of the defeating one's paragraph holds this: it answers what the defeating one left
   * open (「…協議してその分担を定める。協議が整うまでの間は、乙が当該作業の一次対応を行う。」).
   */
  answeredBy: v.optional(Condition),
  /**
   * `met` (an `all`) may be met by different sentences of the clause: each of its positive parts holds in
   * some sentence where its `not` parts hold too ("encrypted at rest." / "TLS 1.2 in transit.").
   */
  across: v.optional(v.boolean()),
  /**
   * The test is also met (once found in its scope) when this holds in some sentence anywhere in the
   * document: a definition the clause relies on, usually in the definitions section ('"Security Incident"
   * means any actual or reasonably suspected …'). In an `across` test a definition may carry any one part.
   */
  metByDefinition: v.optional(Condition),
  /**
   * With `metByDefinition`: the defined term counts only in a sentence of the clause where this holds (a
   * liability clause's "reimburse … following a Security Event", not its notice clause's use of the term).
   */
  definitionUsedWhere: v.optional(Condition),
  /**
   * With `definitionUsedWhere`: the definition and the sentence using its term hold a part together ('"Agency
   * Information" means any information … it learns' with 'keep Agency Information confidential').
   */
  definitionJoinsUse: v.optional(v.boolean()),
});

export const Reference = v.strictObject({
  src: nonEmpty,
  loc: nonEmpty,
  status: v.picklist(REFERENCE_STATUS),
});

export const Example = v.strictObject({ lang: v.picklist(LANGS), text: nonEmpty });

export const Requirement = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'id must be UPPER-KEBAB-CASE')),
  title: LocalizedText,
  /** Why the requirement matters, shown with a finding. */
  why: LocalizedText,
  category: nonEmpty,
  stage: v.picklist(STAGES),
  relatedStages: v.optional(v.array(v.picklist(STAGES)), []),
  documents: v.strictObject({
    must: v.array(v.picklist(DOCUMENT_TYPES)),
    should: v.optional(v.array(v.picklist(DOCUMENT_TYPES)), []),
  }),
  appliesWhen: v.pipe(v.array(v.picklist(APPLICABILITY)), v.minLength(1)),
  obligatedParty: v.picklist(PARTY_ROLES),
  flowsDown: v.boolean(),
  basis: v.picklist(['legal_mandate', 'gov_standard', 'guideline', 'good_practice']),
  applicabilityNote: v.optional(nonEmpty),
  severity: v.picklist(SEVERITIES),
  /** Incident causes (DESIGN.md) this requirement helps to address. */
  incidentCauses: v.optional(v.array(v.picklist([
    'unauthorised-access', 'malware', 'software-bug', 'insider-misuse', 'human-error', 'loss-theft',
  ])), []),
  /** Concepts local to this requirement; names not found here resolve to shared concepts. */
  concepts: v.optional(v.record(nonEmpty, Concept), {}),
  match: v.strictObject({
    /** A sentence is evidence for the requirement when this holds in it. */
    sentence: Condition,
    /** A section heading for which this holds makes its sentences candidates with a weaker sentence test. */
    heading: v.optional(Condition),
    /** With a matching heading, a sentence inside that section needs only this. */
    underHeading: v.optional(Condition),
    /** Sentences for which this holds are never evidence (e.g. pure definitions). */
    exclude: v.optional(Condition),
    /**
     * Whether the document's title line is evidence too: only where what the document is deals with the subject
     * ("Security Questionnaire Response" is a proposal's security part, not an audit clause).
     */
    title: v.optional(v.boolean(), false),
  }),
  tests: v.pipe(v.array(SufficiencyTest), v.minLength(1)),
  /** Catalog signals (ja/en), used by the keyword baseline and for search. */
  signals: Lexicon,
  redFlags: v.optional(v.array(nonEmpty), []),
  references: v.array(Reference),
  /** Model clauses suggested when the requirement is missing or insufficient; seed of the clause library. */
  modelClauses: v.pipe(v.array(Example), v.minLength(2)),
  /** Clauses that must satisfy the requirement, and near-misses that must not (run by the test suite). */
  examples: v.strictObject({
    pass: v.pipe(v.array(Example), v.minLength(2)),
    nearMiss: v.pipe(v.array(Example), v.minLength(1)),
  }),
});

export type Requirement = v.InferOutput<typeof Requirement>;
export type RequirementInput = v.InferInput<typeof Requirement>;
export type SufficiencyTest = v.InferOutput<typeof SufficiencyTest>;
export type Lexicon = v.InferOutput<typeof Lexicon>;

export type Concept = v.InferOutput<typeof Concept>;

export const ConceptLibrary = v.record(nonEmpty, Concept);
export type ConceptLibrary = v.InferOutput<typeof ConceptLibrary>;

/** Formats valibot issues as "RULE-ID: path.to.field: message" lines. */
export function describeIssues(ruleId: string, issues: v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => `${ruleId}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('\n');
}

export class RuleError extends Error {
  constructor(readonly ruleId: string, readonly field: string, message: string) {
    super(message);
    this.name = 'RuleError';
  }
}

/** Validates one requirement; throws a RuleError naming the rule and the field. */
export function parseRequirement(input: unknown): Requirement {
  const result = v.safeParse(Requirement, input);
  if (result.success) return result.output;
  const id = typeof input === 'object' && input && 'id' in input ? String((input as { id: unknown }).id) : '(unnamed rule)';
  const first = result.issues[0];
  const check = first.type === 'union' ? failedCheck(first, []) : null;
  if (check) throw new RuleError(id, check.field, `${id}: ${check.field}: ${check.message}`);
  throw new RuleError(id, v.getDotPath(first) ?? '(root)', describeIssues(id, result.issues));
}

/**
 * The failed check inside a union's issue, with its full path: the issue of a condition (a union) lists every
 * alternative's, with paths relative to it; the alternative that took the shape (`{ use: … }`) failed a check.
 */
function failedCheck(issue: v.BaseIssue<unknown>, path: string[]): { field: string; message: string } | null {
  const here = [...path, ...(issue.path ?? []).map((item) => String(item.key))];
  if (issue.kind === 'validation') return { field: here.join('.') || '(root)', message: issue.message };
  for (const inner of issue.issues ?? []) {
    const found = failedCheck(inner, here);
    if (found) return found;
  }
  return null;
}
