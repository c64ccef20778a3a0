/**
 * Every requirement carries its own examples (as LanguageTool rules do): clauses that must satisfy it
 * and near-misses that must not. Each is analysed on its own, as a one-clause document.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { catalog } from '../../shared/catalog/index.ts';
import { requirementOf } from './test-result.ts';

describe.each(catalog.requirements.map((r) => [r.id, r] as const))('%s', (id, req) => {
  it('has ja and en examples of both kinds and model clauses in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(req.examples.pass.some((e) => e.lang === lang), `pass example in ${lang}`).toBe(true);
      expect(req.modelClauses.some((e) => e.lang === lang), `model clause in ${lang}`).toBe(true);
    }
    expect(req.examples.nearMiss.length).toBeGreaterThan(0);
  });

  it.each(req.examples.pass.map((e) => [e.lang, e.text]))('satisfies (%s): %s', (_lang, text) => {
    const result = requirementOf(text, id);
    const unmet = result.tests.filter((t) => t.core && !t.met).map((t) => t.id);
    expect({ status: result.status, unmet }).toEqual({ status: 'sufficient', unmet: [] });
  });

  it.each(req.examples.nearMiss.map((e) => [e.lang, e.text]))('near-miss is not sufficient (%s): %s', (_lang, text) => {
    const result = requirementOf(text, id);
    expect(result.status).not.toBe('sufficient');
  });

  it.each(req.modelClauses.map((e) => [e.lang, e.text]))('model clause satisfies it (%s)', (_lang, text) => {
    const result = requirementOf(text, id);
    expect(result.tests.filter((t) => t.core && !t.met).map((t) => t.id)).toEqual([]);
  });
});

describe('a contract made of every model clause, one article each', () => {
  // each clause read beside all the others, as the PDF end-to-end test prints it: a pattern one requirement gains must
  // not hide another clause of the same contract
  it.each(['ja', 'en'] as const)('%s: every requirement is sufficient', (lang) => {
    const text = [lang === 'ja' ? '業務委託契約書' : 'SERVICES AGREEMENT', '', ...catalog.requirements.flatMap((r, k) => {
      const clause = r.modelClauses.find((c) => c.lang === lang);
      return clause ? [lang === 'ja' ? `第${k + 1}条（${r.title.ja}）` : `${k + 1}. ${r.title.en}`, clause.text, ''] : [];
    })].join('\n');
    expect(analyze(text).requirements.filter((r) => r.status !== 'sufficient').map((r) => `${r.id}:${r.status}`)).toEqual([]);
  });
});
