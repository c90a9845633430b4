import http from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { deadlineSweepJob } from '../server/applications/deadline-sweep';
import { createApp } from '../server/app';
import { loadConfig, loadDotEnv } from '../server/config';
import { boot } from '../server/runtime/boot';
import { BENCH_PASSWORD, COUNTIES, townshipId } from './generate-cases';

/**
 * At scale, on the store `npm run bench:seed` filled (same DATA_DIR / MONGODB_URI): the daily deadline sweep, timed,
 * then a township's inbox page (GET /api/v1/cases?size=50) with 20 concurrent staff for BENCH_SECONDS.
 *
 *   npm run bench:seed -- --cases 100000 && npm run bench:scale
 */
async function main(): Promise<void> {
  loadDotEnv();
  const runtime = await boot(loadConfig({ ...process.env, DEV_LOGIN: 'false' }), { quiet: true });
  try {
    const { deps } = runtime;
    const t0 = Date.now();
    const sweep = await deps.jobs.run(deadlineSweepJob);
    console.log(`deadline sweep: ${JSON.stringify(sweep)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const { app } = createApp(deps);
    const server = app.listen(0, '127.0.0.1');
    server.requestTimeout = 0;
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const username = `bench.${townshipId(deps.packs.get(COUNTIES[0])!, 0)}`;
    const signIn = await fetch(`${base}/api/v1/auth/staff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: BENCH_PASSWORD }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const t1 = Date.now();
    // node:http sets no time limit of its own: on a store that scans, one page can take minutes.
    const first = await new Promise<{ total: number }>((resolve, reject) => {
      http
        .get(`${base}/api/v1/cases?size=50`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(JSON.parse(body) as { total: number }));
        })
        .on('error', reject);
    });
    console.log(
      `one inbox page alone: ${Date.now() - t1} ms (township ${username.slice(6)}, ${first.total} cases)`,
    );
    const seconds = Number(process.env.BENCH_SECONDS ?? 10);
    const r = await autocannon({
      url: `${base}/api/v1/cases?size=50`,
      connections: 20,
      duration: seconds,
      timeout: 600,
      headers: { authorization: `Bearer ${token}` },
    });
    console.log(
      `inbox, 20 concurrent staff, ${seconds} s: ${r.requests.total} answers, ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.timeouts} timeouts (target p99 ≤ 50 ms)`,
    );
    server.close();
  } finally {
    await runtime.shutdown();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
