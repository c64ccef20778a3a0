/**
 * Requirement matching: evidence sentences by concept co-occurrence (or a matching section heading),
 * then the sufficiency tests on the clauses around the evidence.
 */
import type { Requirement } from '../catalog/schema.ts';
import type { Context, RequirementResult } from '../schemas/report.ts';
import type { DocumentType } from './context.ts';
import type { CompiledRequirement, Predicate, SentenceFacts, Trigger } from './rules.ts';
import type { Segmentation } from './segment.ts';
import { setBits, type RangeConcepts } from './concept-sets.ts';

export interface DocumentFacts {
  segmentation: Segmentation;
  sentenceFacts: SentenceFacts[];
  /** The sentences' concept sets (behind sentenceFacts[i].concepts). */
  sentenceConcepts: RangeConcepts;
  /** Facts of each section's heading line. */
  headingFacts: SentenceFacts[];
}

export interface RequirementEvaluation {
  compiled: CompiledRequirement;
  evidence: number[];
  result: Omit<RequirementResult, 'evidence'>;
  /** Sentence index where each unmet core test would belong (the first evidence sentence). */
  failedCoreTests: string[];
}

/** A section longer than this is too broad to be "the clause": tests then look at nearby sentences. */
const MAX_SCOPE_SENTENCES = 30;
const WINDOW = 3;

/** Per-document lookups shared by all requirements (built once, on first use). */
interface FactsIndex {
  /** Concept id → ascending indices of the sentences that mention it. */
  sentencesOf(concept: number): readonly number[];
  /** Whether a concept's sentences are known without a pass of its patterns over the whole text. */
  isCheap(concept: number): boolean;
  /** Section index → its sentences (the innermost section of each sentence); key -1 for none. */
  sectionMembers: Map<number, number[]>;
}
const indexCache = new WeakMap<DocumentFacts, FactsIndex>();

function indexOf(facts: DocumentFacts): FactsIndex {
  let index = indexCache.get(facts);
  if (index) return index;
  const concepts = facts.sentenceConcepts;
  // Filled per concept on first use: most of the catalog's concepts are never asked for by a trigger.
  const byConcept = new Map<number, readonly number[]>();
  const sectionMembers = new Map<number, number[]>();
  for (const s of facts.segmentation.sentences) {
    const list = sectionMembers.get(s.section);
    if (list) list.push(s.index);
    else sectionMembers.set(s.section, [s.index]);
  }
  const sentencesOf = (c: number): readonly number[] => {
    let list = byConcept.get(c);
    if (list === undefined) byConcept.set(c, (list = concepts.rangesWith(c)));
    return list;
  };
  index = { sentencesOf, isCheap: (c) => !concepts.isPatternConcept(c) || byConcept.has(c), sectionMembers };
  indexCache.set(facts, index);
  return index;
}

/** Ascending sentence indices that mention any trigger concept (the only ones a triggered predicate can accept). */
function sentencesWith(index: FactsIndex, trigger: readonly number[], size: number): readonly number[] {
  if (trigger.length === 1) return index.sentencesOf(trigger[0]);
  return setBits(markAll(sentenceBits(size), trigger.map(index.sentencesOf)));
}

/** A bit per sentence: cheaper than a Set and a sort for long lists. */
const sentenceBits = (size: number) => new Uint32Array(Math.ceil(size / 32));
const hasBit = (bits: Uint32Array, i: number) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;

function markAll(bits: Uint32Array, lists: Iterable<readonly number[]>): Uint32Array {
  for (const list of lists) for (const i of list) bits[i >>> 5] |= 1 << (i & 31);
  return bits;
}

export function evaluateRequirement(
  compiled: CompiledRequirement, facts: DocumentFacts, context: Context, documentType: DocumentType,
): RequirementEvaluation {
  const { sentences, sections } = facts.segmentation;
  const index = indexOf(facts);
  const headingHit = new Map<number, boolean>();
  const sectionMatches = (section: number): boolean => {
    if (!compiled.heading || section < 0) return false;
    let hit = headingHit.get(section);
    if (hit === undefined) {
      hit = compiled.heading(facts.headingFacts[section]) ||
        (sections[section].parent >= 0 && compiled.heading(facts.headingFacts[sections[section].parent]));
      headingHit.set(section, hit);
    }
    return hit;
  };

  // Candidates: sentences with a trigger concept of the sentence condition, and those under a matching
  // heading; every sentence when a condition has no trigger. The checks below are the full conditions.
  let candidates: readonly number[] | null = null;
  if (compiled.sentenceTrigger !== null) {
    candidates = sentencesWith(index, compiled.sentenceTrigger, sentences.length);
    if (compiled.underHeading && compiled.heading) {
      const mark = markAll(sentenceBits(sentences.length), [candidates]);
      if (compiled.underHeadingTrigger !== null) markAll(mark, [sentencesWith(index, compiled.underHeadingTrigger, sentences.length)]);
      else for (let k = 0; k < sections.length; k++) if (sectionMatches(k)) markAll(mark, [index.sectionMembers.get(k) ?? []]);
      candidates = setBits(mark);
    }
  }
  const evidence: number[] = [];
  const consider = (i: number) => {
    const f = facts.sentenceFacts[i];
    if (compiled.exclude?.(f)) return;
    if (compiled.sentence(f) || (compiled.underHeading && sectionMatches(sentences[i].section) && compiled.underHeading(f))) {
      evidence.push(i);
    }
  };
  if (candidates === null) for (let i = 0; i < sentences.length; i++) consider(i);
  else for (const i of candidates) consider(i);

  const scopeMask = evidence.length ? scopeOf(evidence, facts.segmentation, index) : sentenceBits(0);
  const scope = setBits(scopeMask);
  const scopeFacts = scope.map((i) => facts.sentenceFacts[i]);
  const anyInDocument = (predicate: Predicate, trigger: Trigger): boolean => {
    if (trigger === null) return facts.sentenceFacts.some(predicate);
    for (const c of trigger) for (const i of index.sentencesOf(c)) if (predicate(facts.sentenceFacts[i])) return true;
    return false;
  };
  const anyInScope = (predicate: Predicate, trigger: Trigger): boolean => {
    // Walk whichever is shorter: the scope, or the sentences holding a trigger concept (kept if in scope).
    // A pattern concept not yet known over the whole text is cheaper to evaluate on the scope alone.
    if (trigger === null || !trigger.every(index.isCheap)) return scopeFacts.some(predicate);
    let mentions = 0;
    for (const c of trigger) mentions += index.sentencesOf(c).length;
    if (mentions >= scope.length) return scopeFacts.some(predicate);
    for (const c of trigger) for (const i of index.sentencesOf(c)) if (hasBit(scopeMask, i) && predicate(facts.sentenceFacts[i])) return true;
    return false;
  };
  const tests = compiled.tests.map(({ test, found, met, foundTrigger, metTrigger }) => {
    const whole = test.scope === 'document';
    const isFound = whole ? anyInDocument(found, foundTrigger) : anyInScope(found, foundTrigger);
    const isMet = isFound && (whole ? anyInDocument(met, metTrigger) : anyInScope(met, metTrigger));
    return { id: test.id, core: test.core, found: isFound, met: isMet };
  });
  const failedCoreTests = tests.filter((t) => t.core && !t.met).map((t) => t.id);
  const req = compiled.requirement;
  const status = evidence.length === 0 ? 'missing' : failedCoreTests.length ? 'insufficient' : 'sufficient';
  return {
    compiled,
    evidence,
    failedCoreTests,
    result: {
      id: req.id, title: req.title, stage: req.stage, status,
      applicable: isApplicable(req, context, documentType), tests,
    },
  };
}

/** Sentences of the clauses that hold the evidence (the innermost section, or a window if it is huge), marked. */
function scopeOf(evidence: number[], seg: Segmentation, index: FactsIndex): Uint32Array {
  const inScope = sentenceBits(seg.sentences.length);
  for (const i of evidence) {
    const section = seg.sentences[i].section;
    const members = index.sectionMembers.get(section) ?? [];
    if (section >= 0 && members.length <= MAX_SCOPE_SENTENCES) markAll(inScope, [members]);
    else for (let k = Math.max(0, i - WINDOW); k <= Math.min(seg.sentences.length - 1, i + WINDOW); k++) inScope[k >>> 5] |= 1 << (k & 31);
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
