import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedStore, type EmbeddedStore } from '../../server/store/embedded-store';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, startTestStore, type TestApp } from '../support/harness';
import { logLines } from '../support/log-lines';
import { startOwnRedis } from '../support/redis-server';

/**
 * Redis and the store going away and coming back, for real: our own redis-server stopped and started again,
 * the embedded store killed with SIGKILL (and restarted by the process that owns it).
 */
let app: TestApp;
let redis: Awaited<ReturnType<typeof startOwnRedis>>;
let store: Awaited<ReturnType<typeof startTestStore>>;
let token: string;
let replacement: EmbeddedStore | undefined;
/** Stops the test's store without removing its files. */
const stopStoreOnly = () => store.stopProcess();
const { lines, sink } = logLines<{ msg: string; dependency?: string; level: number; err?: object }>();

beforeAll(async () => {
  redis = await startOwnRedis();
  store = await startTestStore();
  // Listen to what the product logs about its dependencies.
  app = await startTestApp({ REDIS_URL: redis.url, LOG_LEVEL: 'info' }, store, sink);
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  token = await signIn(app, 'bayan.staff');
});
afterAll(async () => {
  await redis.start();
  await app.close();
  await redis.stop();
  await replacement?.stop();
  await store.stop();
});

const timed = async <T>(run: () => PromiseLike<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

async function eventually(check: () => Promise<boolean>, seconds: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    if (await check()) return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not back within ${seconds} s`);
}

describe('with Redis stopped', () => {
  it('answers 503 with Retry-After within a second, fails /readyz at once, still serves the policy pages, and recovers by itself', async () => {
    await redis.stop();
    const [me, meMs] = await timed(() =>
      app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).set('Accept-Language', 'en'),
    );
    expect(me.status).toBe(503);
    expect(me.headers['retry-after']).toMatch(/^\d+$/);
    expect(me.body.error.code).toBe('service_unavailable');
    expect(me.body.error.message).toMatch(/try again in \d+ seconds/);
    expect(JSON.stringify(me.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(meMs).toBeLessThan(1000);

    const [ready, readyMs] = await timed(() => app.http.get('/readyz'));
    expect(ready.status).toBe(503);
    expect(readyMs).toBeLessThan(1000);

    // The policy and a screening need nothing from Redis: served, rate-limited in memory meanwhile.
    await app.http.get('/api/v1/jurisdictions').expect(200);
    await app.http.get('/api/v1/jurisdictions/dengkou/policy').expect(200);
    for (let i = 0; i < 5; i += 1) await app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);

    await redis.start();
    await eventually(async () => (await app.http.get('/readyz')).status === 200, 10);
    // This Redis keeps nothing on disk: the session went with it.
    token = await signIn(app, 'bayan.staff');
    await app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    // One line when it went, one when it came back: not one per request.
    const said = lines.filter((l) => l.dependency === 'redis').map((l) => l.msg);
    expect(said).toEqual([expect.stringMatching(/^redis unavailable/), 'redis available again']);
  });
});

describe('with the store away', () => {
  it('answers 503 within a second, fails /readyz at once, and is served again when the store is back', async () => {
    // Stopped for good (no restart by its owner), until a new one is started on the same port and files.
    const port = Number(new URL(store.uri).port);
    await stopStoreOnly();
    const [cases, casesMs] = await timed(() =>
      app.http.get('/api/v1/cases').set('Authorization', `Bearer ${token}`),
    );
    expect(cases.status).toBe(503);
    expect(cases.headers['retry-after']).toMatch(/^\d+$/);
    expect(casesMs).toBeLessThan(1000);
    const [ready, readyMs] = await timed(() => app.http.get('/readyz'));
    expect(ready.status).toBe(503);
    expect(readyMs).toBeLessThan(1000);

    replacement = await startEmbeddedStore({ port, dataDir: path.join(store.dataDir) });
    const seconds = await eventually(
      async () =>
        (await app.http.get('/api/v1/cases').set('Authorization', `Bearer ${token}`)).status === 200,
      20,
    );
    expect(seconds).toBeLessThan(20);
    await app.http.get('/readyz').expect(200);
    const storeLines = () => lines.filter((l) => l.dependency === 'store').map((l) => l.msg);
    await eventually(async () => storeLines().length === 2, 5);
    const said = storeLines();
    expect(said).toEqual([expect.stringMatching(/^store unavailable/), 'store available again']);
    // The error itself, readable: its message and the system's code.
    const away = lines.find((l) => l.dependency === 'store')!;
    expect(away.err).toMatchObject({
      type: 'MongoNetworkError',
      message: expect.stringContaining('ECONNREFUSED'),
      cause: { code: 'ECONNREFUSED' },
    });
  });

  it('is started again by the process that owns it after kill -9', async () => {
    const own = await startTestStore();
    try {
      const before = own.pid();
      process.kill(before!, 'SIGKILL');
      const seconds = await eventually(async () => {
        if (own.pid() === before) return false;
        const conn = mongoose.createConnection(own.uri, { serverSelectionTimeoutMS: 500 });
        try {
          await conn.asPromise();
          return (await conn.db!.admin().command({ ping: 1 })).ok === 1;
        } catch {
          return false;
        } finally {
          await conn.close();
        }
      }, 20);
      expect(seconds).toBeLessThan(20);
    } finally {
      await own.stop();
    }
  });
});
