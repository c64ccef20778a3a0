/**
 * Text of a loaded pdf.js document: items grouped into lines by their baseline, pages separated by a
 * blank line. Loading is the caller's (Node uses the legacy build, the extension the browser build).
 */
import { ExtractError } from './errors.ts';

interface TextItemLike { str: string; hasEOL?: boolean; transform: number[] }
interface PageLike { getTextContent(): Promise<{ items: unknown[] }> }
export interface PdfDocumentLike { numPages: number; getPage(n: number): Promise<PageLike> }

export interface PdfText {
  text: string;
  /** Offsets of each page's text in `text`. */
  pages: { start: number; end: number }[];
}

export async function pdfDocumentToText(doc: PdfDocumentLike): Promise<PdfText> {
  let text = '';
  const pages: PdfText['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const start = text.length;
    let lastY: number | null = null;
    for (const raw of content.items) {
      const item = raw as TextItemLike;
      if (typeof item.str !== 'string') continue;
      const y = item.transform[5];
      if (lastY !== null && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
      text += item.str;
      if (item.hasEOL) text += '\n';
      lastY = y;
    }
    if (!text.endsWith('\n')) text += '\n';
    pages.push({ start, end: text.length });
    text += '\n';
  }
  if (text.replace(/\s/g, '').length < Math.max(10, doc.numPages * 2)) {
    throw new ExtractError('the PDF has no text layer (a scanned image?); run OCR on it first');
  }
  return { text, pages };
}
