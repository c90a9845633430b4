import { createHash } from 'node:crypto';
import type Koa from 'koa';
import { actorOf, type Principal } from '../identity/principal';
import { AppError } from './errors';
import type { AppState } from './state';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;
const IN_PROGRESS = 'in-progress';

interface Stored {
  fingerprint: string;
  status: number;
  /** The answer as JSON, sealed: it may hold what must not sit readable in Redis (a report's secret, names). */
  sealed: string;
}

/**
 * Idempotency-Key support for routes that create things. The first request with a key
 * claims it (SET NX); its answer is kept for `ttlSeconds` and replayed to every retry with
 * the same key and the same content (the JSON body, or a multipart form's fields and the
 * sha256 of each file). Different content under the same key is refused, and so
 * is a retry that arrives while the first attempt is still running. A failed attempt
 * releases the key, so the client can retry it. A slot belongs to `owner` (normally the caller;
 * undefined keys it as anonymous). The kept answer is sealed with the field key ring.
 */
export async function idempotent(
  koa: Koa.ParameterizedContext<AppState>,
  ttlSeconds: number,
  content: unknown,
  run: () => Promise<{ status: number; body: unknown }>,
  owner: Principal | undefined,
): Promise<void> {
  const key = koa.get('Idempotency-Key');
  if (!KEY.test(key)) throw new AppError(400, 'idempotency_key_required');
  const { redis, crypto } = koa.deps;
  const actor = actorOf(owner);
  const slot = `idem:${actor.kind}:${actor.id}:${koa.method}:${koa.path}:${key}`;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(content ?? null))
    .digest('base64url');

  const claimed = await redis.set(slot, IN_PROGRESS, 'EX', ttlSeconds, 'NX');
  if (!claimed) {
    const existing = await redis.get(slot);
    if (existing === IN_PROGRESS || existing === null) throw new AppError(409, 'idempotency_in_progress');
    const stored = JSON.parse(existing) as Stored;
    if (stored.fingerprint !== fingerprint) throw new AppError(422, 'idempotency_key_reused');
    koa.set('Idempotent-Replayed', 'true');
    koa.status = stored.status;
    koa.body = JSON.parse(crypto.decrypt(stored.sealed)) as unknown;
    return;
  }
  try {
    const { status, body } = await run();
    const sealed = crypto.encrypt(JSON.stringify(body));
    await redis.set(slot, JSON.stringify({ fingerprint, status, sealed } satisfies Stored), 'EX', ttlSeconds);
    koa.status = status;
    koa.body = body;
  } catch (err) {
    await redis.del(slot);
    throw err;
  }
}
