/**
 * Normalisation: NFKC (全角/半角, ㈱ → (株); ① → (1) as an item label), unified dashes, quotes and spaces, lower case —
 * with a map from every normalised index back to the original string index.
 */

export interface NormalizedText {
  /** Normalised text used for matching (lower-cased). */
  text: string;
  /** origin[i] = index in the original text of normalised char i; origin[text.length] = original length. */
  origin: Uint32Array;
}

const DASHES = /[‐-―−－─━]/;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"',
};
const COMBINING_SOUND_MARKS = /[\u3099\u309a]/;

/** Characters NFKC may change: fullwidth/halfwidth forms, enclosed and compatibility blocks, Latin-1 sup. */
function mayNeedNfkc(code: number): boolean {
  return (
    (code >= 0x00a0 && code <= 0x00ff) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    code === 0x3000 ||
    (code >= 0x3200 && code <= 0x33ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * ①–⑳ and ㉑–㊿ (item numbers, 号): NFKC would make ① a bare "1", indistinguishable from a number
 * opening a sentence; they become "(1)" like ⑴ does, so they read as item labels.
 */
function circledNumber(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return 0;
}

/**
 * Code units that normalisation may change: all but ASCII (lower-cased only), kana, CJK ideographs and CJK
 * punctuation. Runs between them are copied as slices; a regular expression finds them much faster than
 * a loop over charCodeAt.
 */
const SPECIAL = /[^\x00-\x7f\u3001-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;

const WIDE = /[^\x00-\xff]/;
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** Lower-cased ASCII for full-width ＡＢＣ１２３（） (U+FF01–FF5E), as strings. */
const FULLWIDTH_ASCII: string[] = [];
for (let code = 0xff01; code <= 0xff5e; code++) FULLWIDTH_ASCII.push(String.fromCharCode(code - 0xfee0).toLowerCase());

export function normalize(original: string): NormalizedText {
  const n = original.length;
  // The text is built from pieces: runs of unchanged characters, lower-cased (ASCII and CJK keep their
  // length, so a run maps one to one), and the replacements of the characters between them. Lower-casing
  // the whole text once is much cheaper than run by run; it changes no length but İ → i̇ (no character
  // gets shorter), so when the lengths agree its runs line up with the original's.
  const lower = original.toLowerCase();
  const aligned = lower.length === n;
  const pieces: string[] = [];
  let origin: Uint32Array = new Uint32Array(n + 1);
  let len = 0;
  let runStart = 0;
  let wide = false; // whether the original has a character above U+00FF outside the runs
  SPECIAL.lastIndex = 0;
  for (;;) {
    // SPECIAL matches one code unit: lastIndex is just past it.
    const found = SPECIAL.test(original);
    const i = found ? SPECIAL.lastIndex - 1 : n;
    if (i > runStart) {
      pieces.push(aligned ? lower.slice(runStart, i) : original.slice(runStart, i).toLowerCase());
      origin = reserve(origin, len + i - runStart);
      for (let k = runStart; k < i; k++) origin[len++] = k;
    }
    if (!found) break;
    const unit = original.charCodeAt(i);
    if (unit > 0xff) wide = true;
    let ch: string;
    let width = 1;
    if (unit >= 0xff01 && unit <= 0xff5e) {
      // Full-width ASCII (ＡＢＣ１２３（）): NFKC gives the ASCII character.
      ch = FULLWIDTH_ASCII[unit - 0xff01];
    } else {
      const code = original.codePointAt(i)!;
      width = code > 0xffff ? 2 : 1;
      ch = original.slice(i, i + width);
      const circled = circledNumber(code);
      if (circled > 0) ch = `(${circled})`;
      else if (mayNeedNfkc(code)) ch = ch.normalize('NFKC');
      if (DASHES.test(ch)) ch = '-';
      else if (QUOTES[ch]) ch = QUOTES[ch];
      else if (ch === '\u00a0' || ch === '\u3000') ch = ' ';
      ch = ch.toLowerCase();
      // Half-width ｶﾞ becomes カ + combining mark; recombine with the previous char.
      if (COMBINING_SOUND_MARKS.test(ch[0]) && len > 0) {
        const last = pieces[pieces.length - 1];
        const combined = (last[last.length - 1] + ch[0]).normalize('NFC');
        if (combined.length === 1) {
          pieces[pieces.length - 1] = last.slice(0, -1) + combined;
          ch = ch.slice(1);
        }
      }
    }
    if (ch.length > 0) {
      pieces.push(ch);
      origin = reserve(origin, len + ch.length);
      for (let k = 0; k < ch.length; k++) origin[len++] = i;
    }
    runStart = i + width;
    SPECIAL.lastIndex = runStart;
  }
  origin[len] = n;
  let text = pieces.join('');
  // Regular expressions run much slower over two-byte strings. A text whose only wide characters were
  // normalised away (– “ ” → - ") is still two-byte, joined from slices of the original: re-encoding it
  // (exact: no surrogates below U+0100) gives the one-byte string.
  if (wide && !WIDE.test(text)) text = utf8Decoder.decode(utf8Encoder.encode(text));
  return { text, origin: len + 1 === origin.length ? origin : origin.slice(0, len + 1) };
}

/** `origin` with room for index `last` (it outgrows the original's length only when characters expand). */
function reserve(origin: Uint32Array, last: number): Uint32Array {
  if (last < origin.length) return origin;
  const grown = new Uint32Array(Math.max(origin.length * 2, last + 1));
  grown.set(origin);
  return grown;
}

/** Whether a UTF-16 code unit is whitespace in the sense of a regular expression's \s. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Text for a one-line quote: whitespace runs become one space, except a line break between two Japanese
 * characters, which goes (a hard-wrapped 「届\nけ出る」 is one word).
 */
export function flattenWhitespace(text: string): string {
  return text.replace(/([\u3000-\u9fff\uff00-\uffef])[ \t\u3000]*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Maps a normalised [start, end) span back to the original text. */
export function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const o = norm.origin;
  const s = o[Math.min(start, o.length - 1)];
  // The end maps to the start of the original char after the last normalised char of the span.
  let e = end >= o.length - 1 ? o[o.length - 1] : o[end];
  if (end > start && e <= s) e = s + 1;
  // A span ending inside an expanded char (㈱ → (株)) still covers the whole original char.
  if (end > 0 && end < o.length - 1 && o[end] === o[end - 1]) {
    let k = end;
    while (k < o.length - 1 && o[k] === o[end - 1]) k++;
    e = o[k];
  }
  return { start: s, end: e };
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a kanji numeral (三十五, 二〇, 百二) or ASCII digits; NaN when it is neither. */
export function parseNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  let total = 0;
  let digit = -1;
  let positional = '';
  for (const ch of token) {
    if (ch in KANJI_DIGITS) {
      digit = KANJI_DIGITS[ch];
      positional += String(digit);
    } else if (ch in KANJI_UNITS) {
      total += (digit < 0 ? 1 : digit) * KANJI_UNITS[ch];
      digit = -1;
      positional = '';
    } else return NaN;
  }
  // 二〇 (positional) vs 二十 (multiplicative)
  if (total === 0 && positional.length > 1) return Number(positional);
  return total + (digit < 0 ? 0 : digit);
}
