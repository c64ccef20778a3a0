/**
 * HTML → analysable text: block elements become lines, headings get a markdown marker (so the
 * segmenter sees the structure), table rows become tab-separated lines, list items "- " lines.
 * Script, style and template contents are dropped. Works in Node and in the browser.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption',
  'address', 'hr', 'form', 'fieldset', 'body', 'html', 'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let cellIndex = 0;
  const newline = () => {
    if (out.length && !out[out.length - 1].endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) { skipDepth++; return; }
        if (skipDepth) return;
        if (/^h[1-6]$/.test(name)) { newline(); out.push(`${'#'.repeat(Number(name[1]))} `); }
        else if (name === 'tr') { newline(); cellIndex = 0; }
        else if (name === 'td' || name === 'th') { if (cellIndex++ > 0) out.push('\t'); }
        else if (name === 'li') { newline(); out.push('- '); }
        else if (name === 'br') out.push('\n');
        else if (BLOCK.has(name)) newline();
      },
      ontext(text) {
        if (skipDepth) return;
        // Whitespace inside a table cell must not break the row into lines.
        out.push(text.replace(/[\t\n\r]+/g, ' '));
      },
      onclosetag(name) {
        if (SKIP.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
        if (skipDepth) return;
        if (/^h[1-6]$/.test(name) || name === 'tr' || name === 'li' || BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
