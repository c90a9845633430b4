import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { AUDIENCES } from '../identity/principal';
import { fileContentTypes } from './file-response';
import type { AnyRouteSpec, ErrorAnswers } from './route';
import { TAGS } from './tags';

const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, for programs; the codes an operation can answer are listed with it'),
      message: z.string().describe('In the caller’s language (Accept-Language; zh-CN by default)'),
      requestId: z.string(),
      fields: z
        .array(z.object({ path: z.string(), field: z.string(), message: z.string() }))
        .optional()
        .describe('For validation_failed: one entry per field, named in the caller’s language'),
    }),
  })
  .describe('Every error answer');

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'Unique per operation; a retry with the same key and body replays the first answer',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
};

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const REF = '#/components/schemas/';
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function rewriteRefs(value: unknown, names: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, names));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
        const name = v.slice('#/$defs/'.length);
        return [k, REF + (names[name] ?? name)];
      }
      return [k, rewriteRefs(v, names)];
    }),
  );
}

/**
 * The named schemas of the contract. A body becomes a component named by its zod `.meta({ id })` or after its
 * operation (`ScreenHouseholdRequest`); schemas with an id inside it become components too, shared by every
 * operation that uses them. One id read as input and as output may differ (defaults make fields optional on the
 * way in): the input variant is then named `…Input`.
 */
class Components {
  readonly schemas: Record<string, Json> = {};

  add(schema: z.ZodType, io: Io, fallbackName: string): Json {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    delete json.$schema;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    delete json.$defs;

    // Settle each nested schema's name: its id, or its id with the io suffix when that name holds another shape.
    const names: Record<string, string> = {};
    for (let changed = true; changed;) {
      changed = false;
      for (const [id, def] of Object.entries(defs)) {
        const name = names[id] ?? id;
        const existing = this.schemas[name];
        if (!existing || isDeepStrictEqual(existing, rewriteRefs(def, names))) continue;
        if (name !== id) throw new Error(`schema ${id} has more than two shapes in the contract`);
        names[id] = `${id}${pascal(io)}`;
        changed = true;
      }
    }
    for (const [id, def] of Object.entries(defs))
      this.schemas[names[id] ?? id] = rewriteRefs(def, names) as Json;

    const root = rewriteRefs(json, names) as Json;
    if (typeof root.$ref === 'string' && Object.keys(root).length === 1) return root;
    if (this.schemas[fallbackName]) throw new Error(`schema name ${fallbackName} is taken`);
    this.schemas[fallbackName] = root;
    return { $ref: REF + fallbackName };
  }
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    schema: prop,
  }));
}

const BINARY = { type: 'string', format: 'binary' };

/** JSON, or for a multipart route its text fields plus the file field. */
function requestBody(spec: AnyRouteSpec, components: Components) {
  const name = `${pascal(spec.operationId)}Request`;
  if (!spec.multipart) {
    if (!spec.body) return {};
    const schema = components.add(spec.body, 'input', name);
    return { requestBody: { required: true, content: { 'application/json': { schema } } } };
  }
  const { field, maxFiles } = spec.multipart;
  const fields = (
    spec.body
      ? z.toJSONSchema(spec.body, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
      : { type: 'object' }
  ) as { properties?: Json; required?: string[] };
  const schema = {
    ...fields,
    properties: {
      ...fields.properties,
      [field]: maxFiles > 1 ? { type: 'array', items: BINARY, maxItems: maxFiles } : BINARY,
    },
    required: [...(fields.required ?? []), field],
  };
  delete (schema as Json).$schema;
  return { requestBody: { required: true, content: { 'multipart/form-data': { schema } } } };
}

function responseContent(spec: AnyRouteSpec, components: Components) {
  const types = fileContentTypes(spec.response.schema);
  if (types) return Object.fromEntries(types.map((type) => [type, { schema: BINARY }]));
  const schema = components.add(spec.response.schema, 'output', `${pascal(spec.operationId)}Response`);
  return { 'application/json': { schema } };
}

type Status = keyof ErrorAnswers | 401 | 500 | 503;

/** The errors a route can answer: those its declaration implies, and those it lists itself. */
export function errorAnswers(spec: AnyRouteSpec): Map<Status, Set<string>> {
  const answers = new Map<Status, Set<string>>();
  const add = (status: Status, ...codes: string[]) => {
    const set = answers.get(status) ?? new Set<string>();
    codes.forEach((c) => set.add(c));
    answers.set(status, set);
  };
  if (spec.params || spec.query || spec.body || spec.multipart) add(400, 'validation_failed');
  if (spec.body && !spec.multipart) {
    add(400, 'bad_request');
    add(413, 'payload_too_large');
    add(415, 'unsupported_media_type');
  }
  if (spec.multipart) {
    add(400, 'file_required', 'unexpected_file_field', 'upload_corrupt');
    add(413, 'form_too_large', 'upload_too_large', 'upload_too_many_pixels', 'too_many_files');
    add(415, 'multipart_required', 'upload_type_not_allowed');
  }
  if (spec.access !== 'public') {
    add(401, 'unauthenticated');
    const allowed = spec.access.allow as readonly string[];
    if (!AUDIENCES.signedIn.every((a) => allowed.includes(a))) add(403, 'forbidden');
    if (allowed.some((a) => a !== 'resident') && !spec.access.withOneTimePassword)
      add(403, 'password_change_required');
    if (spec.access.scope) {
      if (allowed.includes('resident')) add(403, 'not_your_application');
      if (allowed.some((a) => a !== 'resident')) add(403, 'outside_jurisdiction');
      add(404, 'not_found');
    }
  }
  if (spec.idempotent) {
    add(400, 'idempotency_key_required');
    add(409, 'idempotency_in_progress');
    add(422, 'idempotency_key_reused');
  }
  if (spec.rateLimit) add(429, 'rate_limited');
  for (const [status, codes] of Object.entries(spec.errors ?? {}))
    add(Number(status) as Status, ...(codes ?? []));
  add(500, 'internal');
  // Any route may find the store or Redis away (see http/unavailable.ts).
  add(503, 'service_unavailable');
  return new Map([...answers].sort(([a], [b]) => a - b));
}

const ERROR_TEXT: Partial<Record<Status, string>> = {
  400: 'The request is not valid',
  401: 'Sign in first',
  403: 'Not allowed for this caller',
  404: 'Not found',
  409: 'Conflicts with the record’s state',
  410: 'No longer available',
  413: 'Too large',
  415: 'Unsupported content type',
  422: 'Idempotency-Key reused with other content',
  423: 'Locked',
  429: 'Too many requests; wait for Retry-After seconds',
  500: 'Unexpected failure; the request id identifies it in the server log',
  502: 'An upstream service answered badly',
  503: 'Temporarily unavailable; retry after Retry-After seconds',
};

function errorResponses(spec: AnyRouteSpec) {
  return Object.fromEntries(
    [...errorAnswers(spec)].map(([status, codes]) => [
      String(status),
      {
        description: `${ERROR_TEXT[status] ?? 'Error'} (${[...codes].join(', ')})`,
        content: {
          'application/json': {
            schema: {
              allOf: [
                { $ref: `${REF}Error` },
                {
                  type: 'object',
                  properties: { error: { type: 'object', properties: { code: { enum: [...codes] } } } },
                },
              ],
            },
          },
        },
      },
    ]),
  );
}

/** OpenAPI 3.1 built from the very zod schemas that validate each route. */
export function openApiDocument(specs: AnyRouteSpec[], info: { title: string; version: string }) {
  const components = new Components();
  components.add(errorSchema, 'output', 'Error');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: spec.tags,
      security: spec.access === 'public' ? [] : [{ bearer: [] }],
      ...(spec.access === 'public' ? {} : { 'x-audience': spec.access.allow }),
      parameters: [
        ...parameters(spec.params, 'path'),
        ...parameters(spec.query, 'query'),
        ...(spec.idempotent ? [IDEMPOTENCY_HEADER] : []),
      ],
      ...requestBody(spec, components),
      responses: {
        [String(spec.response.status ?? 200)]: {
          description: spec.response.description,
          content: responseContent(spec, components),
        },
        ...errorResponses(spec),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'The social-assistance front door: policy, pre-screening, applications, case tracking, complaints and reports. ' +
        'Answers are in the caller’s language (Accept-Language: zh-CN by default, or en).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: [...new Set(specs.flatMap((s) => s.tags))].map((name) => ({ name, description: TAGS[name] })),
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The session token from a sign-in (POST /api/v1/auth/…)',
        },
      },
    },
  };
}
