/**
 * In-page overlay for DOM documents: CSS Custom Highlight API (no DOM mutation of the document) and a
 * hover card in a closed shadow root. All text is set with textContent; nothing is parsed as HTML.
 */
import { rangeFor, OWN_ATTR, type DomText } from './dom-text';
import type { Lang } from './i18n';
import { t } from './i18n';

export interface Mark { findingId: string; severity: 'high' | 'medium' | 'low'; label: string; detail: string; spans: { start: number; end: number }[] }

const NAMES = { high: 'clause-lens-high', medium: 'clause-lens-medium', low: 'clause-lens-low' } as const;
const FLASH = 'clause-lens-flash';
const CSS_TEXT = `
::highlight(${NAMES.high}) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-thickness: 1.5px; }
::highlight(${NAMES.medium}) { background-color: rgba(234, 140, 0, 0.22); text-decoration: underline wavy rgb(217, 119, 6); text-decoration-thickness: 1.5px; }
::highlight(${NAMES.low}) { background-color: rgba(37, 99, 235, 0.16); text-decoration: underline dotted rgb(37, 99, 235); }
::highlight(${FLASH}) { background-color: rgba(250, 204, 21, 0.85); color: black; }
`;

export const highlightSupported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

interface Placed { mark: Mark; ranges: (Range | null)[] }

export class PageOverlay {
  private placed: Placed[] = [];
  private docs = new Set<Document>();
  private card: { host: HTMLElement; box: HTMLElement; title: HTMLElement; body: HTMLElement } | null = null;
  private flashTimer = 0;
  private moveTimer = 0;
  private nodeStart = new Map<Node, number>();

  constructor(private lang: Lang) {}

  setLang(lang: Lang) { this.lang = lang; }

  /** Registers highlights for the marks; returns how many spans could be placed. */
  apply(dom: DomText, marks: Mark[]): number {
    this.clear();
    this.nodeStart = new Map(dom.segments.map((s) => [s.node, s.start]));
    let placed = 0;
    const byDoc = new Map<Document, Record<keyof typeof NAMES, Range[]>>();
    for (const mark of marks) {
      const ranges = mark.spans.map((s) => rangeFor(dom, s.start, s.end));
      this.placed.push({ mark, ranges });
      for (const r of ranges) {
        if (!r) continue;
        placed++;
        const doc = r.startContainer.ownerDocument!;
        let bucket = byDoc.get(doc);
        if (!bucket) byDoc.set(doc, (bucket = { high: [], medium: [], low: [] }));
        bucket[mark.severity].push(r);
      }
    }
    if (!highlightSupported()) return placed;
    for (const [doc, bucket] of byDoc) {
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      if (!win || !('highlights' in win.CSS)) continue;
      this.ensureStyle(doc);
      for (const sev of ['high', 'medium', 'low'] as const) {
        if (bucket[sev].length) win.CSS.highlights.set(NAMES[sev], new win.Highlight(...bucket[sev]));
      }
      this.docs.add(doc);
      doc.addEventListener('mousemove', this.onMove, { passive: true });
    }
    return placed;
  }

  clear() {
    for (const doc of this.docs) {
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      if (win && 'highlights' in win.CSS) for (const name of [...Object.values(NAMES), FLASH]) win.CSS.highlights.delete(name);
      doc.removeEventListener('mousemove', this.onMove);
    }
    this.docs.clear();
    this.placed = [];
    this.hideCard();
  }

  /** Scrolls to a finding's span and flashes it. Returns false when the span is not placed. */
  reveal(findingId: string, spanIndex = 0): boolean {
    const p = this.placed.find((x) => x.mark.findingId === findingId);
    const range = p?.ranges[spanIndex] ?? p?.ranges.find(Boolean);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const doc = range.startContainer.ownerDocument!;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (win && highlightSupported()) {
      this.ensureStyle(doc);
      win.CSS.highlights.set(FLASH, new win.Highlight(range));
      clearTimeout(this.flashTimer);
      this.flashTimer = window.setTimeout(() => win.CSS.highlights.delete(FLASH), 1600);
    }
    return true;
  }

  private ensureStyle(doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    const marked = doc as Document & { __clauseLensSheet?: CSSStyleSheet };
    if (marked.__clauseLensSheet) return;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    // adoptedStyleSheets: styles without adding elements to the page
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    marked.__clauseLensSheet = sheet;
  }

  private onMove = (ev: MouseEvent) => {
    if (this.moveTimer) return;
    const { clientX, clientY } = ev;
    const doc = (ev.target as Node)?.ownerDocument ?? document;
    this.moveTimer = window.setTimeout(() => {
      this.moveTimer = 0;
      this.hover(doc, clientX, clientY, ev.view ?? window);
    }, 60);
  };

  private hover(doc: Document, x: number, y: number, view: Window) {
    const pos = caretAt(doc, x, y);
    if (!pos) return this.hideCard();
    const base = this.nodeStart.get(pos.node);
    if (base === undefined) return this.hideCard();
    const offset = base + pos.offset;
    // the most specific mark under the pointer (a vague word inside a flagged clause wins)
    let hit: Placed | undefined;
    let best = Infinity;
    for (const p of this.placed) {
      for (let i = 0; i < p.mark.spans.length; i++) {
        const s = p.mark.spans[i];
        if (p.ranges[i] && offset >= s.start && offset < s.end && s.end - s.start < best) { best = s.end - s.start; hit = p; }
      }
    }
    if (!hit) return this.hideCard();
    // frame offset when hovering inside a same-origin iframe
    let fx = 0;
    let fy = 0;
    if (view !== window && view.frameElement) {
      const r = view.frameElement.getBoundingClientRect();
      fx = r.left; fy = r.top;
    }
    this.showCard(hit.mark, x + fx, y + fy);
  }

  private showCard(mark: Mark, x: number, y: number) {
    if (!this.card) {
      const host = document.createElement('clause-lens-card');
      host.setAttribute(OWN_ATTR, 'card');
      host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; left: 0; top: 0; pointer-events: none;';
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = `
        .card { font: 13px/1.5 system-ui, "Hiragino Sans", "IPAGothic", sans-serif; max-width: 360px; background: #fff; color: #1f2937;
          border: 1px solid #cbd5e1; border-left: 4px solid var(--c); border-radius: 6px; padding: 8px 10px; box-shadow: 0 6px 18px rgba(0,0,0,.18); }
        .t { font-weight: 600; margin-bottom: 4px; }
        .b { color: #374151; }
        .brand { color: #64748b; font-size: 11px; margin-top: 6px; }`;
      const box = document.createElement('div');
      box.className = 'card';
      box.setAttribute('role', 'tooltip');
      const title = document.createElement('div');
      title.className = 't';
      const body = document.createElement('div');
      body.className = 'b';
      const brand = document.createElement('div');
      brand.className = 'brand';
      brand.textContent = 'Clause Lens';
      box.append(title, body, brand);
      root.append(style, box);
      document.documentElement.append(host);
      this.card = { host, box, title, body };
    }
    const colors = { high: '#dc2626', medium: '#d97706', low: '#2563eb' };
    this.card.box.style.setProperty('--c', colors[mark.severity]);
    this.card.title.textContent = mark.label;
    this.card.body.textContent = mark.detail;
    const left = Math.min(x + 12, window.innerWidth - 380);
    const top = y + 18 + 160 > window.innerHeight ? Math.max(0, y - 170) : y + 18;
    this.card.host.style.transform = `translate(${Math.max(0, left)}px, ${top}px)`;
    this.card.host.style.display = 'block';
    this.card.host.dataset.finding = mark.findingId;
  }

  private hideCard() {
    if (this.card) this.card.host.style.display = 'none';
  }

  severityLabel(sev: Mark['severity']) {
    return t(sev === 'high' ? 'sevHigh' : sev === 'medium' ? 'sevMedium' : 'sevLow', this.lang);
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
