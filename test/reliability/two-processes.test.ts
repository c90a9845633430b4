import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Report } from '../../server/reports/report-model';
import { stopChild } from '../../server/runtime/child-process';
import { addStaff, PASSWORD, seedAreas } from '../support/fixtures';
import { startTestApp, startTestStore, type TestApp } from '../support/harness';
import { freePort } from '../support/redis-server';
import { startWeComServer } from '../support/wecom-server';

/**
 * The production shape: two API processes (`server/main.ts`, each with its outbox dispatcher and job scheduler) on
 * one store and one Redis. A session made by one is honoured by the other, an Idempotency-Key sent to both makes
 * one record, each outbox message is delivered once whichever process claims it, and each scheduled fire of a job
 * runs in one of them.
 */
const ROOT = path.resolve(__dirname, '..', '..');
let store: Awaited<ReturnType<typeof startTestStore>>;
let wecom: Awaited<ReturnType<typeof startWeComServer>>;
let seeder: TestApp;
interface Server {
  child: ChildProcess;
  url: string;
  /** What the process logged, line by line. */
  logs: { msg: string; job?: string; time: number }[];
}
const servers: Server[] = [];
const prefix = `two:${randomBytes(6).toString('hex')}:`;

async function startServer(env: Record<string, string>, attempts = 3): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const logs: Server['logs'] = [];
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop()!;
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line));
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && !exited; i += 1) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { child, url, logs };
    await new Promise((r) => setTimeout(r, 100));
  }
  // The free port found may be taken by another suite before the process listens on it: try another.
  if (exited && attempts > 1) return startServer(env, attempts - 1);
  throw new Error('an API process did not become ready within 30 s');
}

beforeAll(async () => {
  store = await startTestStore();
  wecom = await startWeComServer({ keys: ['bayan-key', 'county-key'] });
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    MONGODB_URI: store.uri,
    MONGODB_DB: 'test',
    DATA_DIR: store.dataDir,
    REDIS_KEY_PREFIX: prefix,
    WECOM_WEBHOOKS: `150822100=${wecom.url('bayan-key')},150822=${wecom.url('county-key')}`,
    OUTBOX_CRON: '* * * * * *',
    REPORT_RATE_LIMIT: '1000',
  };
  // The accounts and areas, written through the product's own services.
  seeder = await startTestApp(env, store);
  await seedAreas();
  await addStaff(seeder, 'bayan.staff', 'township_staff', '150822100');
  // Both run the daily audit bulletin every second, to see who runs each fire.
  const everySecond = { ...env, AUDIT_BULLETIN_CRON: '* * * * * *' };
  servers.push(await startServer(everySecond), await startServer(everySecond));
}, 90_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => stopChild(s.child)));
  await seeder.close();
  await wecom.close();
  await store.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

  it('delivers each outbox message once, whichever process claims it', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        post(`${servers[n % 2]!.url}/api/v1/reports`, fraud(n + 1), {
          'Idempotency-Key': `two-out-${n}`,
        }).then((r) => expect(r.status).toBe(201)),
      ),
    );
    // One message to the township per report made in this file.
    const expected = await Report.countDocuments({});
    const started = Date.now();
    while (wecom.received('bayan-key').length < expected && Date.now() - started < 30_000) await sleep(200);
    // Both dispatchers keep passing every second: give them time to deliver anything twice.
    await sleep(3000);
    const received = wecom.received('bayan-key');
    expect(received).toHaveLength(expected);
    const ids = received.map((m) => m.messageId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs each scheduled fire of a job in one process only', async () => {
    const from = Date.now();
    await sleep(6000);
    const runs = servers.flatMap((s, n) =>
      s.logs
        .filter((l) => l.job === 'audit-bulletin' && l.msg === 'job done' && l.time >= from)
        .map((l) => ({ process: n, second: Math.floor(l.time / 1000) })),
    );
    // Every second fired (a run ends within its second), and none ran twice.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    const seconds = runs.map((r) => r.second);
    expect(new Set(seconds).size).toBe(seconds.length);
    // Both processes scheduled it and stood ready: whichever claimed a fire ran it.
    for (const s of servers)
      expect(s.logs.some((l) => l.job === 'audit-bulletin' && l.msg === 'job scheduled')).toBe(true);
    // However many runs, the county hears one audit checkpoint a day.
    const checkpoints = wecom.received('county-key').filter((m) => /checkpoint|审计/i.test(m.content));
    expect(checkpoints).toHaveLength(1);
  });
});
