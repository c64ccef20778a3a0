import { IdParam, OrgCreate, OrgId, OrgUpdate, PageQuery, TokenCreate, TokenId } from '../../../shared/schemas/api.ts';
import type { Caller } from '../env.ts';
import { auditStmt, base64url, decodeCursor, etag, expectedVersion, findOr404, newId, now, page, sha256Hex, updateRow } from '../lib/db.ts';
import { notFound } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

interface OrgRow {
  seq: number;
  id: string;
  name: string;
  kind: Caller['orgKind'];
  platform: number;
  version: number;
  created_at: string;
  updated_at: string;
}
interface TokenRow {
  seq: number;
  id: string;
  name: string;
  role: Caller['role'];
  rate_limit: number | null;
  created_at: string;
  revoked_at: string | null;
}

const toOrg = (r: OrgRow) => ({
  id: r.id, name: r.name, kind: r.kind, platform: r.platform === 1, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
});
const toToken = (r: TokenRow) => ({
  id: r.id, name: r.name, role: r.role, rateLimit: r.rate_limit, createdAt: r.created_at, revokedAt: r.revoked_at,
});

/** The caller's own organisation; the platform operator may read any. */
const readOrg = (db: D1Database, caller: Caller, id: string) =>
  findOr404<OrgRow>(db.prepare('SELECT * FROM orgs WHERE id = ? AND (id = ? OR ? = 1)').bind(id, caller.orgId, caller.platform ? 1 : 0), 'organisation');

/** A new secret token: shown once in the response, only its SHA-256 is stored. */
async function tokenStatements(db: D1Database, caller: Caller, orgId: string, t: { name: string; role: string; rateLimit?: number }) {
  const secret = `clt_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const id = newId('tok');
  const insert = db.prepare('INSERT INTO tokens (id, org_id, name, role, hash, rate_limit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(id, orgId, t.name, t.role, await sha256Hex(secret), t.rateLimit ?? null, now());
  return { id, secret, statements: [insert, auditStmt(db, caller, 'create', 'token', id)] };
}

export const orgRoutes = [
  route({
    method: 'get', path: '/api/v1/orgs', tag: 'orgs', role: 'viewer', query: PageQuery,
    summary: 'The caller\'s organisation (all organisations for the platform operator)', responses: { 200: '{items, nextCursor}' },
    async handler(c, { query }) {
      const caller = c.get('caller');
      const limit = query.limit ?? 20;
      const { results } = await c.env.DB.prepare('SELECT * FROM orgs WHERE (id = ? OR ? = 1) AND seq > ? ORDER BY seq LIMIT ?')
        .bind(caller.orgId, caller.platform ? 1 : 0, decodeCursor(query.cursor), limit + 1).all<OrgRow>();
      return c.json(page(results, limit, toOrg));
    },
  }),
  route({
    method: 'post', path: '/api/v1/orgs', tag: 'orgs', role: 'admin', platform: true, body: OrgCreate,
    summary: 'Create an organisation and its first admin token (platform operator only; the token is shown once)',
    responses: { 201: '{org, token: {id, secret}}' },
    async handler(c, { body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const id = newId('org');
      const at = now();
      const token = await tokenStatements(db, caller, id, { name: 'first admin', role: 'admin' });
      await db.batch([
        db.prepare('INSERT INTO orgs (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').bind(id, body.name, body.kind, at, at),
        auditStmt(db, caller, 'create', 'org', id),
        ...token.statements,
      ]);
      const org = await readOrg(db, caller, id);
      return c.json({ org: toOrg(org), token: { id: token.id, secret: token.secret } }, 201, { ETag: etag(org.version) });
    },
  }),
  route({
    method: 'get', path: '/api/v1/orgs/:id', tag: 'orgs', role: 'viewer', params: IdParam(OrgId),
    summary: 'Read an organisation (own only, unless platform operator)', responses: { 200: 'The organisation', 404: 'Not found' },
    async handler(c, { params: p }) {
      const org = await readOrg(c.env.DB, c.get('caller'), p.id);
      return c.json(toOrg(org), 200, { ETag: etag(org.version) });
    },
  }),
  route({
    method: 'patch', path: '/api/v1/orgs/:id', tag: 'orgs', role: 'admin', params: IdParam(OrgId), body: OrgUpdate,
    summary: 'Rename the own organisation or change its kind (If-Match honoured)',
    responses: { 200: 'The organisation', 404: 'Not found', 412: 'Stale If-Match' },
    async handler(c, { params: p, body }) {
      const caller = c.get('caller');
      if (p.id !== caller.orgId) throw notFound('organisation');
      const org = await readOrg(c.env.DB, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), org.version);
      await updateRow({ db: c.env.DB, caller, table: 'orgs', resource: 'org', id: p.id, tenantColumn: 'id', expected },
        { name: body.name ?? org.name, kind: body.kind ?? org.kind });
      const updated = await readOrg(c.env.DB, caller, p.id);
      return c.json(toOrg(updated), 200, { ETag: etag(updated.version) });
    },
  }),
  route({
    method: 'get', path: '/api/v1/tokens', tag: 'tokens', role: 'admin', query: PageQuery,
    summary: 'The organisation\'s API tokens (never the secrets)', responses: { 200: '{items, nextCursor}' },
    async handler(c, { query }) {
      const limit = query.limit ?? 20;
      const { results } = await c.env.DB.prepare(
        'SELECT seq, id, name, role, rate_limit, created_at, revoked_at FROM tokens WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ).bind(c.get('caller').orgId, decodeCursor(query.cursor), limit + 1).all<TokenRow>();
      return c.json(page(results, limit, toToken));
    },
  }),
  route({
    method: 'post', path: '/api/v1/tokens', tag: 'tokens', role: 'admin', body: TokenCreate,
    summary: 'Create an API token; the secret is in this response only', responses: { 201: '{id, name, role, secret}' },
    async handler(c, { body }) {
      const caller = c.get('caller');
      const token = await tokenStatements(c.env.DB, caller, caller.orgId, body);
      await c.env.DB.batch(token.statements);
      return c.json({ id: token.id, name: body.name, role: body.role, rateLimit: body.rateLimit ?? null, secret: token.secret }, 201);
    },
  }),
  route({
    method: 'delete', path: '/api/v1/tokens/:id', tag: 'tokens', role: 'admin', params: IdParam(TokenId),
    summary: 'Revoke a token (effective immediately)', responses: { 204: 'Revoked', 404: 'Not found or already revoked' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const where = 'id = ? AND org_id = ? AND revoked_at IS NULL';
      const [, result] = await db.batch([
        auditStmt(db, caller, 'revoke', 'token', p.id, { sql: `EXISTS (SELECT 1 FROM tokens WHERE ${where})`, args: [p.id, caller.orgId] }),
        db.prepare(`UPDATE tokens SET revoked_at = ? WHERE ${where}`).bind(now(), p.id, caller.orgId),
      ]);
      if (result.meta.changes === 0) throw notFound('token');
      return c.body(null, 204);
    },
  }),
  route({
    method: 'get', path: '/api/v1/audit', tag: 'audit', role: 'admin', query: PageQuery,
    summary: 'The organisation\'s audit log of writes (who, what, when), newest first',
    responses: { 200: '{items, nextCursor}' },
    async handler(c, { query }) {
      const limit = query.limit ?? 50;
      const before = decodeCursor(query.cursor) || Number.MAX_SAFE_INTEGER;
      const { results } = await c.env.DB.prepare(
        `SELECT seq, token_id AS tokenId, action, resource, resource_id AS resourceId, at FROM audit_log
         WHERE org_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
      ).bind(c.get('caller').orgId, before, limit + 1).all<{ seq: number }>();
      return c.json(page(results, limit, ({ seq: _seq, ...rest }) => rest));
    },
  }),
];
