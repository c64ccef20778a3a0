/** Compiles a catalog into a scanner and sentence predicates (cached per catalog object). */
import type { Catalog } from '../catalog/index.ts';
import type { Condition, Requirement, SufficiencyTest } from '../catalog/schema.ts';
import type { ConceptIds } from './concept-sets.ts';
import { compileScanner, type ConceptScanner } from './lexicon.ts';
import type { Modality } from './modality.ts';

/** What is known about one sentence (or heading) when conditions are evaluated. */
export interface SentenceFacts {
  concepts: ConceptIds;
  modality: Modality;
}

export type Predicate = (facts: SentenceFacts) => boolean;

/**
 * Concepts of which a sentence must hold at least one for a predicate to be true, or null when the
 * predicate can hold without any (a `not`, a modality). Lets the engine look only at the sentences
 * that mention a trigger concept instead of testing every sentence.
 */
export type Trigger = readonly number[] | null;

export interface CompiledTest {
  test: SufficiencyTest;
  found: Predicate;
  met: Predicate;
  foundTrigger: Trigger;
  metTrigger: Trigger;
}

export interface CompiledRequirement {
  requirement: Requirement;
  sentence: Predicate;
  heading: Predicate | null;
  underHeading: Predicate | null;
  exclude: Predicate | null;
  sentenceTrigger: Trigger;
  underHeadingTrigger: Trigger;
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
  const scanner = compileScanner(lexicons);
  const patternConcepts = new Set(scanner.patterns.map((p) => p.concept));
  const concept = (name: string) => {
    const id = scanner.ids.get(name);
    if (id === undefined) throw new Error(`unknown concept ${name}`);
    return id;
  };
  const requirements = catalog.requirements.map((req): CompiledRequirement => {
    const resolve = (name: string) => scanner.ids.get(`${req.id}/${name}`) ?? concept(name);
    const isPattern = (id: number) => patternConcepts.has(id);
    const triggerOfCond = (cond: Condition) => triggerOf(cond, resolve, isPattern);
    const compile = (cond: Condition): Predicate => compileCondition(cond, resolve, isPattern);
    const optional = (cond: Condition | undefined) => (cond === undefined ? null : compile(cond));
    return {
      requirement: req,
      sentence: compile(req.match.sentence),
      heading: optional(req.match.heading),
      underHeading: optional(req.match.underHeading),
      exclude: optional(req.match.exclude),
      sentenceTrigger: triggerOfCond(req.match.sentence),
      underHeadingTrigger: req.match.underHeading === undefined ? null : triggerOfCond(req.match.underHeading),
      tests: req.tests.map((test) => {
        const found = compile(test.found);
        const foundTrigger = triggerOfCond(test.found);
        return test.met === undefined
          ? { test, found, met: found, foundTrigger, metTrigger: foundTrigger }
          : { test, found, met: compile(test.met), foundTrigger, metTrigger: triggerOfCond(test.met) };
      }),
    };
  });
  const compiled = { catalog, scanner, requirements, concept };
  cache.set(catalog, compiled);
  return compiled;
}

/**
 * A condition as a predicate. In `all` and `any`, plain concepts are tested inline (no call per concept),
 * literal ones first, and concepts with regular-expression terms last (they may need a search).
 */
function compileCondition(cond: Condition, resolve: (name: string) => number, isPattern: (id: number) => boolean): Predicate {
  if (typeof cond === 'string') {
    const id = resolve(cond);
    return (f) => f.concepts.has(id);
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, resolve, isPattern);
    return (f) => !inner(f);
  }
  if ('modality' in cond) {
    const allowed = new Set<Modality>(cond.modality);
    return (f) => allowed.has(f.modality);
  }
  const parts = 'all' in cond ? cond.all : cond.any;
  const ids = parts.filter((c): c is string => typeof c === 'string').map(resolve);
  const literal = ids.filter((id) => !isPattern(id));
  const pattern = ids.filter(isPattern);
  const nested = parts.filter((c) => typeof c !== 'string').map((c) => compileCondition(c, resolve, isPattern));
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

/**
 * See {@link Trigger}. `isPattern` tells the concepts with regular-expression terms: their sentences are
 * known only after a pass over the whole text, so a trigger of literal concepts is preferred.
 */
export function triggerOf(cond: Condition, resolve: (name: string) => number, isPattern: (id: number) => boolean = () => false): Trigger {
  if (typeof cond === 'string') return [resolve(cond)];
  if ('all' in cond) {
    // Every part must hold: any part's trigger will do; take the narrowest, literal concepts first.
    const cost = (t: readonly number[]) => t.length + (t.some(isPattern) ? 1000 : 0);
    let best: Trigger = null;
    for (const part of cond.all) {
      const t = triggerOf(part, resolve, isPattern);
      if (t !== null && (best === null || cost(t) < cost(best))) best = t;
    }
    return best;
  }
  if ('any' in cond) {
    const union = new Set<number>();
    for (const part of cond.any) {
      const t = triggerOf(part, resolve, isPattern);
      if (t === null) return null;
      for (const id of t) union.add(id);
    }
    return [...union];
  }
  return null;
}
