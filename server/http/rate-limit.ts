import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import type Redis from 'ioredis';
import type Koa from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { chinaToday } from '../calendar/china-date';
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
 * What a counter is keyed by instead of the client's address: an HMAC of the address under a key derived from
 * RATE_LIMIT_SECRET and today's date (China time). The derived key lives only in the processes' memory and
 * changes every day, so a copy of Redis reveals no address, nor links one day's keys to the next.
 */
export function sourceKey(secret: Buffer, address: string, now = new Date()): string {
  const today = dayOf(secret, chinaToday(now));
  let key = today.sources.get(address);
  if (key === undefined) {
    key = createHmac('sha256', today.key).update(address).digest('base64url').slice(0, 22);
    if (today.sources.size >= KNOWN_SOURCES) today.sources.clear();
    today.sources.set(address, key);
  }
  return key;
}

/**
 * The day's key, derived once a day rather than on every request (it was a fifth of a screening's time), and the
 * keys of the addresses seen that day, each hashed once: a client's requests come in runs.
 */
const days = new WeakMap<Buffer, { day: string; key: KeyObject; sources: Map<string, string> }>();
const KNOWN_SOURCES = 10_000;
function dayOf(secret: Buffer, day: string) {
  const known = days.get(secret);
  if (known?.day === day) return known;
  const key = createSecretKey(createHmac('sha256', secret).update(`rate-limit:${day}`).digest());
  const today = { day, key, sources: new Map<string, string>() };
  days.set(secret, today);
  return today;
}

/**
 * A limiter in Redis (rate-limiter-flexible), shared by every API process, with an in-memory "insurance"
 * limiter of the same size that takes over at once while Redis is away: what needs nothing else from Redis
 * (the policy pages, a screening) is still served, each process counting for itself.
 */
export function insuredLimiter(
  redis: Redis,
  opts: { keyPrefix: string; points: number; duration: number },
): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(opts),
    ...opts,
  });
}

/** How often the counts made in memory go to Redis. */
const FLUSH_MS = 100;
/** A key is counted in memory while under this share of its budget, and in Redis before each answer above it. */
const BATCHED_SHARE = 1 / 4;
/**
 * Clients counted in memory at most, per limit: beyond, a new client is counted in Redis at once, so that many
 * addresses at once (a report's window is an hour) cannot grow the process's memory without bound.
 */
const MAX_WINDOWS = 100_000;

interface Window {
  /** The window's total as Redis last answered it (every process's counts). */
  known: number;
  /** Sent to Redis, not answered yet. */
  sending: number;
  /** Counted here, not sent yet. */
  pending: number;
  /** When the window ends, as Redis last said (or one window from the first count). */
  endsAt: number;
}

/**
 * A limit shared by the API processes through Redis, without a Redis round trip in most answers. Far from its
 * limit, a client's request is counted in memory and answered at once; every FLUSH_MS the counts go to Redis
 * together (ioredis pipelines them), and Redis answers each window's total across processes. From a quarter of its
 * budget on, the key is counted in Redis before each answer, with what is pending, so the refusal comes at the
 * limit exactly in one process. Several processes may together admit up to a quarter of the budget more per other
 * process in a burst, before their counts meet in Redis. Most clients stay below a quarter (a resident screens a
 * few times), so their requests wait for nothing: a Redis round trip per request was a seventh of a screening.
 */
export class SharedLimiter {
  private readonly windows = new Map<string, Window>();
  private flushing: NodeJS.Timeout | null = null;
  private readonly batchedBelow: number;

  constructor(
    private readonly redisLimiter: RateLimiterRedis,
    private readonly rule: RateLimitRule,
    private readonly maxWindows = MAX_WINDOWS,
  ) {
    this.batchedBelow = rule.limit * BATCHED_SHARE;
  }

  /** Counts one request for the key; rejects with RateLimiterRes when it is over the limit. */
  async consume(key: string): Promise<void> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w && this.windows.size >= this.maxWindows) {
      await this.redisLimiter.consume(key);
      return;
    }
    if (!w || (now >= w.endsAt && w.sending === 0 && w.pending === 0)) {
      w = { known: 0, sending: 0, pending: 0, endsAt: now + this.rule.windowSeconds * 1000 };
      this.windows.set(key, w);
    }
    // Also after a count sent at once: the flush forgets the windows that have ended.
    this.flushing ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
    if (w.known + w.sending + w.pending + 1 <= this.batchedBelow) {
      w.pending += 1;
      return;
    }
    await this.send(key, w, 1);
  }

  /** Sends every pending count. */
  flush(): Promise<unknown> {
    this.flushing = null;
    const now = Date.now();
    const sends: Promise<void>[] = [];
    for (const [key, w] of this.windows) {
      if (w.pending > 0) sends.push(this.send(key, w, 0).catch(() => undefined));
      else if (w.sending === 0 && now >= w.endsAt) this.windows.delete(key);
    }
    return Promise.all(sends);
  }

  /** Sends what is pending for the key, with the request being answered (`current` 1) or without it (0). */
  private async send(key: string, w: Window, current: 0 | 1): Promise<void> {
    const points = w.pending + current;
    w.pending = 0;
    w.sending += points;
    const learn = (res: RateLimiterRes) => {
      w.known = res.consumedPoints;
      w.endsAt = Date.now() + res.msBeforeNext;
    };
    try {
      learn(await this.redisLimiter.consume(key, points));
    } catch (err) {
      if (err instanceof RateLimiterRes) learn(err);
      // Not counted: the requests already answered go again with the next flush; this one fails.
      else w.pending += points - current;
      throw err;
    } finally {
      w.sending -= points;
    }
  }
}

const limiters = new WeakMap<Redis, Map<string, SharedLimiter>>();

function limiterFor(redis: Redis, rule: RateLimitRule): SharedLimiter {
  let byName = limiters.get(redis);
  if (!byName) limiters.set(redis, (byName = new Map()));
  let limiter = byName.get(rule.name);
  if (!limiter) {
    const shared = insuredLimiter(redis, {
      keyPrefix: `ratelimit:${rule.name}`,
      points: rule.limit,
      duration: rule.windowSeconds,
    });
    limiter = new SharedLimiter(shared, rule);
    byName.set(rule.name, limiter);
  }
  return limiter;
}

/** The 429 a limiter's refusal becomes, with Retry-After in whole seconds. */
export function tooMany(
  koa: Koa.ParameterizedContext<AppState>,
  refusal: RateLimiterRes,
  code = 'rate_limited',
) {
  const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  koa.set('Retry-After', String(seconds));
  return new AppError(429, code, { seconds });
}

const BOT_CHAT = /^[A-Za-z0-9_-]{16,64}$/;

/** The signature the chat bot puts beside a chat's key: HMAC-SHA256 under BOT_PUSH_SECRET, hex. */
export function botChatSignature(secret: string, chat: string): string {
  return createHmac('sha256', secret).update(`bot-chat:${chat}`).digest('hex');
}

/**
 * Who a request counts against: its address; or, for the chat bot, which speaks for many residents from one
 * address, the chat it asks for (X-Bot-Chat, a hash the bot makes of the chat id), when signed with the secret
 * the bot and the server share (X-Bot-Signature). Each chat then has the budget one client has.
 */
export function rateSubject(koa: Koa.ParameterizedContext<AppState>): string {
  const secret = koa.deps.config.BOT_PUSH_SECRET;
  const chat = koa.get('X-Bot-Chat');
  if (!secret || !BOT_CHAT.test(chat)) return koa.ip;
  const signature = Buffer.from(koa.get('X-Bot-Signature'));
  const expected = Buffer.from(botChatSignature(secret, chat));
  return signature.length === expected.length && timingSafeEqual(signature, expected)
    ? `bot:${chat}`
    : koa.ip;
}

/** Counts the request against the client's budget for the rule; over it, 429 with Retry-After. */
export async function rateLimit(koa: Koa.ParameterizedContext<AppState>, rule: RateLimitRule): Promise<void> {
  const { redis, config } = koa.deps;
  try {
    await limiterFor(redis, rule).consume(sourceKey(config.RATE_LIMIT_SECRET, rateSubject(koa)));
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooMany(koa, err);
    throw err;
  }
}
