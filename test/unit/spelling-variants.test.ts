/**
 * British and American spellings are one vocabulary: every English term of the catalog spelt the American way
 * ("authorized", "data center", "organization") is matched in its British spelling too, and the reverse for
 * "-isation" (a drafter in London or Sydney writes "sanitisation", one in Ohio "sanitization").
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../shared/catalog/index.ts';
import { compileCatalog } from '../../shared/engine/rules.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const { scanner } = compileCatalog(catalog);
const lexicons: [string, string[]][] = [
  ...Object.entries(catalog.concepts).map(([name, lex]): [string, string[]] => [name, lex.en]),
  ...catalog.requirements.flatMap((req) => Object.entries(req.concepts).map(([name, lex]): [string, string[]] => [`${req.id}/${name}`, lex.en])),
];

/** The other spelling of a term (at least three letters before -ize, so "size" and "seize" have none), or null. */
function otherSpelling(term: string): string | null {
  const other = term
    .replace(/(?<=[a-z]{3})(i|y)z(e|ed|es|ing|ation|ations)\b/g, '$1s$2')
    .replace(/(?<=[a-z]{3})is(ation|ations)\b/g, 'iz$1')
    .replace(/\bcenter(s?)\b/g, 'centre$1')
    .replace(/\bcentre(s?)\b/g, 'center$1');
  return other === term ? null : other;
}

const pairs = lexicons.flatMap(([name, terms]) => terms.filter((t) => !t.startsWith('re:')).flatMap((t) => {
  const other = otherSpelling(t);
  return other ? [{ name, term: t, other }] : [];
}));
const conceptsIn = (text: string) => new Set(scanner.scan(normalize(text).text).flatMap((h) => h.concepts.map((c) => scanner.names[c])));

describe('spelling variants', () => {
  it('has terms of both kinds to check', () => {
    expect(pairs.length).toBeGreaterThan(20);
  });

  it('matches every American term in its British spelling, and every "-isation" term in its "-ization" spelling', () => {
    const missing = pairs.filter(({ name, other }) => !conceptsIn(` ${other} `).has(name)).map(({ name, term, other }) => `${name}: "${term}" but not "${other}"`);
    expect(missing).toEqual([]);
  });
});
