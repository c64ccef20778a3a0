/**
 * Text of a loaded pdf.js document: items grouped into lines by their baseline, pages separated by a
 * blank line, and tables put back into rows. A printed table reaches pdf.js cell by cell: a cell's lines
 * top to bottom, then the next cell's from the top of the row again, so read in drawing order every cell
 * line would be a line of its own and no row a row. Here a line that goes back up and to the right of the
 * one before starts the next cell of the same row; the row becomes one tab-separated line (as a Word or
 * HTML table does in html.ts), each cell's lines joined. A gap as wide as a column's inside a line
 * separates cells too. The reading is a separator before each text item (the page's text is each item's
 * separator and string in turn), so the extension can put the same text together from the text layer it
 * renders, one span per item. Loading is the caller's (Node uses the legacy build, the extension the browser build).
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

/** A text item on a line: its index among the page's items, where it starts, the blank width before it, and whether a blank item came between. */
interface Run { item: number; str: string; x: number; gap: number; spaced: boolean; opensCell: boolean }
/** Text on one baseline, in drawing order: its runs, left edge, baseline, text height, and whether the producer marked a paragraph break before it. */
interface Line { runs: Run[]; x: number; y: number; height: number; paragraph: boolean }

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

function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let end = 0; // where the line's last text item ended
  let spaced = false; // a blank item since then
  let paragraph = false; // an empty item ended a line before the next one opened
  items.forEach((raw, index) => {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string') return;
    const x = item.transform[4];
    const y = item.transform[5];
    const blank = item.str.trim() === '';
    if (line && Math.abs(y - line.y) > SAME_BASELINE) line = null;
    if (!line && item.str === '' && item.hasEOL && lines.length > 0) paragraph = true;
    if (!line && !blank) {
      line = { runs: [], x, y, height: item.height || Math.abs(item.transform[3]) || 10, paragraph };
      lines.push(line);
      end = x;
      spaced = false;
      paragraph = false;
    }
    if (line) {
      if (blank) spaced = true;
      else {
        line.runs.push({ item: index, str: item.str, x, gap: x - end, spaced, opensCell: false });
        end = x + (item.width ?? 0);
        spaced = false;
      }
    }
    if (item.hasEOL) line = null;
  });
  // Where a gap as wide as a column's opens a run, a column of the page's table starts; a narrower gap before
  // the same place starts a cell too (the widest cell of a column leaves only the cells' padding).
  const columns: number[] = [];
  for (const l of lines) for (const r of l.runs) if (r.gap > COLUMN_GAP * l.height) columns.push(r.x);
  const atColumn = (x: number) => columns.some((c) => Math.abs(c - x) <= SAME_BASELINE);
  for (const l of lines) {
    l.runs.forEach((r, i) => {
      r.opensCell = i > 0 && (r.gap > COLUMN_GAP * l.height || (r.gap > NARROW_COLUMN_GAP * l.height && atColumn(r.x)));
    });
  }
  return lines;
}

/** A line just below `above` (the next line of the same cell or paragraph). */
const followsBelow = (above: Line, line: Line) => !line.paragraph && line.y < above.y - SAME_BASELINE && above.y - line.y <= CELL_LINE_STEP * above.height;

/**
 * How the lines from lines[k] go on when they are a table row (its first cell's lines, then each further
 * cell's): per line, 'cell' when it starts a cell, 'same' when it goes on in the cell above; null when the
 * lines there are no row (no later line goes back up beside the first cell).
 */
function rowAt(lines: Line[], k: number): ('cell' | 'same')[] | null {
  const first = lines[k];
  let m = k;
  while (m + 1 < lines.length && m - k + 1 < MAX_CELL_LINES && followsBelow(lines[m], lines[m + 1]) && Math.abs(lines[m + 1].x - first.x) <= SAME_BASELINE) m++;
  const isNextCell = (prev: Line, line: Line, cellX: number) =>
    !line.paragraph && line.y > prev.y + SAME_BASELINE && line.y <= first.y + ROW_BAND * first.height && line.x > cellX + SAME_BASELINE;
  if (m + 1 >= lines.length || !isNextCell(lines[m], lines[m + 1], first.x)) return null;
  const kinds: ('cell' | 'same')[] = [];
  for (let i = k; i <= m; i++) kinds.push(i === k ? 'cell' : 'same');
  kinds.push('cell');
  let previousCellX = first.x;
  let cellX = lines[m + 1].x;
  for (let i = m + 2; i < lines.length; i++) {
    const line = lines[i];
    if (isNextCell(lines[i - 1], line, cellX)) {
      previousCellX = cellX;
      cellX = line.x;
      kinds.push('cell');
    } else if (followsBelow(lines[i - 1], line) && line.x > previousCellX + SAME_BASELINE) kinds.push('same');
    else break;
  }
  return kinds;
}

const JAPANESE = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * The separator before each of a page's items (index for index; '' for the blank ones, whose spacing is in the
 * separators): the page's text is each item's separator and string in turn, blank items left out. A line
 * break between lines, a blank line at a paragraph break, a tab between the cells of a row, and between
 * the lines of a cell a space (nothing between two Japanese characters).
 */
export function pageSeparators(items: readonly unknown[]): string[] {
  const separators = items.map(() => '');
  const lines = linesOf(items);
  for (let k = 0; k < lines.length;) {
    const kinds = rowAt(lines, k);
    const count = kinds?.length ?? 1;
    for (let j = 0; j < count; j++) {
      const line = lines[k + j];
      const [head, ...rest] = line.runs;
      const previous = k + j > 0 ? lines[k + j - 1].runs.at(-1)!.str.trimEnd() : '';
      separators[head.item] = k + j === 0 ? ''
        : kinds === null || j === 0 ? (line.paragraph ? '\n\n' : '\n')
          : kinds[j] === 'cell' ? '\t'
            : JAPANESE.test(previous.slice(-1)) && JAPANESE.test(head.str.trimStart()[0] ?? '') ? '' : ' ';
      for (const r of rest) separators[r.item] = r.opensCell ? '\t' : r.spaced ? ' ' : '';
    }
    k += count;
  }
  return separators;
}

/** The page's text: each text item after its separator. */
function pageText(items: readonly unknown[]): string {
  const separators = pageSeparators(items);
  return items.map((raw, i) => {
    const str = (raw as TextItemLike).str;
    return typeof str === 'string' && str.trim() !== '' ? separators[i] + str : '';
  }).join('');
}

export async function pdfDocumentToText(doc: PdfDocumentLike): Promise<PdfText> {
  let text = '';
  const pages: PdfText['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const start = text.length;
    text += pageText(content.items);
    if (!text.endsWith('\n')) text += '\n';
    pages.push({ start, end: text.length });
    text += '\n';
  }
  if (text.replace(/\s/g, '').length < Math.max(10, doc.numPages * 2)) {
    throw new ExtractError('the PDF has no text layer (a scanned image?); run OCR on it first');
  }
  return { text, pages };
}
