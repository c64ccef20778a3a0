import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../lib/errors.ts';

export const MAX_BODY_BYTES = 256 * 1024;

/** 413 for bodies over 256 KB; Hono checks Content-Length and also counts the streamed bytes. */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', `the body exceeds ${MAX_BODY_BYTES} bytes`), 413),
});
