import fc from 'fast-check';
import mongoose from 'mongoose';
import { API_INFO } from '../../server/app';
import { openApiDocument } from '../../server/http/openapi';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { startWeChatServer } from '../support/wechat-server';

/**
 * Property-based fuzzing of every operation in the contract, from its own schemas: bodies with every property
 * given a value of the wrong kind, missing, or joined by strangers; odd path parameters and query strings;
 * non-objects. Each operation is called by someone it admits (so validation, not access, is what answers).
 * No answer may be a 5xx, carry a stack, or use a status the operation does not declare; a refused request
 * creates no record.
 */
type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  op: Json;
}

const RUNS_PER_OPERATION = 300;
let app: TestApp;
let doc: Json;
const tokens: Record<string, string> = {};
let total = 0;

let wechat: Awaited<ReturnType<typeof startWeChatServer>>;

beforeAll(async () => {
  wechat = await startWeChatServer({ appId: 'wx-fuzz', secret: 'fuzz-secret', codes: {} });
  app = await startTestApp({
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_APPID: 'wx-fuzz',
    WECHAT_SECRET: 'fuzz-secret',
    DEV_LOGIN: 'true',
    SCREENING_RATE_LIMIT: '1000000',
    REPORT_RATE_LIMIT: '1000000',
    REPORT_FOLLOW_RATE_LIMIT: '1000000',
  });
  await seedAreas();
  await addStaff(app, 'fuzz.township', 'township_staff', '150822100');
  await addStaff(app, 'fuzz.admin', 'admin', '150822');
  await addStaff(app, 'fuzz.village', 'village_worker', '150822101');
  await addStaff(app, 'fuzz.county', 'county_supervisor', '150822');
  tokens.township_staff = await signIn(app, 'fuzz.township');
  tokens.admin = await signIn(app, 'fuzz.admin');
  tokens.village_worker = await signIn(app, 'fuzz.village');
  tokens.county_supervisor = await signIn(app, 'fuzz.county');
  tokens.resident = (await app.http.post('/api/v1/auth/dev').send({ openid: 'fuzz-resident' })).body.token;
  doc = openApiDocument(app.routes.specs, API_INFO) as unknown as Json;
});
afterAll(async () => {
  await app.close();
  await wechat.close();
});

/** A schema with `$ref`s into components resolved (one level at a time, as needed). */
function resolve(schema: unknown): Json {
  let s = (schema ?? {}) as Json;
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i += 1) {
    const name = (s.$ref as string).replace('#/components/schemas/', '');
    s = ((doc.components as Json).schemas as Json)[name] as Json;
  }
  return s;
}

const operations = (): Operation[] =>
  Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, op })),
  );

const wrongValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, '', '   ', -1, 1e308, '<script>', '../../etc/passwd', '{"$gt":""}'),
  fc.constantFrom({ $gt: '' }, { $where: 'sleep(1000)' }, [], [[]], {}),
);

/** A bad body for a JSON schema: each property wrong, missing or extra, or not an object at all. */
function badBody(schema: Json): fc.Arbitrary<unknown> {
  const props = Object.keys((resolve(schema).properties as Json | undefined) ?? {});
  const keys = [...props, '__proto__', 'constructor', 'extra'];
  return fc.oneof(fc.dictionary(fc.constantFrom(...keys), wrongValue, { maxKeys: keys.length }), wrongValue);
}

const pathParam = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9a-f]{24}$/),
  fc.constantFrom('..', '%00', '000000000000000000000000', 'JB-2222222222', '150822', "' OR 1=1"),
);

function callerFor(op: Json): string | undefined {
  const allowed = (op['x-audience'] as string[] | undefined) ?? [];
  return allowed.map((a) => tokens[a]).find(Boolean);
}

async function counts(): Promise<Record<string, number>> {
  const db = mongoose.connection.db!;
  const out: Record<string, number> = {};
  for (const c of await db.listCollections().toArray()) {
    if (c.name === 'audit_trail') continue; // refusals of signed-in callers may be audited
    out[c.name] = await db.collection(c.name).countDocuments();
  }
  return out;
}

describe('fuzzing every operation of /openapi.json', () => {
  it('answers thousands of bad inputs with declared 4xx statuses, no stack and no record created', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(30);
    for (const { method, path, op } of ops) {
      const params = ((op.parameters as Json[] | undefined) ?? []).filter((p) => p.in === 'path');
      const query = ((op.parameters as Json[] | undefined) ?? []).filter((p) => p.in === 'query');
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
      const json = content['application/json']?.schema as Json | undefined;
      const multipart = content['multipart/form-data'] !== undefined;
      const declared = Object.keys(op.responses as Json);
      const token = callerFor(op);
      const before = await counts();
      let succeeded = false;

      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...params.map(() => pathParam)),
          fc.dictionary(
            fc.constantFrom(...query.map((q) => q.name as string), 'x'),
            fc.string({ maxLength: 30 }),
          ),
          json ? badBody(json) : fc.constant(undefined),
          fc.boolean(),
          async (values, q, body, withKey) => {
            let url = path;
            params.forEach((p, i) => {
              url = url.replace(`{${p.name as string}}`, encodeURIComponent(values[i] as string) || 'x');
            });
            let req = (app.http as unknown as Record<string, (u: string) => import('supertest').Test>)[
              method
            ]!(url)
              .query(q)
              .set('Accept-Language', 'en');
            if (token) req = req.set('Authorization', `Bearer ${token}`);
            if (withKey) req = req.set('Idempotency-Key', `fuzz-${total}`);
            if (multipart)
              req = req
                .field('receiptCode', String(body ?? ''))
                .attach('file', Buffer.from(String(body)), 'x.bin');
            else if (body !== undefined)
              req = req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
            const res = await req;
            total += 1;
            if (res.status < 400) succeeded = true;
            const answer = typeof res.text === 'string' ? res.text : '';
            if (
              res.status >= 500 ||
              /\n\s+at .+:\d+:\d+/.test(answer) ||
              !(declared.includes(String(res.status)) || (res.status >= 400 && declared.includes('default')))
            )
              throw new Error(`${method.toUpperCase()} ${url} → ${res.status} ${answer.slice(0, 300)}`);
          },
        ),
        { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
      if (!succeeded)
        expect({ op: `${method} ${path}`, counts: await counts() }).toEqual({
          op: `${method} ${path}`,
          counts: before,
        });
    }
    expect(total).toBeGreaterThanOrEqual(10_000);
    console.log(`fuzz: ${total} generated requests over ${ops.length} operations, no 5xx`);
  }, 900_000);
});
