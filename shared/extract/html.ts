/**
 * HTML → analysable text: paragraphs become blank-line separated blocks, headings get a markdown marker (so
 * the segmenter sees the structure), table rows become tab-separated lines (a cell's paragraphs joined in
 * one cell), list items lines of their own: "1. " in an ordered list (as a browser numbers it), "- " otherwise.
 * Script, style and template contents are dropped. Works in Node and in the browser.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption',
  'address', 'hr', 'form', 'fieldset', 'body', 'html', 'title',
]);
/** Blocks that end a paragraph: a blank line after them, as between markdown paragraphs. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let cellDepth = 0;
  let cellIndex = 0;
  /** Per open list: the next item's number, or -1 in an unordered list. */
  const lists: number[] = [];
  /** Right after a list item's label: a paragraph opening inside the item continues its line. */
  let atLabel = false;
  const last = () => out[out.length - 1] ?? '';
  const newline = () => {
    if (out.length && !atLabel && !last().endsWith('\n')) out.push('\n');
  };
  // runs of line breaks collapse to one blank line at the end
  const blankLine = () => {
    if (out.length && !atLabel) out.push('\n\n');
  };
  /** Inside a table cell a block only separates words: the row stays one line. */
  const cellBreak = () => {
    if (!/\s$/.test(last())) out.push(' ');
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) { skipDepth++; return; }
        if (skipDepth) return;
        if (name === 'ol' || name === 'ul') lists.push(name === 'ol' ? Number(attributes.start ?? 1) || 1 : -1);
        if (name === 'td' || name === 'th') {
          if (cellDepth++ === 0 && cellIndex++ > 0) out.push('\t');
        } else if (cellDepth > 0) {
          if (name === 'br' || name === 'li' || BLOCK.has(name) || /^h[1-6]$/.test(name)) cellBreak();
        } else if (/^h[1-6]$/.test(name)) { blankLine(); out.push(`${'#'.repeat(Number(name[1]))} `); }
        else if (name === 'tr') { newline(); cellIndex = 0; }
        else if (name === 'li') {
          newline();
          const n = lists.length > 0 ? lists[lists.length - 1] : -1;
          if (n >= 0) lists[lists.length - 1] = n + 1;
          // a nested list indented, as in markdown
          out.push(`${'   '.repeat(lists.length - 1)}${n >= 0 ? `${n}. ` : '- '}`);
          atLabel = true;
        } else if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (skipDepth) return;
        // Whitespace inside a table cell must not break the row into lines.
        out.push(text.replace(/[ \t\n\r]+/g, ' '));
        if (text.trim()) atLabel = false;
      },
      onclosetag(name) {
        if (SKIP.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
        if (skipDepth) return;
        if (name === 'ol' || name === 'ul') lists.pop();
        if (name === 'td' || name === 'th') { cellDepth = Math.max(0, cellDepth - 1); return; }
        if (cellDepth > 0) return;
        if (PARAGRAPH.has(name) && lists.length === 0) blankLine();
        else if (/^h[1-6]$/.test(name) || name === 'tr' || name === 'li' || BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join('')
    .split('\n')
    .map((line) => line.replace(/(?<=\S) {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
