import type { Role } from '../../shared/schemas/api.ts';

export interface Bindings {
  DB: D1Database;
  /** Default requests per minute per token (a token's own rate_limit overrides it). */
  RATE_LIMIT_PER_MINUTE?: string;
}

/** The authenticated caller; every query is scoped by `orgId`. */
export interface Caller {
  tokenId: string;
  orgId: string;
  orgKind: 'buyer' | 'vendor' | 'both';
  platform: boolean;
  role: Role;
  rateLimit: number | null;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { caller: Caller };
}
