/**
 * Text of a loaded pdf.js document: items grouped into lines by their baseline, pages separated by a
 * blank line, and tables put back into rows. A printed table reaches pdf.js cell by cell: a cell's lines
 * top to bottom, then the next cell's from the top of the row again, so read in drawing order every cell
 * line would be a line of its own and no row a row. Here a line that goes back up and to the right of the
 * one before starts the next cell of the same row; the row becomes one tab-separated line (as a Word or
 * HTML table does in html.ts), each cell's lines joined. A gap as wide as a column's inside a line
 * separates cells too. Loading is the caller's (Node uses the legacy build, the extension the browser build).
 */
import { ExtractError } from './errors.ts';

interface TextItemLike { str: string; hasEOL?: boolean; transform: number[]; width?: number; height?: number }
interface PageLike { getTextContent(): Promise<{ items: unknown[] }> }
export interface PdfDocumentLike { numPages: number; getPage(n: number): Promise<PageLike> }

export interface PdfText {
  text: string;
  /** Offsets of each page's text in `text`. */
  pages: { start: number; end: number }[];
}

/** Text on one baseline, in drawing order: its pieces (split at column-wide gaps; none for a paragraph break), left edge, baseline and text height. */
interface Line { pieces: string[]; x: number; y: number; height: number }

/** Baselines closer than this (in PDF units) are one line. */
const SAME_BASELINE = 2;
/** A horizontal gap wider than this many text heights separates two cells… */
const COLUMN_GAP = 1.5;
/** …and one wider than this, where another line's cell starts (wider than a word space). */
const NARROW_COLUMN_GAP = 0.5;
/** A cell's next line is at most this many text heights below the one before. */
const CELL_LINE_STEP = 1.6;
/** A table cell holds at most this many lines (a longer run of lines is body text). */
const MAX_CELL_LINES = 12;
/** A cell of the row starts at most this many text heights above the row's first cell (cells are centred vertically). */
const ROW_BAND = 4;

/** A text item on a line: where it starts, and the blank width before it (from the previous text item's end, or the line's start). */
interface Run { str: string; x: number; gap: number }

function linesOf(items: readonly unknown[]): Line[] {
  const lines: (Line & { runs: Run[] })[] = [];
  let line: (typeof lines)[number] | null = null;
  let end = 0; // where the line's last text item ended
  let spaced = false; // a blank item since then
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string') continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const blank = item.str.trim() === '';
    if (line && Math.abs(y - line.y) > SAME_BASELINE) line = null;
    // an empty item ending a line where none is open: the producer's paragraph break, kept as a blank line
    if (!line && item.str === '' && item.hasEOL && lines.length > 0 && lines[lines.length - 1].runs.length > 0) {
      lines.push({ pieces: [], runs: [], x, y, height: 0 });
      continue;
    }
    if (!line && !blank) {
      line = { pieces: [], runs: [], x, y, height: item.height || Math.abs(item.transform[3]) || 10 };
      lines.push(line);
      end = x;
      spaced = false;
    }
    if (line) {
      if (blank) spaced = true;
      else {
        line.runs.push({ str: spaced && !/^\s/.test(item.str) ? ` ${item.str}` : item.str, x, gap: x - end });
        end = x + (item.width ?? 0);
        spaced = false;
      }
    }
    if (item.hasEOL) line = null;
  }
  // Where a gap as wide as a column's opens a piece, a column of the page's table starts; a narrower gap before
  // the same place starts a cell too (the widest cell of a column leaves only the cells' padding).
  const columns: number[] = [];
  for (const l of lines) for (const r of l.runs) if (r.gap > COLUMN_GAP * l.height) columns.push(r.x);
  const atColumn = (x: number) => columns.some((c) => Math.abs(c - x) <= SAME_BASELINE);
  for (const l of lines) {
    for (const [i, r] of l.runs.entries()) {
      const opens = i === 0 || r.gap > COLUMN_GAP * l.height || (r.gap > NARROW_COLUMN_GAP * l.height && atColumn(r.x));
      if (opens) l.pieces.push(r.str);
      else l.pieces[l.pieces.length - 1] += r.str;
    }
    l.pieces = l.pieces.map((p) => p.trim()).filter((p) => p !== '');
  }
  return lines;
}

/** Lines of one cell joined: a space between words, nothing between two Japanese characters. */
function joinCellLines(parts: string[]): string {
  return parts.reduce((joined, part) =>
    joined === '' ? part : /[\u3000-\u9fff\uff00-\uffef]$/.test(joined) && /^[\u3000-\u9fff\uff00-\uffef]/.test(part) ? joined + part : `${joined} ${part}`, '');
}

/** A line just below `above` (the next line of the same cell or paragraph). */
const followsBelow = (above: Line, line: Line) => line.pieces.length > 0 && line.y < above.y - SAME_BASELINE && above.y - line.y <= CELL_LINE_STEP * above.height;

/**
 * The table row whose first cell starts at lines[k], as its cells and the index after it; null when the
 * lines there are no row (no later cell goes back up beside the first).
 */
function rowAt(lines: Line[], k: number): { cells: string[]; next: number } | null {
  const first = lines[k];
  // the first cell: lines below each other in the same column
  let m = k;
  while (m + 1 < lines.length && m - k + 1 < MAX_CELL_LINES && followsBelow(lines[m], lines[m + 1]) && Math.abs(lines[m + 1].x - first.x) <= SAME_BASELINE) m++;
  if (first.pieces.length === 0) return null;
  const isNextCell = (prev: Line, line: Line, cellX: number) =>
    line.pieces.length > 0 && line.y > prev.y + SAME_BASELINE && line.y <= first.y + ROW_BAND * first.height && line.x > cellX + SAME_BASELINE;
  if (m + 1 >= lines.length || !isNextCell(lines[m], lines[m + 1], first.x)) return null;
  const cells: string[][] = [];
  const pushLine = (line: Line, newCell: boolean) => {
    if (newCell) cells.push([]);
    // pieces after the first are cells beside it on the same baseline
    line.pieces.forEach((piece, i) => (i === 0 ? cells[cells.length - 1].push(piece) : cells.push([piece])));
  };
  cells.push([]);
  for (let i = k; i <= m; i++) pushLine(lines[i], false);
  let previousCellX = first.x;
  let cellX = lines[m + 1].x;
  let i = m + 1;
  pushLine(lines[i], true);
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    const prev = lines[i - 1];
    if (isNextCell(prev, line, cellX)) {
      previousCellX = cellX;
      cellX = line.x;
      pushLine(line, true);
    } else if (followsBelow(prev, line) && line.x > previousCellX + SAME_BASELINE) pushLine(line, false);
    else break;
  }
  return { cells: cells.map(joinCellLines), next: i };
}

/** A page's lines as text: table rows tab-separated, other lines as they are. */
function pageText(lines: Line[]): string {
  const out: string[] = [];
  for (let k = 0; k < lines.length;) {
    const row = rowAt(lines, k);
    if (row) {
      out.push(row.cells.join('\t'));
      k = row.next;
    } else out.push(lines[k++].pieces.join('\t'));
  }
  return out.join('\n');
}

export async function pdfDocumentToText(doc: PdfDocumentLike): Promise<PdfText> {
  let text = '';
  const pages: PdfText['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const start = text.length;
    text += pageText(linesOf(content.items));
    if (!text.endsWith('\n')) text += '\n';
    pages.push({ start, end: text.length });
    text += '\n';
  }
  if (text.replace(/\s/g, '').length < Math.max(10, doc.numPages * 2)) {
    throw new ExtractError('the PDF has no text layer (a scanned image?); run OCR on it first');
  }
  return { text, pages };
}
