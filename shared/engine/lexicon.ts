/**
 * Compiles concept lexicons into one scanner: all literal terms in a single alternation scanned once
 * over the normalised text (the cost of a keyword scan), regular-expression terms in their own passes.
 */
import { normalize } from './normalize.ts';

export interface ConceptHit {
  start: number;
  end: number;
  concepts: readonly number[];
}

export interface ConceptScanner {
  /** Qualified concept name → numeric id. */
  ids: Map<string, number>;
  names: string[];
  scan(text: string): ConceptHit[];
}

const EN_SUFFIXES = ['', 's', 'es', 'd', 'ed', 'ing'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAsciiTerm = (t: string) => /^[\x20-\x7e]+$/.test(t);

export function normaliseTerm(term: string): string {
  return normalize(term).text.replace(/\s+/g, ' ').trim();
}

/** lexicons: qualified concept name → terms (both languages; a text may mix them). */
export function compileScanner(lexicons: Map<string, string[]>): ConceptScanner {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const literalConcepts = new Map<string, Set<number>>();
  const regexTerms: { re: RegExp; concept: number }[] = [];

  for (const [name, terms] of lexicons) {
    const id = names.length;
    ids.set(name, id);
    names.push(name);
    for (const raw of terms) {
      if (raw.startsWith('re:')) {
        regexTerms.push({ re: new RegExp(raw.slice(3), 'gu'), concept: id });
        continue;
      }
      const term = normaliseTerm(raw);
      if (!term) continue;
      let set = literalConcepts.get(term);
      if (!set) literalConcepts.set(term, (set = new Set()));
      set.add(id);
    }
  }

  // A hit on a longer term also counts for every shorter term inside it ("security incident" ⊃ "incident").
  const terms = [...literalConcepts.keys()].sort((a, b) => b.length - a.length);
  const expanded = new Map<string, readonly number[]>();
  for (const term of terms) {
    const all = new Set(literalConcepts.get(term));
    for (const inner of terms) {
      if (inner.length >= term.length) continue;
      const idx = term.indexOf(inner);
      if (idx < 0) continue;
      if (isAsciiTerm(inner) && !new RegExp(`(?:^|\\W)${escape(inner)}(?:$|\\W|s\\b|es\\b)`).test(term)) continue;
      for (const c of literalConcepts.get(inner)!) all.add(c);
    }
    expanded.set(term, [...all]);
  }

  const ascii = terms.filter(isAsciiTerm);
  const other = terms.filter((t) => !isAsciiTerm(t));
  const parts: string[] = [];
  if (ascii.length) parts.push(`\\b(?:${ascii.map(asciiPattern).join('|')})(?:s|es|d|ed|ing)?\\b`);
  if (other.length) parts.push(`(?:${other.map(escape).join('|')})`);
  const literalRe = parts.length ? new RegExp(parts.join('|'), 'g') : null;

  const lookup = (matched: string): readonly number[] | undefined => {
    const direct = expanded.get(matched);
    if (direct) return direct;
    for (const suffix of EN_SUFFIXES) {
      if (suffix && matched.endsWith(suffix)) {
        const hit = expanded.get(matched.slice(0, -suffix.length));
        if (hit) return hit;
      }
    }
    // Whitespace inside a matched phrase may differ from the term's single space.
    return expanded.get(matched.replace(/\s+/g, ' '));
  };

  return {
    ids,
    names,
    scan(text: string): ConceptHit[] {
      const hits: ConceptHit[] = [];
      if (literalRe) {
        literalRe.lastIndex = 0;
        for (let m = literalRe.exec(text); m; m = literalRe.exec(text)) {
          const concepts = lookup(m[0]);
          if (concepts) hits.push({ start: m.index, end: m.index + m[0].length, concepts });
        }
      }
      for (const { re, concept } of regexTerms) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          hits.push({ start: m.index, end: m.index + m[0].length, concepts: [concept] });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

/** Spaces in an English phrase match any run of whitespace (hard-wrapped text). */
function asciiPattern(term: string): string {
  return escape(term).replace(/ /g, '\\s+');
}
