/**
 * Hard-wrapped text (a PDF's text layer, a fixed-width .txt). Japanese lines are cut at the page width
 * mid-sentence and mid-word (「個人情\n報」); Japanese writes no space between words, so a term cut by a line break
 * is not found, and a short wrapped line reads as a paragraph of its own. These soft breaks — after a line as
 * wide as the page that does not end a sentence, before a line that does not open a heading, item or table
 * row — are removed from the normalised text (its offset map keeps pointing into the original). In any language,
 * a sentence cut by a page break loses the page number and running footer between its pieces, and a word broken
 * at its hyphen is joined. Other breaks between Latin words stay: they are spaces, which English terms
 * (flexible spaces) and paragraphs (segment.ts) already read across. A text not wrapped at one width, without
 * page numbers or broken words (most documents), is returned as it is.
 */
import { isSpaceCode, isWide, type NormalizedText } from './normalize.ts';
import { COLUMN_ROW, opensBlock, opensHeading } from './segment.ts';
import type { Catalog } from '../catalog/index.ts';

/** Lines at least this wide (full-width characters count two) can tell the wrap width. */
const MIN_WIDTH = 16;
/** Wrapped lines end this close to the wrap width: a Latin word that did not fit, line-breaking rules (Japanese). */
const WORD_SLACK = 12;
const JA_SLACK = 4;
/**
 * The wrap width must be reached by this many lines, and this share of the wide ones; few lines go past it.
 * A smaller share will do when most lines at the width end mid-sentence (a printed page with many short
 * item and heading lines).
 */
const MIN_WRAPPED_LINES = 5;
const MIN_WRAPPED_SHARE = 0.4;
const MIN_WRAPPED_SHARE_OPEN = 0.25;
const MIN_OPEN_SHARE = 0.6;
const MAX_WIDER_SHARE = 0.05;
/** A running header or footer: a line this short, repeated this often. */
const RUNNING_LINE = 60;
const MIN_REPEATS = 3;
/** The fewest characters of a title that a running header repeating it must start with. */
const MIN_TITLE = 6;
/** What may follow the title in a running header: nothing, an edition or date, a number, a bracket or a rule. */
const TITLE_TAIL = /^[ \t\u3000]*(?:$|[-－–—|/／(（\[【〈<]|第?[0-9０-９.]+版|第[0-9０-９]|(?:ver(?:sion)?|rev)\.?\s*\d|v\d|\d|令和|平成)/i;
/**
 * A running header as wide as the page ("Northvale Energy Supply Ltd - Invitation to Tender NV-ITT-2027-04 - Meter
 * Data Platform"): longer than RUNNING_LINE, it is running only when it comes back and stands at a page's edge
 * every time, as a short line seen only twice must.
 */
const LONG_RUNNING_LINE = 110;
/** Lines read to tell whether a text is wrapped. */
const SAMPLE_LINES = 400;
/** A sentence ends here: the next line starts anew. */
const SENTENCE_END = /[。．.!?！？]$/;
const CAPTION_END = /[)）】」]$/;
/** A number cut at its decimal point (「ＣＶＳＳ基本値７．\n０以上」): the full stop is no sentence end. */
const DECIMAL_CUT_END = /[0-9][.．]$/;
const DIGIT_START = /^[0-9]/;
/**
 * A Japanese line cut by hand where no sentence can end (a proposal or e-mail typed with short lines, not at
 * one page width): after a case particle, 「から」, 「て」 or a reading comma (「…認知から\n１時間以内に」,
 * 「…カスタマイズ部分の\n対応は別途お見積り」). The next line goes on with the sentence unless it opens a block.
 */
const RAGGED_CUT = '(?:[のをにがはでとへもて、]|から)';
const RAGGED_CUT_END = new RegExp(`${RAGGED_CUT}$`);
const RAGGED_BREAK = new RegExp(`${RAGGED_CUT}[ \\t]*\\n[ \\t]*[^\\s|#>*・\\-]`);
/**
 * A numbered clause typed or exported with hand-made breaks at no one width (「6.5 受託者は、従事者に対し、…教育を」 then
 * 「実施すること。」): its first line reads like a numbered heading, but a heading holds no reading comma and ends at no
 * case particle (「…について」 does: 「て」 is not one of these), and the next line closes the sentence it began.
 */
const CLAUSE_CUT_END = /(?:[のをにがはでとへも、]|から)$/;
const clauseLineCut = (last: string, next: string): boolean =>
  last.includes('、') && SENTENCE_END.test(next) && (CLAUSE_CUT_END.test(last) || continuesWord(next.charCodeAt(0)));
/** A line opening with a closing bracket goes on from a full stop inside it (「…を含みます。\n）を消去し」). */
const CLOSING_BRACKET_START = /^[)）」』】]/;

/**
 * A character no Japanese line opens with unless it goes on from the line above: hiragana (okurigana and
 * particles: 「漏\nらしてはならない」), small kana, the prolonged sound mark, 、。 and closing brackets. In a wrapped
 * text such a line joins the one above even when that is short (a table cell wrapped in its narrow column).
 */
const continuesWord = (c: number) => (c >= 0x3041 && c <= 0x3096) || c === 0x30fc || c === 0x3001 || c === 0x3002 || c === 0xff09 || c === 0x300d || c === 0x300f || c === 0x29;
const isCjk = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60);

/** Whether text[from, to) holds a Japanese character (a Latin word at the end of a Japanese line: 「…ＩＳＯ」). */
function endsInJapanese(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (isCjk(text.charCodeAt(k))) return true;
  return false;
}

/**
 * A table row set out with spaces (「初期費用　　　　４，８００万円」, full-width spaces normalised): a gap of four spaces
 * or more between cells. Two are not enough: typed English puts them after a full stop. Two gaps of two, not after a
 * full stop, are (a check sheet's 「技術　　4-2　　…実施しているか　はい　　年1回…」: double full-width spaces part its cells).
 */
const SPACE_ALIGNED_ROW = new RegExp(`\\S {4,}\\S|${COLUMN_ROW.source}`);

/**
 * A line of the text (trimmed); `width` 0 for a table row, which is laid out by its cells, not the page. `indent` is the
 * width of the whitespace before it: a text layer wraps at the page's right margin, so an indented line is full with it.
 */
interface Line { start: number; end: number; width: number; indent: number }

/**
 * The normalised text's lines without surrounding whitespace, with their display widths in the original
 * (where the layout was made: normalising makes （１） half-width) when `measured` (else 0: a text not wrapped
 * at a width is read for its page numbers and broken words only, and measuring every line cost most of that).
 */
function linesOf(text: string, original: string, origin: Uint32Array, limit = Infinity, measured = true): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length && lines.length < limit;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    let width = 0;
    let indent = 0;
    if (measured) {
      const content = text.slice(a, b);
      const row = text.charCodeAt(a) === 0x7c || content.includes('\t') || SPACE_ALIGNED_ROW.test(content);
      const to = b > a ? origin[b - 1] + 1 : origin[a];
      if (!row) {
        width = displayWidth(original, origin[a], to);
        if (b > a) indent = displayWidth(original, origin[start], origin[a]);
      }
    }
    lines.push({ start: a, end: b, width, indent });
    start = end + 1;
  }
  return lines;
}

/** The display width of original[from, to): full-width characters count two. */
function displayWidth(original: string, from: number, to: number): number {
  let width = 0;
  for (let k = from; k < to; k++) width += isWide(original.charCodeAt(k)) ? 2 : 1;
  return width;
}

/**
 * The width the text is wrapped at (most wide lines end just short of it, hardly any past it), or 0: told by the
 * lines' own widths (a flattened table's indented cells may run past the page), else by their widths with their indent.
 */
function wrapWidth(lines: Line[], text: string): number {
  return widthOfLines(lines, text, false) || widthOfLines(lines, text, true);
}

/** The wrap width as told by the lines' widths, their indents included when `indented` (cells wrapped under their column). */
function widthOfLines(lines: Line[], text: string, indented: boolean): number {
  const counts = new Map<number, number>();
  const open = new Map<number, number>();
  let wide = 0;
  for (const line of lines) {
    const { end } = line;
    const width = indented ? line.width + line.indent : line.width;
    if (width < MIN_WIDTH) continue;
    wide++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
    if (!SENTENCE_END.test(text.slice(end - 1, end))) open.set(width, (open.get(width) ?? 0) + 1);
  }
  // the window with the most lines among those few lines go past (short heading and item lines may outnumber full ones)
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let wider = 0;
    for (const [v, n] of counts) if (v > w + 2) wider += n;
    if (wider > wide * MAX_WIDER_SHARE) continue;
    let n = 0;
    for (let d = 0; d <= WORD_SLACK; d++) n += counts.get(w - d) ?? 0;
    // ties go to the narrower width: past the widest line every window holds the same lines
    if (n > bestCount || (n === bestCount && w < best)) { best = w; bestCount = n; }
  }
  let openCount = 0;
  for (let d = 0; d <= WORD_SLACK; d++) openCount += open.get(best - d) ?? 0;
  const share = bestCount / Math.max(1, wide);
  const wrapped = share >= MIN_WRAPPED_SHARE || (share >= MIN_WRAPPED_SHARE_OPEN && openCount >= bestCount * MIN_OPEN_SHARE);
  return bestCount >= MIN_WRAPPED_LINES && wrapped ? best : 0;
}

/**
 * Page furniture of a PDF's text layer: a page number on a line of its own (「－ 3 －」, "Page 3 of 9", "3 / 9", or a
 * bare "3" between blank lines when the page numbers count on),
 * and the running header or footer next to it (a short line repeated on many pages). Between two pieces of
 * one sentence it goes, with the blank lines of the page break around it.
 */
const PAGE_NUMBER = /^(?:[-－–—‐]\s*\d{1,4}\s*[-－–—‐]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}\s*ページ)$/i;
/** A Latin word broken across a line at its hyphen. */
const HYPHEN_BREAK = /[a-z]-\n[ \t]*[a-z]/;
const PAGE_NUMBER_LINE = /\n[^\n]{1,60}[ \t]{2,}(?:(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?|[-－–—‐][ \t]*\d{1,4}[ \t]*[-－–—‐])[ \t]*\n|\n[ \t]*(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?[ \t]{2,}[^\n]{1,60}\n|\n[ \t]*(?:[-－–—‐][ \t]*\d{1,4}[ \t]*[-－–—‐]|(?:page|p\.)[ \t]*\d{1,4}|\d{1,4}[ \t]*(?:\/[ \t]*\d{1,4}|ページ))[^\n]{0,12}\n|\n[ \t]*\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\n/i;
/**
 * A ruled line that a text layer keeps as characters (「-----」, 「―――」, "=====", "_____"), of any width: framing a
 * page number and its running header or footer, it is page furniture with them.
 */
const RULE_LINE = /^[ \t]*(?:[-－–—―─━=＝_＿~〜～*＊・.][ \t]*){8,}$/;
/** A bare number on a line between blank lines: a page number when the next such line counts on by one. */
const BARE_NUMBER = /^\d{1,4}$/;
/**
 * A running header or footer and the page number on one line, set apart by a wide gap, as a layout-keeping
 * extractor gives them ("Acme / Beta - MSA        Page 3 of 9", "Page 3 of 9        Confidential"): page
 * furniture when its running part comes back on another such line.
 */
const PAGE_PART = String.raw`(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-－–—‐]\s*\d{1,4}\s*[-－–—‐]|\d{1,4}\s*\/\s*\d{1,4})`;
const RUNNING_THEN_PAGE = new RegExp(String.raw`^(\S.{0,${RUNNING_LINE}}?)[ \t]{2,}${PAGE_PART}$`, 'i');
const PAGE_THEN_RUNNING = new RegExp(String.raw`^${PAGE_PART}[ \t]{2,}(\S.{0,${RUNNING_LINE}}?)$`, 'i');
const runningPart = (line: string) => (RUNNING_THEN_PAGE.exec(line) ?? PAGE_THEN_RUNNING.exec(line))?.[1];

/** Per line: a page number, or a running header or footer (short, repeated) within two lines of one. */
function pageFurniture(lines: Line[], lineText: (l: Line) => string): Uint8Array {
  const furniture = new Uint8Array(lines.length);
  const repeats = new Map<string, number>();
  for (const l of lines) if (l.end > l.start && l.end - l.start <= LONG_RUNNING_LINE) repeats.set(lineText(l), (repeats.get(lineText(l)) ?? 0) + 1);
  const short = (k: number) => lines[k].end - lines[k].start <= RUNNING_LINE;
  const repeated = (k: number) => k >= 0 && k < lines.length && short(k) && (repeats.get(lineText(lines[k])) ?? 0) >= MIN_REPEATS;
  const blankAround = (k: number) => (k === 0 || lines[k - 1].end === lines[k - 1].start) && (k + 1 === lines.length || lines[k + 1].end === lines[k + 1].start);
  const bare = lines.flatMap((l, k) => (BARE_NUMBER.test(lineText(l)) && blankAround(k) ? [k] : []));
  const counted = new Set(bare.filter((k, i) => {
    const n = Number(lineText(lines[k]));
    return (i > 0 && Number(lineText(lines[bare[i - 1]])) === n - 1) || (i + 1 < bare.length && Number(lineText(lines[bare[i + 1]])) === n + 1);
  }));
  const withPage = new Map<string, number>();
  const runningParts = lines.map((l) => runningPart(lineText(l)));
  for (const r of runningParts) if (r) withPage.set(r, (withPage.get(r) ?? 0) + 1);
  const pageNumber = (k: number) => {
    const footerWithPage = runningParts[k] !== undefined && (withPage.get(runningParts[k]!) ?? 0) >= 2;
    return counted.has(k) || footerWithPage || (lines[k].end - lines[k].start <= 16 && PAGE_NUMBER.test(lineText(lines[k])));
  };
  const pages = lines.flatMap((_, k) => (pageNumber(k) ? [k] : []));
  if (pages.length === 0) return furniture;
  // a short document's running header comes back only once or twice: a line seen twice is running too when
  // every time it stands at a page's edge — within two lines of a page number, or at the text's start or end
  const contentLines = lines.flatMap((l, k) => (l.end > l.start ? [k] : []));
  const contentIndex = new Map(contentLines.map((k, i) => [k, i]));
  const atEdge = (k: number) => {
    const i = contentIndex.get(k)!;
    if (i < 2 || i >= contentLines.length - 2) return true;
    return pages.some((p) => { const j = contentIndex.get(p); return j !== undefined && Math.abs(j - i) <= 2; });
  };
  const edgeOnly = new Map<string, boolean>();
  for (const k of contentLines) {
    const t = lineText(lines[k]);
    const seen = repeats.get(t) ?? 0;
    if (short(k) ? seen !== 2 : seen < 2) continue;
    edgeOnly.set(t, (edgeOnly.get(t) ?? true) && atEdge(k));
  }
  // a two-page document's header comes back once, on the second page: it is running when it repeats the document's
  // title, its first line (「FormaCDE サービスレベル合意書（SLA）」 over page 2 as 「… （SLA）　第2.1版」)
  const title = contentLines.length > 0 ? lineText(lines[contentLines[0]]).trim() : '';
  // (the title alone, or followed by an edition, a date, a number or a bracket; not a sentence that opens with the
  // document's name, 「サービスレベル合意書に定める…」)
  const titled = (k: number) => {
    const line = lineText(lines[k]).trim();
    return title.length >= MIN_TITLE && k !== contentLines[0] && short(k) && line.startsWith(title) && TITLE_TAIL.test(line.slice(title.length));
  };
  const running = (k: number) => repeated(k) || (k >= 0 && k < lines.length &&
    (edgeOnly.get(lineText(lines[k])) === true || RULE_LINE.test(lineText(lines[k])) || titled(k)));
  for (const k of pages) {
    furniture[k] = 1;
    // the running lines next to it, blank lines aside
    for (const step of [-1, 1]) {
      for (let j = k + step, seen = 0; j >= 0 && j < lines.length && seen < 2; j += step) {
        if (lines[j].end === lines[j].start) continue;
        seen++;
        if (!running(j)) break;
        furniture[j] = 1;
      }
    }
  }
  return furniture;
}

/** The words (four letters or more) and the hyphenated compounds ("sub-contractor") of a text, lower case. */
interface Words { plain: Set<string>; hyphenated: Set<string> }
function wordsOf(s: string): Words {
  const lower = s.toLowerCase();
  return {
    plain: new Set(Array.from(lower.matchAll(/[a-z]{4,}/g), (m) => m[0])),
    hyphenated: new Set(Array.from(lower.matchAll(/[a-z]+-[a-z]+/g), (m) => m[0])),
  };
}
/**
 * The catalog's own vocabulary (terms, patterns, titles, examples; a pattern's escapes, \b or \s, are no letters),
 * built on first use, once per catalog: a custom catalog's words count too.
 */
const catalogWords = new WeakMap<Catalog, Words>();
function vocabulary(catalog: Catalog): Words {
  let words = catalogWords.get(catalog);
  if (!words) catalogWords.set(catalog, (words = wordsOf(JSON.stringify([catalog.concepts, catalog.requirements]).replace(/\\\\[a-z]/gi, ' '))));
  return words;
}
/** The words of the text last asked about: read once per text, not once per hyphen. */
let textWords: { text: string; words: Words } | undefined;
/**
 * A hyphen at a line end that only broke a word across the lines (a PDF's text layer: "confiden-\ntiality",
 * "infor-\nmation"): the joined word is a word of the document elsewhere or of the catalog, and the hyphenated
 * form is not ("sub-\ncontractor" stays as written when the document or the catalog writes "sub-contractor").
 */
function softHyphen(text: string, hyphenEnd: number, nextStart: number, catalog: Catalog): boolean {
  let a = hyphenEnd - 1;
  while (a > 0 && /[a-z]/i.test(text.charAt(a - 1))) a--;
  let b = nextStart;
  while (b < text.length && /[a-z]/i.test(text.charAt(b))) b++;
  const left = text.slice(a, hyphenEnd - 1).toLowerCase();
  const right = text.slice(nextStart, b).toLowerCase();
  if (!left || !right) return false;
  if (textWords?.text !== text) textWords = { text, words: wordsOf(text) };
  const joined = left + right;
  const hyphenated = `${left}-${right}`;
  const known = vocabulary(catalog);
  return (textWords.words.plain.has(joined) || known.plain.has(joined)) &&
    !textWords.words.hyphenated.has(hyphenated) && !known.hyphenated.has(hyphenated);
}

/**
 * The normalised text without the soft line breaks of hard wrapping (the same object when there are none):
 * inside Japanese lines as wide as the page, and across a page break (blank lines, a page number) in the
 * middle of a sentence — where Japanese joins without a break, and other text keeps one line break, which
 * the segmenter reads across.
 */
export function unwrapLines(original: string, normalized: NormalizedText, catalog: Catalog): NormalizedText {
  const { text, origin } = normalized;
  // a wrapped text is wrapped from its first page: its opening lines tell
  const width = wrapWidth(linesOf(text, original, origin, SAMPLE_LINES), text);
  if (width === 0 && !PAGE_NUMBER_LINE.test(text) && !HYPHEN_BREAK.test(text) && !RAGGED_BREAK.test(text)) return normalized;
  const lines = linesOf(text, original, origin, Infinity, width > 0);
  const lineText = (l: Line) => text.slice(l.start, l.end);
  const full = (l: Line) => width > 0 && l.width + l.indent >= width - JA_SLACK;
  const furniture = pageFurniture(lines, lineText);
  // each soft break: [from, to) replaced by `by`
  const cuts: { from: number; to: number; by: string }[] = [];
  let prev = -1; // the last line with content (not a page number)
  let page = false; // a page break (a page number, or blank lines after a full line) since it
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.end === line.start) continue;
    if (furniture[k]) {
      page = true;
      continue;
    }
    const before = prev;
    const blank = prev >= 0 && k > prev + 1;
    const acrossPage = page;
    prev = k;
    page = false;
    if (before < 0 || (blank && !acrossPage)) continue;
    const last = lines[before];
    // a word broken at its hyphen ("sub-\ncontractor", "third-\nparty") is one word again, hyphen kept —
    // unless the hyphen only broke the word ("confiden-\ntiality"): see softHyphen
    if (!blank && HYPHEN_BREAK.test(text.slice(last.end - 2, line.start + 1))) {
      cuts.push({ from: softHyphen(text, last.end, line.start, catalog) ? last.end - 1 : last.end, to: line.start, by: '' });
      continue;
    }
    // a break in Japanese text, also inside a Latin word of it (「ＳＳ－\nＭＩＸ２」, 「ＩＳＯ\n２７００１」)
    const japanese = isCjk(text.charCodeAt(line.start)) || endsInJapanese(text, Math.max(last.start, last.end - 12), last.end);
    // within a page only a Japanese line as wide as the page; across a page number any sentence cut in two
    // (a short heading line, 「8.1　データの返却」, ends where it ends: the next line opens its text, 「お客様は…」)
    const raggedCut = japanese && (opensHeading(lineText(last)) ? clauseLineCut(lineText(last), lineText(line)) : RAGGED_CUT_END.test(lineText(last)));
    if (!blank && !(japanese && (full(last) || raggedCut || (width > 0 && continuesWord(text.charCodeAt(line.start)) && !opensHeading(lineText(last)))))) continue;
    const decimalCut = japanese && DECIMAL_CUT_END.test(text.slice(last.end - 2, last.end)) && DIGIT_START.test(text.charAt(line.start));
    const insideBrackets = japanese && CLOSING_BRACKET_START.test(text.charAt(line.start));
    if ((SENTENCE_END.test(text.slice(last.end - 1, last.end)) && !decimalCut && !insideBrackets) || opensBlock(lineText(line))) continue;
    // a heading as wide as the page still ends at its caption: 「第2条(…の明示)」
    if (CAPTION_END.test(text.slice(last.end - 1, last.end)) && opensHeading(lineText(last))) continue;
    cuts.push({ from: last.end, to: line.start, by: japanese ? '' : '\n' });
  }
  if (cuts.length === 0) return normalized;
  // concatenated rather than joined: joining thousands of slices of a two-byte string took twice as long
  let joined = '';
  const kept = new Uint32Array(origin.length + cuts.length);
  let len = 0;
  let at = 0;
  const keep = (from: number, to: number) => {
    joined += text.slice(from, to);
    kept.set(origin.subarray(from, to), len);
    len += to - from;
  };
  for (const cut of cuts) {
    keep(at, cut.from);
    joined += cut.by;
    for (let k = 0; k < cut.by.length; k++) kept[len++] = origin[cut.from];
    at = cut.to;
  }
  keep(at, text.length);
  kept[len] = origin[text.length];
  return { text: joined, origin: kept.subarray(0, len + 1) };
}
