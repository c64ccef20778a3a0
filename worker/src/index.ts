import { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { openApiDocument } from './lib/openapi.ts';
import { type AnyRoute, register, route } from './lib/route.ts';
import { limitBody } from './middleware/body-limit.ts';
import { onError, onNotFound } from './middleware/errors.ts';
import { clauseRoutes } from './routes/clauses.ts';
import { orgRoutes } from './routes/orgs.ts';
import { packRoutes } from './routes/packs.ts';
import { vendorRoutes } from './routes/vendors.ts';

const publicRoutes: AnyRoute[] = [
  route({
    method: 'get', path: '/health', tag: 'meta', role: null, summary: 'Liveness check', responses: { 200: '{ok: true}' },
    handler: (c) => c.json({ ok: true }),
  }),
  route({
    method: 'get', path: '/api/v1/openapi.json', tag: 'meta', role: null, summary: 'This OpenAPI document',
    responses: { 200: 'OpenAPI 3.1 document' },
    handler: (c) => c.json(document),
  }),
];

/** Every route, in one table: registration and the OpenAPI document both come from it. */
export const routes: AnyRoute[] = [...publicRoutes, ...clauseRoutes, ...vendorRoutes, ...packRoutes, ...orgRoutes];
const document = openApiDocument(routes);

export const app = new Hono<AppEnv>();
app.use('*', limitBody);
register(app, routes);
app.onError(onError);
app.notFound(onNotFound);

export default app;
