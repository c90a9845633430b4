import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

// Compare-and-act: a lock is only released or extended by the run that holds it (its token), never by a run
// that took it over after it expired.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface HeldLock {
  /** False once the lock was lost (expired and taken by another run). */
  held(): boolean;
  release(): Promise<void>;
}

/**
 * Takes a Redis lock for `ttlMs`, renewed at a third of its time until released; null when another holder has
 * it. Redis's SET NX is atomic across every instance, whatever the store.
 */
export async function takeLock(redis: Redis, key: string, ttlMs: number): Promise<HeldLock | null> {
  const token = randomUUID();
  const taken = await redis.set(key, token, 'PX', ttlMs, 'NX');
  if (taken !== 'OK') return null;
  let held = true;
  const timer = setInterval(() => {
    redis.eval(EXTEND, 1, key, token, String(ttlMs)).then(
      (extended) => {
        if (extended !== 1) held = false;
      },
      () => undefined,
    );
  }, ttlMs / 3);
  timer.unref();
  return {
    held: () => held,
    release: async () => {
      clearInterval(timer);
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}
