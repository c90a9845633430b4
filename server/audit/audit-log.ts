import type { Channel } from '../http/state';
import { AppError } from '../http/errors';
import { decodeEntry, recordKey, type AuditEntry } from './audit-entry';
import {
  AuditLogState,
  AuditPending,
  AuditTile,
  LOG_STATE_ID,
  type AuditPendingDoc,
  type AuditTileDoc,
} from './audit-model';
import { GroupCommit } from './group-commit';

export { canonicalJson, GENESIS_HASH } from './audit-hash';

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

const writer = new GroupCommit();

/**
 * Adds an entry to the audit log: one independent insert, shared with the requests arriving at the same time.
 * The caller waits for it to be stored, never for it to be sealed. If it cannot be stored the caller fails with
 * 503: a change or a read that cannot be audited must not answer as if it had been.
 */
export async function appendAudit(event: AuditEvent): Promise<void> {
  const entry: AuditEntry = {
    at: new Date(),
    actor: {
      kind: event.actor.kind,
      id: event.actor.id,
      ...(event.actor.role ? { role: event.actor.role } : {}),
    },
    channel: event.channel,
    action: event.action,
    record: { type: event.record.type, id: event.record.id },
    areaId: event.areaId ?? null,
    requestId: event.requestId ?? null,
    details: event.details ?? null,
  };
  try {
    await writer.append(entry);
  } catch {
    throw new AppError(503, 'audit_unavailable');
  }
}

/** An entry as listed: `seq` is its position, null until it is sealed. */
export interface TrailEntry extends AuditEntry {
  seq: number | null;
}

const about = (record: { type: string; id: string }) => (e: AuditEntry) =>
  e.record.type === record.type && e.record.id === record.id;

/** Every entry about a record, sealed ones in order, then those not sealed yet. */
export async function auditTrailOf(record: { type: string; id: string }): Promise<TrailEntry[]> {
  const key = recordKey(record);
  // Pending first: a group sealed between the two reads is then among the tiles, and shows once.
  const groups = await AuditPending.find({ records: key }).lean<AuditPendingDoc[]>();
  const tiles = await AuditTile.find({ records: key }).sort({ _id: 1 }).lean<AuditTileDoc[]>();
  const sealed = new Set(tiles.map((t) => t.group));
  const isAbout = about(record);
  const inTiles = tiles.flatMap((t) =>
    t.entries.flatMap((text, i) => {
      const e = decodeEntry(text);
      return isAbout(e) ? [{ ...e, seq: t._id + i }] : [];
    }),
  );
  const pending = groups
    .filter((g) => !sealed.has(String(g._id)))
    .flatMap((g) => g.entries.map(decodeEntry).filter(isAbout))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((e) => ({ ...e, seq: null }));
  return [...inTiles, ...pending];
}

/** One page of a record's trail (sealed entries in order, then those not sealed yet) and how many there are. */
export async function auditPageOf(
  record: { type: string; id: string },
  page: { page: number; size: number },
): Promise<{ total: number; items: TrailEntry[] }> {
  const trail = await auditTrailOf(record);
  const from = (page.page - 1) * page.size;
  return { total: trail.length, items: trail.slice(from, from + page.size) };
}

export interface SealingStatus {
  /** Entries sealed so far. */
  sealed: number;
  /** Age of the oldest group not sealed yet; 0 when everything is sealed. */
  lagSeconds: number;
  maxLagSeconds: number;
  behind: boolean;
}

/** How far sealing is behind, for /readyz: two reads by id or without a filter, cheap on any store. */
export async function sealingStatus(maxLagSeconds: number, now = new Date()): Promise<SealingStatus> {
  const [state, oldest] = await Promise.all([
    AuditLogState.findById(LOG_STATE_ID, { size: 1 }).lean<{ size: number }>(),
    // Groups are read in the order they were stored: the first is the oldest.
    AuditPending.findOne({}, { at: 1 }).lean<{ at: Date }>(),
  ]);
  const lagSeconds = oldest ? Math.max(0, (now.getTime() - oldest.at.getTime()) / 1000) : 0;
  return {
    sealed: state?.size ?? 0,
    lagSeconds: Math.round(lagSeconds * 10) / 10,
    maxLagSeconds,
    behind: lagSeconds > maxLagSeconds,
  };
}
