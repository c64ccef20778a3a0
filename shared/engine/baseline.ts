/**
 * The keyword baseline the engine is measured against: one regular expression alternating every
 * catalog signal term, scanned once over the normalised text; any signal of a requirement present
 * ⇒ "addressed".
 */
import type { Catalog } from '../catalog/index.ts';
import { compileScanner, escapeRegExp, isAsciiTerm, normaliseTerm, phrasePattern } from './lexicon.ts';
import { normalize } from './normalize.ts';

export function compileBaseline(catalog: Catalog) {
  const lexicons = new Map<string, string[]>();
  for (const req of catalog.requirements) lexicons.set(req.id, [...req.signals.ja, ...req.signals.en]);
  const scanner = compileScanner(lexicons);
  const keywordRe = keywordRegExp(catalog);
  return {
    /** Requirement ids with at least one signal in the text. */
    addressed(text: string): Set<string> {
      const found = new Set<string>();
      for (const hit of scanner.scan(normalize(text).text)) for (const c of hit.concepts) found.add(scanner.names[c]);
      return found;
    },
    /** The keyword scan as the benchmark times it: one regular expression over already normalised text. */
    scan(normalisedText: string): number {
      keywordRe.lastIndex = 0;
      let n = 0;
      for (let m = keywordRe.exec(normalisedText); m; m = keywordRe.exec(normalisedText)) {
        if (m[0].length === 0) keywordRe.lastIndex++;
        else n++;
      }
      return n;
    },
    /** The same scan through the engine's concept scanner (what `addressed` uses). */
    scanWithScanner(normalisedText: string): number {
      return scanner.scan(normalisedText).length;
    },
  };
}


/**
 * One alternation of every signal term, longest first: English terms at word boundaries with an optional
 * suffix and flexible whitespace, other terms literally, `re:` terms as they are.
 */
function keywordRegExp(catalog: Catalog): RegExp {
  const raw = catalog.requirements.flatMap((r) => [...r.signals.ja, ...r.signals.en]);
  const terms = [...new Set(raw.filter((t) => !t.startsWith('re:')).map(normaliseTerm).filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  const ascii = terms.filter(isAsciiTerm).map(phrasePattern);
  const other = terms.filter((t) => !isAsciiTerm(t)).map(escapeRegExp);
  if (ascii.length) parts.push(`\\b(?:${ascii.join('|')})(?:s|es|d|ed|ing)?\\b`);
  if (other.length) parts.push(`(?:${other.join('|')})`);
  const regexTerms = raw.filter((t) => t.startsWith('re:')).map((t) => `(?:${t.slice(3)})`);
  parts.push(...regexTerms);
  return new RegExp(parts.length ? parts.join('|') : '(?!)', regexTerms.length ? 'gu' : 'g');
}
