/**
 * Normalisation: NFKC (全角/半角, ㈱ → (株); ① → (1) as an item label), unified dashes, quotes and spaces, lower case —
 * with a map from every normalised index back to the original string index.
 */
import { applyEdits } from './edits.ts';

export interface NormalizedText {
  /** Normalised text used for matching (lower-cased). */
  text: string;
  /** origin[i] = index in the original text of normalised char i; origin[text.length] = original length. */
  origin: Uint32Array;
}

const DASHES = /[‐-―−－─━]/;
const BOX_HORIZONTAL = /[═┄┅┈┉╌╍╴╶╸╺]/;
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

/** Lower-cased ASCII for full-width ＡＢＣ１２３（） (U+FF01–FF5E). */
const FULLWIDTH_ASCII: number[] = [];
for (let code = 0xff01; code <= 0xff5e; code++) FULLWIDTH_ASCII.push(String.fromCharCode(code - 0xfee0).toLowerCase().charCodeAt(0));

/** Code units kept as they are (ASCII is only lower-cased): kana, CJK ideographs and CJK punctuation. */
const isKept = (c: number) => (c >= 0x3001 && c <= 0x3098) || (c >= 0x309b && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
const utf16Decoder = new TextDecoder('utf-16le');
const latin1Decoder = new TextDecoder('latin1');

/** Replacements computed so far: a text repeats few distinct characters, and each costs Unicode normalisations. */
const replacements = new Map<number, string>();

/** The replacement of a code point that is neither ASCII nor kept (see `isKept`). */
function replacement(code: number): string {
  let known = replacements.get(code);
  if (known === undefined) replacements.set(code, (known = computeReplacement(code)));
  return known;
}

function computeReplacement(code: number): string {
  const circled = circledNumber(code);
  let ch = circled > 0 ? `(${circled})` : String.fromCodePoint(code);
  if (circled === 0 && mayNeedNfkc(code)) ch = ch.normalize('NFKC');
  // A Latin letter with a diacritic reads as its base letter (Vértice → vertice, Zürich → zurich): patterns'
  // \w and [a-z] would otherwise stop inside a name. One to one, so offsets stay.
  if (code >= 0xc0 && code <= 0x24f) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length === 1 && base.charCodeAt(0) < 0x80) ch = base;
  }
  // A table ruled with box-drawing characters (┌─┬┐ │ ├┼┤) reads like a markdown table: verticals and corners
  // become '|', horizontals '-', so its rows are table rows and its rules separators.
  if (code >= 0x2500 && code <= 0x257f && !DASHES.test(ch) && !BOX_HORIZONTAL.test(ch)) ch = '|';
  if (DASHES.test(ch) || BOX_HORIZONTAL.test(ch)) ch = '-';
  else if (QUOTES[ch]) ch = QUOTES[ch];
  else if (ch === '\u00a0' || ch === '\u3000') ch = ' ';
  return ch.toLowerCase();
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  // One pass writes the normalised code units into a buffer and the origin of each; decoding the buffer
  // once is much cheaper than joining pieces. Most characters keep their length, so the buffers start at
  // a little more than the original's size (characters that expand, ① → (1) or … → ..., are few) and
  // grow only past that.
  const capacity = n + (n >> 4) + 16;
  let out: Uint16Array = new Uint16Array(capacity);
  let origin: Uint32Array = new Uint32Array(capacity + 1);
  let len = 0;
  let max = 0; // the largest code unit written
  // Before a line's first character: a markdown quotation's '>' there (an amending memorandum quotes the articles it
  // inserts, an e-mail the text it answers) reads as a space, so the quoted articles and items are read as such.
  let lineStart = true;
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      if (len === out.length) ({ out, origin } = grow(out, origin, len + 1));
      let lowered = c >= 65 && c <= 90 ? c + 32 : c;
      // A Windows line end (CR LF) reads as a space before the LF (one to one, so spans and quotes leave the CR
      // out); a lone CR (old Mac files) ends a line as LF does.
      if (c === 13) lowered = original.charCodeAt(i + 1) === 10 ? 32 : 10;
      if (lowered === 10) lineStart = true;
      else if (lineStart && lowered === 62 && isQuoteMarker(original, i + 1)) lowered = 32;
      else if (lowered !== 32 && lowered !== 9) lineStart = false;
      out[len] = lowered;
      origin[len++] = i++;
      if (lowered > max) max = lowered;
      continue;
    }
    if (isKept(c)) {
      lineStart = false;
      if (len === out.length) ({ out, origin } = grow(out, origin, len + 1));
      out[len] = c;
      origin[len++] = i++;
      max = 0xffff;
      continue;
    }
    let ch: string;
    let width = 1;
    if (c >= 0xff01 && c <= 0xff5e) {
      // Full-width ASCII (ＡＢＣ１２３（）): NFKC gives the ASCII character.
      ch = '';
      if (len === out.length) ({ out, origin } = grow(out, origin, len + 1));
      let ascii = FULLWIDTH_ASCII[c - 0xff01];
      if (lineStart && ascii === 62 && isQuoteMarker(original, i + 1)) ascii = 32;
      else lineStart = false;
      out[len] = ascii;
      origin[len++] = i;
      if (ascii > max) max = ascii;
    } else {
      const code = original.codePointAt(i)!;
      width = code > 0xffff ? 2 : 1;
      ch = replacement(code);
      if (ch !== ' ') lineStart = false;
      // Half-width ｶﾞ becomes カ + combining mark; recombine with the previous char.
      if (COMBINING_SOUND_MARKS.test(ch[0]) && len > 0) {
        const combined = (String.fromCharCode(out[len - 1]) + ch[0]).normalize('NFC');
        if (combined.length === 1) {
          out[len - 1] = combined.charCodeAt(0);
          ch = ch.slice(1);
        }
      }
    }
    if (ch.length > 0) {
      if (len + ch.length > out.length) ({ out, origin } = grow(out, origin, len + ch.length));
      for (let k = 0; k < ch.length; k++) {
        const unit = ch.charCodeAt(k);
        out[len] = unit;
        origin[len++] = i;
        if (unit > max) max = unit;
      }
    }
    i += width;
  }
  origin[len] = n;
  const text = katakanaOkurigana(decode(out.subarray(0, len), max));
  // only a text holding a CJK ideograph can hold a kanji numeral
  return max >= 0x4e00 ? kanjiQuantities(text, origin.subarray(0, len + 1)) : { text, origin: origin.subarray(0, len + 1) };
}

/**
 * A kanji numeral that counts something (三十日以内, 二十四時間三百六十五日, 年一回, 第十二条, 二〇二六年): the catalog's
 * deadlines, periods and frequencies are written with digits, and a document in kanji numerals means the same. Not
 * inside a word (同一日, 万一, 数十件), not a placeholder (〇〇日), not 十分 meaning "enough"; 分 counts only before
 * a word of time (十五分以内).
 */
const KANJI_QUANTITY = /(?<![同統唯単均万画随逐純専数幾〇])(?!〇)[〇一二三四五六七八九十百千]+(?=時間|営業日|業務日|開庁日|週間|週|か月|ヶ月|カ月|箇月|ケ月|ヵ月|ヶ年|年|月|日|回|秒|件|名|人|条|項|号|桁|文字|世代|分(?:間|以内|以上|以下|未満|前|後|ごと|毎|おき|程度|を超|まで|から))/g;

/** A character of a kanji numeral: a term holding none is normalised without the quantity pass. */
const KANJI_NUMERAL = /[〇一二三四五六七八九十百千]/;

function kanjiQuantities(text: string, origin: Uint32Array): NormalizedText {
  const numerals = Array.from(text.matchAll(KANJI_QUANTITY), (m) => ({ at: m.index, end: m.index + m[0].length, digits: String(parseNumber(m[0])) }));
  if (numerals.length === 0) return { text, origin };
  // 十 → 10, 百 → 100: the digits may be longer than the numeral
  const mapped = new Uint32Array(origin.length + numerals.reduce((sum, n) => sum + Math.max(0, n.digits.length - (n.end - n.at)), 0));
  let joined = '';
  let len = 0;
  let at = 0;
  for (const { at: start, end, digits } of numerals) {
    joined += text.slice(at, start) + digits;
    mapped.set(origin.subarray(at, start), len);
    len += start - at;
    // the digits point at the numeral's first character, as an expanded character's do (toOriginal): a span
    // ending inside them covers the whole numeral
    for (let k = 0; k < digits.length; k++) mapped[len++] = origin[start];
    at = end;
  }
  joined += text.slice(at);
  mapped.set(origin.subarray(at), len);
  len += origin.length - at;
  return { text: joined, origin: mapped.subarray(0, len) };
}

/** A kanji, then a particle written in katakana (甲ハ乙ニ, 本業務ノ, 資料ヲ), then a kanji again; and the same in hiragana. */
const KATAKANA_PARTICLE = /[\u3400-\u4dbf\u4e00-\u9fff][ハヲノニ][\u3400-\u4dbf\u4e00-\u9fff]/g;
const HIRAGANA_PARTICLE = /[\u3400-\u4dbf\u4e00-\u9fff][はをのに][\u3400-\u4dbf\u4e00-\u9fff]/g;
/** A run of katakana right after a kanji (ー kept; ヵ ヶ are counters, not okurigana). */
const KANA_AFTER_KANJI = /(?<=[\u3400-\u4dbf\u4e00-\u9fff々〆])[\u30a1-\u30f4ー]{1,24}/g;

/**
 * Old-style Japanese drafting (漢字カタカナ交じり文: 甲ハ乙ニ対シ…委託シテハナラナイ) writes okurigana and particles in
 * katakana. When a text is written that way (its katakana particles outnumber hiragana ones), katakana runs that
 * follow a kanji read as hiragana, so the clauses match the modern wording; one to one, so offsets stay.
 */
function katakanaOkurigana(text: string): string {
  const katakana = text.match(KATAKANA_PARTICLE)?.length ?? 0;
  if (katakana < 5 || katakana <= (text.match(HIRAGANA_PARTICLE)?.length ?? 0)) return text;
  return text.replace(KANA_AFTER_KANJI, (run) => {
    let out = '';
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      out += String.fromCharCode(c >= 0x30a1 && c <= 0x30f4 ? c - 0x60 : c);
    }
    return out;
  });
}

/** A '>' at a line start followed by whitespace, another '>' or the line end marks a quotation (">99.9%" does not). */
function isQuoteMarker(original: string, next: number): boolean {
  const c = original.charCodeAt(next);
  return next >= original.length || c === 62 || c === 0xff1e || isSpaceCode(c);
}

/**
 * The normalised text alone, for a term or a label. Most hold only characters kept as they are (ASCII only
 * lower-cased), which need none of normalize's buffers: a catalog normalises some twenty thousand terms each
 * time the engine starts.
 */
export function normalizedText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? c === 13 : !isKept(c)) return normalize(s).text;
  }
  return KANJI_NUMERAL.test(s) ? normalize(s).text : s.toLowerCase();
}

/**
 * The string of the code units (a lone surrogate, which no decoded file holds, becomes U+FFFD in place).
 * Regular expressions run much slower over two-byte strings, so a text
 * within ASCII or Latin-1 (an English text whose “ ” – were normalised away) is made a one-byte string.
 */
function decode(units: Uint16Array, max: number): string {
  if (max >= 0x100) return utf16Decoder.decode(units);
  // 'latin1' decodes as windows-1252, which differs from Latin-1 only in 0x80–0x9f (C1 controls, which hardly
  // any text holds); it is several times faster than the UTF-8 decoder, and both give a one-byte string.
  if (max < 0x80 || !units.some((u) => u >= 0x80 && u < 0xa0)) {
    const bytes = new Uint8Array(units.length);
    bytes.set(units);
    return latin1Decoder.decode(bytes);
  }
  // Latin-1 with C1 controls: a round trip through UTF-8 gives the one-byte string.
  return utf8Decoder.decode(utf8Encoder.encode(utf16Decoder.decode(units)));
}

/** Both buffers with room for `size` code units. */
function grow(out: Uint16Array, origin: Uint32Array, size: number): { out: Uint16Array; origin: Uint32Array } {
  const capacity = Math.max(out.length + (out.length >> 2), size);
  const grownOut = new Uint16Array(capacity);
  grownOut.set(out);
  const grownOrigin = new Uint32Array(capacity + 1);
  grownOrigin.set(origin);
  return { out: grownOut, origin: grownOrigin };
}

/** Whether a UTF-16 code unit is [a-z0-9] (normalised text is lower case): a word-boundary lookaround around an ASCII term. */
export const isAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Whether a UTF-16 code unit is whitespace in the sense of a regular expression's \s. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** JavaScript's \w (with the u flag and without i): the characters of an English word. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** Whether a character takes two places in a fixed-width layout (CJK, full-width forms; not half-width katakana). */
export const isWide = (c: number): boolean => c >= 0x1100 && !(c >= 0xff61 && c <= 0xff9f);

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

/** One digit of a number as Japanese writes it, ASCII or kanji (第12条, 第十二条, 第百二条, 二〇): a character class, for patterns. */
export const NUMERAL = '[0-9一二三四五六七八九十百千〇]';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * English number words, cardinal and ordinal, one to forty ("one", "third", "twenty-first"): clauses numbered in words
 * ("Article One", "CLAUSE THIRD", "Twelfth Clause"), as contracts translated from Spanish or Portuguese number them.
 */
export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const units = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
  const unitOrdinals = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(' ');
  const words = new Map<string, number>();
  units.forEach((w, k) => words.set(w, k + 1).set(unitOrdinals[k], k + 1));
  for (const [tens, ordinal, n] of [['twenty', 'twentieth', 20], ['thirty', 'thirtieth', 30], ['forty', 'fortieth', 40]] as const) {
    words.set(tens, n).set(ordinal, n);
    for (let k = 0; k < 9 && n < 40; k++) words.set(`${tens}-${units[k]}`, n + k + 1).set(`${tens}-${unitOrdinals[k]}`, n + k + 1);
  }
  return words;
})();

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

/**
 * A clause number or list marker opening a line with a tab after it and no other tab on the line, as Word's plain-text
 * export writes numbered paragraphs ("7.2\tThe Supplier must …", "(a)\tthe …", "第3条\t…"). Normalised text: full-width
 * digits and brackets are ASCII already.
 */
const NUMBER_TAB_LINE = /^[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.?|\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|[a-z]\)|(?:[a-z]|[ivxlc]{1,6})\.|第[\d一二三四五六七八九十百]+条(?:の[\d一二三四五六七八九十]+)?)\t[^\t]*$/;

/**
 * The tab after such a number reads as a space, so the line is the numbered clause or item it is and not a table's row
 * of two cells. Not right under a table's row (a line with tabs that is no numbered line): there a number opening a
 * line is a cell ("No.\tSeverity" then "1\tCritical"). Length for length, as alignedTables.
 */
export function numberedParagraphTabs(normalized: NormalizedText): NormalizedText {
  const { text } = normalized;
  const spaces: number[] = [];
  // only a line with a tab is either; the end of the last table row (a line with a tab, not numbered)
  let rowEnd = -2;
  for (let tab = text.indexOf('\t'); tab >= 0; ) {
    const start = text.lastIndexOf('\n', tab) + 1;
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (rowEnd !== start - 1 && NUMBER_TAB_LINE.test(line)) spaces.push(start + line.indexOf('\t', line.search(/[^ \t]/)));
    else rowEnd = end;
    tab = end < text.length ? text.indexOf('\t', end + 1) : -1;
  }
  if (spaces.length === 0) return normalized;
  return { text: applyEdits(text, spaces.map((at) => ({ at, end: at + 1, text: ' ' }))), origin: normalized.origin };
}

/** The longest line read as the title right above a plain-text table (a wrapped paragraph's line is longer). */
const MAX_TABLE_TITLE = 60;
/** A table's caption: 「表1 役割分担」「別表２　責任分担」, "Table 3 - Roles" (a number right after the word; no sentence end). */
const TABLE_CAPTION = /^(?:別表|表|table)[ \u3000]*[0-9０-９]+(?:[-－.．][0-9０-９]+)?(?![0-9０-９])[^。.;；、,]*$/;

/** A plain-text table's rule under its header: runs of dashes (or '=') separated by two or more spaces, alone on a line. */
const COLUMN_RULE = /^[ \t]*[-=]{3,}(?: {2,}[-=]{3,})+[ \t]*$/;
const COLUMN_RULE_LINES = new RegExp(COLUMN_RULE.source, 'gm');

/**
 * A table laid out in columns of spaces, as a PDF or Word export writes it (a header, a dashed rule, rows until a
 * blank line), gets a tab before each column the rule marks, so its lines read as table rows with cells. Length
 * for length (a space becomes the tab), so offsets and the origin map stay as they are. A line whose first column
 * is blank (a cell wrapped onto the next line) is left alone. One search for rules: most texts have none.
 */
export function alignedTables(normalized: NormalizedText, original: string, ownerHeaders: ReadonlySet<string> = new Set()): NormalizedText {
  const { text } = normalized;
  const tabs: number[] = [];
  const lineEnd = (start: number) => { const e = text.indexOf('\n', start); return e < 0 ? text.length : e; };
  const isBlank = (start: number, end: number) => text.slice(start, end).trim() === '';
  COLUMN_RULE_LINES.lastIndex = 0;
  for (let m = COLUMN_RULE_LINES.exec(text); m; m = COLUMN_RULE_LINES.exec(text)) {
    const ruleStart = m.index;
    const ruleEnd = ruleStart + m[0].length;
    const columns = [...m[0].matchAll(/[-=]{3,}/g)].map((c) => c.index);
    const cellsOf = (start: number, end: number, isRule = false) => {
      if (!isRule && isBlank(start, Math.min(end, start + columns[0] + 1))) return;
      for (const c of columns.slice(1)) {
        const at = start + c - 1;
        if (at < end && text.charCodeAt(at) === 32 && text.charCodeAt(at - 1) === 32) tabs.push(at);
      }
    };
    // the header line above the rule, the rule, and the rows below it up to a blank line or the next rule
    if (ruleStart > 0) {
      const headerStart = text.lastIndexOf('\n', ruleStart - 2) + 1;
      if (!isBlank(headerStart, ruleStart - 1)) cellsOf(headerStart, ruleStart - 1);
    }
    cellsOf(ruleStart, ruleEnd, true);
    /** A line with a cell at the margin and a gap of two spaces before every later column it reaches: a row of this table. */
    const fitsColumns = (start: number, end: number) => {
      const inside = columns.slice(1).filter((c) => start + c < end);
      return !isBlank(start, Math.min(end, start + columns[0] + 1)) && inside.length > 0 &&
        inside.every((c) => text.charCodeAt(start + c - 1) === 32 && text.charCodeAt(start + c - 2) === 32);
    };
    for (let start = ruleEnd + 1; start < text.length;) {
      let end = lineEnd(start);
      if (isBlank(start, end)) {
        // an export may leave a blank line between rows: the table goes on when the next line is one of its rows
        const next = end + 1;
        if (next >= text.length || !fitsColumns(next, lineEnd(next))) break;
        start = next;
        end = lineEnd(start);
      }
      if (COLUMN_RULE.test(text.slice(start, end))) break;
      cellsOf(start, end);
      start = end + 1;
    }
  }
  headerTables(text, normalized.origin, original, tabs, ownerHeaders);
  if (tabs.length === 0) return normalized;
  return { text: applyEdits(text, tabs.map((at) => ({ at, end: at + 1, text: '\t' }))), origin: normalized.origin };
}

/**
 * A line set in from the margin with two cells (「　　９．０以上　　　７日以内」): a table of two columns is indented.
 * Its first cell is no bullet or list number (「   *   text」, 「  ア  text」 are list items).
 */
const INDENTED_PAIRS = /^ {2,}(?![-*+•・◦○●■□(]|\d{1,3}[.)](?!\d)|[a-zア-ン一二三四五六七八九十]{1,2}[.)、]?\s)\S[^\n]*?\S {2,}\S[^\n]*$/;

/** Whether text[start, end) holds `count` runs of two or more spaces between non-space characters: gaps between cells. */
function hasCellGaps(text: string, start: number, end: number, count: number): boolean {
  let gaps = 0;
  for (let k = start + 1; k < end - 1; k++) {
    if (text.charCodeAt(k) !== 32 || text.charCodeAt(k + 1) !== 32 || isSpaceCode(text.charCodeAt(k - 1))) continue;
    let j = k + 2;
    while (j < end && text.charCodeAt(j) === 32) j++;
    if (j < end && !isSpaceCode(text.charCodeAt(j)) && ++gaps >= count) return true;
    k = j - 1;
  }
  return false;
}

/** A line of two cells at the margin whose second cell heads a column of owners (「担当」, "Responsible party"). */
function ownerHeaded(text: string, start: number, end: number, ownerHeaders: ReadonlySet<string>): boolean {
  const cells = text.slice(start, end).trim().split(/ {2,}/);
  // (normalised text is lower-cased already, as the header words are)
  return cells.length === 2 && !isSpaceCode(text.charCodeAt(start)) && ownerHeaders.has(cells[1]);
}

/**
 * The same for a table with no rule, as exports also write it: a header line of three or more cells, then rows
 * (two at least) with spaces under each header cell's start for most columns. The header's cell starts stand in
 * for the rule; the table ends at the first line that does not fit. Lines of a ruled table are left to that pass, and
 * a table whose cells wrap over lines is left alone. A table typed in Japanese may line its columns up by the places
 * its characters take (a kanji two) rather than by characters: one that does not fit by characters is tried so.
 */
function headerTables(text: string, origin: Uint32Array, original: string, tabs: number[], ownerHeaders: ReadonlySet<string>): void {
  // lines of three or more cells parted by runs of two or more spaces, or indented lines of two (only a line with two
  // spaces in a row can be either)
  const lines: { start: number; end: number }[] = [];
  for (let at = text.indexOf('  '); at >= 0; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const cells = hasCellGaps(text, start, end, 2) || (text.startsWith('  ', start) && hasCellGaps(text, start, end, 1) && INDENTED_PAIRS.test(text.slice(start, end)));
    if (cells && !COLUMN_RULE.test(text.slice(start, end))) lines.push({ start, end });
    else if (ownerHeaders.size > 0 && ownerHeaded(text, start, end, ownerHeaders)) {
      // two columns, the second naming who does each row's task (「作業項目　　　担当」): its rows up to a blank line
      // are candidates whatever their gaps (a cell typed up to its column leaves one space)
      let row = end;
      for (lines.push({ start, end }); row + 1 < text.length && text.charCodeAt(row + 1) !== 10; ) {
        const rowEnd = text.indexOf('\n', row + 1);
        lines.push({ start: row + 1, end: rowEnd < 0 ? text.length : rowEnd });
        row = rowEnd < 0 ? text.length : rowEnd;
      }
      next = row;
    }
    at = next < 0 || next >= text.length ? -1 : text.indexOf('  ', next);
  }
  /** A line's indent: a table set in from the margin keeps it on every line. */
  const indentOf = (line: { start: number }) => {
    let k = line.start;
    while (text.charCodeAt(k) === 32) k++;
    return k - line.start;
  };
  const ruled = new Set(tabs.map((at) => text.lastIndexOf('\n', at) + 1));
  const hasWide = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (isWide(original.charCodeAt(origin[k]))) return true;
    return false;
  };
  type Line = { start: number; end: number };
  /** The places normalised character k takes on a line starting at `lineStart` (an expansion's further characters none). */
  const placesOf = (k: number, lineStart: number) =>
    k === lineStart || origin[k] !== origin[k - 1] ? (isWide(original.charCodeAt(origin[k])) ? 2 : 1) : 0;
  /** A gap before a cell: [from, to) in characters from the line's start, and [at, past) in places. */
  type Gap = { from: number; to: number; at: number; past: number };
  /**
   * The runs of two or more spaces before a cell of a line. Places are characters, or with `wide` the places the
   * original characters take (a kanji two: a table typed in Japanese lines its columns up by them).
   */
  const gapsIn = (line: Line, wide: boolean): Gap[] => {
    const gaps: Gap[] = [];
    let place = 0;
    let k = line.start;
    const placeOf = (to: number) => {
      if (!wide) return to - line.start;
      for (; k < to; k++) place += placesOf(k, line.start);
      return place;
    };
    for (const g of text.slice(line.start, line.end).matchAll(/ {2,}(?=\S)/g)) {
      if (g.index === 0) continue;
      const at = placeOf(line.start + g.index);
      gaps.push({ from: g.index, to: g.index + g[0].length, at, past: placeOf(line.start + g.index + g[0].length) });
    }
    return gaps;
  };
  /**
   * Where a cell typed up to (or a place or two past) its column leaves a single space before the next
   * (「通話録音データのバックアップ 確認」): that space, when the next cell starts within two places of c, else -1.
   */
  const oneSpaceBefore = (line: Line, c: number) => {
    let place = 0;
    for (let k = line.start; k < line.end && place <= c + 2; k++) {
      if (place >= c && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k - 2) !== 32 && text.charCodeAt(k) !== 32) return k - 1;
      place += placesOf(k, line.start);
    }
    return -1;
  };
  /**
   * The tabs of a table headed by lines[i] (none when the lines under it do not fit its columns), where it ends, and
   * how many of its cells start right under a column.
   */
  const tableAt = (i: number, wide: boolean): { tabs: number[]; next: number; fit: number } => {
    const head = lines[i];
    const columns = gapsIn(head, wide).map((g) => g.past);
    // a column is hit by a gap of the line that spans its start or ends within two places of it (exports shift a
    // cell by a place or two); the tab takes the gap's last space
    const hits = (line: Line) => {
      const gaps = gapsIn(line, wide);
      const at = new Set<number>();
      for (const c of columns) {
        const gap = gaps.find((g) => (g.at < c && c <= g.past) || Math.abs(g.past - c) <= 2);
        if (gap) at.add(line.start + gap.to - 1);
        else if (wide) {
          const k = oneSpaceBefore(line, c);
          if (k >= 0) at.add(k);
        }
      }
      // a first cell typed past its column pushes the next ones along ("Patching and anti-virus of all project
      // terminals   -    Responsible"): a row with a cell for each column keeps its cells in order
      if (at.size < columns.length && columns.length >= 2 && gaps.length === columns.length && gaps[0].at >= columns[0]) {
        return gaps.map((g) => line.start + g.to - 1);
      }
      return [...at];
    };
    // a table of marks (○, 甲, R) has one or two per row: a row whose short cells each start under a column keeps
    // its place, with a tab for each column it leaves blank (the first column may hold the row's task after a number:
    // "  7     Review of access logs        R                   A")
    const sparse = (line: Line) => {
      const gaps = gapsIn(line, wide);
      // the cell after each gap, up to the next gap
      const cellAfter = (k: number) => text.slice(line.start + gaps[k].to, k + 1 < gaps.length ? line.start + gaps[k + 1].from : line.end);
      const nearest = gaps.map((g) => columns.findIndex((c) => Math.abs(g.past - c) <= 1));
      if (gaps.length === 0 || gaps.some((_, k) => cellAfter(k).trim().length > 4 && !(k === 0 && nearest[0] === 0 && gaps.length > 1))) return null;
      const at: number[] = [];
      let k = 0;
      for (const [index, g] of gaps.entries()) {
        const near = nearest[index];
        if (near < k) return null;
        // a blank column's tab: the space of the gap at its place (a full-width space takes two), or the gap's first
        // spaces when the cell before runs up to or past the column; the gap's last space is the cell's own
        for (let last = -1; k < near; k++) {
          const tab = Math.max(line.start + g.from + Math.min(columns[k] - g.at, g.to - g.from - 1) - 1, line.start + g.from, last + 1);
          if (tab >= line.start + g.to - 1) return null;
          at.push((last = tab));
        }
        at.push(line.start + g.to - 1);
        k = near + 1;
      }
      return at;
    };
    /**
     * The end of the line after `line` when it carries on a first-column cell that wrapped ("Council network and
     * end-user" / "    devices"): set in further than the header, one short run of text that ends before the second
     * column. Else line.end.
     */
    const carried = (line: Line) => {
      const start = line.end + 1;
      const next = text.indexOf('\n', start);
      const end = next < 0 ? text.length : next;
      const cell = text.slice(start, end);
      const indent = cell.length - cell.trimStart().length;
      return indent > indentOf(head) && cell.trim() !== '' && !hasCellGaps(text, start, end, 1) && end - start < (columns[0] ?? 0) ? end : line.end;
    };
    const rows: number[][] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].start === carried(lines[j - 1]) + 1 && !ruled.has(lines[j].start); j++) {
      // a row of every column as it is; one that leaves some blank keeps its marks under their columns when it can
      const dense = hits(lines[j]);
      const at = dense.length >= columns.length ? dense : sparse(lines[j]) ?? (dense.length * 2 < columns.length + 1 ? null : dense);
      if (!at) break;
      rows.push(at);
    }
    // a blank line after it, and no row with a blank first cell: else cells wrap over lines and a line is no row
    const last = carried(lines[j - 1]);
    // (or, for a table set in under its lead, the list going on at the lead's indent)
    // (or, for a table set in under its caption as a PDF's text layer sets it, the text going on at the margin again)
    const blankAfter = last + 1 >= text.length || text.charCodeAt(last + 1) === 10 ||
      ((setIn(head) || captionAbove(head)) && indentOf({ start: last + 1 }) < indentOf(head));
    const wraps = lines.slice(i, j).some((l) => indentOf(l) > indentOf(head));
    // (a cell starts under its column or, as with hits, a place or two off it: an export that shifts the header
    // against its rows shifts every row alike, and the table is read by places all the same)
    const fit = lines.slice(i + 1, j).reduce((n, l) => n + gapsIn(l, wide).filter((g) => columns.some((c) => Math.abs(g.past - c) <= 2)).length, 0);
    return { tabs: rows.length >= 2 && blankAfter && !wraps ? [hits(head), ...rows].flat() : [], next: j, fit };
  };
  /** The line right above the one starting at `start` (its end: the line break before `start`). */
  const lineAbove = (start: number): Line => ({ start: text.lastIndexOf('\n', start - 2) + 1, end: start - 1 });
  /**
   * A header set in further than the sentence ending right above it (a table under the list item that leads it; not
   * under a cell's wrapped last words, 「（年1回）」, at the margin).
   */
  const setIn = (head: Line) => {
    if (head.start < 2 || text.charCodeAt(head.start - 2) === 10) return false;
    const above = lineAbove(head.start);
    return indentOf(head) > indentOf(above) && /[.。:：]\s*$/.test(text.slice(above.start, above.end));
  };
  /**
   * Whether the line above a table's header is its title, as a PDF's text layer sets it right over the table
   * ("Appendix 1 (Division of Roles)", "SCHEDULE 3 - RESPONSIBILITIES"): a line of its own after a blank line or the
   * text's start, short, and ending in no sentence or list punctuation.
   */
  const titleAbove = (headStart: number) => {
    const { start, end } = lineAbove(headStart);
    const title = text.slice(start, end).trim();
    return title.length > 0 && title.length <= MAX_TABLE_TITLE && !/[.,;、，]$/.test(title) &&
      (start < 2 || text.charCodeAt(start - 2) === 10);
  };
  /**
   * Whether the line right above a header set in from the margin is the table's caption at its indent, as a PDF's text
   * layer sets it under a heading with no blank line between (「  表1 役割分担」 over 「  作業項目    本市    受注者」,
   * "  Table 2  Responsibilities"): a short line that opens with 表・別表 or "Table" and a number.
   */
  const captionAbove = (head: Line) => {
    if (head.start < 2 || indentOf(head) === 0) return false;
    const above = lineAbove(head.start);
    const caption = text.slice(above.start, above.end);
    return indentOf(above) > 0 && indentOf(above) <= indentOf(head) && caption.trim().length <= MAX_TABLE_TITLE && TABLE_CAPTION.test(caption.trim());
  };
  /**
   * Whether the line above a table's header ends an English sentence that refers to the table ("The following table
   * sets out …", "… as shown below.") with a full stop: that sentence introduces it as a colon would.
   */
  const introducedAbove = (headStart: number) => {
    if (headStart < 2) return false;
    const { start, end } = lineAbove(headStart);
    const line = text.slice(start, end);
    if (!/[a-z)]\.\s*$/.test(line)) return false;
    // the sentence may have begun a line or two higher: within its paragraph and 240 characters (the blank line is
    // looked for in that window only, not back through the whole text at every header)
    const from = Math.max(start - 240, 0);
    const window = text.slice(from, end);
    const sentence = window.slice(Math.max(window.lastIndexOf('\n\n', start - from), 0));
    return /\b(?:(?:following|below|this|the)\s+(?:table|matrix|schedule|list)|(?:set out|shown|listed|as follows)\s+below|below\s*\.)/.test(sentence.slice(sentence.lastIndexOf('. ') + 1));
  };
  for (let i = 0; i < lines.length;) {
    const head = lines[i];
    // a table is set off by a blank line or by the sentence that introduces it: a line right under another line of
    // cells is no header (this also keeps the pass linear)
    const underCells = i > 0 && lines[i - 1].end + 1 === head.start;
    // (an English sentence ending in a full stop introduces a table as a colon does: "The following table allocates
    // the tasks." right over its header, as a PDF's text layer sets it with no blank line between)
    if (ruled.has(head.start) || underCells || !(head.start < 2 || text.charCodeAt(head.start - 2) === 10 || /[。:：]\s*$/.test(text.slice(lineAbove(head.start).start, head.start - 1)) || introducedAbove(head.start) || titleAbove(head.start) || setIn(head) || captionAbove(head))) { i++; continue; }
    // and has two rows at least right under its header
    if (i + 2 >= lines.length || lines[i + 1].start !== head.end + 1 || lines[i + 2].start !== lines[i + 1].end + 1) { i++; continue; }
    // by characters, or by places where the table holds wide characters and its cells start under the columns so
    let table = tableAt(i, false);
    if (hasWide(head.start, lines[i + 2].end)) {
      const byPlaces = tableAt(i, true);
      if (byPlaces.tabs.length > 0 && (table.tabs.length === 0 || byPlaces.fit > table.fit)) table = byPlaces;
    }
    tabs.push(...table.tabs);
    // the lines up to the table's end sit right under this one: none of them heads a table
    i = table.next;
  }
}
