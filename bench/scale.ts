import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Application } from '../server/applications/application-model';
import { deadlineSweepJob } from '../server/applications/deadline-sweep';
import { loadConfig, loadDotEnv } from '../server/config';
import { boot } from '../server/runtime/boot';
import { stopChild } from '../server/runtime/child-process';
import { startEmbeddedStore, type EmbeddedStore } from '../server/store/embedded-store';
import { BENCH_PASSWORD, COUNTIES, townshipId } from './generate-cases';
import {
  DURATION_SECONDS,
  freePorts,
  loadAverage,
  measurePair,
  ROUNDS,
  started,
  WARMUP_SECONDS,
  type Measure,
} from './load';

/**
 * At scale, on the store `npm run bench:seed` filled (same DATA_DIR / MONGODB_URI): the daily deadline sweep, timed
 * in this process as the job runs it; then one township's inbox page (GET /api/v1/cases?size=50, every page in turn)
 * with 20 concurrent staff against the product's HTTP app (bench/serve-api.ts, its own process), beside its
 * ceiling, a bare findOne by id on the same store (bench/ceiling-server.ts). Results go to bench/results/scale.json
 * and scale.md.
 *
 *   npm run bench:seed -- --cases 100000 && npm run bench:scale
 */
const ROOT = path.resolve(__dirname, '..');
const CONNECTIONS = 20;

async function main(): Promise<void> {
  loadDotEnv();
  const base = loadConfig();
  // One store for this process and both servers: MONGODB_URI, or the embedded one of DATA_DIR.
  let store: EmbeddedStore | null = null;
  let uri = base.MONGODB_URI;
  if (!uri) {
    store = await startEmbeddedStore({ port: 0, dataDir: path.join(base.dataDir, 'db') });
    uri = store.uri;
  }
  const env = { ...process.env, MONGODB_URI: uri, DEV_LOGIN: 'false', LOG_LEVEL: 'silent' };
  const runtime = await boot(loadConfig(env), { quiet: true });
  const children: ReturnType<typeof spawn>[] = [];
  try {
    const { deps } = runtime;
    const cases = await Application.estimatedDocumentCount();
    console.log(
      `${cases} applications in the store; ${os.cpus().length} cores (shared), load ${loadAverage()}`,
    );

    const t0 = Date.now();
    const outcome = await deps.jobs.run(deadlineSweepJob);
    const sweepSeconds = (Date.now() - t0) / 1000;
    const sweep = outcome.status === 'done' ? outcome.counts : { busy: 1 };
    console.log(
      `deadline sweep: ${sweepSeconds.toFixed(2)} s (target ≤ 10 s) — ${JSON.stringify(sweep)}, load ${loadAverage()}`,
    );

    const [productPort, ceilingPort] = await freePorts(2);
    const product = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'serve-api.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, PORT: String(productPort) },
    });
    const ceiling = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, 'ceiling-server.ts'),
        uri,
        base.MONGODB_DB,
        String(ceilingPort),
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    children.push(product, ceiling);
    const productUrl = `http://127.0.0.1:${productPort}`;
    const ceilingUrl = `http://127.0.0.1:${ceilingPort}`;
    await Promise.all([started(product, `${productUrl}/readyz`), started(ceiling, `${ceilingUrl}/`)]);

    const township = townshipId(deps.packs.get(COUNTIES[0])!, 0);
    const signIn = await fetch(`${productUrl}/api/v1/auth/staff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `bench.${township}`, password: BENCH_PASSWORD }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const t1 = Date.now();
    const first = (await (await fetch(`${productUrl}/api/v1/cases?size=50`, { headers })).json()) as {
      items: { id: string }[];
      total: number;
    };
    const firstMs = Date.now() - t1;
    console.log(
      `first inbox page of township ${township}: ${firstMs} ms (its ${first.total} rows read once)`,
    );

    const pages = Math.ceil(first.total / 50);
    let page = 0;
    const ids = first.items.map((c) => c.id);
    let next = 0;
    const {
      product: p,
      ceiling: c,
      ratio,
    } = await measurePair(
      {
        base: productUrl,
        load: {
          method: 'GET',
          path: '/',
          headers,
          setupRequest: (req) => ({ ...req, path: `/api/v1/cases?size=50&page=${(page++ % pages) + 1}` }),
        },
        pid: product.pid!,
      },
      {
        base: ceilingUrl,
        load: {
          method: 'GET',
          path: '/',
          setupRequest: (req) => ({ ...req, path: `/ceiling/find/${ids[next++ % ids.length]}` }),
        },
        pid: ceiling.pid!,
      },
      CONNECTIONS,
    );
    const load = loadAverage();
    console.log(
      `inbox, ${CONNECTIONS} concurrent staff, ${ROUNDS} rounds of ${DURATION_SECONDS} s per side after ${WARMUP_SECONDS} s warm-up (load ${load})\n` +
        `  product  ${p.reqPerSec} req/s  p50 ${p.p50} ms  p99 ${p.p99} ms  RSS ${p.rssMb} MB  (${p.non2xx} non-2xx${p.refused ? `: ${p.refused}` : ''}, ${p.errors} errors)  target p99 ≤ 50 ms\n` +
        `  ceiling  ${c.reqPerSec} req/s  p50 ${c.p50} ms  p99 ${c.p99} ms  RSS ${c.rssMb} MB\n` +
        `  ratio    ${(ratio * 100).toFixed(0)} %`,
    );
    write({
      at: new Date().toISOString(),
      node: process.version,
      cores: os.cpus().length,
      cases,
      sweep: { seconds: sweepSeconds, counts: sweep },
      inbox: {
        township,
        rows: first.total,
        firstMs,
        connections: CONNECTIONS,
        product: p,
        ceiling: c,
        ratio,
      },
      load,
    });
  } finally {
    await Promise.all(children.map((child) => stopChild(child)));
    await runtime.shutdown();
    await store?.stop();
  }
}

interface ScaleResults {
  at: string;
  node: string;
  cores: number;
  cases: number;
  sweep: { seconds: number; counts: Record<string, number> };
  inbox: {
    township: string;
    rows: number;
    firstMs: number;
    connections: number;
    product: Measure;
    ceiling: Measure;
    ratio: number;
  };
  load: string;
}

function write(results: ScaleResults) {
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'scale.json'), `${JSON.stringify(results, null, 2)}\n`);
  const { sweep, inbox } = results;
  const lines = [
    `At ${results.cases} cases (load ${results.load}):`,
    '',
    '| measure | result | target |',
    '|---|---|---|',
    `| deadline sweep | ${sweep.seconds.toFixed(2)} s | ≤ 10 s |`,
    `| first inbox page (township of ${inbox.rows} cases, rows read once) | ${inbox.firstMs} ms | — |`,
    `| inbox page, 20 concurrent: req/s, p50, p99, RSS | ${inbox.product.reqPerSec}, ${inbox.product.p50} ms, ${inbox.product.p99} ms, ${inbox.product.rssMb} MB | p99 ≤ 50 ms |`,
    `| its ceiling (findOne by id), 20 concurrent | ${inbox.ceiling.reqPerSec}, ${inbox.ceiling.p50} ms, ${inbox.ceiling.p99} ms | — |`,
    `| ratio | ${(inbox.ratio * 100).toFixed(0)} % | — |`,
  ];
  fs.writeFileSync(path.join(dir, 'scale.md'), `${lines.join('\n')}\n`);
  console.log('\nresults written to bench/results/scale.json and scale.md');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
