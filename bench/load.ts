import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { Load } from './pairs/pair';

/** What the benchmarks share: ports, waiting for a server, its RSS, and one measured load. */

export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Each run of a side; a pair takes ROUNDS runs of each. */
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export interface Measure {
  reqPerSec: number;
  p50: number;
  p99: number;
  rssMb: number;
  non2xx: number;
  /** The non-2xx answers by status, e.g. `409 ×12`. */
  refused: string;
  errors: number;
}

/** `n` distinct free ports: all held open while they are picked, so two servers never get the same one. */
export async function freePorts(n: number): Promise<number[]> {
  const probes = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const probe = net.createServer().listen(0, '127.0.0.1', () => resolve(probe));
          probe.on('error', reject);
        }),
    ),
  );
  const ports = probes.map((probe) => (probe.address() as AddressInfo).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

/** Resolves once `url` answers below 500; rejects if the server exits first. */
export function started(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      fetch(url).then(
        (r) => {
          if (r.status < 500) {
            clearInterval(timer);
            resolve();
          }
        },
        () => undefined,
      );
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`a server exited (${code}) before answering ${url}`));
    });
  });
}

/**
 * Resolves once the product has sealed every audit entry the previous measure left (`/readyz` reports no lag), so
 * that a measure does not pay for the one before it: the sealer runs in the same process.
 */
export async function auditSealed(productUrl: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ready = (await (await fetch(`${productUrl}/readyz`)).json()) as {
      details?: { audit?: { lagSeconds: number } };
    };
    if (ready.details?.audit?.lagSeconds === 0) return;
    if (Date.now() > until) throw new Error(`the audit log was still sealing after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** The 1-, 5- and 15-minute load averages, to print beside figures from a shared machine. */
export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** One side of a pair: a server, the load that drives it, its process (for RSS). */
export interface Side {
  base: string;
  load: Load;
  pid: number;
}

function run(side: Side, connections: number, duration: number) {
  const { load } = side;
  return autocannon({
    url: side.base,
    connections,
    duration,
    // A page that takes minutes on a store that scans is measured, not cut off.
    timeout: 10,
    // autocannon calls whatever hooks are present, so absent ones are left out rather than undefined.
    requests: [
      Object.fromEntries(
        Object.entries({
          method: load.method,
          path: load.path,
          headers: load.headers,
          body: load.body,
          setupRequest: load.setupRequest,
          onResponse: load.onResponse,
        }).filter(([, v]) => v !== undefined),
      ) as never,
    ],
  });
}

type Run = Awaited<ReturnType<typeof run>>;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summary(runs: Run[], pid: number): Measure {
  const statuses = new Map<string, number>();
  for (const r of runs)
    for (const [code, { count = 0 }] of Object.entries(r.statusCodeStats ?? {}))
      if (!code.startsWith('2')) statuses.set(code, (statuses.get(code) ?? 0) + count);
  return {
    reqPerSec: Math.round(runs.reduce((n, r) => n + r.requests.total, 0) / (runs.length * DURATION_SECONDS)),
    p50: median(runs.map((r) => r.latency.p50)),
    p99: median(runs.map((r) => r.latency.p99)),
    rssMb: rssMb(pid),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    refused: [...statuses].map(([code, count]) => `${code} ×${count}`).join(', '),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

/**
 * A pair measured in turns: a warm-up of each side, then ROUNDS rounds of the product then the ceiling, so that both
 * see the machine as it is at that moment (its speed moves on a shared host). Before each run the product has sealed
 * what the previous one left (`settle`). Req/s over all rounds; p50 and p99 the median of the rounds'; the ratio the
 * median of the rounds' ratios.
 */
export async function measurePair(
  product: Side,
  ceiling: Side,
  connections: number,
  settle: () => Promise<void> = async () => undefined,
): Promise<{ product: Measure; ceiling: Measure; ratio: number }> {
  await run(product, connections, WARMUP_SECONDS);
  await run(ceiling, connections, WARMUP_SECONDS);
  const runs: { product: Run; ceiling: Run }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await settle();
    const p = await run(product, connections, DURATION_SECONDS);
    await settle();
    runs.push({ product: p, ceiling: await run(ceiling, connections, DURATION_SECONDS) });
  }
  return {
    product: summary(
      runs.map((r) => r.product),
      product.pid,
    ),
    ceiling: summary(
      runs.map((r) => r.ceiling),
      ceiling.pid,
    ),
    ratio: median(runs.map((r) => r.product.requests.total / r.ceiling.requests.total)),
  };
}
