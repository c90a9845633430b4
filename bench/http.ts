import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { stopChild } from '../server/runtime/child-process';
import { startEmbeddedStore } from '../server/store/embedded-store';
import { households } from './households';

/**
 * Latency of POST /api/v1/screenings through a real socket: the server process on a throwaway
 * embedded store, 50 concurrent clients for 10 seconds, on loopback only.
 */
const ROOT = path.resolve(__dirname, '..');
const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 3;
const PLACES = ['chaohu', 'huaiyang', 'yichun', 'dengkou', 'jiamusi'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitUntilReady(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not become ready at ${url}`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const store = await startEmbeddedStore({ port: 0, dataDir });
  const port = await freePort();
  // The server runs as the product does, in its own process, so the load generator does not share its CPU.
  const server = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      MONGODB_URI: store.uri,
      REDIS_KEY_PREFIX: `bench:${process.pid}:`,
      SCREENING_RATE_LIMIT: '100000000',
      DATA_DIR: dataDir,
    },
  });
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`);
    const bodies = [...households(500)].map((household, i) =>
      JSON.stringify({ jurisdiction: PLACES[i % PLACES.length], household, asOf: '2026-03-01' }),
    );
    let next = 0;
    const load = (duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}/api/v1/screenings`,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
            setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          },
        ],
      });
    await load(WARMUP_SECONDS); // let the JIT settle: a long-running server is measured, not its first second
    const result = await load(DURATION_SECONDS);
    const { latency, requests, non2xx, errors } = result;
    console.log(
      `POST /api/v1/screenings, ${CONNECTIONS} concurrent clients, ${DURATION_SECONDS} s: ` +
        `${Math.round(requests.average)} req/s, latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, ` +
        `p99 ${latency.p99} ms, max ${latency.max} ms; ${non2xx} non-2xx, ${errors} errors`,
    );
  } finally {
    await stopChild(server);
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
