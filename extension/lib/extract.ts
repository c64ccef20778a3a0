/**
 * Local files → safe DOM (never innerHTML): .docx via mammoth, .html tokenised by htmlparser2, .txt/.md
 * as text; .pdf via pdf.js with its text layer (the worker is bundled; no remote code). The rendered DOM
 * is what the engine reads, so highlights map straight back onto it.
 */
import { Parser } from 'htmlparser2';
import { pageSeparators } from '../../shared/extract/pdf';
import { SEPARATED_ATTR, SEPARATOR_ATTR } from './dom-text';

const KEEP = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH',
  'CAPTION', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'SPAN', 'A', 'SUP', 'SUB', 'DL', 'DT', 'DD', 'HR', 'MAIN', 'HEADER', 'FOOTER']);
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR', 'PARAM']);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'LINK', 'META', 'HEAD', 'TITLE', 'IMG', 'VIDEO', 'AUDIO']);

/**
 * Rebuilds HTML as a small set of structural elements and text nodes (no attributes but colspan/rowspan,
 * no URLs). The HTML is tokenised by htmlparser2, never parsed into a DOM: no element of the source
 * (and so no event handler or URL in it) ever exists in this page, not even in an inert document.
 */
export function htmlToSafeDom(html: string, container: HTMLElement, doc: Document = document): void {
  const stack: Node[] = [container];
  const kept: boolean[] = [];
  let dropDepth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      const tag = name.toUpperCase();
      if (dropDepth || DROP.has(tag)) { if (!VOID.has(tag)) dropDepth++; return; }
      const keep = KEEP.has(tag);
      if (!VOID.has(tag)) kept.push(keep);
      if (!keep) return;
      const el = doc.createElement(tag === 'A' ? 'span' : tag.toLowerCase());
      for (const attr of ['colspan', 'rowspan']) {
        const v = attribs[attr];
        if (v && /^\d{1,3}$/.test(v)) el.setAttribute(attr, v);
      }
      stack[stack.length - 1].appendChild(el);
      if (!VOID.has(tag)) stack.push(el);
    },
    ontext(text) {
      if (!dropDepth) stack[stack.length - 1].appendChild(doc.createTextNode(text));
    },
    onclosetag(name) {
      const tag = name.toUpperCase();
      if (VOID.has(tag)) return;
      if (dropDepth) { dropDepth--; return; }
      if (kept.pop() && stack.length > 1) stack.pop();
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false });
  parser.write(html);
  parser.end();
}

export async function docxToSafeDom(buffer: ArrayBuffer, container: HTMLElement): Promise<string[]> {
  const mammoth = (await import('mammoth/mammoth.browser.js')).default as {
    convertToHtml(input: { arrayBuffer: ArrayBuffer }, options?: object): Promise<{ value: string; messages: { type: string; message: string }[] }>;
  };
  // Word's list numbering (第N条, 1.1, (a)) is not in the paragraphs: written into them, the page and the engine see it
  const { withNumbersInText } = await import('../../shared/extract/docx-numbering');
  const numbered = await withNumbersInText(new Uint8Array(buffer));
  const arrayBuffer = numbered.buffer.slice(numbered.byteOffset, numbered.byteOffset + numbered.byteLength) as ArrayBuffer;
  const result = await mammoth.convertToHtml({ arrayBuffer }, { ignoreEmptyParagraphs: true });
  htmlToSafeDom(result.value, container);
  return result.messages.filter((m) => m.type === 'error').map((m) => m.message);
}

export function textToDom(text: string, container: HTMLElement): void {
  const pre = document.createElement('pre');
  pre.className = 'plain-text';
  pre.textContent = text;
  container.append(pre);
}

/** Renders every page's text layer (analysis + highlights) and each canvas lazily when it scrolls into view. */
export async function pdfToDom(buffer: ArrayBuffer, container: HTMLElement, scale = 1.3): Promise<{ pages: number }> {
  const pdfjs = await import('pdfjs-dist');
  const workerUrl = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, enableXfa: false }).promise;
  const lazy = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      lazy.unobserve(e.target);
      const render = (e.target as HTMLElement & { __render?: () => void }).__render;
      render?.();
    }
  }, { root: container.closest('.doc-scroll'), rootMargin: '600px' });
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const pageDiv = document.createElement('div');
    pageDiv.className = 'pdf-page';
    pageDiv.setAttribute('aria-label', `page ${n}`);
    pageDiv.style.setProperty('--scale-factor', String(scale));
    pageDiv.style.setProperty('--user-unit', '1');
    pageDiv.style.setProperty('--total-scale-factor', String(scale));
    pageDiv.style.width = `${viewport.width}px`;
    pageDiv.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.setAttribute('aria-hidden', 'true');
    const textDiv = document.createElement('div');
    textDiv.className = 'textLayer';
    pageDiv.append(canvas, textDiv);
    container.append(pageDiv);
    const content = await page.getTextContent();
    const layer = new pdfjs.TextLayer({ textContentSource: content, container: textDiv, viewport });
    await layer.render();
    // the text the engine reads is the CLI's: each span after its item's separator (rows of tables kept together),
    // not the spans' own line breaks; one span per item, in order
    const separators = pageSeparators(content.items);
    const firstText = content.items.findIndex((item) => 'str' in item && item.str.trim() !== '');
    if (n > 1 && firstText >= 0) separators[firstText] = '\n'; // pages apart by a blank line, as in the CLI
    textDiv.setAttribute(SEPARATED_ATTR, '');
    layer.textDivs.forEach((span, i) => { if (separators[i]) span.setAttribute(SEPARATOR_ATTR, separators[i]); });
    (pageDiv as HTMLElement & { __render?: () => void }).__render = () => {
      void page.render({ canvasContext: canvas.getContext('2d')!, canvas, viewport }).promise.catch(() => {});
    };
    lazy.observe(pageDiv);
  }
  return { pages: pdf.numPages };
}

export type FileKind = 'docx' | 'pdf' | 'text' | 'html' | null;
export function kindOf(name: string): FileKind {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}
