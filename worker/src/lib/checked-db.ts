/**
 * One D1 round trip for an authenticated read instead of two (token lookup, then data).
 *
 * A GET whose token this isolate has resolved before is run with the caller it resolved to then, through
 * a CheckedDb: every statement the handler runs before the token is confirmed goes to D1 in one batch
 * behind the token lookup — one round trip, one transaction — and its rows reach the handler only if that
 * lookup returns exactly the remembered token row (same token, organisation, role, limit, kind). If it
 * does not (revoked, role or kind changed), nothing read is used: the request starts over with a plain
 * lookup. A handler that answers before reading anything is confirmed with a lookup of its own before
 * its response leaves. So the remembered row is never trusted; revocation takes effect at once, as before.
 *
 * Only SELECT statements are accepted, so a read that turns out to be unauthorised changed nothing.
 */
import { sameToken, tokenStatement, type TokenRow } from '../middleware/auth.ts';

/** Thrown into the handler when the token no longer resolves to the remembered row. */
export class StaleToken extends Error {
  constructor() {
    super('the token changed since this isolate last resolved it');
  }
}

class CheckedStatement {
  constructor(
    readonly owner: CheckedDb,
    readonly real: D1PreparedStatement,
  ) {}

  bind(...values: unknown[]): CheckedStatement {
    return new CheckedStatement(this.owner, this.real.bind(...values));
  }

  async first<T = Record<string, unknown>>(column?: string): Promise<T | null> {
    if (this.owner.state === 'confirmed') return column === undefined ? this.real.first<T>() : this.real.first<T>(column);
    const [result] = await this.owner.batch([this]);
    const row = (result.results[0] ?? null) as Record<string, unknown> | null;
    if (row === null) return null;
    return (column === undefined ? row : (row[column] ?? null)) as T | null;
  }

  async all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    if (this.owner.state === 'confirmed') return this.real.all<T>();
    const [result] = await this.owner.batch([this]);
    return result as D1Result<T>;
  }

  run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return this.all<T>();
  }

  raw(): never {
    throw new Error('raw() is not available on a checked read; use all()');
  }
}

export class CheckedDb {
  state: 'pending' | 'confirmed' | 'stale' = 'pending';

  constructor(
    private readonly db: D1Database,
    private readonly hash: string,
    private readonly expected: TokenRow,
  ) {}

  /** The handler's view: typed as a D1Database, supporting prepare/bind/first/all/run and batch. */
  get binding(): D1Database {
    return this as unknown as D1Database;
  }

  prepare(sql: string): CheckedStatement {
    if (!/^\s*SELECT\b/i.test(sql)) throw new Error('a checked read may only run SELECT statements');
    return new CheckedStatement(this, this.db.prepare(sql));
  }

  async batch<T = Record<string, unknown>>(statements: (CheckedStatement | D1PreparedStatement)[]): Promise<D1Result<T>[]> {
    const real = statements.map((s) => {
      if (!(s instanceof CheckedStatement) || s.owner !== this) throw new Error('a checked read batches only its own statements');
      return s.real;
    });
    if (this.state === 'confirmed') return this.db.batch<T>(real);
    if (this.state === 'stale') throw new StaleToken();
    const [token, ...results] = await this.db.batch<T>([tokenStatement(this.db, this.hash), ...real]);
    if (!this.settle(token.results[0] as TokenRow | undefined)) throw new StaleToken();
    return results;
  }

  /** True once the token has been seen to resolve to the expected row; looks it up if nothing has yet. */
  async confirmed(): Promise<boolean> {
    if (this.state === 'pending') return this.settle(await tokenStatement(this.db, this.hash).first<TokenRow>());
    return this.state === 'confirmed';
  }

  /** Records what the lookup returned; a mismatch seen once makes the whole request stale. */
  private settle(row: TokenRow | null | undefined): boolean {
    if (this.state !== 'stale') this.state = sameToken(this.expected, row) ? 'confirmed' : 'stale';
    return this.state === 'confirmed';
  }

  exec(): never {
    throw new Error('exec() is not available on a checked read');
  }

  dump(): never {
    throw new Error('dump() is not available on a checked read');
  }

  withSession(): never {
    throw new Error('withSession() is not available on a checked read');
  }
}
