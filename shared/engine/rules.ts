/** Compiles a catalog into a scanner and sentence predicates (cached per catalog object). */
import type { Catalog } from '../catalog/index.ts';
import type { Condition, Requirement, SufficiencyTest } from '../catalog/schema.ts';
import { compileScanner, type ConceptIds, type ConceptScanner } from './lexicon.ts';
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
  const concept = (name: string) => {
    const id = scanner.ids.get(name);
    if (id === undefined) throw new Error(`unknown concept ${name}`);
    return id;
  };
  const requirements = catalog.requirements.map((req): CompiledRequirement => {
    const resolve = (name: string) => scanner.ids.get(`${req.id}/${name}`) ?? concept(name);
    const triggerOfCond = (cond: Condition) => triggerOf(cond, resolve, (id) => scanner.patterns.has(id));
    const compile = (cond: Condition): Predicate => compileCondition(cond, resolve);
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

function compileCondition(cond: Condition, resolve: (name: string) => number): Predicate {
  if (typeof cond === 'string') {
    const id = resolve(cond);
    return (f) => f.concepts.has(id);
  }
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, resolve));
    return (f) => parts.every((p) => p(f));
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, resolve));
    return (f) => parts.some((p) => p(f));
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, resolve);
    return (f) => !inner(f);
  }
  const allowed = new Set<Modality>(cond.modality);
  return (f) => allowed.has(f.modality);
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
