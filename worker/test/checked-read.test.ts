// The token lookup travels with a read's first query (lib/checked-db.ts): one D1 round trip per
// repeated GET, and a revoked or changed token is still refused at once.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../src/index.ts';
import { sha256Hex } from '../src/lib/db.ts';
import { api, clause, makeOrg, type TestOrg, vendor } from './helpers.ts';

/** The test D1 binding with a count of round trips (each first/all/run/raw or batch call is one). */
function countingDb() {
  const db = env.DB;
  const counter = { trips: 0 };
  const wrap = (stmt: D1PreparedStatement): D1PreparedStatement => {
    const w = {
      real: stmt,
      bind: (...values: unknown[]) => wrap(stmt.bind(...values)),
      first: (col?: string) => (counter.trips++, col === undefined ? stmt.first() : stmt.first(col)),
      all: () => (counter.trips++, stmt.all()),
      run: () => (counter.trips++, stmt.run()),
      raw: () => (counter.trips++, stmt.raw()),
    };
    return w as unknown as D1PreparedStatement;
  };
  const binding = {
    prepare: (sql: string) => wrap(db.prepare(sql)),
    batch: (stmts: D1PreparedStatement[]) => (counter.trips++, db.batch(stmts.map((s) => (s as unknown as { real: D1PreparedStatement }).real))),
  } as unknown as D1Database;
  return { counter, env: { ...env, DB: binding } };
}

async function counted(method: string, path: string, token: string, body?: unknown) {
  const { counter, env: e } = countingDb();
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await app.fetch(new Request(`http://worker.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), e);
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, trips: counter.trips };
}

let buyer: TestOrg;
let vendorOrg: TestOrg;
let profileId: string;
beforeAll(async () => {
  buyer = await makeOrg('buyer');
  vendorOrg = await makeOrg('vendor');
  expect((await api('POST', '/api/v1/clauses', { token: buyer.tokens.editor, body: clause({ title: '検査用条項' }) })).status).toBe(201);
  const p = await api('POST', '/api/v1/vendors', { token: vendorOrg.tokens.editor, body: vendor() });
  expect(p.status).toBe(201);
  profileId = p.json.id;
});

/** A fresh viewer token of the buyer, so no earlier request of this isolate has resolved it. */
async function freshToken(role: 'viewer' | 'admin' = 'viewer', org = buyer) {
  const created = await api('POST', '/api/v1/tokens', { token: org.tokens.admin, body: { name: 'checked-read', role } });
  expect(created.status).toBe(201);
  return { id: created.json.id as string, secret: created.json.secret as string };
}

describe('checked reads', () => {
  it('the first GET looks the token up; later GETs take one round trip with the lookup in the batch', async () => {
    const t = await freshToken();
    const first = await counted('GET', '/api/v1/clauses?scope=org&q=検査用', t.secret);
    expect(first.status).toBe(200);
    expect(first.trips).toBe(2);
    const again = await counted('GET', '/api/v1/clauses?scope=org&q=検査用', t.secret);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(again.trips).toBe(1);
    const profile = await counted('GET', `/api/v1/vendors/${profileId}`, vendorOrg.tokens.viewer);
    expect(profile.status).toBe(200);
    expect((await counted('GET', `/api/v1/vendors/${profileId}`, vendorOrg.tokens.viewer)).trips).toBe(1);
  });

  it('writes never run on a remembered token: the lookup comes first', async () => {
    const t = await freshToken('admin');
    await counted('GET', '/api/v1/packs', t.secret);
    const res = await counted('POST', '/api/v1/clauses', t.secret, clause({ title: '書込み' }));
    expect(res.status).toBe(201);
    expect(res.trips).toBeGreaterThanOrEqual(3); // lookup, the write batch, the read-back
  });

  it('a token revoked through the API is refused on the next request, with nothing read', async () => {
    const t = await freshToken();
    expect((await counted('GET', '/api/v1/clauses?scope=org', t.secret)).status).toBe(200);
    expect((await api('DELETE', `/api/v1/tokens/${t.id}`, { token: buyer.tokens.admin })).status).toBe(204);
    const res = await counted('GET', '/api/v1/clauses?scope=org', t.secret);
    expect(res.status).toBe(401);
    expect(res.json.items).toBeUndefined();
  });

  it('a token revoked behind the worker\'s back (another isolate) is refused on the next request too', async () => {
    const t = await freshToken();
    expect((await counted('GET', `/api/v1/clauses?scope=org&q=${encodeURIComponent('検査用')}`, t.secret)).status).toBe(200);
    await env.DB.prepare('UPDATE tokens SET revoked_at = ? WHERE hash = ?').bind(new Date().toISOString(), await sha256Hex(t.secret)).run();
    for (const path of [`/api/v1/clauses?scope=org&q=${encodeURIComponent('検査用')}`, '/api/v1/packs', '/api/v1/orgs']) {
      const res = await counted('GET', path, t.secret);
      expect(res.status, path).toBe(401);
      expect(res.json.error.code).toBe('unauthorized');
    }
  });

  it('a revoked token gets 401, not the answer of a handler that fails before reading (400)', async () => {
    const t = await freshToken();
    expect((await counted('GET', '/api/v1/clauses', t.secret)).status).toBe(200);
    expect((await counted('GET', '/api/v1/clauses?lang=de', t.secret)).status).toBe(400);
    await env.DB.prepare('UPDATE tokens SET revoked_at = ? WHERE hash = ?').bind(new Date().toISOString(), await sha256Hex(t.secret)).run();
    expect((await counted('GET', '/api/v1/clauses?lang=de', t.secret)).status).toBe(401);
  });

  it('a changed organisation kind or token role is seen at once', async () => {
    const org = await makeOrg('vendor');
    const p = await api('POST', '/api/v1/vendors', { token: org.tokens.editor, body: vendor() });
    const path = `/api/v1/vendors/${p.json.id}/shares`; // vendor organisations only
    const first = await counted('GET', path, org.tokens.viewer); // lookup, profile, shares
    expect(first.status).toBe(200);
    expect((await counted('GET', path, org.tokens.viewer)).trips).toBe(first.trips - 1);
    const current = await api('GET', `/api/v1/orgs/${org.id}`, { token: org.tokens.admin });
    const patched = await api('PATCH', `/api/v1/orgs/${org.id}`, {
      token: org.tokens.admin, body: { kind: 'buyer' }, headers: { 'If-Match': current.headers.get('ETag')! },
    });
    expect(patched.status).toBe(200);
    expect((await counted('GET', path, org.tokens.viewer)).status).toBe(403);

    const t = await freshToken('admin');
    expect((await counted('GET', '/api/v1/audit', t.secret)).status).toBe(200);
    await env.DB.prepare("UPDATE tokens SET role = 'viewer' WHERE id = ?").bind(t.id).run();
    expect((await counted('GET', '/api/v1/audit', t.secret)).status).toBe(403);
    expect((await counted('GET', '/api/v1/clauses', t.secret)).status).toBe(200);
  });

  it('the rate limit counts each request once, also when the remembered token turned out stale', async () => {
    const created = await api('POST', '/api/v1/tokens', { token: buyer.tokens.admin, body: { name: 'tight', role: 'viewer', rateLimit: 3 } });
    const secret = created.json.secret as string;
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await counted('GET', '/api/v1/packs', secret)).status);
    await env.DB.prepare("UPDATE tokens SET role = 'editor' WHERE id = ?").bind(created.json.id).run();
    const stale = await counted('GET', '/api/v1/packs', secret); // remembered as viewer: checked, stale, looked up again
    statuses.push(stale.status);
    expect(stale.trips).toBe(3);
    statuses.push((await counted('GET', '/api/v1/packs', secret)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
