import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { stopChild } from '../../server/runtime/child-process';
import { freePort } from '../support/redis-server';

const ROOT = path.resolve(__dirname, '..', '..');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seconds until /readyz answers 200, or undefined past the limit. */
export async function readyAfter(url: string, limitSeconds: number): Promise<number | undefined> {
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

/**
 * One API process on a free loopback port, started again after a kill: the compiled server, as production runs it
 * (`npm run build` first; chaos.ts builds).
 */
export class ApiProcess {
  private child: ChildProcess | undefined;
  url = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    this.url = `http://127.0.0.1:${port}`;
    if ((await readyAfter(this.url, 30)) === undefined)
      throw new Error('the API process did not become ready');
  }

  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
  }
}
