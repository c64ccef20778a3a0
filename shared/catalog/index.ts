/**
 * The catalog as validated data: built-in requirements, shared concepts, sources.
 * Organisation packs (shared/schemas/pack.ts) are merged in with `loadCatalog`.
 */
import * as v from 'valibot';
import { builtInRequirements } from './requirements/index.ts';
import conceptsJson from './concepts.json' with { type: 'json' };
import sourcesJson from './sources.json' with { type: 'json' };
import {
  ConceptLibrary, RuleError, parseRequirement, type Concept, type Condition, type Requirement, REFERENCE_STATUS,
} from './schema.ts';

export interface Source {
  id: string;
  title: string;
  status: (typeof REFERENCE_STATUS)[number];
  note: string;
}

export interface Catalog {
  requirements: Requirement[];
  concepts: ConceptLibrary;
  sources: Source[];
}

export interface CatalogOverrides {
  /** Extra requirements (validated with the same schema); an existing id replaces the built-in one. */
  requirements?: unknown[];
  disabled?: string[];
  severity?: Record<string, Requirement['severity']>;
}

const sharedConcepts = resolveIncludes(v.parse(ConceptLibrary, conceptsJson), {}, 'concepts.json');

export function loadCatalog(overrides: CatalogOverrides = {}): Catalog {
  const byId = new Map<string, Requirement>();
  for (const input of [...builtInRequirements, ...(overrides.requirements ?? [])]) {
    const parsed = parseRequirement(input);
    const req = { ...parsed, concepts: resolveIncludes(parsed.concepts, sharedConcepts, parsed.id) };
    checkConceptReferences(req);
    byId.set(req.id, req);
  }
  for (const id of overrides.disabled ?? []) byId.delete(id);
  for (const [id, severity] of Object.entries(overrides.severity ?? {})) {
    const req = byId.get(id);
    if (req) byId.set(id, { ...req, severity });
  }
  return { requirements: [...byId.values()], concepts: sharedConcepts, sources: sourcesJson as Source[] };
}

/**
 * Each concept with the terms of the concepts it includes, and of theirs in turn, added to its own (each term
 * once). An included name resolves to `own` first, then to `library` (already resolved); an unknown name or a
 * concept that includes itself is a RuleError naming the field.
 */
function resolveIncludes(own: ConceptLibrary, library: ConceptLibrary, ruleId: string): ConceptLibrary {
  const resolved: ConceptLibrary = {};
  const resolving = new Set<string>();
  const resolve = (name: string, field: string): Concept => {
    const done = resolved[name] ?? (own[name] === undefined ? library[name] : undefined);
    if (done) return done;
    const concept = own[name];
    if (concept === undefined) throw new RuleError(ruleId, field, `${ruleId}: ${field}: unknown concept "${name}"`);
    if (resolving.has(name)) throw new RuleError(ruleId, field, `${ruleId}: ${field}: concept "${name}" includes itself`);
    resolving.add(name);
    const ja = new Set(concept.ja);
    const en = new Set(concept.en);
    concept.include.forEach((included, i) => {
      const terms = resolve(included, `concepts.${name}.include.${i}`);
      for (const t of terms.ja) ja.add(t);
      for (const t of terms.en) en.add(t);
    });
    resolving.delete(name);
    return (resolved[name] = { ja: [...ja], en: [...en], include: concept.include });
  };
  for (const name of Object.keys(own)) resolve(name, `concepts.${name}`);
  return resolved;
}

/** Every concept named in a condition must exist locally or in the shared library. */
function checkConceptReferences(req: Requirement): void {
  const check = (cond: Condition, field: string): void => {
    if (typeof cond === 'string') {
      if (!(cond in req.concepts) && !(cond in sharedConcepts)) {
        throw new RuleError(req.id, field, `${req.id}: ${field}: unknown concept "${cond}"`);
      }
    } else if ('all' in cond) cond.all.forEach((c, i) => check(c, `${field}.all.${i}`));
    else if ('any' in cond) cond.any.forEach((c, i) => check(c, `${field}.any.${i}`));
    else if ('not' in cond) check(cond.not, `${field}.not`);
    else if ('lead' in cond) check(cond.lead, `${field}.lead`);
  };
  for (const [key, cond] of Object.entries(req.match)) if (typeof cond === 'object' || typeof cond === 'string') check(cond, `match.${key}`);
  req.tests.forEach((t, i) => {
    check(t.found, `tests.${i}.found`);
    if (t.met !== undefined) check(t.met, `tests.${i}.met`);
  });
}

export const catalog: Catalog = loadCatalog();
