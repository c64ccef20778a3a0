/**
 * The route table: every API route is declared once with its schemas and required role. The same
 * table registers the Hono handlers and generates the OpenAPI document, so they cannot drift.
 */
import type { Context, Hono } from 'hono';
import * as v from 'valibot';
import type { Role } from '../../../shared/schemas/api.ts';
import type { AppEnv } from '../env.ts';
import type { Caller } from '../env.ts';
import { authenticate, bearerHash, forgetToken, rememberedToken, toCaller } from '../middleware/auth.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { CheckedDb } from './checked-db.ts';
import { ApiError } from './errors.ts';

type Schema = v.GenericSchema<unknown, unknown>;
type Out<S> = S extends Schema ? v.InferOutput<S> : undefined;

export interface Input<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

export interface RouteDef<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Minimum role; `null` = public. */
  role: Role | null;
  /** Only the platform operator's organisation (creating organisations). */
  platform?: boolean;
  /** Only organisations of kind vendor or both. */
  vendorOnly?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Status codes the route answers with besides 400/401/403/429. */
  responses: Partial<Record<200 | 201 | 204 | 404 | 409 | 412, string>>;
  handler: (c: Context<AppEnv>, input: Input<P, Q, B>) => Promise<Response> | Response;
}

// The table stores routes of any schema types; handlers are only called with what they declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any>;

export const route = <P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  def: RouteDef<P, Q, B>,
): AnyRoute => def;

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

function parse(schema: Schema | undefined, input: unknown, prefix: string): unknown {
  if (!schema) return undefined;
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const field = path ? (prefix ? `${prefix}.${path}` : path) : prefix || '(body)';
  throw new ApiError(400, 'invalid', `${field}: ${issue.message}`, field);
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError(400, 'invalid', '(body): a JSON body is required', '(body)');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid', '(body): not valid JSON', '(body)');
  }
}

/** The role, platform and vendor checks of a route (403). */
function authorize(r: AnyRoute, caller: Caller): void {
  if (RANK[caller.role] < RANK[r.role!]) throw new ApiError(403, 'forbidden', `this route needs the ${r.role} role`);
  if (r.platform && !caller.platform) throw new ApiError(403, 'forbidden', 'only the platform operator may do this');
  if (r.vendorOnly && caller.orgKind === 'buyer') throw new ApiError(403, 'forbidden', 'only vendor organisations may do this');
}

const allowed = (r: AnyRoute, caller: Caller) => {
  try {
    authorize(r, caller);
    return true;
  } catch {
    return false;
  }
};

/** Validation → handler, with the caller (if any) set on the context. */
async function run(c: Context<AppEnv>, r: AnyRoute, caller: Caller | null): Promise<Response> {
  if (caller) c.set('caller', caller);
  const input = {
    params: parse(r.params, c.req.param(), ''),
    query: parse(r.query, c.req.query(), ''),
    body: r.body ? parse(r.body, await readJson(c), '') : undefined,
  };
  return await r.handler(c, input); // await: a rejection must be handled before the wrapper returns
}

/**
 * Registers the table on the app: auth → rate limit → role → validation → handler.
 * A GET by a token this isolate has resolved before runs at once with the caller it resolved to, its
 * reads carrying the token lookup in the same D1 batch (lib/checked-db.ts); anything else, or a GET
 * whose token turns out to have changed, looks the token up first.
 */
export function register(app: Hono<AppEnv>, routes: AnyRoute[]): void {
  for (const r of routes) {
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      if (!r.role) return await run(c, r, null);
      const hash = await bearerHash(c);
      let counted: string | null = null; // the token this request was already counted against
      const remembered = r.method === 'get' ? rememberedToken(hash) : undefined;
      if (remembered && allowed(r, toCaller(remembered))) {
        const caller = toCaller(remembered);
        const env = c.env;
        const checked = new CheckedDb(env.DB, hash, remembered);
        c.env = { ...env, DB: checked.binding };
        try {
          counted = caller.tokenId;
          rateLimit(caller, env.RATE_LIMIT_PER_MINUTE);
          const res = await run(c, r, caller);
          if (await checked.confirmed()) return res;
        } catch (err) {
          if (await checked.confirmed()) throw err;
        } finally {
          c.env = env;
        }
        forgetToken(hash); // changed or revoked: nothing read is used; start over with a plain lookup
      }
      const caller = await authenticate(c.env.DB, hash);
      if (counted !== caller.tokenId) rateLimit(caller, c.env.RATE_LIMIT_PER_MINUTE);
      authorize(r, caller);
      return await run(c, r, caller); // await: see run()
    });
  }
}
