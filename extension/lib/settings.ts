/** Settings and per-document state in extension storage (storage.local; nothing is synced or uploaded). */
import { browser } from 'wxt/browser';
import type { LangSetting } from './i18n';
import { flattenWhitespace } from '../../shared/engine/normalize';

export interface Settings {
  lang: LangSetting;
  workerUrl: string;
  token: string;
  /** Ids of worker packs to apply on top of the built-in catalog. */
  enabledPacks: string[];
  /** Origins checked automatically (per-site opt-in), e.g. "https://docs.google.com". */
  sites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'auto', workerUrl: '', token: '', enabledPacks: [], sites: ['https://docs.google.com'],
};

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return { ...DEFAULT_SETTINGS, ...(settings as Partial<Settings> | undefined) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ settings: next });
  return next;
}

/** Whether a storage change alters the catalog the engine uses (packs switched or refreshed). */
export function catalogChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): boolean {
  if (changes.packCache) return true;
  const s = changes.settings;
  if (!s) return false;
  const before = (s.oldValue as Partial<Settings> | undefined)?.enabledPacks ?? [];
  const after = (s.newValue as Partial<Settings> | undefined)?.enabledPacks ?? [];
  return before.join('\n') !== after.join('\n');
}

/**
 * The key a decision is stored under. Ids that carry an offset (VAG-PROMPTLY:174) would be lost by any
 * edit above the passage, so those are keyed by rule and evidence text instead.
 */
export function decisionKey(id: string, evidence?: string): string {
  if (!evidence || !/:\d+$/.test(id)) return id;
  return `${id.replace(/:\d+$/, '')}@${evidence.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
}

/** The evidence excerpt of a span, as shown in the panel (whitespace collapsed, at most 300 characters). */
export function evidenceText(text: string, span: { start: number; end: number }): string {
  const raw = flattenWhitespace(text.slice(span.start, Math.min(span.end, span.start + 300)));
  return span.end - span.start > 300 ? `${raw}…` : raw;
}

export type Decision = 'ignored' | 'accepted';
export type Decisions = Record<string, Decision>;

const decisionsKey = (docKey: string) => `decisions:${docKey}`;

export async function getDecisions(docKey: string): Promise<Decisions> {
  const key = decisionsKey(docKey);
  const got = await browser.storage.local.get(key);
  return (got[key] as Decisions | undefined) ?? {};
}

export async function setDecision(docKey: string, findingId: string, decision: Decision | null): Promise<Decisions> {
  const current = await getDecisions(docKey);
  if (decision) current[findingId] = decision;
  else delete current[findingId];
  await browser.storage.local.set({ [decisionsKey(docKey)]: current });
  return current;
}

/** A stable key for "this document": Docs id, file name+size, or the page URL without its fragment. */
export function docKeyForUrl(url: string): string {
  const docs = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([^/?#]+)/.exec(url);
  if (docs) return `gdoc:${docs[1]}`;
  try {
    const u = new URL(url);
    u.hash = '';
    return `url:${u.href}`;
  } catch {
    return `url:${url}`;
  }
}

export interface CachedPack {
  id: string;
  name: string;
  description?: string;
  active?: boolean;
  enable?: string[];
  disable?: string[];
  severity?: Record<string, 'high' | 'medium' | 'low'>;
  requirements?: unknown[];
}

export async function getCachedPacks(): Promise<CachedPack[]> {
  const { packCache } = await browser.storage.local.get('packCache');
  return (packCache as CachedPack[] | undefined) ?? [];
}
export async function setCachedPacks(packs: CachedPack[]): Promise<void> {
  await browser.storage.local.set({ packCache: packs });
}

export interface CachedClause { title: string; body: string; lang: string; fetchedAt: string }
const clauseKey = (req: string, lang: string) => `clause:${req}:${lang}`;
export async function getCachedClause(req: string, lang: string): Promise<CachedClause | null> {
  const key = clauseKey(req, lang);
  const got = await browser.storage.local.get(key);
  return (got[key] as CachedClause | undefined) ?? null;
}
export async function setCachedClause(req: string, lang: string, clause: CachedClause): Promise<void> {
  await browser.storage.local.set({ [clauseKey(req, lang)]: clause });
}
