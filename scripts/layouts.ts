/**
 * The same document as other extractors lay it out, to measure (eval --layout) and test that the engine reads
 * a text the same whatever carried it: a .docx through mammoth, Word for the web and Google Docs give tables as
 * tab-separated rows and headings without markdown; a PDF's text layer cuts lines at the page width.
 */

export type Layout = 'as-written' | 'plain' | 'wrapped';
export const LAYOUTS: readonly Layout[] = ['as-written', 'plain', 'wrapped'];

/** A markdown table's separator row ("|---|:--|"). */
const SEPARATOR_ROW = /^\s*\|[\s:|-]*-[\s:|-]*\|?\s*$/;

/** A markdown table's rows as tab-separated cells, its separator row dropped; other lines as they are. */
export function asTabRows(text: string): string {
  return text.split('\n')
    .filter((line) => !SEPARATOR_ROW.test(line))
    .map((line) => (line.trimStart().startsWith('|') ? line.trim().replace(/^\|\s*/, '').replace(/\s*\|$/, '').split(/\s*\|\s*/).join('\t') : line))
    .join('\n');
}

/** Markdown without its markup: heading hashes, bold and italic marks, tables as tab-separated rows. */
export function plainText(markdown: string): string {
  return asTabRows(markdown).split('\n').map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '')).join('\n');
}

/** Columns a character takes on a page: two for a full-width (CJK) one. */
const displayWidth = (ch: string) => (ch.charCodeAt(0) >= 0x1100 ? 2 : 1);

/** A table's row keeps its layout: cells, or columns of spaces. */
const isTableRow = (line: string) => line.includes('\t') || line.trimStart().startsWith('|') || / {3}|\u3000\u3000/.test(line.trim());

/** A longer run without a space (a URL, Japanese text) is cut where the page ends. */
const MAX_WORD = 24;

/** Each line cut at `columns` display columns, as a PDF lays it out: Latin text at a space, Japanese anywhere. */
export function hardWrap(text: string, columns: number): string {
  return text.split('\n').map((line) => {
    if (isTableRow(line)) return line;
    const out: string[] = [];
    let current = '';
    let used = 0;
    for (const ch of line) {
      if (used + displayWidth(ch) > columns) {
        // a Latin word or figure moves whole to the next line ("CVSS 9.0" is not cut at its point)
        const space = current.lastIndexOf(' ');
        if (ch !== ' ' && displayWidth(ch) === 1 && space > 0 && current.length - space <= MAX_WORD) {
          out.push(current.slice(0, space));
          current = current.slice(space + 1);
        } else {
          out.push(current);
          current = '';
        }
        used = [...current].reduce((w, c) => w + displayWidth(c), 0);
        if (ch === ' ') continue;
      }
      current += ch;
      used += displayWidth(ch);
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}

/** The page width of a wrapped layout: 78 columns, 38 full-width characters of Japanese. */
export const PAGE_COLUMNS = { en: 78, ja: 76 } as const;

/** `text` laid out as `layout`. */
export function laidOut(text: string, layout: Layout, lang: 'en' | 'ja'): string {
  if (layout === 'as-written') return text;
  const plain = plainText(text);
  return layout === 'plain' ? plain : hardWrap(plain, PAGE_COLUMNS[lang]);
}
