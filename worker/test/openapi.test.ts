import { describe, expect, it } from 'vitest';
import { app, routes } from '../src/index.ts';
import { api } from './helpers.ts';

describe('OpenAPI document', () => {
  it('lists every route the app serves, with its method', async () => {
    const res = await api('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const served = app.routes.filter((r) => r.method !== 'ALL');
    expect(served.length).toBe(routes.length);
    for (const r of served) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.path} missing from openapi.json`).toBeDefined();
    }
  });

  it('describes bodies and parameters from the valibot schemas', async () => {
    const doc = (await api('GET', '/api/v1/openapi.json')).json;
    const post = doc.paths['/api/v1/clauses'].post;
    const schema = post.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['lang', 'title', 'body']);
    expect(schema.properties.lang).toEqual({ enum: ['ja', 'en'] });
    expect(schema.additionalProperties).toBe(false);
    const list = doc.paths['/api/v1/clauses'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'requirement', 'lang', 'tag', 'scope', 'cursor', 'limit']);
    expect(doc.paths['/api/v1/vendors/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/v1/packs'].post['x-required-role']).toBe('editor');
  });
});
