import { randomUUID } from 'node:crypto';
import type { Channel } from '../http/state';
import { AppError } from '../http/errors';
import { AuditEntry, AuditLogState, AuditPending, LOG_STATE_ID, type AuditPendingDoc } from './audit-model';
import { GroupCommit, type PendingEntry } from './group-commit';

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
  const entry: PendingEntry = {
    id: randomUUID(),
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

/** An entry as listed: `seq` is null until it is sealed. */
export interface TrailEntry extends PendingEntry {
  seq: number | null;
}

function sealedView(doc: PendingEntry & { _id: number }): TrailEntry {
  const { id, at, actor, channel, action, record, areaId, requestId, details } = doc;
  return { seq: doc._id, id, at, actor, channel, action, record, areaId, requestId, details };
}

async function pendingOf(record: { type: string; id: string }): Promise<TrailEntry[]> {
  const groups = await AuditPending.find({ 'entries.record.id': record.id }).lean<AuditPendingDoc[]>();
  return groups
    .flatMap((g) => g.entries as PendingEntry[])
    .filter((e) => e.record.type === record.type && e.record.id === record.id)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1))
    .map((e) => ({ ...e, seq: null }));
}

/** Every entry about a record, sealed ones in order, then those not sealed yet. */
export async function auditTrailOf(record: { type: string; id: string }): Promise<TrailEntry[]> {
  const sealed = await AuditEntry.find({ 'record.type': record.type, 'record.id': record.id })
    .sort({ _id: 1 })
    .lean<(PendingEntry & { _id: number })[]>();
  const sealedIds = new Set(sealed.map((e) => e.id));
  // An entry sealed between the two reads shows once.
  const pending = (await pendingOf(record)).filter((e) => !sealedIds.has(e.id));
  return [...sealed.map(sealedView), ...pending];
}

/** One page of a record's trail (sealed entries in order, then those not sealed yet) and how many there are. */
export async function auditPageOf(
  record: { type: string; id: string },
  page: { page: number; size: number },
): Promise<{ total: number; items: TrailEntry[] }> {
  const filter = { 'record.type': record.type, 'record.id': record.id };
  const [sealedCount, pending] = await Promise.all([AuditEntry.countDocuments(filter), pendingOf(record)]);
  const from = (page.page - 1) * page.size;
  const sealed =
    from < sealedCount
      ? await AuditEntry.find(filter)
          .sort({ _id: 1 })
          .skip(from)
          .limit(page.size)
          .lean<(PendingEntry & { _id: number })[]>()
      : [];
  const sealedIds = new Set(sealed.map((e) => e.id));
  const rest = pending
    .filter((e) => !sealedIds.has(e.id))
    .slice(Math.max(0, from - sealedCount), Math.max(0, from - sealedCount) + page.size - sealed.length);
  return { total: sealedCount + pending.length, items: [...sealed.map(sealedView), ...rest] };
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
