import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { AnyRoute } from '../src/lib/route.ts';
import { api, clause, makeOrg, pack, type TestOrg, vendor } from './helpers.ts';

/**
 * Two buyers, a vendor whose profile is shared with buyer1 only (with a 再委託先 that has a
 * 再々委託先), an unshared profile, an outsider organisation of kind "both", a platform operator.
 */
export async function makeWorld() {
  const [buyer1, buyer2, vendorOrg, outsider, platform] = await Promise.all([
    makeOrg('buyer'), makeOrg('buyer'), makeOrg('vendor'), makeOrg('both'), makeOrg('buyer', { platform: true }),
  ]);
  const created = async (org: TestOrg, path: string, body: unknown) => {
    const res = await api('POST', path, { token: org.tokens.editor, body });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string };
  };
  const marker = `秘密条項${Math.random().toString(36).slice(2, 8)}`;
  const buyerClause = await created(buyer1, '/api/v1/clauses', clause({ title: `${marker} 条項`, body: `${marker}を含む買い手の非公開条項。` }));
  const buyerPack = await created(buyer1, '/api/v1/packs', pack());
  const subsub = await created(vendorOrg, '/api/v1/vendors', vendor({
    legalName: '再々委託先株式会社', certifications: [{ type: 'meti-supply-chain', level: 3, expiresAt: '2000-01-01' }],
    subcontractors: [{ tier: 3, name: '名前だけの委託先', service: '保守' }],
  }));
  const sub = await created(vendorOrg, '/api/v1/vendors', vendor({
    legalName: '再委託先株式会社',
    certifications: [{ type: 'meti-supply-chain', level: 3, expiresAt: '2099-01-01' }],
    subcontractors: [{ tier: 2, name: '再々委託先株式会社', profileId: subsub.id, service: 'データセンター運用', dataHandled: ['個人データ'] }],
  }));
  const profile = await created(vendorOrg, '/api/v1/vendors', vendor({
    legalName: '株式会社ベンダー',
    certifications: [
      { type: 'meti-supply-chain', level: 4, expiresAt: '2099-01-01' },
      { type: 'pmark', expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) },
    ],
    subcontractors: [{ tier: 1, name: '再委託先株式会社', profileId: sub.id, service: '開発', dataHandled: ['顧客データ'] }],
  }));
  const unshared = await created(vendorOrg, '/api/v1/vendors', vendor({ legalName: '非公開ベンダー株式会社' }));
  const share = await api('POST', `/api/v1/vendors/${profile.id}/shares`, { token: vendorOrg.tokens.editor, body: { orgId: buyer1.id } });
  expect(share.status, JSON.stringify(share.json)).toBe(201);
  const buyerToken = await env.DB.prepare("SELECT id FROM tokens WHERE org_id = ? AND name = 'viewer'").bind(buyer1.id).first<{ id: string }>();
  return { buyer1, buyer2, vendorOrg, outsider, platform, marker, buyerClause, buyerPack, profile, sub, subsub, unshared, buyerTokenId: buyerToken!.id };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The path of a route with ids of buyer1's / the vendor's resources (invisible to outsiders). */
export function foreignPath(r: AnyRoute, w: World, profileId = w.unshared.id): string {
  const ids: Record<string, string> = {
    clauses: w.buyerClause.id, vendors: profileId, packs: w.buyerPack.id, orgs: w.buyer1.id, tokens: w.buyerTokenId,
  };
  return r.path.replace(':id', ids[r.tag] ?? 'x_unused').replace(':orgId', w.buyer1.id);
}

/** A valid body for each route that takes one. */
export function validBody(r: AnyRoute, w: World): unknown {
  const bodies: Record<string, unknown> = {
    clauses: clause(), vendors: vendor(), packs: pack(), orgs: { name: 'Renamed', kind: 'buyer' }, tokens: { name: 'ci', role: 'viewer' },
  };
  if (!r.body) return undefined;
  return r.path.endsWith('/shares') ? { orgId: w.buyer2.id } : bodies[r.tag];
}
