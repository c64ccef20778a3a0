import type { Caller } from '../env.ts';
import { ApiError, invalid, notFound, stale } from './errors.ts';

export const now = () => new Date().toISOString();

/** Random, unguessable id with a type prefix (ids never reveal counts or order across tenants). */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}_${base64url(bytes)}`;
}

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/* ---------- cursors: opaque to clients, a row sequence number inside ---------- */

export function encodeCursor(seq: number): string {
  return base64url(new TextEncoder().encode(`c${seq}`));
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const raw = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    if (/^c\d{1,15}$/.test(raw)) return Number(raw.slice(1));
  } catch {
    // fall through to the 400 below
  }
  throw invalid('cursor', 'must be a cursor returned by the API');
}

/** Rows fetched with LIMIT n+1 → one page plus the cursor of the next one. */
export function page<R extends { seq: number }, T>(rows: R[], limit: number, map: (row: R) => T) {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  return { items, nextCursor: more ? encodeCursor(rows[limit - 1].seq) : null };
}

/* ---------- ETags ---------- */

export const etag = (version: number) => `"${version}"`;

/** The version named by If-Match, `null` when absent or `*`; a malformed header never matches. */
export function ifMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '*') return null;
  const m = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  return m ? Number(m[1]) : -1;
}

/** Checks If-Match against the current version and returns the version the write must find. */
export function expectedVersion(header: string | undefined, current: number): number {
  const wanted = ifMatch(header);
  if (wanted !== null && wanted !== current) throw stale();
  return current;
}

/* ---------- writes: guarded, batched, audited ---------- */

/** SQL condition true only inside the batch whose write stamped the row (see migrations). */
export interface Guard {
  sql: string;
  args: unknown[];
}

export function auditStmt(db: D1Database, caller: Caller, action: string, resource: string, id: string, guard?: Guard) {
  const sql = `INSERT INTO audit_log (org_id, token_id, action, resource, resource_id, version, at)
    SELECT ?, ?, ?, ?, ?, NULL, ?${guard ? ` WHERE ${guard.sql}` : ''}`;
  return db.prepare(sql).bind(caller.orgId, caller.tokenId, action, resource, id, now(), ...(guard?.args ?? []));
}

interface VersionedWrite {
  db: D1Database;
  caller: Caller;
  table: 'clauses' | 'vendor_profiles' | 'packs' | 'orgs';
  resource: string;
  id: string;
  /** The tenancy column: org_id, or id for the orgs table itself. */
  tenantColumn?: 'org_id' | 'id';
  /** The version the row must still have (from If-Match or from the read). */
  expected: number;
}

/** Inserts a row stamped with a write id, runs follow-ups guarded by it, audits; one atomic batch. */
export async function insertRow(
  w: Omit<VersionedWrite, 'expected' | 'tenantColumn'>,
  columns: Record<string, unknown>,
  followUps: (guard: Guard) => D1PreparedStatement[] = () => [],
): Promise<void> {
  const writeId = newId('w');
  const at = now();
  const cols = { ...columns, id: w.id, version: 1, write_id: writeId, created_at: at, updated_at: at };
  const names = Object.keys(cols);
  const guard: Guard = { sql: `EXISTS (SELECT 1 FROM ${w.table} WHERE id = ? AND write_id = ?)`, args: [w.id, writeId] };
  await w.db.batch([
    w.db.prepare(`INSERT INTO ${w.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .bind(...Object.values(cols)),
    ...followUps(guard),
    auditStmt(w.db, w.caller, 'create', w.resource, w.id, guard),
  ]);
}

/**
 * `UPDATE … WHERE id AND tenant AND version = expected`: of two writers holding the same ETag exactly
 * one matches; the other changes nothing and gets 412. Follow-ups run only if the update applied.
 */
export async function updateRow(
  w: VersionedWrite,
  set: Record<string, unknown>,
  followUps: (guard: Guard) => D1PreparedStatement[] = () => [],
): Promise<number> {
  const writeId = newId('w');
  const tenant = w.tenantColumn ?? 'org_id';
  const names = Object.keys(set);
  const guard: Guard = { sql: `EXISTS (SELECT 1 FROM ${w.table} WHERE id = ? AND write_id = ?)`, args: [w.id, writeId] };
  const [result] = await w.db.batch([
    w.db.prepare(
      `UPDATE ${w.table} SET ${names.map((n) => `${n} = ?`).join(', ')}, version = version + 1, write_id = ?, updated_at = ?
       WHERE id = ? AND ${tenant} = ? AND version = ?`,
    ).bind(...Object.values(set), writeId, now(), w.id, w.caller.orgId, w.expected),
    ...followUps(guard),
    auditStmt(w.db, w.caller, 'update', w.resource, w.id, guard),
  ]);
  // D1 counts rows changed by triggers (the FTS index) too: only zero means the guard failed.
  if (result.meta.changes === 0) throw stale();
  return w.expected + 1;
}

/** Deletes a row at the expected version; the audit row is written only if the delete applies. */
export async function deleteRow(w: VersionedWrite): Promise<void> {
  const tenant = w.tenantColumn ?? 'org_id';
  const where = `id = ? AND ${tenant} = ? AND version = ?`;
  const args = [w.id, w.caller.orgId, w.expected];
  const guard: Guard = { sql: `EXISTS (SELECT 1 FROM ${w.table} WHERE ${where})`, args };
  const [, result] = await w.db.batch([
    auditStmt(w.db, w.caller, 'delete', w.resource, w.id, guard),
    w.db.prepare(`DELETE FROM ${w.table} WHERE ${where}`).bind(...args),
  ]);
  if (result.meta.changes === 0) throw stale();
}

/** Reads one row the caller may see, or 404. */
export async function findOr404<R>(stmt: D1PreparedStatement, what: string): Promise<R> {
  const row = await stmt.first<R>();
  if (!row) throw notFound(what);
  return row;
}

export const parseJson = <T>(text: string): T => JSON.parse(text) as T;

export { ApiError };
