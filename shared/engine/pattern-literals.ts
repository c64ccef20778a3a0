/**
 * Literal strings that every match of a regular expression contains (at least one of them): a cheap
 * precheck, so that a sentence holding none of them is never searched with the pattern. The analysis is
 * conservative: any construct it does not read as certainly present contributes nothing, and a pattern
 * with no such literal gets null (always searched). Written for the patterns of the catalog's `re:`
 * terms, which compile with the `u` flag (so the syntax is strict) and without `i`.
 */

/** Alternatives: every match contains at least one of these strings; null when nothing is certain. */
type Required = string[] | null;

/** At most this many alternatives are kept (a set of single characters from a class, say). */
const MAX_ALTERNATIVES = 32;
const CLASS_ESCAPES = new Set('dDwWsSbBpPk');
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

export function requiredLiterals(source: string): string[] | null {
  const parser = new Parser(source);
  try {
    const required = parser.disjunction();
    // A probe as common as a single letter, a kana or a space would hold in almost every sentence: no use.
    return parser.atEnd() && required !== null && required.every((l) => weight(l) >= MIN_WEIGHT) ? required : null;
  } catch {
    return null;
  }
}

/**
 * How rare a literal is likely to be: whitespace and common punctuation count for nothing, kana for little
 * (「する」 is everywhere), Latin letters, digits and other punctuation (%) for more, and kanji, katakana and
 * symbols (★, ◎) as much as two letters.
 */
/** The weight of two letters or one kanji. */
const MIN_WEIGHT = 2;
const COMMON_PUNCTUATION = new Set('.,;:()[]{}\'"-/|、。「」『』（）・');
function weight(literal: string): number {
  let w = 0;
  for (const ch of literal) {
    if (/\s/.test(ch) || COMMON_PUNCTUATION.has(ch)) continue;
    w += /\p{Script=Hiragana}/u.test(ch) ? 0.5 : /[\p{Script=Han}\p{Script=Katakana}\p{So}]/u.test(ch) ? 2 : 1;
  }
  return w;
}

/** The better precheck: the rarer least-rare alternative, then fewer alternatives. */
function better(a: Required, b: Required): Required {
  if (a === null) return b;
  if (b === null) return a;
  const weakest = (r: string[]) => Math.min(...r.map(weight));
  return weakest(a) !== weakest(b) ? (weakest(a) > weakest(b) ? a : b) : a.length <= b.length ? a : b;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  atEnd(): boolean {
    return this.i >= this.s.length;
  }

  /** a|b|c up to a closing parenthesis or the end: each alternative must contribute. */
  disjunction(): Required {
    const alternatives: Required[] = [this.alternative()];
    while (this.s[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.some((a) => a === null)) return null;
    const union = [...new Set(alternatives.flatMap((a) => a!))];
    return union.length <= MAX_ALTERNATIVES ? union : null;
  }

  /** A sequence: consecutive mandatory characters form one literal; the best element wins. */
  private alternative(): Required {
    let best: Required = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (!this.atEnd() && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === null && atom.char !== null) {
        run += atom.char;
        continue;
      }
      endRun();
      if (min === null || min >= 1) best = better(best, atom.required);
    }
    endRun();
    return best;
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

  /** One atom: `char` when it is exactly one literal character, `required` what any match of it holds. */
  private atom(): { char: string | null; required: Required } {
    const c = this.s[this.i++];
    if (c === '(') {
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.s.slice(this.i));
        if (!head) throw new Error('group');
        lookaround = /^\?(?:=|!|<=|<!)$/.test(head[0]);
        this.i += head[0].length;
      }
      const inner = this.disjunction();
      if (this.s[this.i++] !== ')') throw new Error('unclosed group');
      // A lookaround matches no characters of its own: what it requires may lie outside the match.
      return { char: null, required: lookaround ? null : inner };
    }
    if (c === '[') return { char: null, required: this.characterClass() };
    if (c === '\\') {
      const char = this.escape();
      return { char, required: char === null ? null : [char] };
    }
    if (c === '.' || c === '^' || c === '$') return { char: null, required: null };
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')' || c === '|') throw new Error('syntax');
    return { char: c, required: [c] };
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

  /** A class of a few plain characters: each is an alternative. Negated classes, ranges and escapes: null. */
  private characterClass(): Required {
    const chars = new Set<string>();
    let plain = this.s[this.i] !== '^';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) throw new Error('unclosed class');
      if (c === ']') break;
      if (c === '\\') {
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
