import { beforeAll, describe, expect, it } from 'vitest';
import { api, clause, makeOrg, pack, type TestOrg, vendor } from './helpers.ts';

let buyer: TestOrg;
let seller: TestOrg;
beforeAll(async () => {
  [buyer, seller] = await Promise.all([makeOrg('buyer'), makeOrg('vendor')]);
});

const cases = [
  { name: 'clause', path: '/api/v1/clauses', org: () => buyer, make: clause, a: { title: '版A' }, b: { title: '版B' }, read: (j: { title: string }) => j.title },
  { name: 'pack', path: '/api/v1/packs', org: () => buyer, make: pack, a: { name: 'A' }, b: { name: 'B' }, read: (j: { name: string }) => j.name },
  { name: 'vendor profile', path: '/api/v1/vendors', org: () => seller, make: vendor, a: { legalName: 'A社' }, b: { legalName: 'B社' }, read: (j: { legalName: string }) => j.legalName },
] as const;

describe('optimistic concurrency (ETag / If-Match)', () => {
  for (const k of cases) {
    it(`${k.name}: two concurrent updates with one ETag → one 200, one 412, nothing lost`, async () => {
      const token = k.org().tokens.editor;
      const created = await api('POST', k.path, { token, body: k.make() });
      const tag = created.headers.get('ETag')!;
      expect(tag).toBe('"1"');
      const url = `${k.path}/${created.json.id}`;
      const [r1, r2] = await Promise.all([
        api('PUT', url, { token, body: k.make(k.a), headers: { 'If-Match': tag } }),
        api('PUT', url, { token, body: k.make(k.b), headers: { 'If-Match': tag } }),
      ]);
      expect([r1.status, r2.status].sort()).toEqual([200, 412]);
      const winner = r1.status === 200 ? r1 : r2;
      const loser = r1.status === 200 ? r2 : r1;
      expect(loser.json.error.code).toBe('precondition_failed');
      const now = await api('GET', url, { token });
      expect(now.headers.get('ETag')).toBe('"2"');
      expect(k.read(now.json as never)).toBe(k.read(winner.json as never));
      // The loser re-reads and retries with the new ETag: its change lands too.
      const retry = await api('PUT', url, { token, body: loser === r1 ? k.make(k.a) : k.make(k.b), headers: { 'If-Match': '"2"' } });
      expect(retry.status).toBe(200);
      expect(retry.headers.get('ETag')).toBe('"3"');
      // Stale delete → 412; current delete → 204.
      expect((await api('DELETE', url, { token, headers: { 'If-Match': '"2"' } })).status).toBe(412);
      expect((await api('DELETE', url, { token, headers: { 'If-Match': '"3"' } })).status).toBe(204);
      expect((await api('GET', url, { token })).status).toBe(404);
    });
  }

  it('clause versions are kept and every write is audited', async () => {
    const token = buyer.tokens.editor;
    const created = await api('POST', '/api/v1/clauses', { token, body: clause({ title: '初版' }) });
    const url = `/api/v1/clauses/${created.json.id}`;
    await api('PUT', url, { token, body: clause({ title: '第二版' }), headers: { 'If-Match': '"1"' } });
    const versions = await api('GET', `${url}/versions`, { token });
    expect(versions.json.items.map((x: { version: number; title: string }) => [x.version, x.title])).toEqual([[2, '第二版'], [1, '初版']]);
    // A malformed If-Match never matches.
    expect((await api('PUT', url, { token, body: clause(), headers: { 'If-Match': 'garbage' } })).status).toBe(412);
    const audit = await api('GET', '/api/v1/audit', { token: buyer.tokens.admin });
    const mine = audit.json.items.filter((a: { resourceId: string }) => a.resourceId === created.json.id);
    expect(mine.map((a: { action: string }) => a.action)).toEqual(['update', 'create']);
    expect(mine[0]).toMatchObject({ resource: 'clause', at: expect.any(String), tokenId: expect.stringMatching(/^tok_/) });
  });

  it('organisation rename honours If-Match', async () => {
    const token = buyer.tokens.admin;
    const org = await api('GET', `/api/v1/orgs/${buyer.id}`, { token });
    const tag = org.headers.get('ETag')!;
    const ok = await api('PATCH', `/api/v1/orgs/${buyer.id}`, { token, body: { name: '改名' }, headers: { 'If-Match': tag } });
    expect(ok.status).toBe(200);
    expect(ok.json.name).toBe('改名');
    expect((await api('PATCH', `/api/v1/orgs/${buyer.id}`, { token, body: { name: '再改名' }, headers: { 'If-Match': tag } })).status).toBe(412);
  });

  it('the global library is read-only', async () => {
    const { env } = await import('cloudflare:workers');
    const at = new Date().toISOString();
    await env.DB.prepare('INSERT INTO clauses (id, org_id, lang, title, body, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)')
      .bind('cl_global_test', 'en', 'Global', 'A global model clause.', at, at).run();
    expect((await api('GET', '/api/v1/clauses/cl_global_test', { token: buyer.tokens.viewer })).json.scope).toBe('global');
    expect((await api('PUT', '/api/v1/clauses/cl_global_test', { token: buyer.tokens.admin, body: clause() })).status).toBe(403);
    expect((await api('DELETE', '/api/v1/clauses/cl_global_test', { token: buyer.tokens.admin })).status).toBe(403);
  });
});
