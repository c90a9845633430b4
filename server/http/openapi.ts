import { z } from 'zod';
import { fileContentTypes } from './file-response';
import type { AnyRouteSpec } from './route';

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('In the caller’s language (Accept-Language; zh-CN by default)'),
    requestId: z.string(),
    fields: z.array(z.object({ path: z.string(), field: z.string(), message: z.string() })).optional(),
  }),
});

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'Unique per operation; a retry with the same key and body replays the first answer',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: prop,
  }));
}

const BINARY = { type: 'string', format: 'binary' };

/** JSON, or for a multipart route its text fields plus the file field. */
function requestBody(spec: AnyRouteSpec) {
  if (!spec.multipart) {
    if (!spec.body) return {};
    return {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
      },
    };
  }
  const { field, maxFiles } = spec.multipart;
  const fields = (spec.body ? jsonSchema(spec.body, 'input') : { type: 'object' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  const schema = {
    ...fields,
    properties: {
      ...fields.properties,
      [field]: maxFiles > 1 ? { type: 'array', items: BINARY, maxItems: maxFiles } : BINARY,
    },
    required: [...(fields.required ?? []), field],
  };
  return { requestBody: { required: true, content: { 'multipart/form-data': { schema } } } };
}

function responseContent(schema: z.ZodType) {
  const types = fileContentTypes(schema);
  if (types) return Object.fromEntries(types.map((type) => [type, { schema: BINARY }]));
  return { 'application/json': { schema: jsonSchema(schema, 'output') } };
}

/** OpenAPI 3.1 built from the very zod schemas that validate each route. */
export function openApiDocument(specs: AnyRouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.access === 'public' ? {} : { security: [{ bearer: [] }], 'x-audience': spec.access.allow }),
      parameters: [
        ...parameters(spec.params, 'path'),
        ...parameters(spec.query, 'query'),
        ...(spec.idempotent ? [IDEMPOTENCY_HEADER] : []),
      ],
      ...requestBody(spec),
      responses: {
        [String(spec.response.status ?? 200)]: {
          description: spec.response.description,
          content: responseContent(spec.response.schema),
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
