/**
 * DOM text with an offset map: the text the engine analyses, built from text nodes (same-origin
 * iframes included), and the way back from engine offsets to DOM Ranges. Reads only; never mutates.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'TD', 'TH', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'OBJECT', 'TEXTAREA', 'SELECT', 'BUTTON']);

export interface TextSegment { node: Text; start: number; end: number }

export interface DomText {
  text: string;
  segments: TextSegment[];
}

/** Our own hosts (hover card, overlay) carry this attribute and are skipped. */
export const OWN_ATTR = 'data-clause-lens';
/**
 * A container whose text is put together from its elements' separators (a PDF page's text layer: absolutely
 * placed spans, one per text item): its line breaks and whitespace-only nodes are ignored, and an element
 * carrying SEPARATOR_ATTR is preceded by that separator.
 */
export const SEPARATED_ATTR = 'data-cl-separated';
export const SEPARATOR_ATTR = 'data-cl-sep';

interface Ctx { parts: string[]; segments: TextSegment[]; length: number; pendingBreak: boolean; separated: boolean; visited: number; opts: { iframes?: boolean; checkVisibility?: boolean } }

/** Depth-first walk that pauses (yields) every 256 nodes, so a caller can spread it over idle time. */
function* visit(node: Node, ctx: Ctx): Generator<void, void, void> {
  if ((++ctx.visited & 255) === 0) yield;
  const push = (s: string) => { ctx.parts.push(s); ctx.length += s.length; };
  const breakLine = () => { if (ctx.length > 0) ctx.pendingBreak = true; };
  if (node.nodeType === 3) {
    const value = (node as Text).data;
    if (!value) return;
    if (!/\S/.test(value)) {
      if (ctx.separated) return;
      // whitespace-only node between inline elements: keep one space
      if (ctx.length > 0 && !ctx.pendingBreak) push(' ');
      return;
    }
    if (ctx.pendingBreak) { push('\n'); ctx.pendingBreak = false; }
    ctx.segments.push({ node: node as Text, start: ctx.length, end: ctx.length + value.length });
    push(value);
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  if (node.nodeType === 1) {
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute(OWN_ATTR) || el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return;
    if (ctx.opts.checkVisibility && (el as HTMLElement).style?.display === 'none') return;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      if (!ctx.opts.iframes) return;
      let doc: Document | null = null;
      try { doc = (el as HTMLIFrameElement).contentDocument; } catch { doc = null; }
      if (doc?.body) { breakLine(); yield* visit(doc.body, ctx); breakLine(); }
      return;
    }
    if (ctx.separated) {
      if (tag === 'BR') return;
      const separator = el.getAttribute(SEPARATOR_ATTR);
      if (separator) {
        if (ctx.pendingBreak) { push('\n'); ctx.pendingBreak = false; }
        push(separator);
      }
      for (let c = el.firstChild; c; c = c.nextSibling) yield* visit(c, ctx);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) breakLine();
    if (tag === 'BR') return;
    if (el.hasAttribute(SEPARATED_ATTR)) {
      ctx.separated = true;
      for (let c = el.firstChild; c; c = c.nextSibling) yield* visit(c, ctx);
      ctx.separated = false;
    } else for (let c = el.firstChild; c; c = c.nextSibling) yield* visit(c, ctx);
    if (block || tag === 'TD' || tag === 'TH') breakLine();
    return;
  }
  for (let c = node.firstChild; c; c = c.nextSibling) yield* visit(c, ctx);
}

const newCtx = (opts: Ctx['opts']): Ctx => ({ parts: [], segments: [], length: 0, pendingBreak: false, separated: false, visited: 0, opts });

export function extractDomText(root: Node, opts: { iframes?: boolean; checkVisibility?: boolean } = {}): DomText {
  const ctx = newCtx(opts);
  const walk = visit(root, ctx);
  while (!walk.next().done) { /* run to the end */ }
  return { text: ctx.parts.join(''), segments: ctx.segments };
}

/**
 * The same, in slices of at most `sliceMs` of main-thread time with idle time in between: a long
 * document being edited is re-read without holding up the next keystroke.
 */
export async function extractDomTextSliced(root: Node, opts: { iframes?: boolean; checkVisibility?: boolean } = {}, sliceMs = 8): Promise<DomText> {
  const ctx = newCtx(opts);
  const walk = visit(root, ctx);
  const idle = () => new Promise<void>((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => void }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 200 }); else setTimeout(resolve, 0);
  });
  let sliceStart = performance.now();
  while (!walk.next().done) {
    if (performance.now() - sliceStart > sliceMs) { await idle(); sliceStart = performance.now(); }
  }
  return { text: ctx.parts.join(''), segments: ctx.segments };
}

/** Index of the segment containing offset (binary search); -1 if none. */
function segmentAt(segments: TextSegment[], offset: number, preferNext: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end || (offset === s.end && preferNext)) lo = mid + 1;
    else return mid;
  }
  // offset falls in a gap (separator): snap to the neighbour
  return preferNext ? (lo < segments.length ? lo : -1) : hi;
}

/** A DOM Range for [start, end) of the extracted text, or null when it cannot be placed. */
export function rangeFor(dom: DomText, start: number, end: number): Range | null {
  if (!dom.segments.length || end <= start) return null;
  const a = segmentAt(dom.segments, start, true);
  const b = segmentAt(dom.segments, end, false);
  if (a < 0 || b < 0 || b < a) return null;
  const sa = dom.segments[a];
  const sb = dom.segments[b];
  const range = sa.node.ownerDocument!.createRange();
  try {
    range.setStart(sa.node, Math.max(0, Math.min(sa.node.length, start - sa.start)));
    range.setEnd(sb.node, Math.max(0, Math.min(sb.node.length, end - sb.start)));
  } catch {
    return null;
  }
  // ranges across iframes are impossible; keep the part inside the first document
  if (sa.node.ownerDocument !== sb.node.ownerDocument) return null;
  return range;
}

/** The text offset of a (node, offset) point, e.g. from caretPositionFromPoint; -1 if outside. */
export function offsetOf(dom: DomText, node: Node, offset: number): number {
  // linear scan is fine for hover (few thousand segments); could be a Map for huge pages
  for (const s of dom.segments) if (s.node === node) return s.start + offset;
  return -1;
}
