/**
 * The keyword baseline the engine is measured against: one regular expression alternating every
 * catalog signal term, scanned once over the normalised text; any signal of a requirement present
 * ⇒ "addressed".
 */
import type { Catalog } from '../catalog/index.ts';
import { compileScanner } from './lexicon.ts';
import { normalize } from './normalize.ts';

export function compileBaseline(catalog: Catalog) {
  const lexicons = new Map<string, string[]>();
  for (const req of catalog.requirements) lexicons.set(req.id, [...req.signals.ja, ...req.signals.en]);
  const scanner = compileScanner(lexicons);
  return {
    /** Requirement ids with at least one signal in the text. */
    addressed(text: string): Set<string> {
      const found = new Set<string>();
      for (const hit of scanner.scan(normalize(text).text)) for (const c of hit.concepts) found.add(scanner.names[c]);
      return found;
    },
    /** The scan alone, on already normalised text (for the benchmark). */
    scan(normalisedText: string): number {
      return scanner.scan(normalisedText).length;
    },
  };
}
