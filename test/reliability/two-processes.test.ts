import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Report } from '../../server/reports/report-model';
import { stopChild } from '../../server/runtime/child-process';
import { addStaff, PASSWORD, seedAreas } from '../support/fixtures';
import { startTestApp, startTestStore, type TestApp } from '../support/harness';
import { freePort } from '../support/redis-server';

/**
 * The production shape: two API processes (`server/main.ts`, each with its outbox dispatcher) on one store and
 * one Redis. A session made by one is honoured by the other, and an Idempotency-Key sent to both makes one record.
 * Outbox delivery across processes is not claimed here: on the embedded FerretDB two processes can both take one
 * outbox lease (its conditional updates are a read then a write), so it holds only on MongoDB (deploy/README.md).
 */
const ROOT = path.resolve(__dirname, '..', '..');
let store: Awaited<ReturnType<typeof startTestStore>>;
let seeder: TestApp;
const servers: { child: ChildProcess; url: string }[] = [];
const prefix = `two:${randomBytes(6).toString('hex')}:`;

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('an API process did not become ready within 30 s');
}

beforeAll(async () => {
  store = await startTestStore();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MONGODB_URI: store.uri,
    MONGODB_DB: 'test',
    DATA_DIR: store.dataDir,
    REDIS_KEY_PREFIX: prefix,
    OUTBOX_CRON: '* * * * * *',
    REPORT_RATE_LIMIT: '1000',
  };
  // The accounts and areas, written through the product's own services.
  seeder = await startTestApp(env, store);
  await seedAreas();
  await addStaff(seeder, 'bayan.staff', 'township_staff', '150822100');
  servers.push(await startServer(env), await startServer(env));
}, 90_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => stopChild(s.child)));
  await seeder.close();
  await store.stop();
});

const post = (url: string, body: object, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const fraud = (n: number) => ({
  kind: 'fraud',
  areaId: '150822101',
  people: [{ name: '张某', position: '低保户' }],
  description: `第${n}户家里开着商铺，还在领低保，请核查。`,
  reporter: { anonymous: true },
});

describe('two API processes on one store and one Redis', () => {
  it('honours a session made by one process in the other', async () => {
    const [a, b] = servers;
    const signIn = await post(`${a!.url}/api/v1/auth/staff`, { username: 'bayan.staff', password: PASSWORD });
    expect(signIn.status).toBe(200);
    const { token } = (await signIn.json()) as { token: string };
    const me = await fetch(`${b!.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const out = await post(`${b!.url}/api/v1/auth/logout`, {}, { Authorization: `Bearer ${token}` });
    expect(out.status).toBeLessThan(300);
    const after = await fetch(`${a!.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
  });

  it('makes one record for an Idempotency-Key sent to both at once', async () => {
    const key = `two-${randomBytes(4).toString('hex')}`;
    const answers = await Promise.all(
      servers.map((s) => post(`${s.url}/api/v1/reports`, fraud(0), { 'Idempotency-Key': key })),
    );
    const codes: string[] = [];
    for (const res of answers) {
      // The second either replays the first answer or is told to retry while the first still runs.
      if (res.status === 409) {
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        continue;
      }
      expect(res.status).toBe(201);
      codes.push(((await res.json()) as { receiptCode: string }).receiptCode);
    }
    const retry = await post(`${servers[1]!.url}/api/v1/reports`, fraud(0), { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    codes.push(((await retry.json()) as { receiptCode: string }).receiptCode);
    expect(new Set(codes).size).toBe(1);
    expect(await Report.countDocuments({})).toBe(1);
  });
});
