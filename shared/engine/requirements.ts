/**
 * Requirement matching: evidence sentences by concept co-occurrence (or a matching section heading),
 * then the sufficiency tests on the clauses around the evidence.
 */
import type { Requirement } from '../catalog/schema.ts';
import type { Context, RequirementResult } from '../schemas/report.ts';
import type { DocumentType } from './context.ts';
import type { CompiledRequirement, SentenceFacts } from './rules.ts';
import type { Segmentation } from './segment.ts';

export interface DocumentFacts {
  segmentation: Segmentation;
  sentenceFacts: SentenceFacts[];
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

export function evaluateRequirement(
  compiled: CompiledRequirement, facts: DocumentFacts, context: Context, documentType: DocumentType,
): RequirementEvaluation {
  const { sentences, sections } = facts.segmentation;
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

  const evidence: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const f = facts.sentenceFacts[i];
    if (compiled.exclude?.(f)) continue;
    if (compiled.sentence(f) || (compiled.underHeading && sectionMatches(sentences[i].section) && compiled.underHeading(f))) {
      evidence.push(i);
    }
  }

  const scope = evidence.length ? scopeOf(evidence, facts.segmentation) : [];
  const tests = compiled.tests.map(({ test, found, met }) => {
    const where = test.scope === 'document' ? facts.sentenceFacts : scope.map((i) => facts.sentenceFacts[i]);
    const isFound = where.some(found);
    return { id: test.id, core: test.core, found: isFound, met: isFound && where.some(met) };
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

/** Sentences of the clauses that hold the evidence (the innermost section, or a window if it is huge). */
function scopeOf(evidence: number[], seg: Segmentation): number[] {
  const inScope = new Set<number>();
  const sectionSentences = new Map<number, number[]>();
  for (const s of seg.sentences) {
    let list = sectionSentences.get(s.section);
    if (!list) sectionSentences.set(s.section, (list = []));
    list.push(s.index);
  }
  for (const i of evidence) {
    const section = seg.sentences[i].section;
    const members = sectionSentences.get(section) ?? [];
    if (section >= 0 && members.length <= MAX_SCOPE_SENTENCES) members.forEach((m) => inScope.add(m));
    else for (let k = Math.max(0, i - WINDOW); k <= Math.min(seg.sentences.length - 1, i + WINDOW); k++) inScope.add(k);
  }
  return [...inScope].sort((a, b) => a - b);
}

/** NDAs, SLAs and terms are contracts of a kind; a policy page answers like a proposal. */
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
  if (documentType === 'nda') return req.category === 'information_handling' || req.id === 'CONFIDENTIALITY';
  if (documentType === 'sla') return req.category === 'resilience';
  return DOCUMENT_FAMILY[documentType].some((t) => documents.includes(t));
}
