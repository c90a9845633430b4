import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { z } from 'zod';
import { STAFF_ROLES, type Principal } from './principal';

/**
 * Opaque bearer tokens. Redis keeps only a hash of each token, so a leaked Redis dump
 * cannot be replayed as sessions.
 */
const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), residentId: z.string() }),
  z.object({
    kind: z.literal('staff'),
    staffId: z.string(),
    username: z.string(),
    role: z.enum(STAFF_ROLES),
    areaId: z.string(),
    mustChangePassword: z.boolean().optional(),
  }),
]);

const tokenKey = (token: string) => `session:${createHash('sha256').update(token).digest('hex')}`;
const ownerKey = (principal: Pick<Principal, 'kind'> & { staffId?: string; residentId?: string }) =>
  `sessions-of:${principal.kind}:${principal.staffId ?? principal.residentId}`;

export async function createSession(redis: Redis, principal: Principal, ttlSeconds: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const key = tokenKey(token);
  await redis
    .multi()
    .set(key, JSON.stringify(principal), 'EX', ttlSeconds)
    .sadd(ownerKey(principal), key)
    .expire(ownerKey(principal), ttlSeconds)
    .exec();
  return token;
}

export async function resolveSession(redis: Redis, token: string): Promise<Principal | null> {
  const raw = await redis.get(tokenKey(token));
  if (!raw) return null;
  const parsed = principalSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export async function endSession(redis: Redis, token: string): Promise<void> {
  await redis.del(tokenKey(token));
}

/** Ends every session of a staff account, e.g. after a password reset or a role change. */
export async function endStaffSessions(redis: Redis, staffId: string): Promise<void> {
  const owner = ownerKey({ kind: 'staff', staffId });
  const keys = await redis.smembers(owner);
  await redis.del(owner, ...keys);
}
