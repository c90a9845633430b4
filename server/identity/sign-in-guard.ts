import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppDeps } from '../http/deps';
import { sourceKey } from '../http/rate-limit';

export interface SignInPolicy {
  /** Failures of one account from one source before delays begin; each further one doubles the delay. */
  freeFailures: number;
  /** Failures from one source (any account) in a day before that source is slowed down too. */
  sourceFreeFailures: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
}

const DAY = 24 * 3600;

/**
 * Slows down whoever keeps failing to sign in, never the account: rate-limiter-flexible's documented pattern
 * for login endpoints — consecutive failures counted per username and source, and per source alone — with a
 * delay that doubles from one second past the free failures. A source that has never signed in to an account
 * cannot make it unusable for anyone else: the right password from elsewhere still works at once. A success
 * clears the count of that username and source. Sources are keyed by a daily HMAC (see http/rate-limit.ts), and
 * known and unknown usernames are counted alike, so the counters say nothing about which accounts exist.
 */
export class SignInGuard {
  private readonly failures: RateLimiterRedis;
  private readonly delays: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly secret: Buffer,
    private readonly policy: SignInPolicy,
  ) {
    // Counts only; nothing is ever refused by this one.
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'signin-failures',
      points: Number.MAX_SAFE_INTEGER,
      duration: DAY,
    });
    this.delays = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'signin-delay',
      points: 1,
      duration: 1,
    });
  }

  private keys(username: string, address: string) {
    return {
      pair: `a:${sourceKey(this.secret, `${address}\n${username.trim().toLowerCase()}`)}`,
      source: `s:${sourceKey(this.secret, address)}`,
    };
  }

  /** Seconds this username and source must still wait before trying again (0: go ahead). */
  async waitSeconds(username: string, address: string): Promise<number> {
    const { pair, source } = this.keys(username, address);
    const held = await Promise.all([this.delays.get(pair), this.delays.get(source)]);
    const ms = Math.max(0, ...held.map((r) => (r && r.consumedPoints > 1 ? r.msBeforeNext : 0)));
    return Math.ceil(ms / 1000);
  }

  /** Counts a failure; past the free ones, holds this username and source (or the source) for a while. */
  async failed(username: string, address: string): Promise<void> {
    const { pair, source } = this.keys(username, address);
    const [byPair, bySource] = await Promise.all([this.count(pair), this.count(source)]);
    await Promise.all([
      this.hold(pair, byPair - this.policy.freeFailures),
      this.hold(source, bySource - this.policy.sourceFreeFailures),
    ]);
  }

  /** A success from this source clears its count for the username (not the source's own). */
  async succeeded(username: string, address: string): Promise<void> {
    await this.failures.delete(this.keys(username, address).pair);
  }

  private async count(key: string): Promise<number> {
    const res: RateLimiterRes = await this.failures.consume(key);
    return res.consumedPoints;
  }

  private async hold(key: string, over: number): Promise<void> {
    if (over <= 0) return;
    const seconds = Math.min(2 ** (over - 1), this.policy.maxDelaySeconds);
    await this.delays.block(key, seconds);
  }
}

const guards = new WeakMap<Redis, SignInGuard>();

/** The guard of a running product (one per Redis connection), with the policy from its configuration. */
export function signInGuardOf(deps: Pick<AppDeps, 'redis' | 'config'>): SignInGuard {
  let guard = guards.get(deps.redis);
  if (!guard) {
    const { config } = deps;
    guard = new SignInGuard(deps.redis, config.RATE_LIMIT_SECRET, {
      freeFailures: config.LOGIN_FREE_FAILURES,
      sourceFreeFailures: config.LOGIN_SOURCE_FREE_FAILURES,
      maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS,
    });
    guards.set(deps.redis, guard);
  }
  return guard;
}
