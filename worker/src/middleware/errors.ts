import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env.ts';
import { ApiError, errorBody } from '../lib/errors.ts';

/** Every error leaves as JSON `{error: {code, message, field?}}`. */
export function onError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof ApiError) {
    return c.json(errorBody(err.code, err.message, err.field), err.status, err.headers);
  }
  if (err instanceof HTTPException) {
    return c.json(errorBody('http_error', err.message || 'request failed'), err.status);
  }
  console.error(err);
  return c.json(errorBody('internal', 'internal error'), 500);
}

export const onNotFound = (c: Context<AppEnv>) => c.json(errorBody('not_found', 'no such route'), 404);
