/**
 * Any web page and Word for the web: injected on demand (toolbar button, activeTab) or on opted-in
 * sites. Reads DOM text (same-origin iframes included), asks the extension to analyse it, and
 * highlights with the CSS Custom Highlight API. Deliberately small: no UI framework, no engine here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractDomText, extractDomTextSliced, OWN_ATTR, type DomText } from '../lib/dom-text';
import { PageOverlay } from '../lib/highlight';
import { marksFor } from '../lib/marks';
import { resolveLang } from '../lib/i18n';
import { catalogChanged, docKeyForUrl, getDecisions, getSettings } from '../lib/settings';
import type { PageReport } from '../lib/protocol';
import { listenToBackground, wantsEarly } from '../lib/content-messages';

type G = typeof globalThis & { __clauseLens?: { run(): void } };

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const g = globalThis as G;
    if (g.__clauseLens) { g.__clauseLens.run(); return; }

    let dom: DomText | null = null;
    let report: PageReport | null = null;
    let lastText = '';
    let overlay: PageOverlay | null = null;
    let timer = 0;
    let running = false;
    let runId = 0;
    let finalFor = -1;
    let isPartial = false;
    let rerun = false;
    let paints = 0;
    const isWord = /(^|\.)officeapps\.live\.com$|sharepoint\.com$|onedrive\.live\.com$/.test(location.hostname);
    const docKey = () => docKeyForUrl(location.href);

    async function paint() {
      if (!dom || !report) return;
      const settings = await getSettings();
      const lang = resolveLang(settings.lang);
      overlay ??= new PageOverlay(lang);
      overlay.setLang(lang);
      const marks = marksFor(report, await getDecisions(docKey()), lang, lastText);
      const t0 = performance.now();
      const placed = overlay.apply(dom, marks);
      // timings (no content) for the bench, in the page's performance timeline
      performance.measure('clause-lens:highlight', { start: t0, end: performance.now() });
      void browser.runtime.sendMessage({ type: 'layer', layer: 'n/a', placed }).catch(() => {});
      document.documentElement.dataset.clauseLensPlaced = String(placed);
      document.documentElement.dataset.clauseLensRuns = String(++paints);
      document.documentElement.dataset.clauseLensState = isPartial ? 'partial' : 'done';
    }

    async function run(force = false) {
      if (running) { rerun = true; return; }
      running = true;
      try {
        const root = isWord ? (document.querySelector('#WACViewPanel, [role="document"]') ?? document.body) : document.body;
        const t0 = performance.now();
        // the first read at once (the user asked for it); re-reads after edits in idle-time slices
        const next = lastText ? await extractDomTextSliced(root, { iframes: true }) : extractDomText(root, { iframes: true });
        performance.measure('clause-lens:read', { start: t0, end: performance.now() });
        if (!force && next.text === lastText && report) { dom = next; await paint(); return; }
        dom = next;
        lastText = next.text;
        const meta = { docKey: docKey(), url: location.href, title: document.title, surface: 'page' as const };
        if (next.text.replace(/\s+/g, '').length < 10) {
          await browser.runtime.sendMessage({ type: 'status', status: 'error', error: 'no-text', ...meta });
          return;
        }
        const id = ++runId;
        const res = await browser.runtime.sendMessage({ type: 'analyze', text: next.text, runId: id, ...meta }) as { ok: boolean; report?: PageReport };
        finalFor = id;
        if (res?.ok && res.report) {
          report = res.report;
          isPartial = false;
          await paint();
        }
      } finally {
        running = false;
        if (rerun) { rerun = false; schedule(); }
      }
    }

    // Re-check after edits, debounced, and only when the browser is idle: typing is never blocked.
    function schedule() {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => void }).requestIdleCallback;
        if (idle) idle(() => void run(), { timeout: 2000 });
        else void run();
      }, 1200);
    }
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.(`[${OWN_ATTR}]`) || (r.target.parentElement?.closest(`[${OWN_ATTR}]`)))) return;
      schedule();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener('input', schedule, { passive: true, capture: true });

    listenToBackground({
      run: () => void run(true),
      reveal: (findingId, span) => overlay?.reveal(findingId, span) ?? false,
      early: (id, early) => {
        if (wantsEarly(id, runId, finalFor, report)) { report = early; isPartial = true; void paint(); }
      },
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if (catalogChanged(changes)) void run(true);
      else if (changes.settings || changes[`decisions:${docKey()}`]) void paint();
    });

    g.__clauseLens = { run: () => void run(true) };
    void run();
  },
});
