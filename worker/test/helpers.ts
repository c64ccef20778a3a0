import { env } from 'cloudflare:workers';
import { app } from '../src/index.ts';
import { sha256Hex } from '../src/lib/db.ts';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
type Kind = 'buyer' | 'vendor' | 'both';

export interface TestOrg {
  id: string;
  tokens: Record<(typeof ROLES)[number] | 'revoked', string>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Inserts an organisation with one token per role plus a revoked one; secrets are returned. */
export async function makeOrg(kind: Kind, opts: { platform?: boolean; name?: string } = {}): Promise<TestOrg> {
  const id = `org_${unique()}`;
  const at = new Date().toISOString();
  const stmts = [
    env.DB.prepare('INSERT INTO orgs (id, name, kind, platform, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(id, opts.name ?? `${kind} ${id}`, kind, opts.platform ? 1 : 0, at, at),
  ];
  const tokens = {} as TestOrg['tokens'];
  for (const role of [...ROLES, 'revoked'] as const) {
    const secret = `test-${role}-${unique()}`;
    tokens[role] = secret;
    stmts.push(env.DB.prepare('INSERT INTO tokens (id, org_id, name, role, hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .bind(`tok_${unique()}`, id, role, role === 'revoked' ? 'admin' : role, await sha256Hex(secret), at, role === 'revoked' ? at : null));
  }
  await env.DB.batch(stmts);
  return { id, tokens };
}

export interface Call {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function api(method: string, path: string, call: Call = {}) {
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await app.fetch(new Request(`http://worker.test${path}`, { method, headers, body }), env);
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = text ? JSON.parse(text) : null;
  return { status: res.status, headers: res.headers, json };
}

export const clause = (overrides: Record<string, unknown> = {}) => ({
  lang: 'ja',
  title: '再委託の事前承認',
  body: '受託者は、委託者の事前の書面による承認を得た場合に限り、本業務を第三者に再委託することができる。',
  requirementIds: ['SUBCONTRACT-APPROVAL'],
  tags: ['subcontracting'],
  ...overrides,
});

export const vendor = (overrides: Record<string, unknown> = {}) => ({
  legalName: '株式会社テストベンダー',
  aliases: ['テストベンダー', 'Test Vendor KK'],
  answers: { 'ACCESS-CONTROL': { answer: 'yes' }, 'INCIDENT-REPORT': { answer: 'partial', note: '24時間以内' } },
  certifications: [{ type: 'iso27001', scope: '全社', expiresAt: '2099-01-01' }],
  subcontractors: [],
  ...overrides,
});

/** A minimal requirement in the catalog format (valid against shared/catalog/schema.ts). */
export const ownRequirement = (id = 'ACME-LOG-RETENTION') => ({
  id,
  title: { ja: 'ログの保存', en: 'Log retention' },
  why: { ja: '調査のため', en: 'For investigations' },
  category: 'logging',
  stage: 'S4',
  documents: { must: ['contract'] },
  appliesWhen: ['always'],
  obligatedParty: 'contractor',
  flowsDown: true,
  basis: 'good_practice',
  severity: 'medium',
  match: { sentence: 'log' },
  tests: [{ id: 'period', core: true, title: { ja: '期間', en: 'Period' }, found: 'log' }],
  signals: { ja: ['ログ'], en: ['log'] },
  references: [],
  modelClauses: [{ lang: 'ja', text: 'ログを1年間保存する。' }, { lang: 'en', text: 'Logs are kept for one year.' }],
  examples: { pass: [{ lang: 'ja', text: 'ログを1年間保存する。' }, { lang: 'en', text: 'Logs are kept for a year.' }], nearMiss: [{ lang: 'en', text: 'Logs exist.' }] },
});

export const pack = (overrides: Record<string, unknown> = {}) => ({
  name: 'House rules',
  disable: ['SECURITY-TRAINING'],
  severity: { 'ACCESS-CONTROL': 'high' },
  requirements: [ownRequirement()],
  ...overrides,
});
