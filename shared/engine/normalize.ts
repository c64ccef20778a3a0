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

/** Code units that normalisation leaves as they are (kana, CJK ideographs, CJK punctuation). */
function isStableCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3001 && code <= 0x3098) || (code >= 0x309b && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf);
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  // Output code units and their origins in typed arrays (no per-character strings or boxed numbers).
  let capacity = n + 16;
  let units = new Uint16Array(capacity);
  let origin = new Uint32Array(capacity + 1);
  let len = 0;
  const grow = () => {
    capacity *= 2;
    const u = new Uint16Array(capacity);
    u.set(units);
    units = u;
    const o = new Uint32Array(capacity + 1);
    o.set(origin);
    origin = o;
  };
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    // Fast paths: ASCII (lower-cased) and CJK text, which NFKC and the unifications leave untouched.
    if (unit < 0x80 || isStableCjk(unit)) {
      if (len >= capacity) grow();
      units[len] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      origin[len++] = i++;
      continue;
    }
    if (unit >= 0xff01 && unit <= 0xff5e) {
      // Full-width ASCII (ＡＢＣ１２３（）): NFKC gives the ASCII character.
      const ascii = unit - 0xfee0;
      if (len >= capacity) grow();
      units[len] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
      origin[len++] = i++;
      continue;
    }
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let ch = original.slice(i, i + width);
    const circled = circledNumber(code);
    if (circled > 0) ch = `(${circled})`;
    else if (mayNeedNfkc(code)) ch = ch.normalize('NFKC');
    if (DASHES.test(ch)) ch = '-';
    else if (QUOTES[ch]) ch = QUOTES[ch];
    else if (ch === '\u00a0' || ch === '\u3000') ch = ' ';
    ch = ch.toLowerCase();
    // Half-width ｶﾞ becomes カ + combining mark; recombine with the previous char.
    if (COMBINING_SOUND_MARKS.test(ch[0]) && len > 0) {
      const combined = (String.fromCharCode(units[len - 1]) + ch[0]).normalize('NFC');
      if (combined.length === 1) {
        units[len - 1] = combined.charCodeAt(0);
        ch = ch.slice(1);
      }
    }
    for (let k = 0; k < ch.length; k++) {
      if (len >= capacity) grow();
      units[len] = ch.charCodeAt(k);
      origin[len++] = i;
    }
    i += width;
  }
  origin[len] = n;
  return { text: decodeUnits(units, len), origin: origin.slice(0, len + 1) };
}

/** UTF-16 code units → string, exactly (lone surrogates included), in chunks small enough for apply. */
function decodeUnits(units: Uint16Array, len: number): string {
  const CHUNK = 8192;
  if (len <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < len; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Whether a UTF-16 code unit is whitespace in the sense of a regular expression's \s. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
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
