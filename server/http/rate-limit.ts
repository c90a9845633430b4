import { createHash } from 'node:crypto';
import type Koa from 'koa';
import { AppError } from './errors';
import type { AppState } from './state';

export interface RateLimitRule {
  /** Counter name, e.g. "screening". */
  name: string;
  /** Requests allowed per window for one client address. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counter in Redis per client address; the window opens at the client's first request
 * (EXPIRE … NX) so there is no shared boundary to burst across. 429 with Retry-After.
 */
export async function rateLimit(koa: Koa.ParameterizedContext<AppState>, rule: RateLimitRule): Promise<void> {
  const { redis } = koa.deps;
  const window = Math.floor(Date.now() / 1000 / rule.windowSeconds);
  // Only a hash of the address is kept, and only for the window.
  const client = createHash('sha256').update(koa.ip).digest('base64url').slice(0, 16);
  const key = `ratelimit:${rule.name}:${client}:${window}`;
  const [[, count] = [null, 0]] =
    (await redis.multi().incr(key).expire(key, rule.windowSeconds).exec()) ?? [];
  if (Number(count) > rule.limit) {
    koa.set('Retry-After', String(rule.windowSeconds));
    throw new AppError(429, 'rate_limited');
  }
}
