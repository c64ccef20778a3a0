import type { Context } from 'hono';
import type { AppEnv, Caller } from '../env.ts';
import { sha256Hex } from '../lib/db.ts';
import { ApiError } from '../lib/errors.ts';

const unauthorized = (message: string) =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="clause-lens"' });

export interface TokenRow {
  id: string;
  org_id: string;
  role: Caller['role'];
  rate_limit: number | null;
  kind: Caller['orgKind'];
  platform: number;
}

/** The token lookup: the caller a live (not revoked) token hash stands for. */
export const tokenStatement = (db: D1Database, hash: string) =>
  db.prepare(
    `SELECT t.id, t.org_id, t.role, t.rate_limit, o.kind, o.platform
     FROM tokens t JOIN orgs o ON o.id = t.org_id WHERE t.hash = ? AND t.revoked_at IS NULL`,
  ).bind(hash);

export const toCaller = (row: TokenRow): Caller => ({
  tokenId: row.id,
  orgId: row.org_id,
  orgKind: row.kind,
  platform: row.platform === 1,
  role: row.role,
  rateLimit: row.rate_limit,
});

export const sameToken = (a: TokenRow, b: TokenRow | null | undefined): boolean =>
  !!b && a.id === b.id && a.org_id === b.org_id && a.role === b.role && a.rate_limit === b.rate_limit &&
  a.kind === b.kind && a.platform === b.platform;

/**
 * What each token hash resolved to the last time this isolate looked it up. Never trusted: it only
 * lets a read send its query together with the token lookup (see lib/checked-db.ts), and the answer is
 * used only if that lookup, in the same D1 transaction, still returns exactly this row.
 */
const lastSeen = new Map<string, TokenRow>();

export const rememberedToken = (hash: string): TokenRow | undefined => lastSeen.get(hash);

export function forgetToken(hash: string): void {
  lastSeen.delete(hash);
}

/** SHA-256 of the `Authorization: Bearer <token>` secret (the token itself is never stored); 401 if malformed. */
export async function bearerHash(c: Context<AppEnv>): Promise<string> {
  const header = c.req.header('Authorization');
  const m = header ? /^Bearer\s+(\S{8,200})\s*$/i.exec(header) : null;
  if (!m) throw unauthorized('missing or malformed Authorization: Bearer token');
  return sha256Hex(m[1]);
}

/** Resolves a token hash with its own D1 query; 401 if unknown or revoked. */
export async function authenticate(db: D1Database, hash: string): Promise<Caller> {
  const row = await tokenStatement(db, hash).first<TokenRow>();
  if (!row) {
    lastSeen.delete(hash);
    throw unauthorized('unknown or revoked token');
  }
  if (lastSeen.size >= 10_000) lastSeen.clear(); // bound memory; a forgotten token just takes the slower path once
  lastSeen.set(hash, row);
  return toCaller(row);
}
