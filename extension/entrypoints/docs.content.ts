/**
 * Google Docs: full text from the document export (same-origin, the user's own session; tables
 * included via the HTML export), positions from the annotated-canvas layer, highlights in our own
 * positioned layer (shadow root) that follows scrolling. Without the layer the panel still works.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { htmlToText } from '../../shared/extract/html';
import { DocsLayer } from '../lib/docs-layer';
import { marksFor } from '../lib/marks';
import { resolveLang } from '../lib/i18n';
import { catalogChanged, docKeyForUrl, getDecisions, getSettings } from '../lib/settings';
import type { PageReport } from '../lib/protocol';
import { listenToBackground, wantsEarly } from '../lib/content-messages';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_idle',
  main() {
    const m = /\/document\/(?:u\/\d+\/)?d\/([^/?#]+)/.exec(location.pathname);
    if (!m) return;
    const docId = m[1];
    const docKey = docKeyForUrl(location.href);
    let report: PageReport | null = null;
    let text = '';
    let layer: DocsLayer | null = null;
    let timer = 0;
    let running = false;
    let runId = 0;
    let finalFor = -1;
    let isPartial = false;

    async function exportText(): Promise<string> {
      const base = `${location.origin}/document/d/${docId}/export`;
      try {
        const res = await fetch(`${base}?format=html`, { credentials: 'include' });
        if (res.ok) {
          // tokenised, never parsed into a DOM: nothing in the export becomes an element on this page
          const out = htmlToText(await res.text());
          if (out.trim()) return out;
        }
      } catch { /* fall back to txt */ }
      const res = await fetch(`${base}?format=txt`, { credentials: 'include' });
      if (!res.ok) throw new Error(`export failed (${res.status})`);
      return (await res.text()).replace(/^\uFEFF/, '');
    }

    async function paint() {
      if (!report) return;
      const lang = resolveLang((await getSettings()).lang);
      if (!layer) {
        layer = new DocsLayer();
        // Docs renders its layer lazily (and re-renders on scroll): keep the panel's notice current
        layer.onChange = (present, placed) => announce(present, placed);
      }
      const placed = layer.apply(text, marksFor(report, await getDecisions(docKey), lang, text));
      announce(layer.present(), placed);
    }

    function announce(present: boolean, placed: number) {
      const state = present ? 'ok' : 'absent';
      document.documentElement.dataset.clauseLensLayer = state;
      document.documentElement.dataset.clauseLensPlaced = String(placed);
      document.documentElement.dataset.clauseLensState = isPartial ? 'partial' : 'done';
      void browser.runtime.sendMessage({ type: 'layer', layer: state, placed }).catch(() => {});
    }

    async function run(force = false) {
      if (running) return;
      running = true;
      const meta = { docKey, url: location.href, title: document.title.replace(/ - Google (Docs|ドキュメント)$/, ''), surface: 'gdocs' as const };
      try {
        const next = await exportText();
        if (!force && next === text && report) { await paint(); return; }
        text = next;
        const id = ++runId;
        const res = await browser.runtime.sendMessage({ type: 'analyze', text, runId: id, ...meta }) as { ok: boolean; report?: PageReport };
        finalFor = id;
        if (res?.ok && res.report) { report = res.report; isPartial = false; await paint(); }
      } catch (err) {
        await browser.runtime.sendMessage({ type: 'status', status: 'error', error: String((err as Error).message ?? err), ...meta }).catch(() => {});
      } finally {
        running = false;
      }
    }

    // Edits: the export lags a little behind typing; re-check a few seconds after the last keystroke.
    const schedule = () => { clearTimeout(timer); timer = window.setTimeout(() => void run(), 4000); };
    document.addEventListener('keyup', schedule, { passive: true, capture: true });

    listenToBackground({
      run: () => void run(true),
      reveal: (findingId, span) => layer?.reveal(findingId, span) ?? false,
      early: (id, early) => {
        if (wantsEarly(id, runId, finalFor, report)) { report = early; isPartial = true; void paint(); }
      },
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if (catalogChanged(changes) && report) void run(true);
      else if (changes.settings || changes[`decisions:${docKey}`]) void paint();
    });

    void getSettings().then((s) => {
      if (s.sites.some((site) => site.startsWith('https://docs.google.com'))) void run();
    });
  },
});
