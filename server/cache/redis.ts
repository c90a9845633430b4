import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Redis from 'ioredis';
import { stopChild } from '../runtime/child-process';

/**
 * Redis holds what is short-lived: sessions, rate-limit counters, idempotency keys, locks.
 */
export function createRedis(url: string, keyPrefix: string): Redis {
  return new Redis(url, { keyPrefix, lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
}

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export interface RedisProcess {
  stop(): Promise<void>;
}

/**
 * Makes sure Redis answers at `url`. If nothing answers on a loopback address and
 * redis-server is installed, starts one there (data under dataDir); otherwise fails clearly.
 */
export async function ensureRedis(url: string, dataDir: string): Promise<RedisProcess | null> {
  if (await answers(url)) return null;
  const { hostname, port } = new URL(url);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  const installed = spawnSync('redis-server', ['--version']).status === 0;
  if (!loopback || !installed) {
    throw new Error(
      `Redis does not answer at ${url}` +
        (loopback ? ' and redis-server is not installed (apt-get install redis-server).' : '.'),
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', port || '6379', '--dir', dataDir, '--save', '60 1'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i += 1) {
    if (await answers(url)) {
      return { stop: () => stopChild(child) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Started redis-server on port ${port || 6379} but it does not answer.`);
}
