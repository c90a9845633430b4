import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createArea } from '../server/areas/areas';
import { loadConfig } from '../server/config';
import { loadPacks } from '../server/policy/packs';
import { FieldCrypto } from '../server/privacy/field-crypto';
import { buildDist } from '../server/runtime/build';
import { stopChild } from '../server/runtime/child-process';
import { startEmbeddedStore } from '../server/store/embedded-store';
import { connectStore } from '../server/store/mongo';
import { BENCH_PASSWORD, seedCases, townshipId } from './generate-cases';
import {
  auditSealed,
  DURATION_SECONDS,
  freePorts,
  loadAverage,
  measurePair,
  ROUNDS,
  started,
  WARMUP_SECONDS,
  type Measure,
} from './load';
import { pairs } from './pairs';
import { sealingRate } from './sealing';
import type { BenchContext, Pair } from './pairs/pair';

/**
 * `npm run bench`: every product endpoint beside its ceiling, in one run, on a throwaway embedded store. The
 * product server (server/main.ts, compiled, as production runs it) and the ceiling server
 * (bench/ceiling-server.ts) each run in their own process; autocannon drives one at a time over loopback (a
 * warm-up, then the measured run). Prints req/s, p50, p99, the server's RSS and the ratio product/ceiling, then the
 * audit log's sealing rate, and writes everything to bench/results/latest.json and latest.md.
 */
const ROOT = path.resolve(__dirname, '..');
const DB = 'bench';
/** One township's cases for the inbox pair: what each of 30 townships holds at 100,000 cases. */
const TOWNSHIP_CASES = Number(process.env.BENCH_TOWNSHIP_CASES ?? 3400);

async function json(url: string, init: RequestInit & { token?: string } = {}) {
  const res = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** Areas through the store; a resident and their drafts through the API, as the mini-program makes them. */
async function prepare(productUrl: string, ceilingUrl: string): Promise<BenchContext> {
  await createArea({ id: '150822', name: '磴口县', level: 'county', kind: '县', policyPack: 'dengkou' });
  await createArea({
    id: '150822200',
    name: '沙金套海苏木',
    level: 'township',
    kind: '苏木',
    parentId: '150822',
  });
  await createArea({
    id: '150822201',
    name: '哈腾套海嘎查',
    level: 'village',
    kind: '嘎查',
    parentId: '150822200',
  });
  const { token } = (await json(`${productUrl}/api/v1/auth/dev`, {
    method: 'POST',
    body: JSON.stringify({ openid: 'bench-resident' }),
  })) as { token: string };
  const draft = async () =>
    String(
      (
        await json(`${productUrl}/api/v1/applications`, {
          method: 'POST',
          token,
          body: JSON.stringify({ areaId: '150822201', programs: ['dibao'] }),
        })
      ).id,
    );
  const drafts = [];
  for (let i = 0; i < 200; i += 1) drafts.push({ id: await draft(), revision: 0 });
  const uploadDrafts = [];
  for (let i = 0; i < 100; i += 1) uploadDrafts.push(await draft());
  return {
    productUrl,
    ceilingUrl,
    resident: { token, drafts },
    uploadDrafts,
    township: await township(productUrl),
  };
}

/** A Chaohu township with its cases and their index, seeded as bench:seed does, and its staff signed in. */
async function township(productUrl: string): Promise<BenchContext['township']> {
  const config = loadConfig();
  const packs = loadPacks(config.POLICY_DIR);
  const crypto = new FieldCrypto(config.FIELD_ENCRYPTION_KEYS, Buffer.from(config.BLIND_INDEX_KEY, 'base64'));
  const seeded = await seedCases(
    { packs, crypto },
    { cases: TOWNSHIP_CASES, counties: ['chaohu'], townshipsPerCounty: 1 },
  );
  const { token } = (await json(`${productUrl}/api/v1/auth/staff`, {
    method: 'POST',
    body: JSON.stringify({
      username: `bench.${townshipId(packs.get('chaohu')!, 0)}`,
      password: BENCH_PASSWORD,
    }),
  })) as { token: string };
  const page = (await json(`${productUrl}/api/v1/cases?size=100`, { token })) as {
    items: { id: string }[];
    total: number;
  };
  if (page.total !== seeded.indexed.cases)
    throw new Error(`inbox holds ${page.total} of ${seeded.indexed.cases}`);
  return { token, caseIds: page.items.map((c) => c.id), cases: page.total };
}

/** `BENCH_ONLY=screening,inbox` measures only the pairs whose names contain one of those words. */
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const chosen = (pair: Pair) => !only || only.some((word) => pair.name.includes(word));
if (!pairs.some(chosen))
  throw new Error(
    `BENCH_ONLY=${process.env.BENCH_ONLY} names no pair; the pairs:\n${pairs.map((p) => p.name).join('\n')}`,
  );

/** Whether the pair meets its targets; a p99 the ceiling itself misses on this host is said so. */
const verdict = (pair: Pair, ratio: number, p99: number, ceilingP99: number) => {
  const t = pair.target;
  if (!t) return '';
  const misses = [
    t.minRatio !== undefined && ratio < t.minRatio ? `ratio < ${t.minRatio * 100} %` : '',
    t.maxP99Ms !== undefined && p99 > t.maxP99Ms
      ? `p99 > ${t.maxP99Ms} ms${ceilingP99 > t.maxP99Ms ? ` (as does the ceiling's, ${ceilingP99} ms)` : ''}`
      : '',
  ].filter(Boolean);
  return misses.length ? `misses: ${misses.join(', ')}` : 'meets target';
};

async function main(): Promise<void> {
  // The product as production runs it: compiled (npm run build).
  buildDist();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const store = await startEmbeddedStore({ port: 0, dataDir });
  const [productPort, ceilingPort] = await freePorts(2);
  // One process per server, so its RSS is the server's own. The ceiling runs from source: its few lines of routes
  // are all tsx compiles; the rest is Koa and the driver, JavaScript already.
  // BENCH_PROFILE=<folder>: the product server writes a CPU profile there when it stops (open it in DevTools).
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`]
    : [];
  const product = spawn(process.execPath, [...profile, path.join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(productPort),
      LOG_LEVEL: 'silent',
      MONGODB_URI: store.uri,
      MONGODB_DB: DB,
      DEV_LOGIN: 'true',
      REDIS_KEY_PREFIX: `bench:${process.pid}:`,
      SCREENING_RATE_LIMIT: '100000000',
      DATA_DIR: dataDir,
    },
  });
  const ceiling = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'ceiling-server.ts'), store.uri, DB, String(ceilingPort)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const productUrl = `http://127.0.0.1:${productPort}`;
  const ceilingUrl = `http://127.0.0.1:${ceilingPort}`;
  const rows: Record<string, unknown>[] = [];
  try {
    await Promise.all([started(product, `${productUrl}/readyz`), started(ceiling, `${ceilingUrl}/`)]);
    await connectStore(store.uri, DB);
    const ctx = await prepare(productUrl, ceilingUrl);
    console.log(
      `${ROUNDS} rounds of ${DURATION_SECONDS} s per side after ${WARMUP_SECONDS} s warm-up, loopback, ${os.cpus().length} cores (shared, load ${loadAverage()}), Node ${process.version}\n`,
    );
    for (const pair of pairs.filter(chosen)) {
      const connections = pair.connections ?? 50;
      const loads = await pair.setup(ctx);
      const {
        product: p,
        ceiling: c,
        ratio,
      } = await measurePair(
        { base: productUrl, load: loads.product, pid: product.pid! },
        { base: ceilingUrl, load: loads.ceiling, pid: ceiling.pid! },
        connections,
        () => auditSealed(productUrl),
      );
      const row = {
        pair: pair.name,
        connections,
        load: loadAverage(),
        product: p,
        ceiling: c,
        ratio,
        target: pair.target ?? null,
        verdict: verdict(pair, ratio, p.p99, c.p99),
      };
      rows.push(row);
      console.log(
        `${pair.name} — ${connections} clients\n` +
          `  product  ${p.reqPerSec} req/s  p50 ${p.p50} ms  p99 ${p.p99} ms  RSS ${p.rssMb} MB  (${p.non2xx} non-2xx${p.refused ? `: ${p.refused}` : ''}, ${p.errors} errors)\n` +
          `  ceiling  ${c.reqPerSec} req/s  p50 ${c.p50} ms  p99 ${c.p99} ms  RSS ${c.rssMb} MB\n` +
          `  ratio    ${(ratio * 100).toFixed(0)} %  ${row.verdict}\n`,
      );
    }
    const sealing = await sealingRate(store.uri, `${DB}_sealing`);
    console.log(
      `audit sealing: ${sealing.entries} entries in ${sealing.seconds.toFixed(2)} s = ${sealing.perSecond} entries/s (target ≥ 5,000)`,
    );
    write({
      at: new Date().toISOString(),
      node: process.version,
      cores: os.cpus().length,
      load: loadAverage(),
      seconds: DURATION_SECONDS,
      rounds: ROUNDS,
      rows,
      sealing,
    });
  } finally {
    await mongoose.disconnect().catch(() => undefined);
    await Promise.all([stopChild(product), stopChild(ceiling)]);
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function write(
  results: { rows: Record<string, unknown>[]; sealing: { perSecond: number } } & Record<string, unknown>,
) {
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lines = [
    '| pair | clients | product req/s | p50 | p99 | RSS | ceiling req/s | p50 | p99 | ratio | target | load |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.rows.map((r) => {
      const p = r.product as Measure;
      const c = r.ceiling as Measure;
      return `| ${String(r.pair)} | ${String(r.connections)} | ${p.reqPerSec} | ${p.p50} ms | ${p.p99} ms | ${p.rssMb} MB | ${c.reqPerSec} | ${c.p50} ms | ${c.p99} ms | ${((r.ratio as number) * 100).toFixed(0)} % | ${String(r.verdict)} | ${String(r.load)} |`;
    }),
    '',
    `Audit sealing: ${results.sealing.perSecond} entries/s.`,
  ];
  fs.writeFileSync(path.join(dir, 'latest.md'), `${lines.join('\n')}\n`);
  console.log(`\nresults written to bench/results/latest.json and latest.md`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
