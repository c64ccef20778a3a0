/**
 * Background: runs the engine (off every page's main thread), keeps per-tab results, opens the side
 * panel, injects the page script on demand (activeTab) and registers it for opted-in sites.
 * Document text only travels between the tab and this extension; it is never sent over the network.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import * as v from 'valibot';
import { analyze, catalog as builtInCatalog, type Catalog } from '../../shared/index';
import { catalogWithPacks } from '../../shared/catalog/packs';
import { Pack } from '../../shared/schemas/pack';
import type { Report } from '../../shared/schemas/report';
import { excerptsFor, firstPart, LOCAL_KINDS, pageReport, PARTIAL_FROM, type TabState, type ToBackground, type Broadcast } from '../lib/protocol';
import { getCachedPacks, getSettings, docKeyForUrl } from '../lib/settings';

const states = new Map<number, TabState>();
let catalogPromise: Promise<Catalog> | null = null;

async function buildCatalog(): Promise<Catalog> {
  const settings = await getSettings();
  const cached = (await getCachedPacks()).filter((p) => settings.enabledPacks.includes(p.id));
  // the built-in catalog was validated when the module loaded: validating it again would delay the first result
  if (!cached.length) return builtInCatalog;
  try {
    // The worker validated them already; validating again keeps a stale or tampered cache out.
    return catalogWithPacks(cached.map((p) => v.parse(Pack, {
      name: p.name, description: p.description, active: p.active, enable: p.enable,
      disable: p.disable, severity: p.severity, requirements: p.requirements,
    })));
  } catch (err) {
    console.warn('[clause-lens] pack rejected, using the built-in catalog', err);
    return builtInCatalog;
  }
}
const getCatalog = () => (catalogPromise ??= buildCatalog());

async function runAnalysis(text: string): Promise<Report> {
  const catalog = await getCatalog();
  return analyze(text, { catalog });
}

const saveTimers = new Map<number, ReturnType<typeof setTimeout>>();
function publish(state: TabState) {
  states.set(state.tabId, state);
  // the session copy (for a restarted service worker) is written once things settle, not on every step
  clearTimeout(saveTimers.get(state.tabId));
  saveTimers.set(state.tabId, setTimeout(() => {
    saveTimers.delete(state.tabId);
    const latest = states.get(state.tabId);
    if (latest) void browser.storage.session?.set({ [`tab:${latest.tabId}`]: { ...latest } }).catch(() => {});
  }, 500));
  const msg: Broadcast = { type: 'state', state };
  browser.runtime.sendMessage(msg).catch(() => { /* no panel open */ });
}

async function stateOf(tabId: number): Promise<TabState | null> {
  const s = states.get(tabId);
  if (s) return s;
  const got = await browser.storage.session?.get(`tab:${tabId}`).catch(() => ({}));
  const saved = (got as Record<string, TabState> | undefined)?.[`tab:${tabId}`];
  if (saved) states.set(tabId, saved);
  return saved ?? null;
}

/** Injects the page script (activeTab or a granted origin) or asks the Docs script to check. */
async function checkTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (/^https:\/\/docs\.google\.com\/document\//.test(url)) {
    await browser.tabs.sendMessage(tabId, { type: 'run-check' }).catch(() => {});
    return;
  }
  // (the URL is hidden for a tab this extension may not read yet: then the injection below says so)
  if (url && !/^(https?|file):/.test(url)) {
    publish({ tabId, docKey: docKeyForUrl(url), url, title: tab.title ?? '', surface: 'page', status: 'error', error: 'unsupported-page', updatedAt: Date.now() });
    return;
  }
  // Inject straight away: page.js finds an instance already in the tab and re-runs it. (Probing with a
  // message first cost up to ~0.7 s on a large page with no listener yet.)
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/page.js'] });
  } catch (err) {
    // without activeTab (toolbar button) or a granted site, the page cannot be read: say what to do
    const message = String((err as Error).message ?? err);
    const error = /cannot access|permission|host/i.test(message) ? 'no-access' : message;
    publish({ tabId, docKey: docKeyForUrl(url), url, title: tab.title ?? '', surface: 'page', status: 'error', error, updatedAt: Date.now() });
  }
}

/** Per-site opt-in: the page script is registered for every granted site in the settings. */
async function syncRegisteredSites(): Promise<void> {
  const settings = await getSettings();
  const sites = settings.sites.filter((s) => !s.startsWith('https://docs.google.com'));
  const granted: string[] = [];
  for (const origin of sites) {
    const pattern = `${origin}/*`;
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: ['clause-lens-sites'] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: ['clause-lens-sites'] }).catch(() => {});
  if (granted.length) {
    await browser.scripting.registerContentScripts([{
      id: 'clause-lens-sites', js: ['/content-scripts/page.js'], matches: granted, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    }]).catch((err) => console.warn('[clause-lens] register failed', err));
  }
}

export default defineBackground(() => {
  const b = browser as typeof browser & { sidePanel?: { setPanelBehavior(o: object): Promise<void>; open(o: object): Promise<void> }; sidebarAction?: { open(): Promise<void> } };

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void syncRegisteredSites();
  });

  // Toolbar button: open the panel (needs the user gesture, so first) and check the tab.
  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    if (b.sidePanel) void b.sidePanel.open({ tabId: tab.id }).catch(() => {});
    else if (b.sidebarAction) void b.sidebarAction.open().catch(() => {});
    void checkTab(tab.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    void browser.storage.session?.remove(`tab:${tabId}`).catch(() => {});
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.settings || changes.packCache) catalogPromise = null;
    if (changes.settings) void syncRegisteredSites();
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const msg = raw as ToBackground;
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'analyze': {
        if (tabId === undefined) return false;
        const base = { tabId, docKey: msg.docKey, url: msg.url, title: msg.title, surface: msg.surface, updatedAt: Date.now() };
        const prev = states.get(tabId);
        publish({ ...base, status: 'analyzing', report: prev?.docKey === msg.docKey ? prev.report : undefined, excerpts: prev?.docKey === msg.docKey ? prev.excerpts : undefined, layer: prev?.layer });
        const frameId = sender.frameId ?? 0;
        (async () => {
          // a long document: highlight what the first part already shows, then check the whole
          if (msg.text.length > PARTIAL_FROM && msg.runId !== undefined) {
            const early = pageReport(await runAnalysis(firstPart(msg.text)), LOCAL_KINDS);
            await browser.tabs.sendMessage(tabId, { type: 'partial', runId: msg.runId, report: early }, { frameId }).catch(() => {});
          }
          return runAnalysis(msg.text);
        })().then(
          (report) => {
            // the page first (only what it needs to highlight), then the panel and the session copy
            sendResponse({ ok: true, report: pageReport(report) });
            publish({ ...base, status: 'done', report, excerpts: excerptsFor(report, msg.text), textLength: msg.text.length, layer: states.get(tabId)?.layer, placed: states.get(tabId)?.placed, updatedAt: Date.now() });
          },
          (err) => {
            publish({ ...base, status: 'error', error: String(err?.message ?? err), updatedAt: Date.now() });
            sendResponse({ ok: false, error: String(err?.message ?? err) });
          },
        );
        return true;
      }
      case 'analyze-text': {
        // extension pages (files page): analysis without a tab state
        runAnalysis(msg.text).then((report) => sendResponse({ ok: true, report, excerpts: excerptsFor(report, msg.text) }), (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }));
        return true;
      }
      case 'status': {
        if (tabId === undefined) return false;
        const prev = states.get(tabId);
        publish({ tabId, docKey: msg.docKey, url: msg.url, title: msg.title, surface: msg.surface, status: msg.status, error: msg.error, report: msg.status === 'error' ? undefined : prev?.report, layer: prev?.layer, updatedAt: Date.now() });
        return false;
      }
      case 'layer': {
        if (tabId === undefined) return false;
        const prev = states.get(tabId);
        if (prev) publish({ ...prev, layer: msg.layer, placed: msg.placed });
        else states.set(tabId, { tabId, docKey: '', url: '', title: '', surface: 'gdocs', status: 'idle', layer: msg.layer, placed: msg.placed, updatedAt: Date.now() });
        return false;
      }
      case 'get-state': {
        stateOf(msg.tabId).then((s) => sendResponse(s));
        return true;
      }
      case 'check-tab': {
        checkTab(msg.tabId).then(() => sendResponse(true), () => sendResponse(false));
        return true;
      }
      case 'settings-changed': {
        catalogPromise = null;
        void syncRegisteredSites();
        return false;
      }
    }
    return false;
  });

  // Warm the engine (compiles the catalog) so the first check is quick.
  setTimeout(() => { void runAnalysis('warm-up').catch(() => {}); }, 50);

  // Exposed for tests and the bench (service-worker console): check a tab as the toolbar button does.
  (globalThis as Record<string, unknown>).clauseLens = { checkTab, syncRegisteredSites, states };
});
