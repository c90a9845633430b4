import mongoose from 'mongoose';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { logLines } from '../support/log-lines';

/**
 * Whether the store is away is an explicit state (store/mongo.ts): the driver's heartbeats on a connection of
 * their own, and the exit of the store's process for the embedded store this server owns. Both halves of the
 * risk are tried for real: a killed store is noticed at once, and a healthy store kept busy for seconds at a
 * time is never called away.
 */
let app: TestApp;
let token: string;
const { lines, sink } = logLines<{
  msg: string;
  dependency?: string;
  exit?: object;
  err?: { message?: string };
}>();
const storeLines = () => lines.filter((l) => l.dependency === 'store');

beforeAll(async () => {
  // No MONGODB_URI: the server starts the embedded store itself and keeps it running, as `npm start` does.
  app = await startTestApp({ LOG_LEVEL: 'info' }, 'embedded', sink);
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  token = await signIn(app, 'bayan.staff');
});
afterAll(() => app.close());

const inbox = () => app.http.get('/api/v1/cases').set('Authorization', `Bearer ${token}`);

async function timed<T>(run: () => PromiseLike<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

describe('a healthy store kept busy', () => {
  it('is never called away: no 503 and /readyz stays ready while its operations take over a second', async () => {
    // A sweep over 20,000 documents takes FerretDB about half a second alone; four at once, with ten clients
    // reading the inbox, keep both cores busy and each sweep for longer than an operation waits for a store away.
    const sweep = mongoose.connection.db!.collection('load_sweep');
    for (let batch = 0; batch < 20; batch += 1)
      await sweep.insertMany(
        Array.from({ length: 1000 }, (_, i) => ({ n: batch * 1000 + i, note: 'x'.repeat(200) })),
      );
    let loaded = true;
    const sweepMs: number[] = [];
    const sweeps = Array.from({ length: 4 }, async () => {
      while (loaded) sweepMs.push((await timed(() => sweep.countDocuments({ note: 'none' })))[1]);
    });
    const statuses: number[] = [];
    const clients = Array.from({ length: 10 }, async () => {
      while (loaded) statuses.push((await inbox()).status);
    });
    // /readyz reads the audit lag from the same busy store: slow while it is this busy, never 503.
    const ready: number[] = [];
    const readiness = (async () => {
      while (loaded) {
        ready.push((await app.http.get('/readyz')).status);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // Eight seconds of it, and longer on a machine fast enough that no sweep has yet taken a second.
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    while (elapsed() < 8000 || (Math.max(0, ...sweepMs) <= 1000 && elapsed() < 25_000))
      await new Promise((r) => setTimeout(r, 200));
    loaded = false;
    await Promise.all([...sweeps, ...clients, readiness]);
    await sweep.drop();

    // Busy beyond a timeout: a rule that called the store away when an operation took a second would have.
    expect(Math.max(...sweepMs)).toBeGreaterThan(1000);
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(ready.length).toBeGreaterThan(2);
    expect(ready.filter((s) => s !== 200)).toEqual([]);
    expect(storeLines()).toEqual([]);
  }, 60_000);
});

describe('the embedded store killed with kill -9', () => {
  it('fails /readyz until it is back, answers 503 with Retry-After within a second, and is served again after its owner restarts it', async () => {
    await inbox().expect(200);
    const pid = app.runtime.embeddedStore!.pid()!;
    process.kill(pid, 'SIGKILL');
    // The owner hears its child exit before any request or heartbeat could fail.
    await new Promise((r) => setTimeout(r, 50));
    const [ready, readyMs] = await timed(() => app.http.get('/readyz'));
    expect(readyMs).toBeLessThan(1000);
    // Not ready, unless its owner has already started it again and it answers.
    if (ready.status !== 503) expect(app.runtime.embeddedStore!.pid()).not.toBe(pid);
    expect([200, 503]).toContain(ready.status);

    // Until it is back, each request answers within a second: 503 with Retry-After, or 200 once the store
    // answers again (an operation waits up to 400 ms for a store marked away).
    const answers: { status: number; ms: number; retryAfter?: string }[] = [];
    const started = performance.now();
    let recovered: number | undefined;
    while (performance.now() - started < 20_000) {
      const [res, ms] = await timed(() => inbox());
      answers.push({ status: res.status, ms, retryAfter: res.headers['retry-after'] });
      if (res.status === 200 && (await app.http.get('/readyz')).status === 200) {
        recovered = (performance.now() - started) / 1000;
        break;
      }
    }
    expect(recovered).toBeDefined();
    expect(recovered).toBeLessThan(10);
    expect(app.runtime.embeddedStore!.pid()).not.toBe(pid);
    for (const a of answers) {
      expect([200, 503]).toContain(a.status);
      expect(a.ms).toBeLessThan(1000);
      if (a.status === 503) expect(a.retryAfter).toMatch(/^\d+$/);
    }
    // One line when it went (saying why), one when it was back.
    expect(storeLines().map((l) => l.msg)).toEqual([
      expect.stringMatching(/^store unavailable/),
      'store available again',
    ]);
    expect(storeLines()[0]!.exit).toEqual({ code: null, signal: 'SIGKILL' });
  });
});
