import { createHash } from 'node:crypto';
import type { Channel } from '../http/state';
import { AuditEntry, type AuditDoc } from './audit-model';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  actor: { kind: string; id: string; role?: string };
  channel: Channel;
  /** read, create, update, login, … */
  action: string;
  record: { type: string; id: string };
  areaId?: string | null;
  requestId?: string | null;
  /** What changed: field names and non-sensitive values only. */
  details?: Record<string, unknown> | null;
}

type Chained = Omit<AuditDoc, 'hash'>;

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

export function hashEntry(entry: Chained): string {
  const { seq, at, actor, channel, action, record, areaId, requestId, details, prevHash } = entry;
  return createHash('sha256')
    .update(canonicalJson({ seq, at, actor, channel, action, record, areaId, requestId, details, prevHash }))
    .digest('hex');
}

/** The appends of this process, one after another: they never race each other for the next number. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends an entry. Within a process appends are queued; across processes (several servers, the admin CLI) the
 * unique index on `seq` makes writers serialise: whoever loses the race re-reads the head and tries the next
 * number.
 */
export function appendAudit(event: AuditEvent): Promise<void> {
  const appended = queue.then(() => appendToChain(event));
  queue = appended.catch(() => undefined);
  return appended;
}

/** One append as an independent writer makes it, racing others for the next number (appendAudit queues these). */
export async function appendToChain(event: AuditEvent): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const head = await AuditEntry.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean<AuditDoc>();
    const entry: Chained = {
      seq: (head?.seq ?? 0) + 1,
      at: new Date(),
      actor: {
        kind: event.actor.kind,
        id: event.actor.id,
        ...(event.actor.role ? { role: event.actor.role } : {}),
      },
      channel: event.channel,
      action: event.action,
      record: event.record,
      areaId: event.areaId ?? null,
      requestId: event.requestId ?? null,
      details: event.details ?? null,
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    try {
      await AuditEntry.create({ ...entry, hash: hashEntry(entry) });
      return;
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
    }
  }
  throw new Error('Could not append to the audit trail: too much contention');
}

export interface ChainReport {
  entries: number;
  ok: boolean;
  /** The first entry where the chain breaks, and why. */
  brokenAt?: { seq: number; reason: 'hash_mismatch' | 'link_broken' | 'gap' };
}

/** Walks the trail in order, recomputing every hash and link. */
export async function verifyAuditChain(
  onProgress?: (done: number, total: number) => void,
): Promise<ChainReport> {
  const total = await AuditEntry.countDocuments();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for await (const entry of AuditEntry.find().sort({ seq: 1 }).lean<AuditDoc[]>().cursor()) {
    const doc = entry as unknown as AuditDoc;
    entries += 1;
    if (doc.seq !== expectedSeq) return { entries, ok: false, brokenAt: { seq: expectedSeq, reason: 'gap' } };
    if (doc.prevHash !== prevHash)
      return { entries, ok: false, brokenAt: { seq: doc.seq, reason: 'link_broken' } };
    if (hashEntry(doc) !== doc.hash)
      return { entries, ok: false, brokenAt: { seq: doc.seq, reason: 'hash_mismatch' } };
    prevHash = doc.hash;
    expectedSeq += 1;
    if (onProgress && entries % 1000 === 0) onProgress(entries, total);
  }
  onProgress?.(entries, total);
  return { entries, ok: true };
}

export async function auditTrailOf(record: { type: string; id: string }): Promise<AuditDoc[]> {
  return AuditEntry.find({ 'record.type': record.type, 'record.id': record.id })
    .sort({ seq: 1 })
    .lean<AuditDoc[]>();
}
