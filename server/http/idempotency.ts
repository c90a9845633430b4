import { createHash, randomUUID } from 'node:crypto';
import type Koa from 'koa';
import { actorOf, type Principal } from '../identity/principal';
import { AppError } from './errors';
import type { AppState } from './state';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * How long a running request holds its key without renewing it. The holder renews it every third of that while
 * it runs; if the process dies, the key is free again this long after, and a retry runs the request again.
 */
export const LEASE_MS = 10_000;

interface Running {
  state: 'running';
  fingerprint: string;
  /** Which attempt holds the lease (renewals and releases touch only their own). */
  holder: string;
}

interface Done {
  state?: undefined;
  fingerprint: string;
  status: number;
  /** The answer as JSON, sealed: it may hold what must not sit readable in Redis (a report's secret, names). */
  sealed: string;
}

// Compare-and-set on the holder, so that an attempt whose lease has passed to another touches nothing.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Idempotency-Key support for routes that create things. The first request with a key takes a short lease on
 * it (SET NX PX), renewed while it runs; its answer is kept for `ttlSeconds` and replayed to every retry with
 * the same key and the same content (the JSON body, or a multipart form's fields and the sha256 of each file).
 * Different content under the same key is refused (422), and so is a retry while the first attempt still runs
 * (409 with Retry-After). A failed attempt releases the key, so the client can retry it.
 *
 * A crash can fall between the write reaching the store and the answer being kept. So `run` receives the
 * request key (a hash of the slot, not the client's key): the handler records it with what it creates in the
 * same write, and a retry that runs after the lease has expired finds that record and answers it instead of
 * doing the work twice — and audits it again, as the crash may have come before its entry (audit/README.md).
 * A slot belongs to `owner` (normally the caller; undefined keys it as anonymous).
 */
export async function idempotent(
  koa: Koa.ParameterizedContext<AppState>,
  ttlSeconds: number,
  content: unknown,
  run: (requestKey: string) => Promise<{ status: number; body: unknown }>,
  owner: Principal | undefined,
): Promise<void> {
  const key = koa.get('Idempotency-Key');
  if (!KEY.test(key)) throw new AppError(400, 'idempotency_key_required');
  const { redis, crypto } = koa.deps;
  const actor = actorOf(owner);
  const slot = `idem:${actor.kind}:${actor.id}:${koa.method}:${koa.path}:${key}`;
  const requestKey = createHash('sha256').update(slot).digest('base64url').slice(0, 32);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(content ?? null))
    .digest('base64url');

  const lease = JSON.stringify({ state: 'running', fingerprint, holder: randomUUID() } satisfies Running);
  const claimed = await redis.set(slot, lease, 'PX', LEASE_MS, 'NX');
  if (!claimed) {
    const [existing, ttl] = await Promise.all([redis.get(slot), redis.pttl(slot)]);
    // The lease ran out between the two calls: the client simply tries again.
    if (existing === null) throw inProgress(koa, 1);
    const stored = JSON.parse(existing) as Running | Done;
    if (stored.fingerprint !== fingerprint) throw new AppError(422, 'idempotency_key_reused');
    if (stored.state === 'running') throw inProgress(koa, Math.ceil(Math.max(ttl, 0) / 1000) || 1);
    koa.set('Idempotent-Replayed', 'true');
    koa.status = stored.status;
    koa.body = JSON.parse(crypto.decrypt(stored.sealed)) as unknown;
    return;
  }
  const renewal = setInterval(() => {
    redis.eval(RENEW, 1, slot, lease, String(LEASE_MS)).catch(() => undefined);
  }, LEASE_MS / 3);
  renewal.unref();
  try {
    const { status, body } = await run(requestKey);
    const sealed = crypto.encrypt(JSON.stringify(body));
    await redis.set(slot, JSON.stringify({ fingerprint, status, sealed } satisfies Done), 'EX', ttlSeconds);
    koa.status = status;
    koa.body = body;
  } catch (err) {
    await redis.eval(RELEASE, 1, slot, lease).catch(() => undefined);
    throw err;
  } finally {
    clearInterval(renewal);
  }
}

function inProgress(koa: Koa.ParameterizedContext<AppState>, seconds: number): AppError {
  koa.set('Retry-After', String(seconds));
  return new AppError(409, 'idempotency_in_progress', { seconds });
}
