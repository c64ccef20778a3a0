import { IdParam, Pack, PackId, PageQuery } from '../../../shared/schemas/api.ts';
import type { Caller } from '../env.ts';
import { decodeCursor, deleteRow, etag, expectedVersion, findOr404, insertRow, newId, page, updateRow } from '../lib/db.ts';
import { route } from '../lib/route.ts';

interface PackRow {
  seq: number;
  id: string;
  org_id: string;
  body: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const toPack = (r: PackRow) => ({
  id: r.id,
  orgId: r.org_id,
  ...(JSON.parse(r.body) as Pack),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const readPack = (db: D1Database, caller: Caller, id: string) =>
  findOr404<PackRow>(db.prepare('SELECT * FROM packs WHERE id = ? AND org_id = ?').bind(id, caller.orgId), 'pack');

const params = IdParam(PackId);
const columnsOf = (pack: Pack) => ({ name: pack.name, body: JSON.stringify(pack) });

export const packRoutes = [
  route({
    method: 'get', path: '/api/v1/packs', tag: 'packs', role: 'viewer', query: PageQuery,
    summary: 'The organisation\'s requirement packs', responses: { 200: 'A page of packs: {items, nextCursor}' },
    async handler(c, { query }) {
      const limit = query.limit ?? 20;
      const { results } = await c.env.DB.prepare('SELECT * FROM packs WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?')
        .bind(c.get('caller').orgId, decodeCursor(query.cursor), limit + 1).all<PackRow>();
      return c.json(page(results, limit, toPack));
    },
  }),
  route({
    method: 'post', path: '/api/v1/packs', tag: 'packs', role: 'editor', body: Pack,
    summary: 'Create a requirement pack (own requirements validated with the catalog schema)', responses: { 201: 'The pack' },
    async handler(c, { body }) {
      const caller = c.get('caller');
      const id = newId('pk');
      await insertRow({ db: c.env.DB, caller, table: 'packs', resource: 'pack', id }, { ...columnsOf(body), org_id: caller.orgId });
      const row = await readPack(c.env.DB, caller, id);
      return c.json(toPack(row), 201, { ETag: etag(row.version), Location: `/api/v1/packs/${id}` });
    },
  }),
  route({
    method: 'get', path: '/api/v1/packs/:id', tag: 'packs', role: 'viewer', params,
    summary: 'Read a pack', responses: { 200: 'The pack (ETag header)', 404: 'Not found' },
    async handler(c, { params: p }) {
      const row = await readPack(c.env.DB, c.get('caller'), p.id);
      return c.json(toPack(row), 200, { ETag: etag(row.version) });
    },
  }),
  route({
    method: 'put', path: '/api/v1/packs/:id', tag: 'packs', role: 'editor', params, body: Pack,
    summary: 'Replace a pack (If-Match honoured)', responses: { 200: 'The pack', 404: 'Not found', 412: 'Stale If-Match' },
    async handler(c, { params: p, body }) {
      const caller = c.get('caller');
      const row = await readPack(c.env.DB, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await updateRow({ db: c.env.DB, caller, table: 'packs', resource: 'pack', id: p.id, expected }, columnsOf(body));
      const updated = await readPack(c.env.DB, caller, p.id);
      return c.json(toPack(updated), 200, { ETag: etag(updated.version) });
    },
  }),
  route({
    method: 'delete', path: '/api/v1/packs/:id', tag: 'packs', role: 'editor', params,
    summary: 'Delete a pack (If-Match honoured)', responses: { 204: 'Deleted', 404: 'Not found', 412: 'Stale If-Match' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const row = await readPack(c.env.DB, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await deleteRow({ db: c.env.DB, caller, table: 'packs', resource: 'pack', id: p.id, expected });
      return c.body(null, 204);
    },
  }),
];
