import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error with its HTTP status; rendered as `{error: {code, message, field?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const invalid = (field: string, message: string) => new ApiError(400, 'invalid', `${field}: ${message}`, field);
export const stale = () =>
  new ApiError(412, 'precondition_failed', 'the resource was changed since it was read (If-Match does not match its ETag)');

export function errorBody(code: string, message: string, field?: string) {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}
