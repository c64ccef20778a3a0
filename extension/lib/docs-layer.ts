/**
 * Google Docs overlay: maps engine offsets (export text) to the annotated-canvas rects (SVG rects
 * with aria-label text that Docs renders for the extension named in _docs_annotate_canvas_by_ext)
 * and draws boxes in our own fixed layer inside a closed shadow root, following scroll and resize.
 */
import { OWN_ATTR } from './dom-text';
import type { Mark } from './highlight';

interface Piece { el: Element; from: number; to: number }
interface Placed { mark: Mark; pieces: Piece[][] }

const RECT_SELECTOR = '.kix-canvas-tile-content svg rect[aria-label], .kix-canvas-tile-content rect[aria-label]';
const COLORS = { high: 'rgba(220,38,38,0.25)', medium: 'rgba(234,140,0,0.25)', low: 'rgba(37,99,235,0.18)' };
const LINES = { high: '#dc2626', medium: '#d97706', low: '#2563eb' };

export class DocsLayer {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private boxes: HTMLElement | null = null;
  private marks: Mark[] = [];
  private text = '';
  private placed: Placed[] = [];
  private rectCount = -1;
  private frame = 0;
  private flashId = '';
  private observer: MutationObserver | null = null;
  private compactAt: Int32Array | null = null;
  private lastReport = '';
  /** Called when the layer appears or disappears or the number of placed spans changes. */
  onChange: ((present: boolean, placed: number) => void) | null = null;

  rects(): Element[] {
    return [...document.querySelectorAll(RECT_SELECTOR)];
  }

  present(): boolean {
    return this.rects().length > 0;
  }

  /** Places the marks; returns how many spans were placed on rendered rects. */
  apply(text: string, marks: Mark[]): number {
    if (text !== this.text || !this.compactAt) {
      // compactAt[i]: how many compared characters (not whitespace, not #) precede offset i
      this.compactAt = new Int32Array(text.length + 1);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        this.compactAt[i] = n;
        const c = text.charCodeAt(i);
        if (!(c === 35 || c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0)) n++;
      }
      this.compactAt[text.length] = n;
    }
    this.text = text;
    this.marks = marks;
    this.ensureHost();
    this.rectCount = -1;
    this.place();
    this.draw();
    this.lastReport = `${this.present()}:${this.placedCount()}`;
    return this.placedCount();
  }

  placedCount(): number {
    return this.placed.reduce((n, p) => n + p.pieces.filter((x) => x.length).length, 0);
  }

  private report() {
    const now = `${this.rectCount > 0}:${this.placedCount()}`;
    if (now === this.lastReport) return;
    this.lastReport = now;
    this.onChange?.(this.rectCount > 0, this.placedCount());
  }

  private ensureHost() {
    if (this.host) return;
    const host = document.createElement('clause-lens-layer');
    host.setAttribute(OWN_ATTR, 'docs-layer');
    host.style.cssText = 'all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483000;';
    this.root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `.b { position: fixed; border-bottom: 2px solid; box-sizing: border-box; }
      .f { outline: 3px solid #facc15; background: rgba(250,204,21,.55) !important; transition: background .3s; }`;
    this.boxes = document.createElement('div');
    this.root.append(style, this.boxes);
    document.documentElement.append(host);
    this.host = host;
    const schedule = () => { if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.place(); this.draw(); this.report(); }); };
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    this.observer = new MutationObserver((recs) => { if (recs.some((r) => !(r.target as Element).closest?.(`[${OWN_ATTR}]`))) schedule(); });
    const editor = document.querySelector('.kix-appview-editor') ?? document.body;
    this.observer.observe(editor, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'transform', 'x', 'y'] });
  }

  /** Rebuilds the text index over the rendered rects (only when they changed) and maps each span. */
  private place() {
    const rects = this.rects();
    if (rects.length === this.rectCount && this.placed.length === this.marks.length) return;
    this.rectCount = rects.length;
    // compact (whitespace-free) text of the rendered layer, with a map back to (rect, char)
    const hay: string[] = [];
    const owner: number[] = [];
    const charAt: number[] = [];
    rects.forEach((el, i) => {
      const label = el.getAttribute('aria-label') ?? '';
      for (let k = 0; k < label.length; k++) {
        if (/[\s#]/.test(label[k])) continue;
        hay.push(label[k]); owner.push(i); charAt.push(k);
      }
    });
    const hayText = hay.join('');
    // whitespace and the export's heading markers (#) are not compared
    const compactAt = this.compactAt!;
    const compactBefore = (pos: number) => compactAt[Math.min(pos, compactAt.length - 1)];
    const total = Math.max(1, compactAt[compactAt.length - 1]);
    this.placed = this.marks.map((mark) => ({
      mark,
      pieces: mark.spans.map(({ start, end }) => {
        const needleFull = this.text.slice(start, end).replace(/[\s#]+/g, '');
        if (!needleFull || !hayText) return [];
        const needle = needleFull.slice(0, 40);
        const expected = (compactBefore(start) / total) * hayText.length;
        let best = -1;
        // nearest occurrence to where the span sits proportionally (bounded: boilerplate repeats)
        for (let at = hayText.indexOf(needle), seen = 0; at >= 0 && seen < 64; at = hayText.indexOf(needle, at + 1), seen++) {
          if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
        }
        if (best < 0) return [];
        const last = Math.min(hayText.length - 1, best + needleFull.length - 1);
        const pieces: Piece[] = [];
        for (let c = best; c <= last; c++) {
          const r = owner[c];
          const prev = pieces[pieces.length - 1];
          if (prev && prev.el === rects[r]) prev.to = charAt[c] + 1;
          else pieces.push({ el: rects[r], from: charAt[c], to: charAt[c] + 1 });
        }
        return pieces;
      }),
    }));
  }

  private draw() {
    if (!this.boxes) return;
    const frag = document.createDocumentFragment();
    for (const p of this.placed) {
      for (const span of p.pieces) {
        for (const piece of span) {
          const r = piece.el.getBoundingClientRect();
          if (r.bottom < 0 || r.top > innerHeight || r.width === 0) continue;
          const len = Math.max(1, (piece.el.getAttribute('aria-label') ?? '').length);
          const left = r.left + (r.width * piece.from) / len;
          const width = (r.width * (piece.to - piece.from)) / len;
          const box = document.createElement('div');
          box.className = p.mark.findingId === this.flashId ? 'b f' : 'b';
          box.dataset.finding = p.mark.findingId;
          box.style.cssText = `left:${left}px;top:${r.top}px;width:${width}px;height:${r.height}px;background:${COLORS[p.mark.severity]};border-color:${LINES[p.mark.severity]}`;
          frag.append(box);
        }
      }
    }
    this.boxes.replaceChildren(frag);
  }

  reveal(findingId: string, spanIndex = 0): boolean {
    const p = this.placed.find((x) => x.mark.findingId === findingId);
    const span = p?.pieces[spanIndex]?.length ? p.pieces[spanIndex] : p?.pieces.find((x) => x.length);
    if (!span?.length) {
      // not rendered yet (Docs renders tiles near the viewport): scroll proportionally, then retry
      const mark = this.marks.find((m) => m.findingId === findingId);
      const editor = document.querySelector('.kix-appview-editor');
      if (!mark || !editor || !this.text) return false;
      editor.scrollTop = (mark.spans[spanIndex]?.start ?? 0) / this.text.length * editor.scrollHeight;
      setTimeout(() => { this.rectCount = -1; this.place(); this.draw(); const again = this.placed.find((x) => x.mark.findingId === findingId); if (again?.pieces.some((x) => x.length)) this.reveal(findingId, spanIndex); }, 300);
      return false;
    }
    span[0].el.scrollIntoView({ block: 'center' });
    this.flashId = findingId;
    this.draw();
    setTimeout(() => { this.flashId = ''; this.draw(); }, 1600);
    return true;
  }
}
