/**
 * Compiles concept lexicons into one scanner. Literal terms go into two tries walked once over the
 * normalised text (the cost of a keyword scan): English-like (ASCII) terms match at word boundaries,
 * with an optional suffix (s, es, d, ed, ing) and any run of whitespace where the term has a space;
 * other terms (Japanese, mixed) match literally anywhere. At each position the longest matching term
 * wins; terms that overlap a hit (start inside it, end past it) are hits too, so one rule's term never
 * hides another rule's. Regular-expression terms (`re:`) run in their own passes: over the whole text in
 * `scan`, or lazily per sentence through concept-sets.ts, where the probes (literals every match contains)
 * found in the same walk as the literal terms decide most sentences without a search.
 */
import { isSpaceCode, isWordCode, normalizedText } from './normalize.ts';
import { requiredLiteralSets, type RequiredLiteral } from './pattern-literals.ts';
import { FlatTrie, pairHash } from './trie.ts';

export { isSpaceCode };

export interface ConceptHit {
  start: number;
  end: number;
  concepts: readonly number[];
}

/**
 * Hits in flat arrays (sorted by start): a document yields hundreds of thousands, and one object per hit
 * would cost more in allocation than the scan itself.
 */
export class HitList {
  // small at first: many scans are of a short text (a definition, a term); a whole document doubles it a few times
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Per hit, the index of its concepts (or, for probes, its patterns) in `lists`: numbers, not references, for the garbage collector's sake. */
  listIds = new Int32Array(64);
  length = 0;

  constructor(readonly lists: readonly (readonly number[] | null)[]) {}

  push(start: number, end: number, listId: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.listIds = grow(this.listIds);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.listIds[this.length] = listId;
    this.length++;
  }

  /** The concepts (or patterns) of hit k. */
  at(k: number): readonly number[] {
    return this.lists[this.listIds[k]]!;
  }
}

export interface ConceptScanner {
  /** Qualified concept name → numeric id. */
  ids: Map<string, number>;
  names: string[];
  /** Every hit: literal terms, then each regular-expression term over the whole text; sorted by start. */
  scan(text: string): ConceptHit[];
  /** The literal terms' hits only (one pass); regular-expression terms are left to {@link patterns}. */
  scanLiterals(text: string): HitList;
  /** Every regular-expression term (global, Unicode) with its concept. */
  patterns: readonly PatternTerm[];
  /**
   * The literal terms' hits, and those of the probes: literals of which every match of a pattern contains one (see
   * pattern-literals.ts), for `patterns` and for the extra patterns the scanner was compiled with; in one pass.
   */
  scanText(text: string): { literals: HitList; patterns: ProbeHits; extra: ProbeHits };
}

/**
 * The probes of a group of patterns found in a text. A pattern has up to a few probe sets, lists of literals of which
 * every match contains one from each; each hit names the sets its literal belongs to. A pattern with probe sets
 * cannot match where one of them has no hit.
 */
export interface ProbeHits {
  hits: HitList;
  /** Per probe set, its pattern (an index into the group) and its bit in the pattern's mask. */
  patternOf: Int32Array;
  maskOf: Uint8Array;
  /** Per pattern, the bits of all its probe sets (0: none, the pattern has no probes). */
  fullMaskOf: Uint8Array;
}

export interface PatternTerm {
  re: RegExp;
  concept: number;
  probed: boolean;
}

const EN_SUFFIXES = ['', 's', 'es', 'd', 'ed', 'ing'];
/** The ASCII code units of whitespace (a term's space matches any run of them). */
const ASCII_SPACES = Array.from({ length: 128 }, (_, c) => c).filter(isSpaceCode);
/** Printable ASCII only: an English-like term (word boundaries, suffixes, flexible spaces). */
export const isAsciiTerm = (t: string): boolean => /^[\x20-\x7e]+$/.test(t);

export function normaliseTerm(term: string): string {
  return normalizedText(term).replace(/\s+/g, ' ').trim();
}

/** The concepts a term gives where it stands alone (markers such as modality aside), or undefined when no term is it. */
export function termConcepts(scanner: Pick<ConceptScanner, 'scanLiterals' | 'names'>, term: string): number[] | undefined {
  const t = normaliseTerm(term);
  const hits = scanner.scanLiterals(t);
  for (let k = 0; k < hits.length; k++) {
    if (hits.starts[k] === 0 && hits.ends[k] === t.length) return hits.at(k).filter((c) => !scanner.names[c].startsWith('@'));
  }
  return undefined;
}

/**
 * Forms of an English term's last word that the suffix rule (s, es, d, ed, ing) does not reach because
 * the stem changes: store → storing, notify → notified / notifies, submit → submitted / submitting.
 * Doubling is offered for every consonant-vowel-consonant ending; a form that English never writes
 * ("auditted") simply never occurs.
 */
export function spellingChanges(term: string): string[] {
  if (/[^aeiou]y$/.test(term)) return [`${term.slice(0, -1)}ied`, `${term.slice(0, -1)}ies`];
  if (/[a-z][^aeiou]e$/.test(term)) return [`${term.slice(0, -1)}ing`];
  const last = /(?:^|[^a-z]|[^aeiou])[aeiou]([bdgklmnprt])$/.exec(term);
  if (last && /[a-z]{3}$/.test(term)) return [`${term}${last[1]}ed`, `${term}${last[1]}ing`];
  return [];
}

/** Kana that official style (公用文) leaves out between two kanji: 取り扱い → 取扱い, 引き渡し → 引渡し, 立ち入り → 立入り. */
const OKURIGANA = /(?<=\p{Script=Han})[りきけしちみいえじげつれわね](?=\p{Script=Han})/gu;

/** A Japanese term with its okurigana left out, each one or several at once (at most three places). */
export function okuriganaDropped(term: string): string[] {
  const places = [...term.matchAll(OKURIGANA)].map((m) => m.index);
  if (places.length === 0 || places.length > 3) return [];
  const forms: string[] = [];
  for (let subset = 1; subset < 1 << places.length; subset++) {
    forms.push(term.split('').filter((_, i) => !places.some((p, k) => p === i && (subset & (1 << k)) !== 0)).join(''));
  }
  return forms;
}

/** Godan verb endings: the continuative form (見直し, 除き, 従い) and the plain form (見直す, 除く, 従う). */
const CONTINUATIVE_TO_PLAIN: Record<string, string> = { し: 'す', き: 'く', ぎ: 'ぐ', ち: 'つ', り: 'る', み: 'む', び: 'ぶ', い: 'う' };
const PLAIN_TO_CONTINUATIVE = Object.fromEntries(Object.entries(CONTINUATIVE_TO_PLAIN).map(([c, p]) => [p, c]));
const VERB_END = /(?<=\p{Script=Han})[しきぎちりみびいすくぐつるむぶう]$/u;

/**
 * A Japanese term with okurigana left out, and a verb term in its other form: 「見直し」 also finds
 * 「見直す」, 「取り扱う」 also 「取扱い」. Forms that Japanese never writes (「写す」 for a noun) never occur.
 */
function japaneseForms(term: string): string[] {
  const forms = [term, ...okuriganaDropped(term)];
  for (const form of [...forms]) {
    const end = VERB_END.exec(form)?.[0];
    const other = end === undefined ? undefined : CONTINUATIVE_TO_PLAIN[end] ?? PLAIN_TO_CONTINUATIVE[end];
    if (other !== undefined) forms.push(form.slice(0, -1) + other);
  }
  return forms;
}

/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal phrase as a regular-expression source whose spaces match `space`. */
const phraseWith = (space: string) => (s: string): string => escapeRegExp(s).replace(/ /g, space);

/** A literal phrase as a regular-expression source whose spaces match any run of whitespace (a line break too). */
export const phrasePattern = phraseWith('\\s+');

/**
 * The phrases as one alternation, longest first (an alternation takes the first that matches, not the longest); their
 * spaces match any whitespace, or `space` ('[ \\t]+': on one line).
 */
export const phraseAlternation = (phrases: readonly string[], space = '\\s+'): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(phraseWith(space)).join('|');

/** phraseAlternation of catalog terms as written in the data (normalised first, as the text is). */
export const termAlternation = (terms: readonly string[], space?: string): string => phraseAlternation(terms.map(normaliseTerm), space);

/** lexicons: qualified concept name → terms (both languages; a text may mix them). */
/**
 * `extra`: patterns of another matcher (the vagueness signals') whose probes are found in the same walk as the
 * concepts' (a walk of every position costs more than a bigger trie).
 */
export function compileScanner(lexicons: Map<string, string[]>, extra: readonly PatternTerm[] = []): ConceptScanner {
  const ids = new Map<string, number>();
  const names: string[] = [];
  // term → its concepts in id order (arrays, not sets: there are tens of thousands)
  const literalConcepts = new Map<string, number[]>();
  const patterns: PatternTerm[] = [];

  for (const [name, terms] of lexicons) {
    const id = names.length;
    ids.set(name, id);
    names.push(name);
    for (const raw of terms) {
      if (raw.startsWith('re:')) {
        let re: RegExp;
        try {
          re = new RegExp(raw.slice(3), 'gu');
        } catch (e) {
          throw new Error(`concept ${name}: invalid regular expression term ${JSON.stringify(raw)}: ${(e as Error).message}`);
        }
        patterns.push({ re, concept: id, probed: false });
        continue;
      }
      const term = normaliseTerm(raw);
      if (!term) continue;
      const forms = name.startsWith('@') ? [term] : isAsciiTerm(term) ? [term, ...spellingChanges(term)] : japaneseForms(term);
      for (const form of forms) {
        const concepts = literalConcepts.get(form);
        if (!concepts) literalConcepts.set(form, [id]);
        else if (concepts[concepts.length - 1] !== id) concepts.push(id);
      }
    }
  }

  // A hit on a longer term also counts for every shorter term inside it ("security incident" ⊃ "incident");
  // an English term only as a whole word (optionally plural) of the longer one.
  const terms = [...literalConcepts.keys()].sort((a, b) => b.length - a.length);
  const inner = innerTermFinder(terms);
  const expanded = new Map<string, readonly number[]>();
  // Markers (concepts named "@…", such as modality) are the exception: a marker term decides its own marker,
  // so 「することができる」 (@permission) does not also count as the 「すること」 inside it (@obligation).
  const isMarker = (c: number) => names[c].startsWith('@');
  // So does a marker term inside a longer term for the markers inside it: in 「アクセスできる者」 the
  // 「できる者」 (@qualifier: persons who can) keeps the 「できる」 in it from making a permission.
  const markerTerms = new Set<string>();
  for (const [term, concepts] of literalConcepts) for (const c of concepts) if (isMarker(c)) markerTerms.add(term);
  // the term whose list a concept was last added to (a set per term would cost more than the rest of the loop)
  const addedFor = new Int32Array(names.length).fill(-1);
  terms.forEach((term, rank) => {
    const all = [...literalConcepts.get(term)!];
    expanded.set(term, all);
    // Shorter terms in the order of `terms` (longest first), as a nested loop over `terms` would add them.
    const found = inner(term).filter((o) => o.term.length < term.length);
    if (found.length === 0) return;
    for (const c of all) addedFor[c] = rank;
    const markerTerm = markerTerms.has(term);
    found.sort((a, b) => a.rank - b.rank);
    const markerSpans = found.filter((o) => markerTerms.has(o.term));
    const insideMarker = (o: InnerTerm) => markerSpans.some((m) => m.start <= o.start && m.end >= o.end && m.end - m.start > o.end - o.start);
    for (const o of found) {
      for (const c of literalConcepts.get(o.term)!) {
        if (addedFor[c] === rank || (isMarker(c) && (markerTerm || insideMarker(o)))) continue;
        addedFor[c] = rank;
        all.push(c);
      }
    }
  });

  // The ASCII terms share one trie with the probes of the patterns (see `probeLiterals`): one walk of the text finds
  // both, and a word's path through the trie is followed once for both. The other terms (Japanese, mixed) have a
  // trie of their own, matched literally.
  const probeGroups = probeLiterals([patterns, extra]);
  const entries = new Map<string, ScanTerm>();
  for (const term of terms) if (isAsciiTerm(term)) entries.set(term, { literal: expanded.get(term)!, probe: null });
  for (const [text, probe] of probeGroups.literals) {
    const entry = entries.get(text);
    if (entry) entry.probe = probe;
    else entries.set(text, { literal: null, probe });
  }
  const trie = new FlatTrie([...entries].map(([term, value]) => ({ term, value })), true);
  const nodes = trie.values.length;
  const other = new FlatTrie(terms.filter((t) => !isAsciiTerm(t)).map((term) => ({ term, value: expanded.get(term)! })));
  // A literal hit's list id: its term node, the shared trie's nodes first, then the other trie's nodes.
  const otherPairs = other.pairFilter();
  const literalOf = trie.values.map((value) => value?.literal ?? null);
  const literalLists = [...literalOf, ...other.values];
  // per group, the probe sets of a hit at a word start (node) and of one inside a word (nodes + node); null: none
  const probeListsOf = probeGroups.sets.map((_, group) => {
    const lists: (number[] | null)[] = new Array(2 * nodes).fill(null);
    trie.values.forEach((value, node) => {
      if (value?.probe == null) return;
      const anywhere = value.probe.anywhere[group];
      const all = [...anywhere, ...value.probe.wordStart[group]];
      if (all.length > 0) lists[node] = all;
      if (anywhere.length > 0) lists[nodes + node] = anywhere;
    });
    return lists;
  });
  const isProbe = Uint8Array.from(trie.values, (value) => (value?.probe == null ? 0 : 1));
  const asciiPair = trie.asciiPairTable();
  const pairs = trie.pairFilter();
  const { insideWordPair } = probeGroups;

  // Scratch buffers for the literal terms ending along one walk (at most the longest term's length).
  const maxDepth = terms.reduce((m, t) => Math.max(m, t.length), 0) + 1;
  const endNodes = new Int32Array(maxDepth);
  const endAt = new Int32Array(maxDepth);

  const wordAt = (text: string, i: number) => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
  const boundary = (text: string, i: number) => wordAt(text, i - 1) !== wordAt(text, i);

  /**
   * End of a term ending at e with the first of the suffixes s, es, d, ed, ing, or none (the order a greedy
   * regular expression tries them) that ends at a word boundary; -1 when none does.
   */
  const suffixEnd = (text: string, e: number): number => {
    const c0 = text.charCodeAt(e);
    const c1 = text.charCodeAt(e + 1);
    if (c0 === 115 && boundary(text, e + 1)) return e + 1;
    if (c0 === 101 && c1 === 115 && boundary(text, e + 2)) return e + 2;
    if (c0 === 100 && boundary(text, e + 1)) return e + 1;
    if (c0 === 101 && c1 === 100 && boundary(text, e + 2)) return e + 2;
    if (c0 === 105 && c1 === 110 && text.charCodeAt(e + 2) === 103 && boundary(text, e + 3)) return e + 3;
    return boundary(text, e) ? e : -1;
  };

  /** The node after `node` through text[i] (a whitespace run through its space), and where the walk goes on. */
  let after = 0;
  const step = (text: string, node: number, i: number): number => {
    const c = text.charCodeAt(i);
    const space = trie.space[node];
    if (space !== 0 && isSpaceCode(c)) {
      // \s+ is greedy, and a term's space is always followed by a non-space: take the whole run.
      // (Terms hold no other whitespace: normaliseTerm collapses it to single spaces.)
      let j = i + 1;
      while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      after = j;
      return space;
    }
    after = i + 1;
    return trie.child(node, c);
  };

  /**
   * Literal terms and probes in one walk. Literal terms: at each position the longest one wins (an ASCII term at a
   * word boundary, with an optional suffix), and a term starting inside a hit counts only when it reaches past it
   * (an overlap: one rule's term never hides another's; a term wholly inside a hit is already credited through the
   * longer term's expansion). Probes: every occurrence, inside a word only those that may start there. Without
   * `probeHits`, literal terms only.
   */
  const walk = (text: string, probeHits: HitList[] | null): HitList => {
    const hits = new HitList(literalLists);
    const n = text.length;
    let covered = 0;
    let insideWord = false; // whether text[p - 1] is a word character
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      const wordCode = isWordCode(c);
      const wordBefore = insideWord;
      const inside = wordBefore && wordCode;
      insideWord = wordCode;
      // Inside a word no literal term starts (English terms, nor mixed ones that start in ASCII: ipアドレス, 2要素認証),
      // and few probes do.
      if (inside && (probeHits === null || (p + 1 < n && text.charCodeAt(p + 1) < 128 && insideWordPair[(c << 7) | text.charCodeAt(p + 1)] === 0))) continue;
      const first = trie.rootChild[c];
      const literals = !inside && c < 128 && wordCode !== wordBefore;
      let found = 0;
      if (first !== 0 && (literals || probeHits !== null)) {
        const offset = inside ? nodes : 0;
        let node = first;
        let i = p + 1;
        if (i < n) {
          if (literals && literalOf[first] !== null) { endNodes[found] = first; endAt[found] = i; found++; }
          if (probeHits !== null && isProbe[first] === 1) pushProbe(probeHits, p, i, offset + first);
          const c1 = text.charCodeAt(i);
          if (trie.space[first] !== 0 && isSpaceCode(c1)) {
            node = step(text, first, i);
            i = after;
          } else {
            node = (c | c1) < 128 ? asciiPair[(c << 7) | c1] : pairs[pairHash(c, c1)] !== 0 ? trie.child(first, c1) : 0;
            i++;
          }
        }
        while (node !== 0) {
          if (literals && literalOf[node] !== null) { endNodes[found] = node; endAt[found] = i; found++; }
          if (probeHits !== null && isProbe[node] === 1) pushProbe(probeHits, p, i, offset + node);
          if (i >= n) break;
          node = step(text, node, i);
          i = after;
        }
      }
      if (inside) continue;
      // The longest ASCII term with its suffix.
      let asciiEnd = -1;
      let asciiNode = 0;
      for (let k = found - 1; k >= 0; k--) {
        const end = suffixEnd(text, endAt[k]);
        if (end >= 0) {
          asciiEnd = end;
          asciiNode = endNodes[k];
          break;
        }
      }
      // a Japanese term of one character, or one whose first two characters are here (most starts are not)
      const otherFirst = other.rootChild[c];
      const otherNode = otherFirst === 0 ? 0
        : p + 1 < n && otherPairs[pairHash(c, text.charCodeAt(p + 1))] !== 0 ? other.longestAt(text, p, n)
          : other.values[otherFirst] !== null ? otherFirst : 0;
      // The longer of the two terms at p: 「IDを」 (mixed) over "id" (English).
      const otherEnd = otherNode !== 0 ? p + other.depth[otherNode] : -1;
      const end = Math.max(asciiEnd, otherEnd);
      if (end > p && end > covered) {
        hits.push(p, end, otherEnd > asciiEnd ? nodes + otherNode : asciiNode);
        covered = end;
      }
    }
    return hits;
  };
  /** A probe hit for every group whose probe sets the node (`nodes + node` inside a word) holds. */
  const pushProbe = (probeHits: HitList[], start: number, end: number, list: number) => {
    for (let group = 0; group < probeHits.length; group++) if (probeListsOf[group][list] !== null) probeHits[group].push(start, end, list);
  };

  const scanLiterals = (text: string): HitList => walk(text, null);
  const scanText = (text: string) => {
    const probeHits = probeListsOf.map((lists) => new HitList(lists));
    const literals = walk(text, probeHits);
    return { literals, patterns: { hits: probeHits[0], ...probeGroups.sets[0] }, extra: { hits: probeHits[1], ...probeGroups.sets[1] } };
  };

  return {
    ids,
    names,
    patterns,
    scanLiterals,
    scanText,
    scan(text: string): ConceptHit[] {
      const literals = scanLiterals(text);
      const hits: ConceptHit[] = Array.from({ length: literals.length }, (_, k) => ({ start: literals.starts[k], end: literals.ends[k], concepts: literals.at(k) }));
      const literalCount = hits.length;
      for (const { re, concept } of patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          hits.push({ start: m.index, end: m.index + m[0].length, concepts: [concept] });
        }
      }
      if (hits.length === literalCount) return hits;
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

/** A term of the shared trie: an ASCII literal term's concepts, and the probe sets of a probe literal, per group. */
interface ScanTerm {
  literal: readonly number[] | null;
  probe: ProbeLists | null;
}
/** Per group of patterns, the probe sets a literal belongs to: wherever it starts, and only where it starts a word. */
interface ProbeLists {
  anywhere: number[][];
  wordStart: number[][];
}

/**
 * The probes of groups of patterns (those with required literals are marked `probed`): every occurrence of each
 * literal is a hit, naming the group's probe sets it belongs to (numbered within the group, see ProbeHits). A probe's
 * space matches any run of whitespace, as the pattern's `\s+` does. Inside a word only the probes that may start there
 * are looked for (most follow `\b`): in English text that skips most positions; `insideWordPair` marks their first
 * two code units (ASCII).
 */
function probeLiterals(groups: readonly (readonly PatternTerm[])[]): {
  literals: Map<string, ProbeLists>; sets: Omit<ProbeHits, 'hits'>[]; insideWordPair: Uint8Array;
} {
  const literals = new Map<string, ProbeLists>();
  // (a pattern a few requirements share is read once)
  const setsOfSource = new Map<string, RequiredLiteral[][]>();
  const sets = groups.map((patterns, group) => {
    const patternOf: number[] = [];
    const maskOf: number[] = [];
    const fullMaskOf = new Uint8Array(patterns.length);
    patterns.forEach((pattern, index) => {
      let literalSets = setsOfSource.get(pattern.re.source);
      if (!literalSets) setsOfSource.set(pattern.re.source, (literalSets = requiredLiteralSets(pattern.re.source)));
      pattern.probed = literalSets.length > 0;
      literalSets.forEach((required, k) => {
        const set = patternOf.length;
        patternOf.push(index);
        maskOf.push(1 << k);
        fullMaskOf[index] |= 1 << k;
        for (const { text, wordStart } of required) {
          let lists = literals.get(text);
          if (!lists) literals.set(text, (lists = { anywhere: groups.map(() => []), wordStart: groups.map(() => []) }));
          (wordStart ? lists.wordStart : lists.anywhere)[group].push(set);
        }
      });
    });
    return { patternOf: Int32Array.from(patternOf), maskOf: Uint8Array.from(maskOf), fullMaskOf };
  });
  // the first two code units (ASCII) of the probes that may start inside a word, a space standing for any whitespace
  const insideWordPair = new Uint8Array(128 * 128);
  for (const [text, lists] of literals) {
    if (!lists.anywhere.some((patterns) => patterns.length > 0)) continue;
    const c0 = text.charCodeAt(0);
    const c1 = text.charCodeAt(1);
    if (c0 >= 128 || c1 >= 128) continue;
    // (a probe of one character: after it, anything)
    const next = text.length === 1 ? Array.from({ length: 128 }, (_, c) => c) : c1 === 32 ? ASCII_SPACES : [c1];
    for (const c of next) insideWordPair[(c0 << 7) | c] = 1;
  }
  return { literals, sets, insideWordPair };
}

/** An occurrence of a shorter term inside a term: text[start, end) of the longer one. */
interface InnerTerm {
  term: string;
  /** Its index in the terms the finder was made of. */
  rank: number;
  start: number;
  end: number;
}

/**
 * Returns a function listing the occurrences of the terms inside a given term: anywhere for non-ASCII
 * terms, and for ASCII terms where `(?:^|\W)inner(?:s|es|d|ed|ing)?(?:$|\W)` would match.
 */
function innerTermFinder(terms: string[]): (term: string) => InnerTerm[] {
  const trie = new FlatTrie(terms.map((t, rank) => ({ term: t, value: rank })));
  const ascii = terms.map(isAsciiTerm);
  const word = (s: string, i: number) => i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));
  const wholeWord = (s: string, start: number, end: number) => {
    if (start > 0 && word(s, start - 1)) return false;
    if (end >= s.length || !word(s, end)) return true;
    // The inner term with one of the suffixes a scanned term may carry ("subcontract" in "subcontracting").
    return EN_SUFFIXES.some((suffix) => suffix !== '' && s.startsWith(suffix, end) && !word(s, end + suffix.length));
  };
  return (term) => {
    const out: InnerTerm[] = [];
    for (let p = 0; p < term.length; p++) {
      for (let node = trie.rootChild[term.charCodeAt(p)], i = p + 1; node !== 0; i++) {
        const rank = trie.values[node];
        if (rank !== null && (!ascii[rank] || wholeWord(term, p, i))) out.push({ term: terms[rank], rank, start: p, end: i });
        if (i >= term.length) break;
        node = trie.child(node, term.charCodeAt(i));
      }
    }
    return out;
  };
}
