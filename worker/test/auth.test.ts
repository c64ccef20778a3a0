import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/index.ts';
import { api } from './helpers.ts';
import { foreignPath, makeWorld, validBody, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const protectedRoutes = routes.filter((r) => r.role !== null);

describe('auth matrix on every route', () => {
  it('covers every protected route', () => expect(protectedRoutes.length).toBeGreaterThanOrEqual(20));

  for (const r of protectedRoutes) {
    const name = `${r.method.toUpperCase()} ${r.path}`;
    it(`${name}: no token, bad token, revoked token → 401`, async () => {
      const path = foreignPath(r, w);
      const body = validBody(r, w);
      for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer not-a-real-token-123' }, { Authorization: `Bearer ${w.buyer1.tokens.revoked}` }, { Authorization: 'Basic abc' }]) {
        const res = await api(r.method, path, { headers, body });
        expect(res.status).toBe(401);
        expect(res.json.error.code).toBe('unauthorized');
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      }
    });

    const wrong: string[] = [];
    if (r.role === 'admin') wrong.push('editor');
    if (r.role === 'editor') wrong.push('viewer');
    if (r.platform) wrong.push('non-platform admin');
    if (r.vendorOnly) wrong.push('buyer admin');
    if (!wrong.length) continue;
    it(`${name}: wrong role → 403 (${wrong.join(', ')})`, async () => {
      const tokens: Record<string, string> = {
        editor: w.outsider.tokens.editor,
        viewer: w.outsider.tokens.viewer,
        'non-platform admin': w.outsider.tokens.admin,
        'buyer admin': w.buyer2.tokens.admin,
      };
      for (const label of wrong) {
        const res = await api(r.method, foreignPath(r, w), { token: tokens[label], body: validBody(r, w) });
        expect(res.status, `${label}: ${JSON.stringify(res.json)}`).toBe(403);
        expect(res.json.error.code).toBe('forbidden');
      }
    });
  }

  it('public routes need no token', async () => {
    for (const r of routes.filter((x) => x.role === null)) expect((await api(r.method, r.path)).status).toBe(200);
  });

  it('a created token works, is shown once, and stops working when revoked', async () => {
    const created = await api('POST', '/api/v1/tokens', { token: w.buyer2.tokens.admin, body: { name: 'ci', role: 'viewer' } });
    expect(created.status).toBe(201);
    expect(created.json.secret).toMatch(/^clt_/);
    const list = await api('GET', '/api/v1/tokens', { token: w.buyer2.tokens.admin });
    expect(JSON.stringify(list.json)).not.toContain(created.json.secret);
    expect(list.json.items.some((t: { id: string }) => t.id === created.json.id)).toBe(true);
    expect((await api('GET', '/api/v1/clauses', { token: created.json.secret })).status).toBe(200);
    expect((await api('DELETE', `/api/v1/tokens/${created.json.id}`, { token: w.buyer2.tokens.admin })).status).toBe(204);
    expect((await api('GET', '/api/v1/clauses', { token: created.json.secret })).status).toBe(401);
    expect((await api('DELETE', `/api/v1/tokens/${created.json.id}`, { token: w.buyer2.tokens.admin })).status).toBe(404);
  });

  it('the platform operator creates an organisation with a first admin token', async () => {
    const res = await api('POST', '/api/v1/orgs', { token: w.platform.tokens.admin, body: { name: '新規購買組織', kind: 'buyer' } });
    expect(res.status).toBe(201);
    const mine = await api('GET', '/api/v1/orgs', { token: res.json.token.secret });
    expect(mine.json.items).toEqual([expect.objectContaining({ id: res.json.org.id, name: '新規購買組織', kind: 'buyer' })]);
  });

  it('rate limit per token → 429 with Retry-After', async () => {
    const created = await api('POST', '/api/v1/tokens', { token: w.buyer2.tokens.admin, body: { name: 'tight', role: 'viewer', rateLimit: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await api('GET', '/api/v1/packs', { token: created.json.secret });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
        expect(res.json.error.code).toBe('rate_limited');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another token of the same organisation is not affected.
    expect((await api('GET', '/api/v1/packs', { token: w.buyer2.tokens.viewer })).status).toBe(200);
  });
});
