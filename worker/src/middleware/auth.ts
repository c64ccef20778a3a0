import type { Context } from 'hono';
import type { AppEnv, Caller } from '../env.ts';
import { sha256Hex } from '../lib/db.ts';
import { ApiError } from '../lib/errors.ts';
import { rateLimit } from './rate-limit.ts';

const unauthorized = (message: string) =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer realm="clause-lens"' });

interface TokenRow {
  id: string;
  org_id: string;
  role: Caller['role'];
  rate_limit: number | null;
  kind: Caller['orgKind'];
  platform: number;
}

/** Resolves `Authorization: Bearer <token>` by its SHA-256 (the token itself is never stored). */
export async function authenticate(c: Context<AppEnv>): Promise<Caller> {
  const header = c.req.header('Authorization');
  const m = header ? /^Bearer\s+(\S{8,200})\s*$/i.exec(header) : null;
  if (!m) throw unauthorized('missing or malformed Authorization: Bearer token');
  const row = await c.env.DB.prepare(
    `SELECT t.id, t.org_id, t.role, t.rate_limit, o.kind, o.platform
     FROM tokens t JOIN orgs o ON o.id = t.org_id WHERE t.hash = ? AND t.revoked_at IS NULL`,
  ).bind(await sha256Hex(m[1])).first<TokenRow>();
  if (!row) throw unauthorized('unknown or revoked token');
  const caller: Caller = {
    tokenId: row.id,
    orgId: row.org_id,
    orgKind: row.kind,
    platform: row.platform === 1,
    role: row.role,
    rateLimit: row.rate_limit,
  };
  rateLimit(caller, c.env.RATE_LIMIT_PER_MINUTE);
  c.set('caller', caller);
  return caller;
}
