import { createHash } from 'node:crypto';
import { z } from 'zod';
import { API_INFO } from '../../server/app';
import { LEASE_MS } from '../../server/http/idempotency';
import { openApiDocument } from '../../server/http/openapi';
import { AppError } from '../../server/http/errors';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let created = 0;
let failNext = false;
let slowMs = 50;

beforeAll(async () => {
  app = await startTestApp();
  app.routes.add({
    method: 'post',
    path: '/test/things',
    operationId: 'testCreateThing',
    summary: 'creates a thing (test only)',
    tags: ['operations'],
    access: 'public',
    idempotent: true,
    body: z.strictObject({ name: z.string() }),
    response: { status: 201, description: 'created', schema: z.object({ n: z.number(), name: z.string() }) },
    handler: async ({ body }) => {
      await new Promise((r) => setTimeout(r, slowMs));
      if (failNext) {
        failNext = false;
        throw new AppError(503, 'not_ready');
      }
      created += 1;
      return { n: created, name: body.name };
    },
  });
});
afterAll(() => app.close());

const post = (key: string | undefined, name: string) => {
  const req = app.http.post('/test/things').send({ name });
  return key ? req.set('Idempotency-Key', key) : req;
};

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry instead of creating twice', async () => {
    const first = await post('key-0000001', 'a').expect(201);
    const retry = await post('key-0000001', 'a').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(created).toBe(1);
  });

  it('keeps the answer sealed in Redis, never readable there', async () => {
    await post('key-sealed-1', 'Secret Name 7').expect(201);
    const { redis, config } = app.runtime.deps;
    const [slot] = await redis.keys(`${config.REDIS_KEY_PREFIX}idem:*key-sealed-1`);
    const stored = await redis.get(slot!.slice(config.REDIS_KEY_PREFIX.length));
    expect(stored).not.toContain('Secret Name 7');
    expect(JSON.parse(stored!).sealed).toMatch(/^v1\./);
    const retry = await post('key-sealed-1', 'Secret Name 7').expect(201);
    expect(retry.body.name).toBe('Secret Name 7');
  });

  it('refuses a missing key, a reused key with another body, and a retry racing the first attempt', async () => {
    const missing = await post(undefined, 'b').expect(400);
    expect(missing.body.error.message).toContain('Idempotency-Key');
    await post('key-0000001', 'other').expect(422);
    const [one, two] = await Promise.all([post('key-0000002', 'c'), post('key-0000002', 'c')]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
  });

  it('releases the key when the attempt fails, so the client can retry', async () => {
    failNext = true;
    await post('key-0000003', 'd').expect(503);
    const before = created;
    await post('key-0000003', 'd').expect(201);
    expect(created).toBe(before + 1);
  });

  it('holds a key only for a short lease while running: after a crash, a retry runs once the lease is over', async () => {
    const { redis } = app.runtime.deps;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ name: 'e' }))
      .digest('base64url');
    // What a process killed mid-request leaves behind: its lease, which nobody renews.
    await redis.set(
      'idem:anonymous:-:POST:/test/things:key-crashed-1',
      JSON.stringify({ state: 'running', fingerprint, holder: 'a dead process' }),
      'PX',
      700,
    );
    const busy = await post('key-crashed-1', 'e').expect(409);
    expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 800));
    const before = created;
    await post('key-crashed-1', 'e').expect(201);
    expect(created).toBe(before + 1);
    expect(LEASE_MS).toBeLessThanOrEqual(10_000);
  });

  it('renews the lease of a request that runs longer than the lease', async () => {
    slowMs = LEASE_MS + 1500;
    // supertest sends on then(): start it now.
    const running = post('key-slow-0001', 'f').then((res) => res);
    await new Promise((r) => setTimeout(r, LEASE_MS + 500));
    // Past the first lease, the key is still held: a retry now is told to wait, not run twice.
    await post('key-slow-0001', 'f').expect(409);
    expect((await running).status).toBe(201);
    slowMs = 50;
  }, 30_000);

  it('is documented as a required header', async () => {
    const body = openApiDocument(app.routes.specs, API_INFO) as unknown as {
      paths: Record<string, { post: { parameters: unknown[] } }>;
    };
    expect(body.paths['/test/things']!.post.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
  });
});
