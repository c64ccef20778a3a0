/**
 * OpenAPI 3.1 from the route table: paths, roles and JSON Schemas converted from the same valibot
 * schemas the handlers validate with. Covers the schema kinds used in shared/schemas.
 */
import type * as v from 'valibot';
import type { AnyRoute } from './route.ts';

type Json = Record<string, unknown>;
type AnySchema = v.GenericSchema & {
  type: string;
  pipe?: { kind: string; type: string; requirement?: unknown }[];
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  key?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
  options?: unknown[];
  literal?: unknown;
};

const ACTIONS: Record<string, (req: unknown) => Json> = {
  min_length: (n) => ({ minLength: n, minItems: n }),
  max_length: (n) => ({ maxLength: n, maxItems: n }),
  min_value: (n) => ({ minimum: n }),
  max_value: (n) => ({ maximum: n }),
  regex: (re) => ({ pattern: (re as RegExp).source }),
  integer: () => ({ type: 'integer' }),
  url: () => ({ format: 'uri' }),
  iso_date: () => ({ format: 'date' }),
};

/** Drops the min/max keywords that do not apply to the schema's JSON type. */
function tidy(s: Json): Json {
  const isArray = s.type === 'array';
  const isString = s.type === 'string';
  const out = { ...s };
  if (!isArray) delete out.minItems, delete out.maxItems;
  if (!isString) delete out.minLength, delete out.maxLength;
  return out;
}

export function toJsonSchema(schema: v.GenericSchema | undefined, seen = 0): Json {
  if (!schema || seen > 6) return {};
  const s = schema as AnySchema;
  let out: Json;
  switch (s.type) {
    case 'string': out = { type: 'string' }; break;
    case 'number': out = { type: 'number' }; break;
    case 'boolean': out = { type: 'boolean' }; break;
    case 'picklist': out = { enum: s.options }; break;
    case 'literal': out = { const: s.literal }; break;
    case 'array': out = { type: 'array', items: toJsonSchema(s.item, seen + 1) }; break;
    case 'record': out = { type: 'object', additionalProperties: toJsonSchema(s.value, seen + 1), propertyNames: toJsonSchema(s.key, seen + 1) }; break;
    case 'optional': case 'nullable': case 'nullish': return toJsonSchema(s.wrapped, seen);
    case 'union': out = { anyOf: (s.options as AnySchema[]).map((o) => toJsonSchema(o, seen + 1)) }; break;
    case 'object': case 'strict_object': case 'loose_object': {
      const entries = Object.entries(s.entries ?? {});
      out = {
        type: 'object',
        properties: Object.fromEntries(entries.map(([k, e]) => [k, toJsonSchema(e, seen + 1)])),
        required: entries.filter(([, e]) => !['optional', 'nullish'].includes(e.type)).map(([k]) => k),
        ...(s.type === 'strict_object' ? { additionalProperties: false } : {}),
      };
      break;
    }
    default: out = {}; // lazy (recursive conditions) and anything exotic: accept any JSON
  }
  for (const action of s.pipe?.slice(1) ?? []) Object.assign(out, ACTIONS[action.type]?.(action.requirement) ?? {});
  return tidy(out);
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(r: AnyRoute): Json[] {
  const list: Json[] = [];
  for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
    const js = toJsonSchema(schema);
    const required = new Set((js.required as string[] | undefined) ?? []);
    for (const [name, sub] of Object.entries((js.properties as Record<string, Json> | undefined) ?? {})) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: sub });
    }
  }
  return list;
}

const ERROR = { $ref: '#/components/schemas/Error' };

export function openApiDocument(routes: AnyRoute[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const responses: Json = {};
    for (const [status, description] of Object.entries(r.responses)) {
      responses[status] = status === '204' ? { description } : {
        description,
        content: { 'application/json': { schema: Number(status) >= 400 ? ERROR : {} } },
      };
    }
    const errors: Record<string, string> = { 400: 'Invalid input (error.field names it)', 413: 'Body over 256 KB' };
    if (r.role) Object.assign(errors, { 401: 'Missing, unknown or revoked token', 403: `Needs role ${r.role}`, 429: 'Rate limited (Retry-After)' });
    for (const [status, description] of Object.entries(errors)) {
      responses[status] = { description, content: { 'application/json': { schema: ERROR } } };
    }
    (paths[toOpenApiPath(r.path)] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${toOpenApiPath(r.path).replace(/[^A-Za-z0-9]+(\w)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      ...(r.role ? { security: [{ bearer: [] }], 'x-required-role': r.role } : { security: [] }),
      parameters: parameters(r),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(r.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Clause Lens API', version: '1.0.0', description: 'Clause libraries, requirement packs, vendor profiles and supply chains.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object', required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
            },
          },
        },
      },
    },
    paths,
  };
}
