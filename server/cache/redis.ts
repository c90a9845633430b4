import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Redis from 'ioredis';
import { stopChild } from '../runtime/child-process';

/** A command that Redis has not answered in this time fails (a hung server must not hold a request). */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 1000;
/** While Redis is away, how often to try again: soon at first, then at most once a second. */
const reconnectDelay = (attempt: number) => Math.min(100 * attempt, 1000);

/**
 * Redis holds what is short-lived: sessions, rate-limit counters, idempotency keys, locks.
 *
 * While it is away nothing waits for it: there is no offline queue and no retry of a command, so a request
 * that needs it fails at once (answered 503, see http/unavailable.ts) and one that does not is served. The
 * client reconnects by itself; `onState` hears each change between up and down once (logged by the caller),
 * instead of an error trace per command.
 */
export function createRedis(
  url: string,
  keyPrefix: string,
  onState?: (up: boolean, err?: Error) => void,
): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectDelay,
    // The commands of requests arriving together go out in one write: a write per command was a sixth of a
    // screening's time. Nothing here blocks the connection (no BLPOP, no SUBSCRIBE).
    enableAutoPipelining: true,
  });
  let up: boolean | undefined;
  const change = (now: boolean, err?: Error) => {
    if (up === now) return;
    const first = up === undefined;
    up = now;
    if (!first || !now) onState?.(now, err);
  };
  redis.on('ready', () => change(true));
  // Without an 'error' listener ioredis prints every failed reconnect as an unhandled error.
  redis.on('error', (err: Error) => change(false, err));
  // Fires only for a lost connection, not for quit().
  redis.on('reconnecting', () => change(false));
  return redis;
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
