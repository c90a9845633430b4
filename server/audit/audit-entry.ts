import { z } from 'zod';

/** What an audit entry says. */
export interface AuditEntry {
  at: Date;
  actor: { kind: string; id: string; role?: string };
  channel: string;
  /** read, create, update, stage, login … */
  action: string;
  record: { type: string; id: string };
  areaId: string | null;
  requestId: string | null;
  /** What changed: field names and non-sensitive values only. */
  details: Record<string, unknown> | null;
}

/**
 * An entry is stored as its JSON text from the moment it is made: pending, then sealed, the same string, and that
 * string is what its hash covers. Neither the sealer nor the store ever re-encodes it, so nothing (field order, a
 * date's precision, the store's number types) can change what verification recomputes; and a string is far
 * cheaper for the embedded store to write and read than the same entry as a document.
 */
export function encodeEntry(e: AuditEntry): string {
  return JSON.stringify({
    at: e.at.toISOString(),
    actor: { kind: e.actor.kind, id: e.actor.id, ...(e.actor.role ? { role: e.actor.role } : {}) },
    channel: e.channel,
    action: e.action,
    record: { type: e.record.type, id: e.record.id },
    areaId: e.areaId,
    requestId: e.requestId,
    details: e.details,
  });
}

const entrySchema = z.object({
  at: z.iso.datetime().transform((at) => new Date(at)),
  actor: z.object({ kind: z.string(), id: z.string(), role: z.string().optional() }),
  channel: z.string(),
  action: z.string(),
  record: z.object({ type: z.string(), id: z.string() }),
  areaId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

export function decodeEntry(text: string): AuditEntry {
  return entrySchema.parse(JSON.parse(text));
}

/** How the trail and the pending groups name the records their entries are about, to find a case's trail. */
export const recordKey = (record: { type: string; id: string }) => `${record.type}:${record.id}`;
