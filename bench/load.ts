import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { Load } from './pairs/pair';

/** What the benchmarks share: ports, waiting for a server, its RSS, and one measured load. */

export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

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

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** The 1-, 5- and 15-minute load averages, to print beside figures from a shared machine. */
export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A warm-up, then the measured run, of `load` against `base` with `connections` clients; RSS of `pid` after. */
export async function measure(base: string, load: Load, connections: number, pid: number): Promise<Measure> {
  const run = (duration: number) =>
    autocannon({
      url: base,
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
  await run(WARMUP_SECONDS);
  const r = await run(DURATION_SECONDS);
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    rssMb: rssMb(pid),
    non2xx: r.non2xx,
    refused: Object.entries(r.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count = 0 }]) => `${code} ×${count}`)
      .join(', '),
    errors: r.errors,
  };
}
