/** Compiles a catalog into a scanner and sentence predicates (cached per catalog object). */
import type { Catalog } from '../catalog/index.ts';
import type { Condition, Requirement, SufficiencyTest } from '../catalog/schema.ts';
import type { ConceptIds } from './concept-sets.ts';
import { compileScanner, type ConceptScanner } from './lexicon.ts';
import { compileSignals } from './vagueness.ts';
import type { Modality } from './modality.ts';
import { compileBounds, type BoundsOf } from './bounds.ts';

/** What is known about one sentence (or heading) when conditions are evaluated. */
export interface SentenceFacts {
  concepts: ConceptIds;
  modality: Modality;
  /** The facts of the sentence that introduces this list item, if any. */
  lead: SentenceFacts | null;
  /** The facts of the heading line of the section the sentence is in, if any. */
  heading: SentenceFacts | null;
}

export type Predicate = (facts: SentenceFacts) => boolean;

/** A condition compiled twice: for one sentence (exact), and over all sentences at once (bounds.ts). */
export interface CompiledCondition {
  holds: Predicate;
  bounds: BoundsOf;
  /** The concepts with regular-expression terms that the condition names. */
  patternConcepts: readonly number[];
}

export interface CompiledTest {
  test: SufficiencyTest;
  found: CompiledCondition;
  met: CompiledCondition;
  /** For an `across` test: the parts of `met`, each with its `not` parts; met when every part holds somewhere. */
  metParts: CompiledCondition[] | null;
  mootUnless: CompiledCondition | null;
  metAnywhere: CompiledCondition | null;
  defeatedBy: CompiledCondition | null;
  defeatedUnless: CompiledCondition | null;
  /** A defeating sentence does not count when the next sentence of its paragraph holds this. */
  answeredBy: CompiledCondition | null;
  /**
   * Met also when this holds anywhere in the document (a definition the clause relies on). In an `across`
   * test, per part: `metByDefinition` with each part of `met`, so a definition may carry one part
   * ("suspected" in the defined term) while the clause carries another ("including one at a subcontractor").
   */
  metByDefinition: CompiledCondition[] | null;
  /** The definition condition alone (`metByDefinition` without the parts): where to look for one. */
  definition: CompiledCondition | null;
  /** Where in the clause the defined term must be used (`definitionUsedWhere`); anywhere when null. */
  definitionUsedWhere: CompiledCondition | null;
}

export interface CompiledRequirement {
  requirement: Requirement;
  sentence: CompiledCondition;
  heading: CompiledCondition | null;
  underHeading: CompiledCondition | null;
  exclude: CompiledCondition | null;
  tests: CompiledTest[];
}

export interface CompiledCatalog {
  catalog: Catalog;
  scanner: ConceptScanner;
  requirements: CompiledRequirement[];
  /** Shared concept name → id, for the engine's own use (modality markers, context). */
  concept(name: string): number;
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const lexicons = new Map<string, string[]>();
  for (const [name, lex] of Object.entries(catalog.concepts)) lexicons.set(name, [...lex.ja, ...lex.en]);
  for (const req of catalog.requirements) {
    for (const [name, lex] of Object.entries(req.concepts)) lexicons.set(`${req.id}/${name}`, [...lex.ja, ...lex.en]);
  }
  // the vagueness signals' patterns have their probes found in the same walk
  const scanner = compileScanner(lexicons, compileSignals().patterns);
  const patternConcepts = new Set(scanner.patterns.map((p) => p.concept));
  const concept = (name: string) => {
    const id = scanner.ids.get(name);
    if (id === undefined) throw new Error(`unknown concept ${name}`);
    return id;
  };
  const requirements = catalog.requirements.map((req): CompiledRequirement => {
    const resolve = (name: string) => scanner.ids.get(`${req.id}/${name}`) ?? concept(name);
    const isPattern = (id: number) => patternConcepts.has(id);
    const compile = (cond: Condition): CompiledCondition => ({
      holds: compilePredicate(cond, resolve, isPattern),
      bounds: compileBounds(cond, resolve),
      patternConcepts: [...new Set(conceptsOf(cond).map(resolve))].filter(isPattern),
    });
    const optional = (cond: Condition | undefined) => (cond === undefined ? null : compile(cond));
    return {
      requirement: req,
      sentence: compile(req.match.sentence),
      heading: optional(req.match.heading),
      underHeading: optional(req.match.underHeading),
      exclude: optional(req.match.exclude),
      tests: req.tests.map((test) => {
        const found = compile(test.found);
        const parts = test.across ? acrossParts(test.met ?? test.found) : null;
        const definition = test.metByDefinition;
        return {
          test, found, met: test.met === undefined ? found : compile(test.met),
          metParts: parts && parts.map(compile), mootUnless: optional(test.mootUnless), metAnywhere: optional(test.metAnywhere),
          defeatedBy: optional(test.defeatedBy), defeatedUnless: optional(test.defeatedUnless), answeredBy: optional(test.answeredBy),
          metByDefinition: definition === undefined ? null : parts ? parts.map((part) => compile({ all: [definition, part] })) : [compile(definition)],
          definition: definition === undefined ? null : compile(definition),
          definitionUsedWhere: optional(test.definitionUsedWhere),
        };
      }),
    };
  });
  const compiled = { catalog, scanner, requirements, concept };
  cache.set(catalog, compiled);
  return compiled;
}

/** The parts of an `across` condition: each positive part of its `all`, together with every `not` part. */
function acrossParts(cond: Condition): Condition[] {
  if (typeof cond === 'string' || !('all' in cond)) return [cond];
  const isGuard = (c: Condition) => typeof c !== 'string' && 'not' in c;
  const guards = cond.all.filter(isGuard);
  return cond.all.filter((c) => !isGuard(c)).map((c) => ({ all: [c, ...guards] }));
}

/**
 * A condition as a predicate. In `all` and `any`, plain concepts are tested inline (no call per concept),
 * literal ones first, and concepts with regular-expression terms last (they may need a search).
 */
function compilePredicate(cond: Condition, resolve: (name: string) => number, isPattern: (id: number) => boolean): Predicate {
  if (typeof cond === 'string') {
    const id = resolve(cond);
    return (f) => f.concepts.has(id);
  }
  if ('not' in cond) {
    const inner = compilePredicate(cond.not, resolve, isPattern);
    return (f) => !inner(f);
  }
  if ('lead' in cond) {
    const inner = compilePredicate(cond.lead, resolve, isPattern);
    return (f) => f.lead !== null && inner(f.lead);
  }
  if ('heading' in cond) {
    const inner = compilePredicate(cond.heading, resolve, isPattern);
    return (f) => f.heading !== null && inner(f.heading);
  }
  if ('modality' in cond) {
    const allowed = new Set<Modality>(cond.modality);
    return (f) => allowed.has(f.modality);
  }
  const parts = 'all' in cond ? cond.all : cond.any;
  const ids = parts.filter((c): c is string => typeof c === 'string').map(resolve);
  const literal = ids.filter((id) => !isPattern(id));
  const pattern = ids.filter(isPattern);
  const nested = parts.filter((c) => typeof c !== 'string').map((c) => compilePredicate(c, resolve, isPattern));
  if ('all' in cond) {
    return (f) => {
      const concepts = f.concepts;
      for (let k = 0; k < literal.length; k++) if (!concepts.has(literal[k])) return false;
      for (let k = 0; k < nested.length; k++) if (!nested[k](f)) return false;
      for (let k = 0; k < pattern.length; k++) if (!concepts.has(pattern[k])) return false;
      return true;
    };
  }
  return (f) => {
    const concepts = f.concepts;
    for (let k = 0; k < literal.length; k++) if (concepts.has(literal[k])) return true;
    for (let k = 0; k < nested.length; k++) if (nested[k](f)) return true;
    for (let k = 0; k < pattern.length; k++) if (concepts.has(pattern[k])) return true;
    return false;
  };
}

/** The concept names a condition mentions. */
function conceptsOf(cond: Condition): string[] {
  if (typeof cond === 'string') return [cond];
  if ('not' in cond) return conceptsOf(cond.not);
  if ('lead' in cond) return conceptsOf(cond.lead);
  if ('heading' in cond) return conceptsOf(cond.heading);
  if ('modality' in cond) return [];
  return ('all' in cond ? cond.all : cond.any).flatMap(conceptsOf);
}
