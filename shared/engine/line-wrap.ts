/**
 * Hard-wrapped Japanese (a PDF's text layer, a fixed-width .txt): every line is cut at the same width,
 * mid-sentence and mid-word (「個人情\n報」). Japanese writes no space between words, so a term cut by a line
 * break is not found, and a short wrapped line reads as a paragraph of its own. The soft breaks — after a line
 * as wide as the wrap width that does not end a sentence, before a line that does not open a heading, item or
 * table row — are removed from the normalised text (its offset map keeps pointing into the original). Text that
 * is not wrapped at one width (most documents) is left as it is, and so are breaks between Latin words: they
 * are spaces, which English terms (flexible spaces) and paragraphs (segment.ts) already read across.
 */
import type { NormalizedText } from './normalize.ts';
import { opensBlock } from './segment.ts';

/** Lines at least this wide (full-width characters count two) can tell the wrap width. */
const MIN_WIDTH = 16;
/** Wrapped lines end this close to the wrap width: a Latin word that did not fit, line-breaking rules (Japanese). */
const WORD_SLACK = 12;
const JA_SLACK = 4;
/** The wrap width must be reached by this many lines, and this share of the wide ones; few lines go past it. */
const MIN_WRAPPED_LINES = 5;
const MIN_WRAPPED_SHARE = 0.4;
const MAX_WIDER_SHARE = 0.05;
/** Lines read to tell whether a text is wrapped. */
const SAMPLE_LINES = 400;
/** A sentence ends here: the next line starts anew. */
const SENTENCE_END = /[。．.!?！？]$/;
const CAPTION_END = /[)）】」]$/;

const isWide = (c: number) => c >= 0x1100 && !(c >= 0xff61 && c <= 0xff9f);
const isCjk = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60);

/** A line of the text (trimmed); `width` 0 for a table row, which is laid out by its cells, not the page. */
interface Line { start: number; end: number; width: number }

/**
 * The normalised text's lines without surrounding whitespace, with their display widths in the original
 * (where the layout was made: normalising makes （１） half-width).
 */
function linesOf(text: string, original: string, origin: Uint32Array, limit = Infinity): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length && lines.length < limit;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    let width = 0;
    const row = text.charCodeAt(a) === 0x7c || text.slice(a, b).includes('\t');
    const to = b > a ? origin[b - 1] + 1 : origin[a];
    if (!row) for (let k = origin[a]; k < to; k++) width += isWide(original.charCodeAt(k)) ? 2 : 1;
    lines.push({ start: a, end: b, width });
    start = end + 1;
  }
  return lines;
}

/** The width the text is wrapped at (most wide lines end just short of it, hardly any past it), or 0. */
function wrapWidth(lines: Line[]): number {
  const counts = new Map<number, number>();
  let wide = 0;
  for (const { width } of lines) {
    if (width < MIN_WIDTH) continue;
    wide++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let n = 0;
    for (let d = 0; d <= WORD_SLACK; d++) n += counts.get(w - d) ?? 0;
    // ties go to the narrower width: past the widest line every window holds the same lines
    if (n > bestCount || (n === bestCount && w < best)) { best = w; bestCount = n; }
  }
  let wider = 0;
  for (const [w, n] of counts) if (w > best + 2) wider += n;
  return bestCount >= MIN_WRAPPED_LINES && bestCount >= wide * MIN_WRAPPED_SHARE && wider <= wide * MAX_WIDER_SHARE ? best : 0;
}



/** The normalised text without the soft line breaks of Japanese hard wrapping (the same object when there are none). */
export function unwrapLines(original: string, normalized: NormalizedText): NormalizedText {
  const { text, origin } = normalized;
  // a wrapped text is wrapped from its first page: its opening lines tell
  const width = wrapWidth(linesOf(text, original, origin, SAMPLE_LINES));
  if (width === 0) return normalized;
  const lines = linesOf(text, original, origin);
  // each soft break: [from, to) removed
  const cuts: { from: number; to: number }[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k];
    const next = lines[k + 1];
    if (next.end === next.start || line.end === line.start) continue;
    const last = text.charCodeAt(line.end - 1);
    const first = text.charCodeAt(next.start);
    // Japanese on one side of the break, and the line as wide as the page
    if ((!isCjk(last) && !isCjk(first)) || line.width < width - JA_SLACK) continue;
    if (SENTENCE_END.test(text.slice(line.end - 1, line.end)) || opensBlock(text.slice(next.start, next.end))) continue;
    // a heading as wide as the page still ends at its caption: 「第2条(…の明示)」
    if (CAPTION_END.test(text.slice(line.end - 1, line.end)) && opensBlock(text.slice(line.start, line.end))) continue;
    cuts.push({ from: line.end, to: next.start });
  }
  if (cuts.length === 0) return normalized;
  const pieces: string[] = [];
  const kept = new Uint32Array(origin.length);
  let len = 0;
  let at = 0;
  const keep = (from: number, to: number) => {
    pieces.push(text.slice(from, to));
    for (let k = from; k < to; k++) kept[len++] = origin[k];
  };
  for (const cut of cuts) {
    keep(at, cut.from);
    at = cut.to;
  }
  keep(at, text.length);
  kept[len] = origin[text.length];
  return { text: pieces.join(''), origin: kept.slice(0, len + 1) };
}
