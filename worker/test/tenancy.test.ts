import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/index.ts';
import { api, vendor } from './helpers.ts';
import { foreignPath, makeWorld, validBody, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const byId = routes.filter((r) => r.role !== null && r.path.includes(':id'));
const ids = (res: { json: { items: { id: string }[] } }) => res.json.items.map((x) => x.id);

describe('tenant isolation on every route', () => {
  for (const r of byId) {
    it(`${r.method.toUpperCase()} ${r.path}: another organisation's id → 404`, async () => {
      // The outsider is of kind "both" with an admin token, so no role or kind check stops it first.
      const res = await api(r.method, foreignPath(r, w), { token: w.outsider.tokens.admin, body: validBody(r, w) });
      expect(res.status, JSON.stringify(res.json)).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    });
  }

  it('a buyer does not see another organisation\'s private clauses by search or list', async () => {
    const q = `?q=${encodeURIComponent(w.marker)}`;
    expect(ids(await api('GET', `/api/v1/clauses${q}`, { token: w.buyer1.tokens.viewer }))).toEqual([w.buyerClause.id]);
    expect(ids(await api('GET', `/api/v1/clauses${q}`, { token: w.buyer2.tokens.viewer }))).toEqual([]);
    const short = `?q=${encodeURIComponent(w.marker.slice(0, 2))}&scope=org`;
    expect(ids(await api('GET', `/api/v1/clauses${short}`, { token: w.buyer2.tokens.viewer }))).toEqual([]);
    expect(ids(await api('GET', '/api/v1/clauses?scope=org', { token: w.buyer2.tokens.viewer }))).toEqual([]);
  });

  it('profiles: shared with buyer1 only; unshared never visible; readers cannot write', async () => {
    const b1 = ids(await api('GET', '/api/v1/vendors', { token: w.buyer1.tokens.viewer }));
    expect(b1).toContain(w.profile.id);
    expect(b1).not.toContain(w.unshared.id);
    expect(ids(await api('GET', '/api/v1/vendors?q=' + encodeURIComponent('ベンダー'), { token: w.buyer2.tokens.viewer }))).toEqual([]);
    for (const path of [`/api/v1/vendors/${w.profile.id}`, `/api/v1/vendors/${w.profile.id}/chain`, `/api/v1/vendors/${w.sub.id}`]) {
      expect((await api('GET', path, { token: w.buyer2.tokens.admin })).status).toBe(404);
    }
    expect((await api('GET', `/api/v1/vendors/${w.profile.id}`, { token: w.buyer1.tokens.viewer })).status).toBe(200);
    expect((await api('GET', `/api/v1/vendors/${w.unshared.id}/chain`, { token: w.buyer1.tokens.viewer })).status).toBe(404);
    const put = await api('PUT', `/api/v1/vendors/${w.profile.id}`, { token: w.outsider.tokens.admin, body: vendor() });
    expect(put.status).toBe(404);
  });

  it('revoking a share removes access at once', async () => {
    const vendorToken = w.vendorOrg.tokens.editor;
    const again = await api('POST', `/api/v1/vendors/${w.profile.id}/shares`, { token: vendorToken, body: { orgId: w.buyer1.id } });
    expect(again.status).toBe(409);
    const extra = await api('POST', `/api/v1/vendors/${w.unshared.id}/shares`, { token: vendorToken, body: { orgId: w.buyer2.id } });
    expect(extra.status).toBe(201);
    expect((await api('GET', `/api/v1/vendors/${w.unshared.id}`, { token: w.buyer2.tokens.viewer })).status).toBe(200);
    const shares = await api('GET', `/api/v1/vendors/${w.unshared.id}/shares`, { token: vendorToken });
    expect(shares.json.items.map((s: { orgId: string }) => s.orgId)).toEqual([w.buyer2.id]);
    expect((await api('DELETE', `/api/v1/vendors/${w.unshared.id}/shares/${w.buyer2.id}`, { token: vendorToken })).status).toBe(204);
    expect((await api('GET', `/api/v1/vendors/${w.unshared.id}`, { token: w.buyer2.tokens.viewer })).status).toBe(404);
    expect((await api('DELETE', `/api/v1/vendors/${w.unshared.id}/shares/${w.buyer2.id}`, { token: vendorToken })).status).toBe(404);
  });

  it('packs, tokens, orgs and the audit log are per organisation', async () => {
    expect(ids(await api('GET', '/api/v1/packs', { token: w.buyer2.tokens.viewer }))).toEqual([]);
    expect(ids(await api('GET', '/api/v1/packs', { token: w.buyer1.tokens.viewer }))).toEqual([w.buyerPack.id]);
    expect(ids(await api('GET', '/api/v1/orgs', { token: w.buyer2.tokens.viewer }))).toEqual([w.buyer2.id]);
    const tokens = await api('GET', '/api/v1/tokens', { token: w.buyer2.tokens.admin });
    expect(ids(tokens)).not.toContain(w.buyerTokenId);
    const audit = await api('GET', '/api/v1/audit', { token: w.buyer1.tokens.admin });
    expect(audit.json.items.map((a: { resourceId: string }) => a.resourceId)).toEqual([w.buyerPack.id, w.buyerClause.id]);
    expect((await api('GET', '/api/v1/audit', { token: w.buyer2.tokens.admin })).json.items).toEqual([]);
  });
});
