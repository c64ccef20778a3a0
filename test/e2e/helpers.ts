/**
 * Shared setup for the end-to-end tests: a copy of the built extension, Chromium (playwright-core,
 * Debian chromium) with it loaded, a fixture server on 127.0.0.1, and small helpers.
 *
 * activeTab: a user grants it by pressing the toolbar button, which automation cannot press. The test
 * copy of the build therefore lists http://127.0.0.1/* under host_permissions: the same access
 * activeTab gives the extension for the checked tab (and the same as granting the optional
 * permission for a local worker in the options page). Everything else is the build as shipped.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXT_BUILD, OUT_DIR } from './paths';

export { OUT_DIR };

/** The extension APIs, as seen inside the service worker (evaluated there, typed loosely here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export interface Browser {
  context: BrowserContext;
  sw: Worker;
  extId: string;
  dir: string;
  close(): Promise<void>;
  /** chrome-extension://ID/<file> */
  url(file: string): string;
}

export async function launch(opts: { locale?: string } = {}): Promise<Browser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'clause-lens-e2e-'));
  const ext = path.join(dir, 'ext');
  cpSync(EXT_BUILD, ext, { recursive: true });
  const manifestPath = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));

  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'ja-JP',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, `--lang=${opts.locale ?? 'ja-JP'}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extId = new URL(sw.url()).host;
  // The first-run page opens itself on install; tests open what they need.
  for (const p of context.pages()) if (p.url().includes('welcome.html')) await p.close().catch(() => {});
  return {
    context, sw, extId, dir,
    url: (file) => `chrome-extension://${extId}/${file}`,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** A tiny fixture server on 127.0.0.1 (random port). */
export async function serve(routes: Record<string, string | { body: string | Buffer; type: string }>): Promise<{ base: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route === undefined) { res.writeHead(404).end('not found'); return; }
    const r = typeof route === 'string' ? { body: route, type: 'text/html; charset=utf-8' } : route;
    res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store' }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}

/** The tab id of a page (looked up in the background by URL). */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  const url = page.url();
  const id = await b.sw.evaluate(async (u) => {
    const tabs: { url?: string; id: number }[] = await chrome.tabs.query({});
    // a tab's URL is hidden from an extension without access to it: then it is the newest tab
    return tabs.find((t) => t.url === u)?.id ?? (tabs.some((t) => t.url === undefined) ? Math.max(...tabs.filter((t) => t.url === undefined).map((t) => t.id)) : null);
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** What the toolbar button does for a tab: inject the page script (or ask the Docs script) and check. */
export async function checkTab(b: Browser, tabId: number): Promise<void> {
  await b.sw.evaluate((id) => (globalThis as unknown as { clauseLens: { checkTab(id: number): Promise<void> } }).clauseLens.checkTab(id), tabId);
}

export async function setSettings(b: Browser, patch: Record<string, unknown>): Promise<void> {
  await b.sw.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

/** Opens the side panel page in a tab, bound to a document tab (the real panel follows the active tab). */
export async function openPanel(b: Browser, tabId: number): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1100 });
  await panel.goto(b.url(`sidepanel.html?tab=${tabId}`));
  return panel;
}

export async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Highlights registered with the CSS Custom Highlight API in a page: name → number of ranges. */
export async function highlightsIn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => { out[name] = h.size; });
    return out;
  });
}

/** Every element under closed shadow roots matching a class, with its box (CDP pierces closed roots). */
export async function shadowBoxes(page: Page, hostTag: string, className: string): Promise<{ attrs: Record<string, string>; x: number; y: number; width: number; height: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeId: number; nodeName: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const found: N[] = [];
    const walk = (n: N, inHost: boolean) => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      if (inHost && attrs.includes('class') && cls.split(/\s+/).includes(className)) found.push(n);
      const host = inHost || n.nodeName.toLowerCase() === hostTag;
      for (const c of n.children ?? []) walk(c, host);
      for (const s of n.shadowRoots ?? []) walk(s, host);
    };
    walk(root as N, false);
    const out = [];
    for (const n of found) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId }).catch(() => ({ model: null as null | { border: number[]; width: number; height: number } }));
      if (!model) continue;
      const attrs: Record<string, string> = {};
      for (let i = 0; i + 1 < (n.attributes ?? []).length; i += 2) attrs[n.attributes![i]] = n.attributes![i + 1];
      out.push({ attrs, x: model.border[0], y: model.border[1], width: model.width, height: model.height });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export function html(title: string, body: string, lang = 'ja'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.8 "IPAGothic",sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#222} h1{font-size:22px} h2{font-size:17px;margin:18px 0 4px}</style>
</head><body>${body}</body></html>`;
}

/** Paragraphs → HTML (text escaped). */
export function paragraphsHtml(text: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return text.split(/\n{2,}/).map((block) => {
    const [first, ...rest] = block.split('\n');
    if (/^第\d+条/.test(first)) return `<h2>${esc(first)}</h2>${rest.length ? `<p>${esc(rest.join('\n'))}</p>` : ''}`;
    return `<p>${esc(block)}</p>`;
  }).join('\n');
}
