/**
 * The optional clause-library worker. Only clause/pack reads and the health check go over the network;
 * document text never does. The origin must be granted at runtime (optional host permission).
 */
import { browser } from 'wxt/browser';
import { getCachedClause, getSettings, setCachedClause, setCachedPacks, type CachedClause, type CachedPack } from './settings';

export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export async function hasWorkerPermission(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  return !!pattern && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
}

/** Must be called from a user gesture (options page button). */
export async function requestWorkerPermission(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  if (await hasWorkerPermission(url)) return true;
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

async function call(path: string, settings?: { workerUrl: string; token: string }): Promise<Response> {
  const s = settings ?? (await getSettings());
  if (!s.workerUrl) throw new Error('no worker configured');
  const base = s.workerUrl.replace(/\/+$/, '');
  return fetch(`${base}${path}`, {
    headers: s.token ? { Authorization: `Bearer ${s.token}` } : {},
    credentials: 'omit',
    cache: 'no-store',
  });
}

export async function testConnection(workerUrl: string, token: string): Promise<{ ok: boolean; detail: string }> {
  try {
    const health = await call('/health', { workerUrl, token });
    if (!health.ok) return { ok: false, detail: `/health → HTTP ${health.status}` };
    const packs = await call('/api/v1/packs?limit=1', { workerUrl, token });
    if (packs.status === 401 || packs.status === 403) return { ok: false, detail: `token rejected (HTTP ${packs.status})` };
    if (!packs.ok) return { ok: false, detail: `/api/v1/packs → HTTP ${packs.status}` };
    return { ok: true, detail: 'ok' };
  } catch (err) {
    return { ok: false, detail: String((err as Error).message ?? err) };
  }
}

export async function fetchPacks(): Promise<CachedPack[]> {
  const out: CachedPack[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const res = await call(`/api/v1/packs?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!res.ok) throw new Error(`packs: HTTP ${res.status}`);
    const body = (await res.json()) as { items: CachedPack[]; nextCursor: string | null };
    out.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  await setCachedPacks(out);
  return out;
}

export interface ClauseSuggestion { text: string; title?: string; source: 'worker' | 'cache' | 'bundled' }

/** The organisation's clause for a requirement: live from the worker, else the offline cache. */
export async function workerClause(requirement: string, lang: 'ja' | 'en'): Promise<ClauseSuggestion | null> {
  const settings = await getSettings();
  if (!settings.workerUrl) return null;
  try {
    if (!(await hasWorkerPermission(settings.workerUrl))) throw new Error('no permission');
    const res = await call(`/api/v1/clauses?requirement=${encodeURIComponent(requirement)}&lang=${lang}&limit=5`, settings);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { items: { title: string; body: string; lang: string; scope?: string }[] };
    // prefer the organisation's own clause over the global library
    const item = body.items.find((c) => c.scope === 'org') ?? body.items[0];
    if (!item) return null;
    const cached: CachedClause = { title: item.title, body: item.body, lang: item.lang, fetchedAt: new Date().toISOString() };
    await setCachedClause(requirement, lang, cached);
    return { text: item.body, title: item.title, source: 'worker' };
  } catch {
    const cached = await getCachedClause(requirement, lang);
    return cached ? { text: cached.body, title: cached.title, source: 'cache' } : null;
  }
}
