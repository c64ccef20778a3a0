import {
  ChainQuery, IdParam, ShareCreate, ShareParam, VendorId, VendorInput, VendorQuery,
  type Certification, type ChainNode, type Subcontractor, type VendorProfile,
} from '../../../shared/schemas/api.ts';
import type { Caller } from '../env.ts';
import { auditStmt, decodeCursor, deleteRow, etag, expectedVersion, type Guard, insertRow, newId, now, page, updateRow } from '../lib/db.ts';
import { ApiError, forbidden, invalid, notFound } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

interface ProfileRow {
  seq: number;
  id: string;
  org_id: string;
  legal_name: string;
  aliases: string;
  answers: string;
  certifications: string;
  version: number;
  created_at: string;
  updated_at: string;
}
interface EdgeRow {
  parent_seq: number;
  child_id: string | null;
  name: string;
  tier: number;
  service: string;
  data_handled: string;
}

/** A profile is readable by its owner and by buyers it is shared with; nobody else learns it exists. */
const READABLE = '(p.org_id = ?1 OR EXISTS (SELECT 1 FROM vendor_shares s WHERE s.profile_seq = p.seq AND s.buyer_org_id = ?1))';
const today = () => now().slice(0, 10);

const toEdge = (e: EdgeRow): Subcontractor => ({
  tier: e.tier,
  name: e.name,
  ...(e.child_id ? { profileId: e.child_id } : {}),
  service: e.service,
  dataHandled: JSON.parse(e.data_handled) as string[],
});

/** Highest METI supply-chain ★ among certifications that have not expired. */
function metiLevel(certs: Certification[], on = today()): number | null {
  const levels = certs
    .filter((c) => c.type === 'meti-supply-chain' && (!c.expiresAt || c.expiresAt >= on))
    .map((c) => c.level ?? 0);
  return levels.length ? Math.max(...levels) : null;
}

function toProfile(r: ProfileRow, edges: EdgeRow[]): VendorProfile {
  const certifications = JSON.parse(r.certifications) as Certification[];
  return {
    id: r.id,
    orgId: r.org_id,
    legalName: r.legal_name,
    aliases: JSON.parse(r.aliases) as string[],
    answers: JSON.parse(r.answers) as VendorProfile['answers'],
    certifications,
    subcontractors: edges.map(toEdge),
    metiLevel: metiLevel(certifications),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Profile and its edges in one round trip, or 404 if the caller may not read it. */
async function readProfile(db: D1Database, caller: Caller, id: string): Promise<{ row: ProfileRow; profile: VendorProfile }> {
  const [rows, edges] = await db.batch<ProfileRow | EdgeRow>([
    db.prepare(`SELECT p.* FROM vendor_profiles p WHERE p.id = ?2 AND ${READABLE}`).bind(caller.orgId, id),
    db.prepare(`SELECT e.* FROM vendor_edges e JOIN vendor_profiles p ON p.seq = e.parent_seq WHERE p.id = ?2 AND ${READABLE} ORDER BY e.position`)
      .bind(caller.orgId, id),
  ]);
  const row = rows.results[0] as ProfileRow | undefined;
  if (!row) throw notFound('vendor profile');
  return { row, profile: toProfile(row, edges.results as EdgeRow[]) };
}

/** Reads a profile the caller owns: 404 if invisible, 403 if only shared with it. */
async function ownProfile(db: D1Database, caller: Caller, id: string): Promise<ProfileRow> {
  const { row } = await readProfile(db, caller, id);
  if (row.org_id !== caller.orgId) throw forbidden('only the owning vendor organisation may change this profile');
  return row;
}

/** Subcontractor links must point at profiles the vendor itself can read. */
async function checkLinks(db: D1Database, caller: Caller, subs: Subcontractor[], selfId?: string): Promise<void> {
  for (const [i, s] of subs.entries()) {
    if (!s.profileId) continue;
    const field = `subcontractors.${i}.profileId`;
    if (s.profileId === selfId) throw invalid(field, 'a profile cannot subcontract to itself');
    const ok = await db.prepare(`SELECT 1 FROM vendor_profiles p WHERE p.id = ?2 AND ${READABLE}`).bind(caller.orgId, s.profileId).first();
    if (!ok) throw invalid(field, 'no such vendor profile visible to your organisation');
  }
}

function columnsOf(input: VendorInput) {
  return {
    legal_name: input.legalName,
    aliases: JSON.stringify(input.aliases),
    answers: JSON.stringify(input.answers),
    certifications: JSON.stringify(input.certifications),
  };
}

function edgeRows(db: D1Database, id: string, subs: Subcontractor[], guard: Guard): D1PreparedStatement[] {
  return [
    db.prepare(`DELETE FROM vendor_edges WHERE parent_seq = (SELECT seq FROM vendor_profiles WHERE id = ?) AND ${guard.sql}`)
      .bind(id, ...guard.args),
    ...subs.map((s, position) =>
      db.prepare(
        `INSERT INTO vendor_edges (parent_seq, position, child_id, name, tier, service, data_handled)
         SELECT seq, ?, ?, ?, ?, ?, ? FROM vendor_profiles WHERE id = ? AND ${guard.sql}`,
      ).bind(position, s.profileId ?? null, s.name, s.tier, s.service, JSON.stringify(s.dataHandled), id, ...guard.args)),
  ];
}

/* ---------- the supply chain ---------- */

type Requirements = { level: number | null; ids: string[] };

function parseRequire(spec: string | undefined): Requirements {
  const items = spec ? spec.split(',') : [];
  const levels = items.filter((i) => /^(?:star|★)[345]$/u.test(i)).map((i) => Number(i.slice(-1)));
  return { level: levels.length ? Math.max(...levels) : null, ids: items.filter((i) => /^[A-Z0-9]/.test(i)) };
}

function assess(node: ChainNode, p: VendorProfile, need: Requirements, expiringDays: number): void {
  const on = today();
  const soon = new Date(Date.now() + expiringDays * 86_400_000).toISOString().slice(0, 10);
  const counts = { yes: 0, partial: 0, no: 0, na: 0, answered: 0 };
  for (const a of Object.values(p.answers)) counts[a.answer] += 1, (counts.answered += 1);
  node.metiLevel = p.metiLevel;
  node.coverage = counts;
  node.certifications = {
    expired: p.certifications.filter((c) => c.expiresAt !== undefined && c.expiresAt < on),
    expiring: p.certifications.filter((c) => c.expiresAt !== undefined && c.expiresAt >= on && c.expiresAt <= soon),
  };
  if (need.level !== null && (p.metiLevel ?? 0) < need.level) {
    node.gaps.push({ kind: 'level', required: `★${need.level}`, actual: p.metiLevel ? `★${p.metiLevel}` : 'none' });
  }
  for (const id of need.ids) {
    const answer = p.answers[id]?.answer;
    if (answer !== 'yes' && answer !== 'na') node.gaps.push({ kind: 'requirement', required: id, actual: answer ?? 'unanswered' });
  }
}

/**
 * Breadth-first over subcontracting edges, one batch of reads per tier. A node's details are shown
 * when the caller may read that profile, or when it belongs to the organisation that shared the root
 * (sharing a profile shares the chain the vendor registered itself); otherwise only the declared name.
 */
async function buildChain(db: D1Database, caller: Caller, rootId: string, need: Requirements, expiringDays: number): Promise<ChainNode> {
  const { profile: root } = await readProfile(db, caller, rootId);
  const top: ChainNode = { name: root.legalName, tier: 0, profileId: root.id, visible: true, gaps: [], children: [] };
  assess(top, root, need, expiringDays);
  let frontier: { node: ChainNode; profile: VendorProfile; path: Set<string> }[] = [{ node: top, profile: root, path: new Set([root.id]) }];
  for (let depth = 1; frontier.length && depth <= 9; depth++) {
    const ids = [...new Set(frontier.flatMap((f) => f.profile.subcontractors.flatMap((s) => (s.profileId ? [s.profileId] : []))))];
    const loaded = await loadProfiles(db, ids);
    const next: typeof frontier = [];
    for (const f of frontier) {
      for (const s of f.profile.subcontractors) {
        const child: ChainNode = {
          name: s.name, tier: s.tier, profileId: s.profileId ?? null, visible: false,
          service: s.service, dataHandled: s.dataHandled, gaps: [], children: [],
        };
        f.node.children.push(child);
        const p = s.profileId ? loaded.get(s.profileId) : undefined;
        if (!s.profileId || !p) {
          child.gaps.push({ kind: 'unregistered' });
          continue;
        }
        if (f.path.has(p.profile.id)) {
          child.gaps.push({ kind: 'cycle' });
          continue;
        }
        child.visible = p.profile.orgId === caller.orgId || p.profile.orgId === root.orgId || p.sharedWith.includes(caller.orgId);
        if (!child.visible) {
          child.gaps.push({ kind: 'restricted' });
          continue;
        }
        assess(child, p.profile, need, expiringDays);
        next.push({ node: child, profile: p.profile, path: new Set([...f.path, p.profile.id]) });
      }
    }
    frontier = next;
  }
  return top;
}

async function loadProfiles(db: D1Database, ids: string[]): Promise<Map<string, { profile: VendorProfile; sharedWith: string[] }>> {
  const out = new Map<string, { profile: VendorProfile; sharedWith: string[] }>();
  if (!ids.length) return out;
  const marks = ids.map(() => '?').join(', ');
  const [rows, edges, shares] = await db.batch<ProfileRow | EdgeRow | { profile_seq: number; buyer_org_id: string }>([
    db.prepare(`SELECT * FROM vendor_profiles WHERE id IN (${marks})`).bind(...ids),
    db.prepare(`SELECT e.* FROM vendor_edges e JOIN vendor_profiles p ON p.seq = e.parent_seq WHERE p.id IN (${marks}) ORDER BY e.position`).bind(...ids),
    db.prepare(`SELECT s.profile_seq, s.buyer_org_id FROM vendor_shares s JOIN vendor_profiles p ON p.seq = s.profile_seq WHERE p.id IN (${marks})`).bind(...ids),
  ]);
  for (const r of rows.results as ProfileRow[]) {
    const own = (edges.results as EdgeRow[]).filter((e) => e.parent_seq === r.seq);
    const sharedWith = (shares.results as { profile_seq: number; buyer_org_id: string }[])
      .filter((s) => s.profile_seq === r.seq).map((s) => s.buyer_org_id);
    out.set(r.id, { profile: toProfile(r, own), sharedWith });
  }
  return out;
}

const params = IdParam(VendorId);

export const vendorRoutes = [
  route({
    method: 'get', path: '/api/v1/vendors', tag: 'vendors', role: 'viewer', query: VendorQuery,
    summary: 'Vendor profiles the caller owns or that are shared with it; q matches the legal name or an alias',
    responses: { 200: 'A page of profiles: {items, nextCursor}' },
    async handler(c, { query }) {
      const caller = c.get('caller');
      const limit = query.limit ?? 20;
      const args: unknown[] = [caller.orgId, decodeCursor(query.cursor)];
      let filter = '';
      if (query.q) {
        filter = "AND (p.legal_name LIKE ?3 ESCAPE '\\' OR p.aliases LIKE ?3 ESCAPE '\\')";
        args.push(`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      }
      const { results } = await c.env.DB.prepare(
        `SELECT p.* FROM vendor_profiles p WHERE ${READABLE} AND p.seq > ?2 ${filter} ORDER BY p.seq LIMIT ${limit + 1}`,
      ).bind(...args).all<ProfileRow>();
      // The list omits subcontractors (read a profile or its chain for them).
      return c.json(page(results, limit, (r) => toProfile(r, [])));
    },
  }),
  route({
    method: 'post', path: '/api/v1/vendors', tag: 'vendors', role: 'editor', vendorOnly: true, body: VendorInput,
    summary: 'Create a vendor profile owned by the caller\'s (vendor) organisation', responses: { 201: 'The profile' },
    async handler(c, { body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      await checkLinks(db, caller, body.subcontractors);
      const id = newId('vp');
      await insertRow({ db, caller, table: 'vendor_profiles', resource: 'vendor', id }, { ...columnsOf(body), org_id: caller.orgId },
        (guard) => edgeRows(db, id, body.subcontractors, guard));
      const { profile } = await readProfile(db, caller, id);
      return c.json(profile, 201, { ETag: etag(profile.version), Location: `/api/v1/vendors/${id}` });
    },
  }),
  route({
    method: 'get', path: '/api/v1/vendors/:id', tag: 'vendors', role: 'viewer', params,
    summary: 'Read a vendor profile (owner or a buyer it is shared with)',
    responses: { 200: 'The profile (ETag header)', 404: 'Not found or not shared with the caller' },
    async handler(c, { params: p }) {
      const { profile } = await readProfile(c.env.DB, c.get('caller'), p.id);
      return c.json(profile, 200, { ETag: etag(profile.version) });
    },
  }),
  route({
    method: 'put', path: '/api/v1/vendors/:id', tag: 'vendors', role: 'editor', vendorOnly: true, params, body: VendorInput,
    summary: 'Replace a vendor profile (owner only; If-Match honoured)',
    responses: { 200: 'The profile', 404: 'Not found or not visible', 412: 'Stale If-Match' },
    async handler(c, { params: p, body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const row = await ownProfile(db, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await checkLinks(db, caller, body.subcontractors, p.id);
      await updateRow({ db, caller, table: 'vendor_profiles', resource: 'vendor', id: p.id, expected }, columnsOf(body),
        (guard) => edgeRows(db, p.id, body.subcontractors, guard));
      const { profile } = await readProfile(db, caller, p.id);
      return c.json(profile, 200, { ETag: etag(profile.version) });
    },
  }),
  route({
    method: 'delete', path: '/api/v1/vendors/:id', tag: 'vendors', role: 'editor', vendorOnly: true, params,
    summary: 'Delete a vendor profile (owner only; If-Match honoured)',
    responses: { 204: 'Deleted', 404: 'Not found or not visible', 412: 'Stale If-Match' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const row = await ownProfile(c.env.DB, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await deleteRow({ db: c.env.DB, caller, table: 'vendor_profiles', resource: 'vendor', id: p.id, expected });
      return c.body(null, 204);
    },
  }),
  route({
    method: 'get', path: '/api/v1/vendors/:id/shares', tag: 'vendors', role: 'viewer', vendorOnly: true, params,
    summary: 'Buyer organisations the profile is shared with (owner only)', responses: { 200: '{items}', 404: 'Not found or not visible' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const row = await ownProfile(c.env.DB, caller, p.id);
      const { results } = await c.env.DB.prepare(
        `SELECT s.buyer_org_id AS orgId, o.name, s.created_at AS createdAt FROM vendor_shares s JOIN orgs o ON o.id = s.buyer_org_id
         WHERE s.profile_seq = ? ORDER BY s.created_at`,
      ).bind(row.seq).all();
      return c.json({ items: results });
    },
  }),
  route({
    method: 'post', path: '/api/v1/vendors/:id/shares', tag: 'vendors', role: 'editor', vendorOnly: true, params, body: ShareCreate,
    summary: 'Share the profile (and the chain the vendor registered) with a buyer organisation',
    responses: { 201: 'The share', 404: 'Not found or not visible', 409: 'Already shared' },
    async handler(c, { params: p, body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const row = await ownProfile(db, caller, p.id);
      const buyer = await db.prepare(`SELECT id, name FROM orgs WHERE id = ? AND kind IN ('buyer', 'both')`).bind(body.orgId).first();
      if (!buyer || body.orgId === caller.orgId) throw invalid('orgId', 'not a buyer organisation');
      const exists = await db.prepare('SELECT 1 FROM vendor_shares WHERE profile_seq = ? AND buyer_org_id = ?').bind(row.seq, body.orgId).first();
      if (exists) throw new ApiError(409, 'conflict', 'the profile is already shared with this organisation', 'orgId');
      const at = now();
      await db.batch([
        db.prepare('INSERT INTO vendor_shares (profile_seq, buyer_org_id, created_at) VALUES (?, ?, ?)').bind(row.seq, body.orgId, at),
        auditStmt(db, caller, 'share', 'vendor', `${p.id}/${body.orgId}`),
      ]);
      return c.json({ orgId: body.orgId, name: buyer.name, createdAt: at }, 201);
    },
  }),
  route({
    method: 'delete', path: '/api/v1/vendors/:id/shares/:orgId', tag: 'vendors', role: 'editor', vendorOnly: true, params: ShareParam,
    summary: 'Revoke a share', responses: { 204: 'Revoked', 404: 'No such profile or share' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const row = await ownProfile(db, caller, p.id);
      const [, result] = await db.batch([
        auditStmt(db, caller, 'unshare', 'vendor', `${p.id}/${p.orgId}`, {
          sql: 'EXISTS (SELECT 1 FROM vendor_shares WHERE profile_seq = ? AND buyer_org_id = ?)', args: [row.seq, p.orgId],
        }),
        db.prepare('DELETE FROM vendor_shares WHERE profile_seq = ? AND buyer_org_id = ?').bind(row.seq, p.orgId),
      ]);
      if (result.meta.changes === 0) throw notFound('share');
      return c.body(null, 204);
    },
  }),
  route({
    method: 'get', path: '/api/v1/vendors/:id/chain', tag: 'vendors', role: 'viewer', params, query: ChainQuery,
    summary: 'The multi-tier subcontracting tree: per node baseline coverage, expired/expiring certifications, gaps against ?require=star4,REQ-ID',
    responses: { 200: 'The chain tree', 404: 'Not found or not shared with the caller' },
    async handler(c, { params: p, query }) {
      const chain = await buildChain(c.env.DB, c.get('caller'), p.id, parseRequire(query.require), query.expiringDays ?? 90);
      return c.json(chain);
    },
  }),
];
