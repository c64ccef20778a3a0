import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/index.ts';
import { api, clause, ownRequirement, pack, vendor } from './helpers.ts';
import { makeWorld, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

/** A bad body per route that takes one, and the field the 400 must name. */
const badBodies: Record<string, [unknown, string][]> = {
  'post /api/v1/clauses': [
    [clause({ lang: 'fr' }), 'lang'],
    [clause({ requirementIds: ['lower-case'] }), 'requirementIds.0'],
    [clause({ body: '' }), 'body'],
    [{ ...clause(), extra: 1 }, 'extra'],
  ],
  'put /api/v1/clauses/:id': [[clause({ tags: ['ok', ' '] }), 'tags.1']],
  'post /api/v1/vendors': [
    [vendor({ answers: { 'ACCESS-CONTROL': { answer: 'maybe' } } }), 'answers.ACCESS-CONTROL.answer'],
    [vendor({ certifications: [{ type: 'meti-supply-chain', level: 7 }] }), 'certifications.0.level'],
    [vendor({ certifications: [{ type: 'iso27001', expiresAt: '2026-13-40' }] }), 'certifications.0.expiresAt'],
    [vendor({ subcontractors: [{ tier: 0, name: 'x', service: 'y' }] }), 'subcontractors.0.tier'],
    [vendor({ answers: { 'ACCESS-CONTROL': { answer: 'yes', evidenceUrl: 'not a url' } } }), 'answers.ACCESS-CONTROL.evidenceUrl'],
  ],
  'put /api/v1/vendors/:id': [[vendor({ legalName: '' }), 'legalName']],
  'post /api/v1/vendors/:id/shares': [[{ orgId: 'nope' }, 'orgId']],
  'post /api/v1/packs': [
    [pack({ requirements: [{ ...ownRequirement(), tests: [] }] }), 'requirements.0.tests'],
    [pack({ requirements: [{ ...ownRequirement(), id: 'lower' }] }), 'requirements.0.id'],
    [pack({ requirements: [{ ...ownRequirement(), severity: 'critical' }] }), 'requirements.0.severity'],
    [pack({ severity: { 'ACCESS-CONTROL': 'urgent' } }), 'severity.ACCESS-CONTROL'],
    [pack({ requirements: [ownRequirement('DUP'), ownRequirement('DUP')] }), 'requirements.1'],
  ],
  'put /api/v1/packs/:id': [[pack({ name: '' }), 'name']],
  'post /api/v1/orgs': [[{ name: 'x', kind: 'seller' }, 'kind']],
  'patch /api/v1/orgs/:id': [[{ name: 5 }, 'name']],
  'post /api/v1/tokens': [[{ name: 'x', role: 'owner' }, 'role'], [{ name: 'x', role: 'viewer', rateLimit: 0 }, 'rateLimit']],
};

/** Owner tokens and own ids, so that validation (not tenancy or roles) is what fails. */
function ownPath(path: string): string {
  const own: Record<string, string> = {
    clauses: `/api/v1/clauses/${w.buyerClause.id}`, packs: `/api/v1/packs/${w.buyerPack.id}`,
    vendors: `/api/v1/vendors/${w.profile.id}`, orgs: `/api/v1/orgs/${w.buyer1.id}`, tokens: `/api/v1/tokens/${w.buyerTokenId}`,
  };
  const m = /^\/api\/v1\/(\w+)\/:id(.*)$/.exec(path);
  return m ? `${own[m[1]]}${m[2].replace(':orgId', w.buyer1.id)}` : path;
}
const tokenFor = (path: string, method: string) =>
  path === '/api/v1/orgs' && method === 'post' ? w.platform.tokens.admin
    : path.startsWith('/api/v1/vendors') ? w.vendorOrg.tokens.admin : w.buyer1.tokens.admin;

async function expect400(method: string, path: string, token: string, body: unknown, field: string) {
  const res = await api(method, path, { token, body });
  expect(res.status, `${method} ${path} ${JSON.stringify(res.json)}`).toBe(400);
  expect(res.json.error).toMatchObject({ code: 'invalid', field });
  expect(res.json.error.message).toContain(field);
}

describe('every route rejects bad input with 400 naming the field', () => {
  for (const r of routes.filter((x) => x.params || x.query || x.body)) {
    it(`${r.method.toUpperCase()} ${r.path}`, async () => {
      const token = tokenFor(r.path, r.method);
      const path = ownPath(r.path);
      if (r.params) {
        const bad = r.path.includes(':orgId') ? path.replace(w.buyer1.id, 'org_!!') : path.replace(/(\/api\/v1\/\w+\/)[^/]+/, '$1bad');
        await expect400(r.method, bad, token, r.body ? {} : undefined, r.path.includes(':orgId') ? 'orgId' : 'id');
      }
      if (r.query) {
        await expect400(r.method, `${path}?bogus=1`, token, undefined, 'bogus');
        if ((r.query as { entries: Record<string, unknown> }).entries.cursor) {
          await expect400(r.method, `${path}?cursor=AAAA`, token, undefined, 'cursor');
          await expect400(r.method, `${path}?limit=1000`, token, undefined, 'limit');
        }
      }
      if (r.body) {
        const cases = badBodies[`${r.method} ${r.path}`];
        expect(cases, 'add bad bodies for this route to badBodies').toBeDefined();
        for (const [body, field] of cases) await expect400(r.method, path, token, body, field);
        await expect400(r.method, path, token, '{not json', '(body)');
      }
    });
  }

  it('GET /api/v1/clauses: bad filters', async () => {
    for (const [q, field] of [['lang=de', 'lang'], ['requirement=abc', 'requirement'], ['scope=everyone', 'scope'], ['q=', 'q']]) {
      await expect400('get', `/api/v1/clauses?${q}`, w.buyer1.tokens.viewer, undefined, field);
    }
  });

  it('GET /api/v1/vendors/:id/chain: bad require list', async () => {
    await expect400('get', `/api/v1/vendors/${w.profile.id}/chain?require=star9`, w.buyer1.tokens.viewer, undefined, 'require');
  });

  it('a subcontractor link to an invisible profile is a 400 on the field', async () => {
    const body = vendor({ subcontractors: [{ tier: 1, name: 'x', service: 'y', profileId: 'vp_doesnotexist' }] });
    await expect400('post', '/api/v1/vendors', w.vendorOrg.tokens.editor, body, 'subcontractors.0.profileId');
  });

  it('bodies over 256 KB → 413, by Content-Length and by actual size', async () => {
    const big = clause({ body: 'あ'.repeat(100_000) });
    const res = await api('POST', '/api/v1/clauses', { token: w.buyer1.tokens.editor, body: big });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('payload_too_large');
    const lying = await api('POST', '/api/v1/clauses', {
      token: w.buyer1.tokens.editor, body: JSON.stringify(big), headers: { 'Content-Length': '100' },
    });
    expect([413, 400]).toContain(lying.status);
  });

  it('unknown routes → JSON 404', async () => {
    const res = await api('GET', '/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('not_found');
  });
});
