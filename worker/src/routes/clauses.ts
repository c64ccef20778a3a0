import type * as v from 'valibot';
import { ClauseId, ClauseInput, ClauseQuery, IdParam, type Clause } from '../../../shared/schemas/api.ts';
import type { Caller } from '../env.ts';
import { decodeCursor, deleteRow, etag, expectedVersion, findOr404, type Guard, insertRow, newId, page, updateRow } from '../lib/db.ts';
import { forbidden } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

interface ClauseRow {
  seq: number;
  id: string;
  org_id: string | null;
  lang: Clause['lang'];
  title: string;
  body: string;
  requirement_ids: string;
  tags: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const toClause = (r: ClauseRow): Clause => ({
  id: r.id,
  scope: r.org_id === null ? 'global' : 'org',
  orgId: r.org_id,
  lang: r.lang,
  title: r.title,
  body: r.body,
  requirementIds: JSON.parse(r.requirement_ids) as string[],
  tags: JSON.parse(r.tags) as string[],
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const VISIBLE = '(c.org_id IS NULL OR c.org_id = ?)';
const COLUMNS = 'c.seq, c.id, c.org_id, c.lang, c.title, c.body, c.requirement_ids, c.tags, c.version, c.created_at, c.updated_at';
const params = IdParam(ClauseId);

/** The history row, the requirement/tag index rows: all conditional on the guarded write. */
function dependentRows(db: D1Database, caller: Caller, id: string, input: ClauseInput, guard: Guard): D1PreparedStatement[] {
  const seq = 'SELECT seq FROM clauses WHERE id = ?';
  const terms = [
    ...input.requirementIds.map((value) => ['req', value]),
    ...[...new Set(input.tags)].map((value) => ['tag', value]),
  ];
  return [
    db.prepare(`DELETE FROM clause_terms WHERE clause_seq = (${seq}) AND ${guard.sql}`).bind(id, ...guard.args),
    ...[...new Map(terms.map((t) => [t.join('\0'), t])).values()].map(([kind, value]) =>
      db.prepare(`INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, ?, ? FROM clauses WHERE id = ? AND ${guard.sql}`)
        .bind(kind, value, id, ...guard.args)),
    db.prepare(
      `INSERT INTO clause_versions (clause_seq, version, lang, title, body, requirement_ids, tags, token_id, at)
       SELECT seq, version, lang, title, body, requirement_ids, tags, ?, updated_at FROM clauses WHERE id = ? AND ${guard.sql}`,
    ).bind(caller.tokenId, id, ...guard.args),
  ];
}

const columnsOf = (input: ClauseInput) => ({
  lang: input.lang,
  title: input.title,
  body: input.body,
  requirement_ids: JSON.stringify(input.requirementIds),
  tags: JSON.stringify([...new Set(input.tags)]),
});

/** Escapes a term for LIKE with `\` as the escape character. */
const like = (term: string) => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

interface Sql {
  sql: string;
  args: unknown[];
}

/**
 * The search as one statement whose access path is chosen here rather than left to the planner, so a
 * page costs about `limit` index steps instead of a scan of every visible clause plus a sort:
 *  - terms of 3+ characters: walk the FTS5 trigram index in rowid order (it yields rows by rowid and
 *    honours `rowid > cursor`), join each match to its clause by primary key, stop at limit + 1;
 *  - else a requirement or tag: walk the clause_terms primary key (kind, value, clause_seq) the same way;
 *  - else: walk clauses_org (org_id, seq), one ordered branch per scope (global and own), merged.
 * The remaining filters (scope, language, LIKE terms under 3 characters, the other term) are checked on
 * each row. CROSS JOIN fixes the join order in SQLite. Results are ordered by seq, the cursor's key.
 */
function searchQuery(caller: Caller, query: v.InferOutput<typeof ClauseQuery>, limit: number): Sql {
  const cursor = decodeCursor(query.cursor);
  const words = (query.q ?? '').split(/\s+/).filter(Boolean);
  const long = words.filter((t) => [...t].length >= 3);
  const short = words.filter((t) => [...t].length < 3);
  const termFilters = ([['req', query.requirement], ['tag', query.tag]] as const)
    .filter((t): t is readonly ['req' | 'tag', string] => t[1] !== undefined);

  const scope = query.scope ?? 'all';
  const visible: Sql = scope === 'all' ? { sql: VISIBLE, args: [caller.orgId] }
    : scope === 'global' ? { sql: 'c.org_id IS NULL', args: [] } : { sql: 'c.org_id = ?', args: [caller.orgId] };

  const rowSql: string[] = [];
  const rowArgs: unknown[] = [];
  for (const t of short) rowSql.push("(c.title LIKE ? ESCAPE '\\' OR c.body LIKE ? ESCAPE '\\')"), rowArgs.push(like(t), like(t));
  if (query.lang) rowSql.push('c.lang = ?'), rowArgs.push(query.lang);
  const termExists = (terms: readonly (readonly ['req' | 'tag', string])[]) => {
    for (const [kind, value] of terms) {
      rowSql.push('EXISTS (SELECT 1 FROM clause_terms WHERE kind = ? AND value = ? AND clause_seq = c.seq)'), rowArgs.push(kind, value);
    }
  };

  if (long.length) {
    termExists(termFilters);
    // Each term as a quoted phrase: user input is never parsed as FTS5 syntax.
    const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    return {
      sql: `SELECT ${COLUMNS} FROM clauses_fts CROSS JOIN clauses c ON c.seq = clauses_fts.rowid
        WHERE clauses_fts MATCH ? AND clauses_fts.rowid > ? AND ${[visible.sql, ...rowSql].join(' AND ')}
        ORDER BY clauses_fts.rowid LIMIT ?`,
      args: [match, cursor, ...visible.args, ...rowArgs, limit + 1],
    };
  }
  if (termFilters.length) {
    const [[kind, value], ...rest] = termFilters;
    termExists(rest);
    return {
      sql: `SELECT ${COLUMNS} FROM clause_terms t CROSS JOIN clauses c ON c.seq = t.clause_seq
        WHERE t.kind = ? AND t.value = ? AND t.clause_seq > ? AND ${[visible.sql, ...rowSql].join(' AND ')}
        ORDER BY t.clause_seq LIMIT ?`,
      args: [kind, value, cursor, ...visible.args, ...rowArgs, limit + 1],
    };
  }
  const branches: Sql[] = [
    ...(scope !== 'org' ? [{ sql: 'c.org_id IS NULL', args: [] }] : []),
    ...(scope !== 'global' ? [{ sql: 'c.org_id = ?', args: [caller.orgId] }] : []),
  ].map((b) => ({
    sql: `SELECT * FROM (SELECT ${COLUMNS} FROM clauses c WHERE ${[b.sql, 'c.seq > ?', ...rowSql].join(' AND ')} ORDER BY c.seq LIMIT ?)`,
    args: [...b.args, cursor, ...rowArgs, limit + 1],
  }));
  if (branches.length === 1) return branches[0];
  return {
    sql: `SELECT * FROM (${branches.map((b) => b.sql).join(' UNION ALL ')}) ORDER BY seq LIMIT ?`,
    args: [...branches.flatMap((b) => b.args), limit + 1],
  };
}

async function readClause(db: D1Database, caller: Caller, id: string): Promise<ClauseRow> {
  return findOr404<ClauseRow>(db.prepare(`SELECT ${COLUMNS} FROM clauses c WHERE c.id = ? AND ${VISIBLE}`).bind(id, caller.orgId), 'clause');
}

/** Reads a clause the caller may change: its own (global clauses are read-only). */
async function ownClause(db: D1Database, caller: Caller, id: string): Promise<ClauseRow> {
  const row = await readClause(db, caller, id);
  if (row.org_id === null) throw forbidden('the global default library is read-only; copy the clause into your library');
  return row;
}

export const clauseRoutes = [
  route({
    method: 'get', path: '/api/v1/clauses', tag: 'clauses', role: 'viewer', query: ClauseQuery,
    summary: 'List and search clauses (global library and own): q (FTS5 trigram, LIKE under 3 characters), requirement, lang, tag, cursor',
    responses: { 200: 'A page of clauses: {items, nextCursor}' },
    async handler(c, { query }) {
      const limit = query.limit ?? 20;
      const { sql, args } = searchQuery(c.get('caller'), query, limit);
      const { results } = await c.env.DB.prepare(sql).bind(...args).all<ClauseRow>();
      return c.json(page(results, limit, toClause));
    },
  }),
  route({
    method: 'post', path: '/api/v1/clauses', tag: 'clauses', role: 'editor', body: ClauseInput,
    summary: 'Create a private clause in the caller\'s library', responses: { 201: 'The clause' },
    async handler(c, { body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const id = newId('cl');
      await insertRow({ db, caller, table: 'clauses', resource: 'clause', id }, { ...columnsOf(body), org_id: caller.orgId },
        (guard) => dependentRows(db, caller, id, body, guard));
      const row = await readClause(db, caller, id);
      return c.json(toClause(row), 201, { ETag: etag(row.version), Location: `/api/v1/clauses/${id}` });
    },
  }),
  route({
    method: 'get', path: '/api/v1/clauses/:id', tag: 'clauses', role: 'viewer', params,
    summary: 'Read a clause', responses: { 200: 'The clause (ETag header)', 404: 'Not found or not visible' },
    async handler(c, { params: p }) {
      const row = await readClause(c.env.DB, c.get('caller'), p.id);
      return c.json(toClause(row), 200, { ETag: etag(row.version) });
    },
  }),
  route({
    method: 'get', path: '/api/v1/clauses/:id/versions', tag: 'clauses', role: 'viewer', params,
    summary: 'The version history of a clause', responses: { 200: '{items}', 404: 'Not found or not visible' },
    async handler(c, { params: p }) {
      const row = await readClause(c.env.DB, c.get('caller'), p.id);
      const { results } = await c.env.DB.prepare(
        `SELECT version, lang, title, body, requirement_ids, tags, at FROM clause_versions WHERE clause_seq = ? ORDER BY version DESC`,
      ).bind(row.seq).all<ClauseRow & { at: string }>();
      return c.json({ items: results.map((r) => ({ ...toClause({ ...row, ...r, updated_at: r.at }), at: r.at })) });
    },
  }),
  route({
    method: 'put', path: '/api/v1/clauses/:id', tag: 'clauses', role: 'editor', params, body: ClauseInput,
    summary: 'Replace an own clause (If-Match honoured; a new version is recorded)',
    responses: { 200: 'The clause', 404: 'Not found or not visible', 412: 'Stale If-Match' },
    async handler(c, { params: p, body }) {
      const caller = c.get('caller');
      const db = c.env.DB;
      const row = await ownClause(db, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await updateRow({ db, caller, table: 'clauses', resource: 'clause', id: p.id, expected }, columnsOf(body),
        (guard) => dependentRows(db, caller, p.id, body, guard));
      const updated = await readClause(db, caller, p.id);
      return c.json(toClause(updated), 200, { ETag: etag(updated.version) });
    },
  }),
  route({
    method: 'delete', path: '/api/v1/clauses/:id', tag: 'clauses', role: 'editor', params,
    summary: 'Delete an own clause (If-Match honoured)', responses: { 204: 'Deleted', 404: 'Not found or not visible', 412: 'Stale If-Match' },
    async handler(c, { params: p }) {
      const caller = c.get('caller');
      const row = await ownClause(c.env.DB, caller, p.id);
      const expected = expectedVersion(c.req.header('If-Match'), row.version);
      await deleteRow({ db: c.env.DB, caller, table: 'clauses', resource: 'clause', id: p.id, expected });
      return c.body(null, 204);
    },
  }),
];
