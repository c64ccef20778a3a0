/** Compiles a catalog into a scanner and sentence predicates (cached per catalog object). */
import type { Catalog } from '../catalog/index.ts';
import type { Condition, Requirement, SufficiencyTest } from '../catalog/schema.ts';
import { compileScanner, type ConceptScanner } from './lexicon.ts';
import type { Modality } from './modality.ts';

/** What is known about one sentence (or heading) when conditions are evaluated. */
export interface SentenceFacts {
  concepts: ReadonlySet<number>;
  modality: Modality;
}

export type Predicate = (facts: SentenceFacts) => boolean;

export interface CompiledTest {
  test: SufficiencyTest;
  found: Predicate;
  met: Predicate;
}

export interface CompiledRequirement {
  requirement: Requirement;
  sentence: Predicate;
  heading: Predicate | null;
  underHeading: Predicate | null;
  exclude: Predicate | null;
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
    const compile = (cond: Condition): Predicate => compileCondition(cond, (name) =>
      scanner.ids.get(`${req.id}/${name}`) ?? concept(name));
    const optional = (cond: Condition | undefined) => (cond === undefined ? null : compile(cond));
    return {
      requirement: req,
      sentence: compile(req.match.sentence),
      heading: optional(req.match.heading),
      underHeading: optional(req.match.underHeading),
      exclude: optional(req.match.exclude),
      tests: req.tests.map((test) => {
        const found = compile(test.found);
        return { test, found, met: test.met === undefined ? found : compile(test.met) };
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
