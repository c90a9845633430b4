import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Key-sorted JSON so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What a sealed entry's hash covers: its position, its content and the previous entry's hash. */
export interface Hashed {
  _id: number;
  id: string;
  at: Date;
  actor: { kind: string; id: string; role?: string | null };
  channel: string;
  action: string;
  record: { type: string; id: string };
  areaId?: string | null;
  requestId?: string | null;
  details?: unknown;
  prevHash: string;
}

export function hashEntry(e: Hashed): string {
  const actor = { kind: e.actor.kind, id: e.actor.id, ...(e.actor.role ? { role: e.actor.role } : {}) };
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: e._id,
        id: e.id,
        at: e.at,
        actor,
        channel: e.channel,
        action: e.action,
        record: { type: e.record.type, id: e.record.id },
        areaId: e.areaId ?? null,
        requestId: e.requestId ?? null,
        details: e.details ?? null,
        prevHash: e.prevHash,
      }),
    )
    .digest('hex');
}
