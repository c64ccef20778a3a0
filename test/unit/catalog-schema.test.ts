/** The catalog is validated at load: a malformed rule is an error naming the rule and the field. */
import { describe, expect, it } from 'vitest';
import { catalog, loadCatalog } from '../../shared/catalog/index.ts';
import { analyze } from '../../shared/engine/analyze.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { RuleError, isOneGroup, namedConditions, namedFragments, parseFragments } from '../../shared/catalog/schema.ts';

const base = structuredClone(catalog.requirements.find((r) => r.id === 'ACCESS-CONTROL')!);
const variant = (patch: (r: Record<string, unknown>) => void) => {
  const r = structuredClone(base) as unknown as Record<string, unknown>;
  r.id = 'HOUSE-RULE';
  patch(r);
  return r;
};

function ruleError(input: unknown): RuleError {
  try {
    loadCatalog({ requirements: [input] });
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('the rule was accepted');
}

describe('catalog validation at load', () => {
  it('holds the 45 requirements of the reference catalog, each with ja/en text and references', () => {
    expect(catalog.requirements).toHaveLength(45);
    for (const r of catalog.requirements) {
      expect(r.title.ja).not.toMatch(/TODO/);
      expect(r.why.ja, r.id).not.toMatch(/TODO/);
      expect(r.why.en, r.id).not.toMatch(/TODO/);
      for (const t of r.tests) expect(t.title.ja, `${r.id}/${t.id}`).not.toMatch(/TODO/);
      expect(r.references.length, r.id).toBeGreaterThan(0);
    }
  });

  it('names the rule and the field of a bad enum value', () => {
    const e = ruleError(variant((r) => { r.stage = 'S9'; }));
    expect(e.ruleId).toBe('HOUSE-RULE');
    expect(e.field).toBe('stage');
    expect(e.message).toMatch(/^HOUSE-RULE: stage: /);
  });

  it('names a nested field of a sufficiency test', () => {
    const e = ruleError(variant((r) => { (r.tests as { core: unknown }[])[1].core = 'yes'; }));
    expect(e.field).toBe('tests.1.core');
  });

  it('rejects a condition naming an unknown concept', () => {
    const e = ruleError(variant((r) => { r.match = { sentence: { all: ['access', 'no-such-concept'] } }; }));
    expect(e.field).toBe('match.sentence.all.1');
    expect(e.message).toContain('no-such-concept');
  });

  it('checks the concepts of a lead condition too', () => {
    const e = ruleError(variant((r) => { r.match = { sentence: { all: ['access', { lead: 'no-such-lead' }] } }; }));
    expect(e.field).toBe('match.sentence.all.1.lead');
  });

  it('reads a named condition (conditions.json) where a rule uses one, as if written out', () => {
    const loaded = loadCatalog({ requirements: [variant((r) => {
      (r.match as Record<string, unknown>).exclude = { any: [{ use: 'commits-nothing-here' }, 'defining-phrase'] };
    })] });
    const rule = loaded.requirements.find((r) => r.id === 'HOUSE-RULE')!;
    expect(rule.match.exclude).toEqual({ any: [namedConditions['commits-nothing-here'], 'defining-phrase'] });
    expect(JSON.stringify(rule.match.exclude)).not.toContain('"use"');
  });

  it('rejects a use of an unknown named condition, naming the field', () => {
    const e = ruleError(variant((r) => { (r.match as Record<string, unknown>).exclude = { any: ['user-side', { use: 'no-such-condition' }] }; }));
    expect(e.field).toBe('match.exclude.any.1');
    expect(e.message).toContain('no-such-condition');
  });

  it('rejects a lexicon language other than ja and en (a term list put under a typo)', () => {
    const e = ruleError(variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access['access control'] = ['rbac']; }));
    expect(e.field).toMatch(/^concepts\.access/);
  });

  it('rejects a term holding a control character (a word boundary written with one backslash in JSON is a backspace)', () => {
    const e = ruleError(variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\bfirewall\b'); }));
    expect(e.field).toMatch(/^concepts\.access\.en\.\d+$/);
    expect(e.message).toContain('backspace');
  });

  it('rejects a regular expression with an upper-case letter (the text is lower-cased), but not an escape or range', () => {
    const e = ruleError(variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\\bset\\s+out\\s+in\\s+the\\s+MSA\\b'); }));
    expect(e.field).toMatch(/^concepts\.access\.en\.\d+$/);
    expect(e.message).toContain('upper-case');
    expect(() => loadCatalog({ requirements: [variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\\bid\\s+[A-Z0-9]\\S+\\p{Lu}?'); })] })).not.toThrow();
  });

  it('rejects a regular expression with a literal space (it misses a wrapped line), but not one inside a character class', () => {
    const e = ruleError(variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\\bwithin\\s+\\d+\\s+working days\\b'); }));
    expect(e.field).toMatch(/^concepts\.access\.en\.\d+$/);
    expect(e.message).toContain('\\s+');
    expect(() => loadCatalog({ requirements: [variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\\bid[ \\t]+\\d+\\ cards?'); })] })).not.toThrow();
  });

  it('rejects a regular expression that reads across lines without bound (a long table made quadratic), but not a bounded one', () => {
    const push = (term: string) => variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push(term); });
    for (const term of ['re:[|\\t]\\s*c(?![^\\n]*(?:\\n[^\\n]*)+\\|\\s*pc)', 're:\\bc\\s*=\\s*could\\b[\\s\\S]{0,8000}\\|\\s*c\\b']) {
      const e = ruleError(push(term));
      expect(e.field, term).toMatch(/^concepts\.access\.en\.\d+$/);
      expect(e.message).toContain('across lines');
    }
    for (const term of ['re:(?<=(?:^|\\n)[ \\t#*]*)access\\s+log', 're:\\baccess\\b[\\s\\S]{0,200}?\\breview\\b', 're:\\(\\s*access\\s*\\)']) {
      expect(() => loadCatalog({ requirements: [push(term)] }), term).not.toThrow();
    }
  });

  it('reads a named fragment (fragments.json) where a pattern names one, as if written out', () => {
    const term = 're:\\bas\\s+needed\\b(?&not-under-work-order)';
    const loaded = loadCatalog({ requirements: [variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push(term); })] });
    const terms = loaded.requirements.find((r) => r.id === 'HOUSE-RULE')!.concepts.access.en;
    expect(terms).toContain(`re:\\bas\\s+needed\\b${namedFragments['not-under-work-order']}`);
    expect(terms.some((t) => t.includes('(?&'))).toBe(false);
  });

  it('rejects a pattern naming an unknown fragment, naming the field and the fragment', () => {
    const e = ruleError(variant((r) => { (r.concepts as Record<string, Record<string, string[]>>).access.en.push('re:\\baccess\\b(?&no-such-fragment)'); }));
    expect(e.field).toMatch(/^concepts\.access\.en\.\d+$/);
    expect(e.message).toContain('no-such-fragment');
  });

  it('rejects a fragment that is not one group, names a later fragment, or would fail a pattern check', () => {
    expect(() => parseFragments({ a: { note: 'n', re: '(?:x)|(?:y)' } })).toThrow(/fragments\.json: a: .*one group/);
    expect(() => parseFragments({ a: { note: 'n', re: '(?:x(?&b))' }, b: { note: 'n', re: '(?:y)' } })).toThrow(/not written above/);
    expect(() => parseFragments({ a: { note: 'n', re: '(?:MSA)' } })).toThrow(/upper-case/);
    expect(() => parseFragments({ a: { note: 'n', re: '(?:working days)' } })).toThrow(/literal space/);
    expect(() => parseFragments({ 'A b': { note: 'n', re: '(?:x)' } })).toThrow(/lower-case words/);
    expect(parseFragments({ a: { note: 'n', re: '(?:x)' }, b: { note: 'n', re: '(?!(?&a)\\b)' } }).b).toBe('(?!(?:x)\\b)');
  });

  it('tells one group from several: a fragment must not let an alternation reach past its reference', () => {
    for (const source of ['(?:a|b)', '(?!x(y)z)', '(?<![)(])', '(\\)|\\()']) expect(isOneGroup(source), source).toBe(true);
    for (const source of ['(a)|(b)', 'a(b)', '(a)b', '(?:a', '[(](a)']) expect(isOneGroup(source), source).toBe(false);
  });

  it('uses every named fragment in some catalog pattern (none left behind by an edit)', () => {
    const dir = new URL('../../shared/catalog/', import.meta.url);
    const files = [...readdirSync(new URL('requirements/', dir)).filter((f) => f.endsWith('.json')).map((f) => new URL(`requirements/${f}`, dir)),
      new URL('concepts.json', dir), new URL('fragments.json', dir)];
    const sources = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of Object.keys(namedFragments)) expect(sources, name).toContain(`(?&${name})`);
  });

  it('writes no key twice in an object of a catalog file (JSON keeps the last one silently: two merged edits lose one)', () => {
    /** The keys written twice in one object of a JSON text. */
    const repeatedKeys = (json: string): string[] => {
      const objects: (Set<string> | null)[] = [];
      const repeated: string[] = [];
      for (let i = 0; i < json.length; i++) {
        const c = json[i];
        if (c === '{') objects.push(new Set());
        else if (c === '[') objects.push(null);
        else if (c === '}' || c === ']') objects.pop();
        else if (c === '"') {
          const start = i;
          for (i++; json[i] !== '"'; i++) if (json[i] === '\\') i++;
          const keys = objects[objects.length - 1];
          if (keys && /^\s*:/.test(json.slice(i + 1, i + 8))) {
            const key = json.slice(start + 1, i);
            if (keys.has(key)) repeated.push(key);
            keys.add(key);
          }
        }
      }
      return repeated;
    };
    expect(repeatedKeys('{"a": {"b": 1, "c": [{"b": 2}]}, "d": "a"}')).toEqual([]);
    expect(repeatedKeys('{"a": {"b": 1}, "x": {"b": 2, "b": 3}, "a": 4}')).toEqual(['b', 'a']);
    const dir = new URL('../../shared/catalog/', import.meta.url);
    const files = [...readdirSync(new URL('requirements/', dir)).filter((f) => f.endsWith('.json')).map((f) => `requirements/${f}`),
      ...readdirSync(dir).filter((f) => f.endsWith('.json'))];
    for (const f of files) expect(repeatedKeys(readFileSync(new URL(f, dir), 'utf8')), f).toEqual([]);
  });

  it('keeps every requirement file in one layout (one array element per line), so additions merge line by line', () => {
    const dir = new URL('../../shared/catalog/requirements/', import.meta.url);
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const written = readFileSync(new URL(f, dir), 'utf8');
      expect(written === `${JSON.stringify(JSON.parse(written), null, 2)}\n`, f).toBe(true);
    }
  });

  it('rejects a term listed twice in one concept, naming it, but not the same term in two concepts', () => {
    const e = ruleError(variant((r) => { const access = (r.concepts as Record<string, Record<string, string[]>>).access; access.en.push(access.en[0]); }));
    expect(e.field).toBe('concepts.access.en');
    expect(e.message).toContain('twice');
    expect(() => loadCatalog({ requirements: [variant((r) => { const concepts = r.concepts as Record<string, Record<string, string[]>>; concepts.extra = { en: [concepts.access.en[0]] }; })] })).not.toThrow();
  });

  it('rejects a rule without examples of both kinds', () => {
    const e = ruleError(variant((r) => { r.examples = { pass: [], nearMiss: [] }; }));
    expect(e.field).toMatch(/^examples\./);
  });

  it('rejects a lower-case id', () => {
    expect(ruleError(variant((r) => { r.id = 'house rule'; })).field).toBe('id');
  });

  it('gives a concept the terms of the concepts it includes, its own first, then shared ones', () => {
    const rule = variant((r) => {
      r.concepts = {
        escrow: { en: ['source code escrow'] },
        deposit: { en: ['deposit agreement'], include: ['escrow'] },
        'deposit-with-buyer': { include: ['deposit', 'outsourcer'] },
      };
      r.match = { sentence: 'deposit-with-buyer' };
      r.tests = [{ id: 'deposit', core: true, title: { ja: '寄託', en: 'Deposit' }, found: 'deposit' }];
    });
    const loaded = loadCatalog({ requirements: [rule] });
    const concepts = loaded.requirements.find((r) => r.id === 'HOUSE-RULE')!.concepts;
    expect(concepts.deposit.en).toEqual(['deposit agreement', 'source code escrow']);
    expect(concepts['deposit-with-buyer'].en).toEqual(expect.arrayContaining(['deposit agreement', 'source code escrow', ...catalog.concepts.outsourcer.en]));
    const report = analyze('Services Agreement\n\n7. The Supplier shall keep the source code in escrow under a source code escrow arrangement.', { catalog: loaded });
    expect(report.requirements.find((r) => r.id === 'HOUSE-RULE')!.status).not.toBe('missing');
  });

  it('rejects an include naming an unknown concept, and a concept that includes itself', () => {
    const unknown = ruleError(variant((r) => { r.concepts = { deposit: { en: ['deposit'], include: ['no-such-concept'] } }; }));
    expect(unknown.field).toBe('concepts.deposit.include.0');
    expect(unknown.message).toContain('no-such-concept');
    const cycle = ruleError(variant((r) => { r.concepts = { a: { en: ['alpha'], include: ['b'] }, b: { en: ['beta'], include: ['a'] } }; }));
    expect(cycle.message).toMatch(/includes itself/);
  });

  it('adds a valid rule and lets it replace a built-in one by id', () => {
    const added = loadCatalog({ requirements: [variant(() => {})] });
    expect(added.requirements.map((r) => r.id)).toContain('HOUSE-RULE');
    const replaced = loadCatalog({ requirements: [{ ...structuredClone(base), severity: 'low' }] });
    expect(replaced.requirements).toHaveLength(45);
    expect(replaced.requirements.find((r) => r.id === 'ACCESS-CONTROL')!.severity).toBe('low');
  });
});
