import type { Caller } from '../env.ts';
import { ApiError } from '../lib/errors.ts';

const WINDOW_MS = 60_000;
const DEFAULT_PER_MINUTE = 600;

/**
 * Fixed one-minute window per token, counted in the isolate's memory: no D1 write per request, at the
 * price of being per isolate (a token spread over several isolates gets the limit in each). Good
 * enough to stop a runaway client; use Cloudflare's rate-limiting rules for a global hard limit.
 */
const windows = new Map<string, { start: number; count: number }>();

export function rateLimit(caller: Caller, configured: string | undefined, at = Date.now()): void {
  const limit = caller.rateLimit ?? (Number(configured) || DEFAULT_PER_MINUTE);
  let w = windows.get(caller.tokenId);
  if (!w || at - w.start >= WINDOW_MS) {
    if (windows.size > 10_000) windows.clear(); // bound memory; worst case a window restarts early
    w = { start: at, count: 0 };
    windows.set(caller.tokenId, w);
  }
  w.count += 1;
  if (w.count > limit) {
    const retry = Math.max(1, Math.ceil((w.start + WINDOW_MS - at) / 1000));
    throw new ApiError(429, 'rate_limited', `rate limit of ${limit} requests per minute exceeded`, undefined, {
      'Retry-After': String(retry),
    });
  }
}
