/**
 * Requirement matching: evidence sentences by concept co-occurrence (or a matching section heading),
 * then the sufficiency tests on the clauses around the evidence. Conditions are computed over all
 * sentences at once (bounds.ts); only the sentences their bounds leave open are tested one by one.
 */
import type { Requirement } from '../catalog/schema.ts';
import type { Context, RequirementResult } from '../schemas/report.ts';
import { andNot, bitEnvironment, bitsFor, hasBit, setRange, type BitEnvironment } from './bounds.ts';
import { setBits, type ConceptIds, type RangeConcepts } from './concept-sets.ts';
import { annexCitations, annexesCited, type AnnexCitations } from './annexes.ts';
import type { DocumentType } from './context.ts';
import type { ProbeHits } from './lexicon.ts';
import { definedTerms } from './defined-terms.ts';
import type { CompiledCondition, CompiledRequirement, SentenceFacts } from './rules.ts';
import { groupsArticles, isTitleOnly, type Segmentation } from './segment.ts';

export interface DocumentFacts {
  segmentation: Segmentation;
  sentenceFacts: SentenceFacts[];
  /** The sentences' concept sets (behind sentenceFacts[i].concepts). */
  sentenceConcepts: RangeConcepts;
  /** Facts of each section's heading line, and their concept sets. */
  headingFacts: SentenceFacts[];
  headingConcepts: RangeConcepts;
  /** The probes of the vagueness signals' patterns, found in the walk of the text that finds the concepts' (see analyze.ts). */
  signalProbes: ProbeHits;
  /**
   * Sentences that ask a bidder to describe something ("R-07 Describe your approach to transition-out."): they show
   * the document deals with the subject, but a description asked for commits nobody to anything, so they meet no test.
   */
  requests: Uint32Array;
  /** Each sentence's section heading line (segment.ts `sectionHeadingLines`; behind sentenceFacts[i].heading). */
  headingLines: Int32Array;
  /** The document's title line (sentence index, -1 when it has none): it names what the document is and is no clause. */
  title: number;
}

export interface RequirementEvaluation {
  compiled: CompiledRequirement;
  evidence: number[];
  /** The evidence in the order to quote it: sentences under a heading that names the requirement first, heading lines after sentences. */
  leadingEvidence: number[];
  result: Omit<RequirementResult, 'evidence'>;
  /** Sentence index where each unmet core test would belong (the first evidence sentence). */
  failedCoreTests: string[];
}

/** A section longer than this is too broad to be "the clause": tests then look at nearby sentences. */
const MAX_SCOPE_SENTENCES = 30;
const WINDOW = 3;

/** Per-document lookups shared by all requirements (built once, on first use). */
interface FactsIndex {
  sentences: BitEnvironment;
  headings: BitEnvironment;
  /**
   * Section k's own sentences (those whose innermost section it is) are [memberStart[k], memberEnd[k]):
   * contiguous, since a heading always opens a new section (segment.ts). Empty when start = end.
   */
  memberStart: Int32Array;
  memberEnd: Int32Array;
  /** Section k's direct subsections are children[childStart[k], childStart[k + 1]). */
  childStart: Int32Array;
  children: Int32Array;
  /** End of the sentences of section k and all its subsections. */
  subtreeEnd: Int32Array;
}
const indexCache = new WeakMap<DocumentFacts, FactsIndex>();

function indexOf(facts: DocumentFacts): FactsIndex {
  let index = indexCache.get(facts);
  if (index) return index;
  const { sections, sentences } = facts.segmentation;
  const memberStart = new Int32Array(sections.length);
  const memberEnd = new Int32Array(sections.length);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const k = sentences[i].section;
    if (k < 0) continue;
    if (memberEnd[k] === 0) memberEnd[k] = i + 1;
    memberStart[k] = i;
  }
  const childStart = new Int32Array(sections.length + 1);
  for (const s of sections) if (s.parent >= 0) childStart[s.parent + 1]++;
  for (let k = 0; k < sections.length; k++) childStart[k + 1] += childStart[k];
  const children = new Int32Array(childStart[sections.length]);
  const filled = childStart.slice(0, sections.length);
  for (const s of sections) if (s.parent >= 0) children[filled[s.parent]++] = s.index;
  // subsections follow their parent: one pass from the last section up
  const subtreeEnd = Int32Array.from(memberEnd);
  for (let k = sections.length - 1; k >= 0; k--) {
    const parent = sections[k].parent;
    if (parent >= 0 && subtreeEnd[k] > subtreeEnd[parent]) subtreeEnd[parent] = subtreeEnd[k];
  }
  index = {
    sentences: bitEnvironment(facts.sentenceConcepts, facts.sentenceFacts, Int32Array.from(sentences, (s) => s.lead), facts.headingLines),
    headings: bitEnvironment(facts.headingConcepts, facts.headingFacts),
    memberStart, memberEnd, childStart, children, subtreeEnd,
  };
  indexCache.set(facts, index);
  return index;
}

/**
 * The ranges among `within` where a condition holds: certain ones from its bounds, open ones tested one by
 * one (`check`, which may search patterns there). With `first`, stops at the first one found.
 */
export function holdsWhere(
  cond: CompiledCondition, env: BitEnvironment, within: Uint32Array, check: (i: number) => boolean, first = false,
): Uint32Array {
  let { lower, upper } = cond.bounds(env);
  // Many open ranges: one pass of each pattern concept over them all is cheaper than searching each.
  if (cond.patternConcepts.length > 0) {
    const open = openRanges(lower, upper, within);
    if (countBits(open) > within.length * OPEN_PER_WORD) {
      for (const id of cond.patternConcepts) env.search(id, open);
      ({ lower, upper } = cond.bounds(env));
    }
  }
  const out = new Uint32Array(within.length);
  for (let w = 0; w < out.length; w++) {
    out[w] = lower[w] & within[w];
    if (first && out[w] !== 0) return out;
  }
  for (let w = 0; w < out.length; w++) {
    // A check may have searched a pattern concept over the whole text since `out` was filled: a bare concept's
    // `lower` is its live column, so ranges it gained count now (else they are neither certain nor open).
    out[w] |= lower[w] & within[w];
    if (first && out[w] !== 0) return out;
    let open = upper[w] & ~out[w] & within[w];
    while (open !== 0) {
      const low = open & -open;
      open ^= low;
      if (check(w * 32 + (31 - Math.clz32(low)))) {
        out[w] |= low;
        if (first) return out;
      }
    }
  }
  return out;
}

const isEmpty = (bits: Uint32Array) => bits.every((w) => w === 0);

/** Open ranges (possible, not certain) per 32 ranges above which the condition's patterns are searched in one pass over them. */
const OPEN_PER_WORD = 4;
/** Sentences after a definition read as its limbs. */
const MAX_LIMBS = 6;

/** Ranges among `within` where a condition may hold but is not known to. */
function openRanges(lower: Uint32Array, upper: Uint32Array, within: Uint32Array): Uint32Array {
  const open = new Uint32Array(within.length);
  for (let w = 0; w < within.length; w++) open[w] = upper[w] & ~lower[w] & within[w];
  return open;
}

function countBits(bits: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w];
    while (x !== 0) { x &= x - 1; n++; }
  }
  return n;
}

/** Longest heading line still read as a bare title ("Section 4.04 Threat information."). */
const SHORT_HEADING = 60;
/**
 * A short heading that names the subject ("Threat information") is no clause of its own when every sentence of
 * its section or of its direct subsections that matched was then excluded: the body said the duty is not the
 * contractor's ("The Authority will share threat intelligence with the Contractor"), and the title alone must not
 * bring the requirement back. A heading whose body matched nothing is left as it was. This holds whether the heading
 * matched the heading condition or matched as a sentence itself (「秘密保持・人的管理」 over staff pledges only).
 */
function dropOrphanedHeadings(candidates: Uint32Array, matched: Uint32Array, index: FactsIndex, sentences: Segmentation['sentences']): void {
  for (let k = 0; k < index.memberStart.length; k++) {
    const h = index.memberStart[k];
    if (index.memberEnd[k] <= h || !hasBit(candidates, h)) continue;
    const { kind, start, end } = sentences[h];
    if (kind !== 'heading' || end - start > SHORT_HEADING) continue;
    let bodyMatched = false;
    let bodyKept = false;
    const scan = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        if (hasBit(matched, i)) bodyMatched = true;
        if (hasBit(candidates, i)) bodyKept = true;
      }
    };
    scan(h + 1, index.memberEnd[k]);
    // and its direct subsections, as underMatchingHeading reaches them ("5 HANDOVER" over "5.1 At the end of each sprint …")
    for (let c = index.childStart[k]; c < index.childStart[k + 1]; c++) {
      const child = index.children[c];
      scan(index.memberStart[child], index.memberEnd[child]);
    }
    if (bodyMatched && !bodyKept) candidates[h >>> 5] &= ~(1 << (h & 31));
  }
}

export function evaluateRequirement(
  compiled: CompiledRequirement, facts: DocumentFacts, context: Context, documentType: DocumentType, text: string,
): RequirementEvaluation {
  const { sentences } = facts.segmentation;
  const index = indexOf(facts);
  const env = index.sentences;
  const sentenceCheck = (cond: CompiledCondition) => (i: number) => cond.holds(facts.sentenceFacts[i]);
  const headingCheck = (cond: CompiledCondition) => (k: number) => cond.holds(facts.headingFacts[k]);

  // Evidence: sentences matching the sentence condition, or the under-heading one in a section whose
  // heading (or its parent's) matches; never an excluded one.
  let candidates = holdsWhere(compiled.sentence, env, env.all, sentenceCheck(compiled.sentence));
  let underMatchingHeading: Uint32Array | null = null;
  if (compiled.heading && compiled.underHeading) {
    let headingHolds = holdsWhere(compiled.heading, index.headings, index.headings.all, headingCheck(compiled.heading));
    // a heading that is itself excluded covers no section: 「業務開始時の引継ぎ」 (taking over from the incumbent) names
    // a hand-over but not the exit one, and the sentences under it must not be read as exit support by its title
    if (compiled.exclude) headingHolds = andNot(headingHolds, holdsWhere(compiled.exclude, index.headings, headingHolds, headingCheck(compiled.exclude)));
    // the sections of a matching heading, and their direct subsections
    underMatchingHeading = bitsFor(sentences.length);
    for (const k of setBits(headingHolds)) {
      setRange(underMatchingHeading, index.memberStart[k], index.memberEnd[k]);
      for (let c = index.childStart[k]; c < index.childStart[k + 1]; c++) {
        setRange(underMatchingHeading, index.memberStart[index.children[c]], index.memberEnd[index.children[c]]);
      }
    }
    const under = holdsWhere(compiled.underHeading, env, underMatchingHeading, sentenceCheck(compiled.underHeading));
    for (let w = 0; w < candidates.length; w++) candidates[w] |= under[w];
  }
  // "Security Questionnaire Response" names the document: the questionnaire it answers is no audit clause
  if (facts.title >= 0 && !compiled.requirement.match.title) candidates[facts.title >>> 5] &= ~(1 << (facts.title & 31));
  if (compiled.exclude) {
    const matched = candidates;
    candidates = andNot(candidates, holdsWhere(compiled.exclude, env, candidates, sentenceCheck(compiled.exclude)));
    dropOrphanedHeadings(candidates, matched, index, sentences);
  }
  const evidence = setBits(candidates);
  // quoted first: a clause under a heading that names the requirement, and a sentence of it before a title-only heading line
  // (one pass into four ranks, each kept in document order)
  const ranks: number[][] = [[], [], [], []];
  for (const i of evidence) {
    ranks[(underMatchingHeading !== null && hasBit(underMatchingHeading, i) ? 0 : 2) + (isTitleOnly(text, sentences[i]) ? 1 : 0)].push(i);
  }
  const leadingEvidence = ranks.flat();

  const scope = evidence.length ? scopeOf(evidence, facts.segmentation, index, annexCitations(facts, text), text) : bitsFor(0);
  const anywhere = (cond: CompiledCondition, within: Uint32Array) => !isEmpty(holdsWhere(cond, env, within, sentenceCheck(cond), true));
  // A definition anywhere (the definitions section) that holds the condition, whose defined term the clause uses.
  const definitionRelied = (
    cond: CompiledCondition, within: Uint32Array, definitions: number[], usedWhere: CompiledCondition | null,
    joinsUse: boolean,
  ) => {
    const clause = setBits(within);
    for (const i of definitions) {
      const alone = cond.holds(facts.sentenceFacts[i]) || cond.holds(withLimbs(i));
      if (!alone && !joinsUse) continue;
      const terms = definedTerms(text.slice(sentences[i].start, sentences[i].end));
      if (clause.some((k) => k !== i && terms.some((term) => text.slice(sentences[k].start, sentences[k].end).includes(term)) &&
        (usedWhere === null || usedWhere.holds(facts.sentenceFacts[k])) &&
        (alone || cond.holds(joined(facts.sentenceFacts[i], facts.sentenceFacts[k]))))) return true;
    }
    return false;
  };
  // A definition with the limbs that go on after it in its own clause ('"Security Event" means any actual or
  // suspected (i) …; (ii) …; or (iii) …, whether occurring at the Vendor or at any Subcontractor'); the next entry
  // of a glossary ('(f) "Support Personnel" means … of any approved subcontractor') defines something else.
  const withLimbs = (i: number): SentenceFacts => {
    const parts = [facts.sentenceFacts[i].concepts];
    const last = Math.min(sentences.length - 1, i + MAX_LIMBS);
    for (let j = i + 1; j <= last && sentences[j].section === sentences[i].section && sentences[j].kind !== 'heading'; j++) {
      if (definedTerms(text.slice(sentences[j].start, sentences[j].end)).length) break;
      parts.push(facts.sentenceFacts[j].concepts);
    }
    return { concepts: unionOf(parts), modality: facts.sentenceFacts[i].modality, lead: null, heading: null };
  };
  // the concepts of a definition and of the sentence that uses its term, read as one
  const joined = (a: SentenceFacts, b: SentenceFacts): SentenceFacts => ({ concepts: unionOf([a.concepts, b.concepts]), modality: b.modality, lead: null, heading: null });
  // where a test may be met: not in a description asked for (an RFP's "Describe your approach to …"), which commits
  // nobody; the whole document's, made for the few document-scope tests only
  const committingScope = andNot(scope, facts.requests);
  let committingDocument: Uint32Array | undefined;
  let ownClauses: Uint32Array | undefined;
  const tests = compiled.tests.map(({ test, found, met, metParts, mootUnless, metAnywhere, defeatedBy, defeatedUnless, answeredBy, metByDefinition, definition, definitionUsedWhere }) => {
    const within = test.scope === 'document' ? env.all : scope;
    const isFound = anywhere(found, within);
    const moot = test.mootWhen === 'subcontracting_prohibited' && context.subcontracting === 'prohibited' && evidence.length > 0;
    // the hedge that keeps the ban open (「原則として」) is read in the ban's own clause, not in a repair-time clause
    // of another article that the short document's scope takes in (「原則として翌開館日までに復旧させる」)
    if (moot && !(mootUnless && anywhere(mootUnless, test.scope === 'document' ? within : ownClauses ??= ownClausesOf(evidence, sentences, index)))) {
      return { id: test.id, core: test.core, found: isFound, met: true };
    }
    // another clause of the document settles the test (「再委託先は、更に第三者に委託してはならない。」 for the flow-down's tiers)
    if (evidence.length > 0 && metAnywhere !== null && anywhere(metAnywhere, committingDocument ??= andNot(env.all, facts.requests)) &&
      !(mootUnless && anywhere(mootUnless, env.all))) {
      return { id: test.id, core: test.core, found: true, met: true };
    }
    // each part in the clause or in a definition it relies on (a test without parts: one part, `met`)
    // the definition sentences, found once for all of the test's parts
    let definitions: number[] | undefined;
    const byDefinition = (k: number) => metByDefinition !== null && definitionRelied(
      metByDefinition[k], within, definitions ??= setBits(holdsWhere(definition!, env, env.all, sentenceCheck(definition!))),
      definitionUsedWhere, test.definitionJoinsUse === true,
    );
    // a clause that says nothing of the test itself but uses a defined term that carries it ("each Subcontractor",
    // defined to include a subcontractor's own) is found by that definition
    const foundByDefinition = !isFound && metParts === null && test.definitionUsedWhere !== undefined && byDefinition(0);
    const committing = test.scope === 'document' ? (committingDocument ??= andNot(env.all, facts.requests)) : committingScope;
    const metHere = isFound &&
      (metParts ? metParts.every((part, k) => anywhere(part, committing) || byDefinition(k)) : anywhere(met, committing) || byDefinition(0));
    // a sentence that takes the test back, answered by the next sentence of its paragraph (`answeredBy`:
    // 「…協議してその分担を定める。協議が整うまでの間は、乙が当該作業の一次対応を行う。」)
    const answered = (i: number) => answeredBy !== null && i + 1 < sentences.length &&
      sentences[i + 1].section === sentences[i].section && !/\n/.test(text.slice(sentences[i].end, sentences[i + 1].start)) &&
      answeredBy.holds(facts.sentenceFacts[i + 1]);
    const defeatedSomewhere = defeatedBy !== null && (answeredBy === null ? anywhere(defeatedBy, within)
      : setBits(holdsWhere(defeatedBy, env, within, sentenceCheck(defeatedBy))).some((i) => !answered(i)));
    const defeated = defeatedSomewhere && !(defeatedUnless && anywhere(defeatedUnless, env.all));
    const isMet = (foundByDefinition || metHere) && !defeated;
    return { id: test.id, core: test.core, found: isFound || foundByDefinition, met: isMet };
  });
  const failedCoreTests = tests.filter((t) => t.core && !t.met).map((t) => t.id);
  const req = compiled.requirement;
  const status = evidence.length === 0 ? 'missing' : failedCoreTests.length ? 'insufficient' : 'sufficient';
  return {
    compiled,
    evidence,
    leadingEvidence,
    failedCoreTests,
    result: {
      id: req.id, title: req.title, stage: req.stage, status,
      applicable: isApplicable(req, context, documentType), tests,
    },
  };
}

/** The concepts of several sentences read as one sentence's. */
function unionOf(parts: ConceptIds[]): ConceptIds {
  const all = () => new Set(parts.flatMap((c) => [...c]));
  return {
    has: (id) => parts.some((c) => c.has(id)),
    get size() { return all().size; },
    forEach: (callback) => all().forEach((id) => callback(id)),
    [Symbol.iterator]: () => all()[Symbol.iterator](),
  };
}

/**
 * The opening of an article that applies the one before it to a further case: 「第6条の2 再委託先が更に第三者に委託する場合も、
 * 前条の規定を準用する。」 It is the rest of that article's clause (the further tier of its subcontracting rule).
 */
const APPLIES_PRIOR_ARTICLE = /前条(?:の規定|に定める[^。]{0,12}?)?(?:を|は)[、,]?[^。]{0,20}?(?:準用|同様に適用)/;

/** The section opening right after sentence `to` when it applies the article ending there (APPLIES_PRIOR_ARTICLE): its sentence range. */
function applyingNextArticle(to: number, seg: Segmentation, index: FactsIndex, text: string): [number, number] | null {
  if (to >= seg.sentences.length) return null;
  const next = seg.sentences[to].section;
  if (next < 0 || index.memberStart[next] !== to || index.memberEnd[next] - to > MAX_SCOPE_SENTENCES) return null;
  for (let k = to; k < Math.min(index.memberEnd[next], to + 3); k++) {
    if (APPLIES_PRIOR_ARTICLE.test(text.slice(seg.sentences[k].start, seg.sentences[k].end))) return [to, index.memberEnd[next]];
  }
  return null;
}

/** The evidence sentences' own sections (each without its parent or its sub-clauses); a sentence outside any section alone. */
function ownClausesOf(evidence: number[], sentences: Segmentation['sentences'], index: FactsIndex): Uint32Array {
  const own = bitsFor(sentences.length);
  for (const i of evidence) {
    const section = sentences[i].section;
    if (section >= 0) setRange(own, index.memberStart[section], index.memberEnd[section]);
    else setRange(own, i, i + 1);
  }
  return own;
}

/** Sentences of the clauses that hold the evidence (the innermost section, or a window if it is huge), marked. */
function scopeOf(evidence: number[], seg: Segmentation, index: FactsIndex, citations: AnnexCitations, text: string): Uint32Array {
  const inScope = bitsFor(seg.sentences.length);
  for (const k of annexesCited(evidence, seg, citations)) {
    if (index.memberEnd[k] - index.memberStart[k] <= MAX_SCOPE_SENTENCES) setRange(inScope, index.memberStart[k], index.memberEnd[k]);
  }
  // Evidence is ascending and a section's sentences are contiguous: a whole section is added once.
  let added = -2;
  for (const i of evidence) {
    const section = seg.sentences[i].section;
    if (section === added) continue;
    if (section >= 0 && index.memberEnd[section] - index.memberStart[section] <= MAX_SCOPE_SENTENCES) {
      // the clause is the parent with its subsections (6 with 6.1–6.4) when that is still a clause's size, but
      // never a chapter: 第9条 under a short 第3章 is still the clause, not 第8条–第13条 together (else a training
      // clause borrows the records and the submission of the log clause two articles away)
      const parent = seg.sections[section].parent;
      const fits = (k: number) => !groupsArticles(seg.sections[k]) && index.subtreeEnd[k] - index.memberStart[k] <= MAX_SCOPE_SENTENCES;
      // else, no usable parent: the clause with its own sub-clauses ('7. Responsibilities' with its table and 7.2 after it)
      const whole = parent >= 0 && index.memberEnd[parent] > index.memberStart[parent] && fits(parent) ? parent : fits(section) ? section : -1;
      const [from, to] = whole >= 0 ? [index.memberStart[whole], index.subtreeEnd[whole]] : [index.memberStart[section], index.memberEnd[section]];
      setRange(inScope, from, to);
      const applying = applyingNextArticle(to, seg, index, text);
      if (applying) setRange(inScope, applying[0], applying[1]);
      added = section;
    } else setRange(inScope, Math.max(0, i - WINDOW), Math.min(seg.sentences.length, i + WINDOW + 1));
  }
  return inScope;
}

/** Terms and DPAs are contracts of a kind; a policy page answers like a proposal. NDAs and SLAs apply only what names them. */
const DOCUMENT_FAMILY: Record<DocumentType, DocumentType[]> = {
  spec: ['spec'], contract: ['contract'], dpa: ['dpa', 'contract'], proposal: ['proposal'],
  nda: ['nda'], sla: ['sla'], terms: ['terms', 'contract'], policy: ['policy', 'proposal'],
};

export function isApplicable(req: Requirement, context: Context, documentType: DocumentType): boolean {
  const conditions: Record<Requirement['appliesWhen'][number], boolean> = {
    always: true,
    personal_data: context.personalData,
    trade_secrets: context.tradeSecrets,
    cloud: context.cloud,
    subcontracting_allowed: context.subcontracting === 'allowed',
    critical_functions: context.criticalFunctions,
    software_development: context.softwareDevelopment,
    public_sector: context.publicSector,
  };
  if (!req.appliesWhen.some((c) => conditions[c])) return false;
  const documents = [...req.documents.must, ...req.documents.should];
  return DOCUMENT_FAMILY[documentType].some((t) => documents.includes(t));
}
