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

const limiters = new WeakMap<Redis, Map<string, RateLimiterRedis>>();

function limiterFor(redis: Redis, rule: RateLimitRule): RateLimiterRedis {
  let byName = limiters.get(redis);
  if (!byName) limiters.set(redis, (byName = new Map()));
  let limiter = byName.get(rule.name);
  if (!limiter) {
    limiter = insuredLimiter(redis, {
      keyPrefix: `ratelimit:${rule.name}`,
      points: rule.limit,
      duration: rule.windowSeconds,
    });
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
  const signature = Buffer.from(koa.get('X-Bot-Signature'));
  if (!secret || !BOT_CHAT.test(chat)) return koa.ip;
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
