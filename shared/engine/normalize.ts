/**
 * Normalisation: NFKC (全角/半角, ① → 1, ㈱ → (株)), unified dashes, quotes and spaces, lower case —
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

export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let ch = original.slice(i, i + width);
    if (code < 0x80) {
      ch = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
    } else {
      if (mayNeedNfkc(code)) ch = ch.normalize('NFKC');
      if (DASHES.test(ch)) ch = '-';
      else if (QUOTES[ch]) ch = QUOTES[ch];
      else if (ch === '\u00a0' || ch === '\u3000' || ch === '\t') ch = ch === '\t' ? '\t' : ' ';
      ch = ch.toLowerCase();
      // Half-width ｶﾞ becomes カ + combining mark; recombine with the previous char.
      if (COMBINING_SOUND_MARKS.test(ch[0]) && out.length > 0) {
        const prev = out[out.length - 1];
        const combined = (prev + ch[0]).normalize('NFC');
        if (combined.length === 1) {
          out[out.length - 1] = combined;
          ch = ch.slice(1);
        }
      }
    }
    for (const unit of splitUnits(ch)) {
      out.push(unit);
      origin.push(i);
    }
    i += width;
  }
  origin.push(original.length);
  return { text: out.join(''), origin: Uint32Array.from(origin) };
}

function splitUnits(s: string): string[] {
  if (s.length === 1) return [s];
  return s.split('');
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
