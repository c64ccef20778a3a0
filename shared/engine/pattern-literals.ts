/**
 * Literal strings that every match of a regular expression contains (at least one of each list): a cheap
 * precheck, so that a sentence holding none of a list is never searched with the pattern. The analysis is
 * conservative: any construct it does not read as certainly present contributes nothing, and a pattern
 * with no such literal gets no list (always searched). Written for the patterns of the catalog's `re:`
 * terms, which compile with the `u` flag (so the syntax is strict) and without `i`. A space in a literal
 * stands for any run of whitespace (`\s+`, a space): "security plan" is required by `security\s+plan`.
 * A literal that begins with a word character right after `\b`, whitespace or another character no word holds is
 * known to start a word in every match: a walk over English text need not look for it inside words.
 */

import { isWordCode } from './normalize.ts';

/** Alternatives: every match contains at least one of these strings; null when nothing is certain. */
type Required = string[] | null;

/**
 * What a part of a pattern tells: strings one of which each match contains (the rarest such list, and the
 * shortest one, for an alternation whose rarest lists together would be too many), and the strings it
 * matches, when they are a few known ones.
 */
interface Piece {
  required: Required;
  fewest: Required;
  exact: string[] | null;
  /** Every match ends with a character that no word holds (whatever comes before it). */
  endsOutsideWord: boolean;
  /** It matches no characters (a lookaround, ^, $). */
  zeroWidth?: boolean;
  /** Every list of which each match contains one literal (a sequence's elements), when more than `required` is known. */
  all?: string[][];
}
const NOTHING_CERTAIN: Piece = { required: null, fewest: null, exact: null, endsOutsideWord: false };
const ZERO_WIDTH: Piece = { ...NOTHING_CERTAIN, zeroWidth: true };
/** A whitespace character (\s or a space) matches, for a probe, one space: any run of whitespace in the text. */
const WHITESPACE: Piece = { required: null, fewest: null, exact: [' '], endsOutsideWord: true };
/** \W (with the u flag and without i, \w is [A-Za-z0-9_]). */
const NON_WORD: Piece = { ...NOTHING_CERTAIN, endsOutsideWord: true };
/** A literal without the spaces (any whitespace) at its ends; a tab or line break the pattern names stays. */
const trimSpaces = (literal: string) => literal.replace(/^ +| +$/g, '');
/** Two parts of a literal, a run of spaces where they meet read as one. */
const joinSpaced = (head: string, tail: string) => (head.endsWith(' ') && tail.startsWith(' ') ? head + tail.slice(1) : head + tail);

/** Any one of the alternatives' strings (null when one of them has none, or when there are too many). */
function union(alternatives: Required[]): Required {
  const all = new Set<string>();
  for (const literals of alternatives) {
    if (literals === null) return null;
    for (const literal of literals) all.add(literal);
    // (a group of hundreds of words: stop counting)
    if (all.size > MAX_ALTERNATIVES) return null;
  }
  return [...all];
}

/** At most this many alternatives are kept (a set of single characters from a class, say). */
const MAX_ALTERNATIVES = 32;
const CLASS_ESCAPES = new Set('dDwWsSbBpPk');
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** A literal every match of a pattern may contain; `wordStart`: it starts a word wherever it does. */
export interface RequiredLiteral {
  text: string;
  wordStart: boolean;
}

/** Inside the parser, the mark of a literal that starts a word (it weighs nothing). */
const WORD_START = '\uffff';
const isWordChar = (ch: string) => ch.length === 1 && isWordCode(ch.charCodeAt(0));
/** A literal marked when it begins with a word character. */
const markWordStart = (literal: string) => (isWordCode(literal.charCodeAt(0)) ? WORD_START + literal : literal);
/** One character of a literal, or a class of them. */
const charPiece = (chars: string[]): Piece => ({ required: chars, fewest: chars, exact: chars, endsOutsideWord: !chars.some(isWordChar) });

/**
 * At most this many lists of literals are kept for a pattern, the rarest-looking first; a list after the first only
 * when none of its literals is as short as "in" or "the" (finding those everywhere would cost more than it saves).
 */
const MAX_SETS = 3;
const MIN_FURTHER_WEIGHT = 4;

/**
 * Lists of literals of which every match of the pattern contains one from each (the rarest-looking first; none
 * when nothing usable is certain). Rarity is only guessed from the characters ("agreement" is as long as "security",
 * but nine contracts in ten hold it), so a text is best searched only where one of each list occurs:
 * `\bin\s+a\s+later\s+[^.]{0,20}\b(?:agreement|contract)` needs "in a later" and "agreement" or "contract" in the sentence.
 */
export function requiredLiteralSets(source: string): RequiredLiteral[][] {
  const parser = new Parser(source);
  try {
    const piece = parser.disjunction(false);
    if (!parser.atEnd()) return [];
    const lists = piece.all ?? (piece.required === null ? [] : [piece.required]);
    // A probe as common as a single letter, a kana or a space would hold in almost every sentence: no use.
    // the rarest-looking first, each list once
    const ranked = lists.filter(usable).sort((a, b) => (better(a, b) === a ? -1 : 1));
    const seen = new Set<string>();
    const distinct = ranked.filter((l) => {
      const key = [...l].sort().join('\u0000');
      return !seen.has(key) && seen.add(key);
    });
    return distinct.filter((l, k) => k === 0 || weakest(l) >= MIN_FURTHER_WEIGHT).slice(0, MAX_SETS)
      .map((l) => l.map((t) => (t.startsWith(WORD_START) ? { text: t.slice(1), wordStart: true } : { text: t, wordStart: false })));
  } catch {
    return [];
  }
}

/**
 * How rare a literal is likely to be: whitespace and common punctuation count for nothing, kana for little
 * (「する」 is everywhere), Latin letters, digits and other punctuation (%) for more, and kanji, katakana and
 * symbols (★, ◎) as much as two letters.
 */
/** The weight of three kana (「をいう」, rarer than 「する」), a letter and a half; two letters or a kanji weigh more. */
const MIN_WEIGHT = 1.5;
const COMMON_PUNCTUATION = new Set('.,;:()[]{}\'"-/、。「」『』（）・');
/** A cell's edge ('|' in markdown, a tab in plain text): only table rows hold one, few sentences of running text. */
const TABLE_CELL = new Set('|\t');
function weight(literal: string): number {
  let w = 0;
  for (const ch of literal) if (ch !== WORD_START) w += charWeight(ch);
  return w;
}
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI_KATAKANA_SYMBOL = /[\p{Script=Han}\p{Script=Katakana}\p{So}]/u;
/** Per code unit, its weight plus one (0: not weighed yet): the same few thousand characters are weighed again and again while a catalog compiles. */
const charWeights = new Float32Array(65536);
function charWeight(ch: string): number {
  const code = ch.charCodeAt(0);
  let w = ch.length === 1 ? charWeights[code] - 1 : -1;
  if (w < 0) {
    w = TABLE_CELL.has(ch) ? MIN_WEIGHT : /\s/.test(ch) || COMMON_PUNCTUATION.has(ch) ? 0 : HIRAGANA.test(ch) ? 0.5 : KANJI_KATAKANA_SYMBOL.test(ch) ? 2 : 1;
    if (ch.length === 1) charWeights[code] = w + 1;
  }
  return w;
}

/** The weight of a list's least rare literal. */
function weakest(literals: string[]): number {
  let w = Infinity;
  for (const literal of literals) w = Math.min(w, weight(literal));
  return w;
}

/** The better precheck: the rarer least-rare alternative, then fewer alternatives. */
function better(a: Required, b: Required): Required {
  if (a === null) return b;
  if (b === null) return a;
  const wa = weakest(a);
  const wb = weakest(b);
  return wa !== wb ? (wa > wb ? a : b) : a.length <= b.length ? a : b;
}

/** The shorter list of literals that are not too common to use, then the rarer. */
function shorter(a: Required, b: Required): Required {
  if (a === null || !usable(a)) return b !== null && usable(b) ? b : a;
  if (b === null || !usable(b)) return a;
  return a.length !== b.length ? (a.length < b.length ? a : b) : better(a, b);
}
const usable = (literals: string[]) => weakest(literals) >= MIN_WEIGHT;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  atEnd(): boolean {
    return this.i >= this.s.length;
  }

  /** a|b|c up to a closing parenthesis or the end: each alternative must contribute. `atWordStart`: a word character here starts a word. */
  disjunction(atWordStart: boolean): Piece {
    const alternatives: Piece[] = [this.alternative(atWordStart)];
    while (this.s[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative(atWordStart));
    }
    const fewest = union(alternatives.map((a) => a.fewest));
    const rarest = union(alternatives.map((a) => a.required));
    return {
      required: rarest !== null && usable(rarest) ? rarest : fewest ?? rarest, fewest, exact: union(alternatives.map((a) => a.exact)),
      endsOutsideWord: alternatives.every((a) => a.endsOutsideWord),
      all: alternatives.length === 1 ? alternatives[0].all : undefined,
    };
  }

  /**
   * A sequence: consecutive atoms of a few exact strings each form one literal per combination (「(?:名|人)分の」
   * → 名分の, 人分の: rarer than any part alone); the best element wins.
   */
  private alternative(atWordStart: boolean): Piece {
    let best: Required = null;
    let fewest: Required = null;
    const all: string[][] = [];
    const consider = (candidate: Required) => {
      best = better(best, candidate);
      fewest = shorter(fewest, candidate);
      if (candidate !== null) all.push(candidate);
    };
    // Whether a word character next would start a word: from where the alternative starts (`atWordStart`), and
    // from nothing known (`ownWordStart`, for what the alternative says of its end wherever it stands).
    let wordStart = atWordStart;
    let ownWordStart = false;
    // the combinations of the exact atoms since the last other one; null once the whole sequence is not exact
    let chain: string[] = [''];
    let chainAtWordStart = wordStart;
    let exact = true;
    const endChain = () => {
      // a space at either end requires nothing of the text around the literal (and one before it starts a word)
      const literals = [...new Set(chain.map((c) => (chainAtWordStart || c.startsWith(' ') ? markWordStart(trimSpaces(c)) : trimSpaces(c))))];
      if (literals.every((c) => c !== '' && c !== WORD_START)) consider(literals);
      chain = [''];
      chainAtWordStart = wordStart;
    };
    while (!this.atEnd() && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const boundary = this.s[this.i] === '\\' ? this.s[this.i + 1] : '';
      if (boundary === 'b' || boundary === 'B') {
        this.i += 2;
        if (this.quantifier() !== null) throw new Error('quantified assertion');
        exact = false;
        // \b before a word character says the one before is none; \B says it is one
        wordStart = ownWordStart = boundary === 'b';
        endChain();
        continue;
      }
      const before = wordStart;
      const atom = this.atom(wordStart);
      let min = this.quantifier();
      if (!atom.zeroWidth) {
        // after an atom that may match nothing, the state before it may still hold
        wordStart = atom.endsOutsideWord && (min === null || min >= 1 || wordStart);
        ownWordStart = atom.endsOutsideWord && (min === null || min >= 1 || ownWordStart);
      }
      // one or more whitespace characters are one space of a literal (probes match a space to any run of them)
      if (min !== null && min >= 1 && atom.exact?.length === 1 && atom.exact[0] === ' ') min = null;
      if (min === null && atom.exact !== null) {
        fewest = shorter(fewest, atom.required);
        // (most atoms are one character after a chain of one literal)
        const joined = chain.length === 1 && atom.exact.length === 1 ? [joinSpaced(chain[0], atom.exact[0])]
          : [...new Set(chain.flatMap((head) => atom.exact!.map((tail) => joinSpaced(head, tail))))];
        if (joined.length <= MAX_ALTERNATIVES) chain = joined;
        else {
          endChain();
          chainAtWordStart = before;
          chain = atom.exact;
        }
        continue;
      }
      exact = false;
      endChain();
      if (min === null || min >= 1) {
        consider(atom.required);
        if (atom.fewest !== atom.required) consider(atom.fewest);
        for (const list of atom.all ?? []) consider(list);
      }
      // the last repetition of an exact atom runs straight into what follows (after the one before it, or `before`)
      if (min !== null && min >= 1 && atom.exact !== null) {
        chainAtWordStart = atom.endsOutsideWord && (min >= 2 || before);
        chain = atom.exact;
      }
    }
    const whole = exact ? chain : null;
    endChain();
    return { required: best, fewest, exact: whole, endsOutsideWord: ownWordStart, all };
  }

  /** Minimum repetitions of the preceding atom, or null when it has no quantifier. */
  private quantifier(): number | null {
    const c = this.s[this.i];
    let min: number;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Error('quantifier');
      min = Number(m[1]);
      this.i += m[0].length - 1;
    } else return null;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return min;
  }

  /**
   * One atom: `exact` the strings it matches when they are a few known ones, `required` what any match of it holds.
   * `atWordStart`: it comes right after `\b` (so do a group's alternatives).
   */
  private atom(atWordStart: boolean): Piece {
    const c = this.s[this.i++];
    if (c === '(') {
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.s.slice(this.i));
        if (!head) throw new Error('group');
        lookaround = /^\?(?:=|!|<=|<!)$/.test(head[0]);
        this.i += head[0].length;
      }
      const inner = this.disjunction(atWordStart);
      if (this.s[this.i++] !== ')') throw new Error('unclosed group');
      // A lookaround matches no characters of its own: what it requires may lie outside the match.
      return lookaround ? ZERO_WIDTH : inner;
    }
    if (c === '[') {
      const chars = this.characterClass();
      return chars === null ? NOTHING_CERTAIN : charPiece(chars);
    }
    if (c === '\\') {
      if (this.s[this.i] === 's') {
        this.i++;
        return WHITESPACE;
      }
      if (this.s[this.i] === 'W') {
        this.i++;
        return NON_WORD;
      }
      const char = this.escape();
      return char === null ? NOTHING_CERTAIN : charPiece([char]);
    }
    if (c === ' ') return WHITESPACE;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return NOTHING_CERTAIN;
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')' || c === '|') throw new Error('syntax');
    return charPiece([c]);
  }

  /** The character of a literal escape, or null for a class or assertion escape. */
  private escape(): string | null {
    const c = this.s[this.i++];
    if (c === undefined) throw new Error('escape');
    if (CLASS_ESCAPES.has(c)) {
      if ((c === 'p' || c === 'P' || c === 'k') && this.s[this.i] === '{') this.i = this.s.indexOf('}', this.i) + 1;
      else if (c === 'k' && this.s[this.i] === '<') this.i = this.s.indexOf('>', this.i) + 1;
      if (this.i === 0) throw new Error('escape');
      return null;
    }
    if (c in CONTROL_ESCAPES && !(c === '0' && /\d/.test(this.s[this.i] ?? ''))) return CONTROL_ESCAPES[c];
    if (/\d/.test(c)) throw new Error('back reference');
    if (c === 'u' || c === 'x') {
      const m = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.s.slice(this.i));
      if (!m) throw new Error('escape');
      this.i += m[0].length;
      return String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16));
    }
    if (c === 'c') throw new Error('control escape');
    return c;
  }

  /** A class of a few plain characters (\s among them): each is an alternative. Negated classes, ranges and other escapes: null. */
  private characterClass(): Required {
    const chars = new Set<string>();
    let plain = this.s[this.i] !== '^';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) throw new Error('unclosed class');
      if (c === ']') break;
      if (c === '\\' && this.s[this.i] === 's') {
        // whitespace, as outside a class, reads as a space (any run of it in the text): [\s-] is "-" or " "
        this.i++;
        chars.add(' ');
      } else if (c === '\\') {
        const char = this.escape();
        if (char === null) plain = false;
        else chars.add(char);
      } else if (c === '-' && chars.size > 0 && this.s[this.i] !== ']') {
        plain = false;
      } else chars.add(c);
    }
    return plain && chars.size > 0 && chars.size <= MAX_ALTERNATIVES ? [...chars] : null;
  }
}
