import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createArea } from '../../server/areas/areas';
import { Report } from '../../server/reports/report-model';
import { stopChild } from '../../server/runtime/child-process';
import { startEmbeddedStore } from '../../server/store/embedded-store';
import { freePort, startOwnRedis } from '../support/redis-server';

/**
 * `npm run chaos`: real processes on loopback, bounded. An API process is killed with SIGKILL while 20 clients
 * submit reports, then every one is retried with its Idempotency-Key on a fresh process; a Redis of
 * its own is stopped and started; the store is killed. Prints what it did and the counts, and exits 1 when any
 * count is above zero or a recovery takes longer than RECOVERY_BOUND_SECONDS.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const RECOVERY_BOUND_SECONDS = 10;
const SUBMITS = 20;
const ROUNDS = 10;
const KILL_AFTER = 50;

const counts = { duplicates: 0, halfWritten: 0, stuckKeys: 0, serverErrors: 0, slowRecoveries: 0 };
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const url = `http://127.0.0.1:${port}`;
  if ((await until(url, 30)) === undefined) throw new Error('the API process did not become ready');
  return { child, url };
}

/** Seconds until /readyz answers 200, or undefined past the limit. */
async function until(url: string, limitSeconds: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < limitSeconds * 1000) {
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return (performance.now() - started) / 1000;
    await sleep(100);
  }
  return undefined;
}

const report = (n: number) => ({
  kind: 'fraud',
  areaId: '150822101',
  description: `混沌测试第${n}条：家里开着商铺，还在领低保。`,
  reporter: { anonymous: true },
});

const submit = (url: string, n: number, key: string) =>
  fetch(`${url}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(report(n)),
  });

function recovered(what: string, seconds: number | undefined): void {
  if (seconds === undefined || seconds > RECOVERY_BOUND_SECONDS) counts.slowRecoveries += 1;
  say(`  ${what}: ready again after ${seconds === undefined ? 'more than 30' : seconds.toFixed(1)} s`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaos-'));
  const store = await startEmbeddedStore({ port: 0, dataDir: path.join(dataDir, 'db') });
  const redis = await startOwnRedis();
  await mongoose.connect(store.uri, { dbName: 'chaos', maxPoolSize: 1 });
  await createArea({ id: '150822', name: '磴口县', level: 'county', kind: '县', policyPack: 'dengkou' });
  await createArea({
    id: '150822100',
    name: '巴彦高勒镇',
    level: 'township',
    kind: '镇',
    parentId: '150822',
  });
  await createArea({ id: '150822101', name: '东风村', level: 'village', kind: '村', parentId: '150822100' });
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MONGODB_URI: store.uri,
    MONGODB_DB: 'chaos',
    DATA_DIR: dataDir,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `chaos:${randomBytes(4).toString('hex')}:`,
    REPORT_RATE_LIMIT: '100000',
  };
  let api = await startApi(env);
  try {
    say(`1. kill -9 of the API process during ${SUBMITS} concurrent clients submitting reports`);
    // Twenty clients, each sending its reports one after another; the process is killed once 50 are answered.
    const keys = Array.from(
      { length: SUBMITS * ROUNDS },
      (_, n) => `chaos-${n}-${randomBytes(4).toString('hex')}`,
    );
    let answers = 0;
    let cut = 0;
    let killed: () => void;
    const kill = new Promise<void>((resolve) => (killed = resolve));
    const clients = Array.from({ length: SUBMITS }, async (_, c) => {
      for (let r = 0; r < ROUNDS; r += 1) {
        const n = c * ROUNDS + r;
        const res = await submit(api.url, n, keys[n]!).catch(() => undefined);
        if (!res) cut += 1;
        else if ((answers += 1) === KILL_AFTER) killed();
      }
    });
    await kill;
    api.child.kill('SIGKILL');
    await Promise.all(clients);
    say(
      `  killed after ${KILL_AFTER} answers: ${cut} of ${keys.length} requests cut off or refused a connection`,
    );
    api = await startApi(env);
    say('  retrying every submission with its Idempotency-Key on a fresh process');
    const started = performance.now();
    const receipts = new Map<string, string>();
    await Promise.all(
      keys.map(async (key, n) => {
        const keyStarted = performance.now();
        for (;;) {
          const res = await submit(api.url, n, key);
          if (res.status >= 500) counts.serverErrors += 1;
          if (res.status === 201) {
            receipts.set(key, ((await res.json()) as { receiptCode: string }).receiptCode);
            return;
          }
          // In progress under the lease of the killed process: wait as told, within the bound.
          if (res.status !== 409 || performance.now() - keyStarted > RECOVERY_BOUND_SECONDS * 2000) {
            counts.stuckKeys += 1;
            return;
          }
          await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
        }
      }),
    );
    // Every stored report must be the one its key answers, and every answer must name a stored report.
    const stored = (await Report.find({}, { receiptCode: 1 }).lean()).map((r) => r.receiptCode);
    const answered = new Set(receipts.values());
    counts.duplicates += stored.filter((code) => !answered.has(code)).length;
    counts.halfWritten += [...answered].filter((code) => !stored.includes(code)).length;
    say(
      `  ${receipts.size} answered, ${stored.length} reports stored, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    say('2. Redis stopped, then started again');
    await redis.stop();
    const away = await fetch(`${api.url}/readyz`);
    say(`  /readyz while Redis is away: ${away.status}`);
    await redis.start();
    recovered('Redis', await until(api.url, 30));

    say('3. the store killed with SIGKILL (its owner restarts it)');
    process.kill(store.pid()!, 'SIGKILL');
    await sleep(50);
    recovered('store', await until(api.url, 30));
  } finally {
    await stopChild(api.child);
    await mongoose.disconnect();
    await redis.stop();
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  say(
    `duplicates ${counts.duplicates}, half-written ${counts.halfWritten}, stuck keys ${counts.stuckKeys}, ` +
      `5xx ${counts.serverErrors}, recoveries over ${RECOVERY_BOUND_SECONDS} s ${counts.slowRecoveries}`,
  );
  process.exit(Object.values(counts).some((c) => c > 0) ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
