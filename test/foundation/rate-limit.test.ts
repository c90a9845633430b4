import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { createRedis } from '../../server/cache/redis';
import { insuredLimiter, SharedLimiter, type RateLimitRule } from '../../server/http/rate-limit';

/**
 * The shared limiter: counted in memory far from the limit and flushed to Redis together, counted in Redis before
 * each answer near it. Real Redis; each "process" is a limiter of its own on its own connection.
 */
const clients: Redis[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => (c.status === 'ready' ? c.quit() : c.disconnect())));
});

/** A limiter as one API process has it; `redis: 'away'` gives it a client that never reached Redis. */
async function processOn(
  prefix: string,
  redis: 'up' | 'away' = 'up',
  maxWindows?: number,
): Promise<SharedLimiter> {
  const client = createRedis('redis://127.0.0.1:6379', prefix);
  clients.push(client);
  if (redis === 'up') await client.connect();
  const shared = insuredLimiter(client, {
    keyPrefix: `ratelimit:${rule.name}`,
    points: rule.limit,
    duration: rule.windowSeconds,
  });
  return new SharedLimiter(shared, rule, maxWindows);
}

/** Outcomes of `n` requests at once: how many were admitted and how many refused. */
async function burst(limiter: SharedLimiter, key: string, n: number) {
  const outcomes = await Promise.allSettled(Array.from({ length: n }, () => limiter.consume(key)));
  const refused = outcomes.filter((o) => o.status === 'rejected');
  for (const o of refused) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(RateLimiterRes);
  return { admitted: n - refused.length, refused: refused.length };
}

const rule: RateLimitRule = { name: 'test', limit: 20, windowSeconds: 60 };
const counted = (redis: Redis, key: string) => redis.get(`ratelimit:test:${key}`).then(Number);

describe('the shared rate limiter', () => {
  it('refuses exactly what is over the limit in one process, and every request reaches Redis', async () => {
    const prefix = `rl:${randomBytes(4).toString('hex')}:`;
    const limiter = await processOn(prefix);
    expect(await burst(limiter, 'a', 23)).toEqual({ admitted: 20, refused: 3 });
    await limiter.flush();
    expect(await counted(clients.at(-1)!, 'a')).toBe(23);
  });

  it('far from the limit answers before Redis counts, and sends the counts together', async () => {
    const prefix = `rl:${randomBytes(4).toString('hex')}:`;
    const limiter = await processOn(prefix);
    const redis = clients.at(-1)!;
    expect(await burst(limiter, 'b', 4)).toEqual({ admitted: 4, refused: 0 });
    expect(await counted(redis, 'b')).toBe(0);
    await limiter.flush();
    expect(await counted(redis, 'b')).toBe(4);
  });

  it('across two processes, admits at most a quarter more than the limit, then refuses in both', async () => {
    const prefix = `rl:${randomBytes(4).toString('hex')}:`;
    const one = await processOn(prefix);
    const two = await processOn(prefix);
    let admitted = 0;
    for (let i = 0; i < 20; i += 1) {
      for (const p of [one, two]) admitted += (await burst(p, 'c', 1)).admitted;
    }
    expect(admitted).toBeGreaterThanOrEqual(rule.limit);
    expect(admitted).toBeLessThanOrEqual(rule.limit * 1.25);
    await Promise.all([one.flush(), two.flush()]);
    expect(await burst(one, 'c', 1)).toEqual({ admitted: 0, refused: 1 });
    expect(await burst(two, 'c', 1)).toEqual({ admitted: 0, refused: 1 });
  });

  it('counts a client in Redis at once when it holds as many clients in memory as it may', async () => {
    const prefix = `rl:${randomBytes(4).toString('hex')}:`;
    const limiter = await processOn(prefix, 'up', 2);
    const redis = clients.at(-1)!;
    for (const key of ['e1', 'e2', 'e3'])
      expect(await burst(limiter, key, 1)).toEqual({ admitted: 1, refused: 0 });
    expect(await Promise.all(['e1', 'e2', 'e3'].map((k) => counted(redis, k)))).toEqual([0, 0, 1]);
    expect(await burst(limiter, 'e3', 21)).toEqual({ admitted: 19, refused: 2 });
  });

  it('counts in memory while Redis is away, and still refuses over the limit', async () => {
    const limiter = await processOn('rl:away:', 'away');
    expect(await burst(limiter, 'd', 22)).toEqual({ admitted: 20, refused: 2 });
  });
});
