import { beforeAll, describe, expect, it } from 'vitest';
import type { ChainNode } from '../../shared/schemas/api.ts';
import { api } from './helpers.ts';
import { makeWorld, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const chain = async (query = '') => {
  const res = await api('GET', `/api/v1/vendors/${w.profile.id}/chain${query}`, { token: w.buyer1.tokens.viewer });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as ChainNode;
};

describe('GET /api/v1/vendors/:id/chain', () => {
  it('returns the multi-tier tree with coverage and certifications', async () => {
    const root = await chain();
    expect(root).toMatchObject({ name: '株式会社ベンダー', tier: 0, visible: true, metiLevel: 4 });
    expect(root.coverage).toEqual({ yes: 1, partial: 1, no: 0, na: 0, answered: 2 });
    expect(root.certifications?.expiring.map((c) => c.type)).toEqual(['pmark']);
    const [sub] = root.children;
    expect(sub).toMatchObject({ name: '再委託先株式会社', tier: 1, profileId: w.sub.id, visible: true, metiLevel: 3, dataHandled: ['顧客データ'] });
    const [subsub] = sub.children;
    expect(subsub).toMatchObject({ name: '再々委託先株式会社', tier: 2, profileId: w.subsub.id, visible: true, metiLevel: null });
    expect(subsub.certifications?.expired.map((c) => c.type)).toEqual(['meti-supply-chain']);
    expect(subsub.children).toEqual([expect.objectContaining({ name: '名前だけの委託先', visible: false, gaps: [{ kind: 'unregistered' }] })]);
  });

  it('lists gaps against a required level and requirement list', async () => {
    const root = await chain('?require=star4,ACCESS-CONTROL,INCIDENT-REPORT');
    expect(root.gaps).toEqual([{ kind: 'requirement', required: 'INCIDENT-REPORT', actual: 'partial' }]);
    expect(root.children[0].gaps).toContainEqual({ kind: 'level', required: '★4', actual: '★3' });
    expect(root.children[0].children[0].gaps).toContainEqual({ kind: 'level', required: '★4', actual: 'none' });
    const strict = await chain(`?require=${encodeURIComponent('★5')}&expiringDays=5`);
    expect(strict.gaps).toEqual([{ kind: 'level', required: '★5', actual: '★4' }]);
    expect(strict.certifications?.expiring).toEqual([]);
  });

  it('hides details of another organisation\'s profile that is not shared with the caller', async () => {
    // The outsider (kind both) registers a profile whose subcontractor is a vendor profile it cannot see.
    const own = await api('POST', '/api/v1/vendors', {
      token: w.outsider.tokens.editor,
      body: { legalName: '外部ベンダー', subcontractors: [{ tier: 1, name: '名のみ', service: '運用' }] },
    });
    expect(own.status).toBe(201);
    // The vendor shares its sub-profile with the outsider, which links it; buyer2 was never given it.
    await api('POST', `/api/v1/vendors/${w.sub.id}/shares`, { token: w.vendorOrg.tokens.editor, body: { orgId: w.outsider.id } });
    const linked = await api('PUT', `/api/v1/vendors/${own.json.id}`, {
      token: w.outsider.tokens.editor,
      body: { legalName: '外部ベンダー', subcontractors: [{ tier: 1, name: '再委託先株式会社', profileId: w.sub.id, service: '開発' }] },
    });
    expect(linked.status).toBe(200);
    await api('POST', `/api/v1/vendors/${own.json.id}/shares`, { token: w.outsider.tokens.editor, body: { orgId: w.buyer2.id } });
    const seen = await api('GET', `/api/v1/vendors/${own.json.id}/chain`, { token: w.buyer2.tokens.viewer });
    expect(seen.status).toBe(200);
    expect(seen.json.children[0]).toMatchObject({ name: '再委託先株式会社', visible: false, gaps: [{ kind: 'restricted' }], children: [] });
    expect(seen.json.children[0].coverage).toBeUndefined();
  });
});
