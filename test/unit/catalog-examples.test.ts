/**
 * Every requirement carries its own examples (as LanguageTool rules do): clauses that must satisfy it
 * and near-misses that must not. Each is analysed on its own, as a one-clause document.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { catalog } from '../../shared/catalog/index.ts';

describe.each(catalog.requirements.map((r) => [r.id, r] as const))('%s', (id, req) => {
  it('has ja and en examples of both kinds and model clauses in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(req.examples.pass.some((e) => e.lang === lang), `pass example in ${lang}`).toBe(true);
      expect(req.modelClauses.some((e) => e.lang === lang), `model clause in ${lang}`).toBe(true);
    }
    expect(req.examples.nearMiss.length).toBeGreaterThan(0);
  });

  it.each(req.examples.pass.map((e) => [e.lang, e.text]))('satisfies (%s): %s', (_lang, text) => {
    const result = analyze(text).requirements.find((r) => r.id === id)!;
    const unmet = result.tests.filter((t) => t.core && !t.met).map((t) => t.id);
    expect({ status: result.status, unmet }).toEqual({ status: 'sufficient', unmet: [] });
  });

  it.each(req.examples.nearMiss.map((e) => [e.lang, e.text]))('near-miss is not sufficient (%s): %s', (_lang, text) => {
    const result = analyze(text).requirements.find((r) => r.id === id)!;
    expect(result.status).not.toBe('sufficient');
  });

  it.each(req.modelClauses.map((e) => [e.lang, e.text]))('model clause satisfies it (%s)', (_lang, text) => {
    const result = analyze(text).requirements.find((r) => r.id === id)!;
    expect(result.tests.filter((t) => t.core && !t.met).map((t) => t.id)).toEqual([]);
  });
});
