import { hashEntry, GENESIS_HASH } from './audit-hash';
import {
  AuditCheckpoint,
  AuditEntry,
  AuditLogState,
  AuditPending,
  LOG_STATE_ID,
  type AuditCheckpointDoc,
  type AuditDoc,
  type AuditLogStateDoc,
} from './audit-model';

/** A checkpoint kept outside the store (from the log or the county's WeCom message): "logId:size:head". */
export interface OutsideCheckpoint {
  logId: string;
  size: number;
  head: string;
}

export function parseCheckpoint(text: string): OutsideCheckpoint | null {
  const m = /^([0-9a-f-]{36}):(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { logId: m[1]!, size: Number(m[2]), head: m[3]! } : null;
}

export const formatCheckpoint = (c: OutsideCheckpoint) => `${c.logId}:${c.size}:${c.head}`;

export type Problem =
  /** No audit log at all: the wrong store or database, most likely. */
  | { kind: 'empty' }
  /** The log's identity is not the one the outside checkpoint names. */
  | { kind: 'other_log'; logId: string }
  | { kind: 'hash_mismatch' | 'link_broken' | 'gap'; seq: number }
  /** The entries up to a checkpoint no longer hash to its head. */
  | { kind: 'checkpoint_mismatch'; seq: number }
  /** Fewer entries than a checkpoint (or the state) says there were. */
  | { kind: 'truncated'; seq: number };

export interface VerifyReport {
  ok: boolean;
  entries: number;
  /** Checkpoints the entries were checked against (an outside one included). */
  checkpoints: number;
  /** Entries not sealed yet, not checked. */
  pending: number;
  problem?: Problem;
}

/**
 * Recomputes every hash and link of the trail in order and checks it against every checkpoint in the store and
 * the outside one if given. A store with no audit log at all fails: an empty answer from the wrong database must
 * not read as "intact".
 */
export async function verifyAuditLog(
  opts: { outside?: OutsideCheckpoint; onProgress?: (done: number, total: number) => void } = {},
): Promise<VerifyReport> {
  const [state, total, pendingGroups, stored] = await Promise.all([
    AuditLogState.findById(LOG_STATE_ID).lean<AuditLogStateDoc>(),
    AuditEntry.estimatedDocumentCount(),
    AuditPending.find({}, { entries: 1 }).lean<{ entries: unknown[] }[]>(),
    AuditCheckpoint.find().sort({ _id: 1 }).lean<AuditCheckpointDoc[]>(),
  ]);
  const pending = pendingGroups.reduce((n, g) => n + g.entries.length, 0);
  const checkpoints = new Map(stored.map((c) => [c._id, c.head]));
  const outside = opts.outside;
  const report = (entries: number, problem?: Problem): VerifyReport => ({
    ok: !problem,
    entries,
    checkpoints: stored.length + (outside ? 1 : 0),
    pending,
    ...(problem ? { problem } : {}),
  });

  if (total === 0 && pending === 0 && stored.length === 0 && !(state?.size ?? 0))
    return report(0, { kind: 'empty' });
  if (outside && state?.logId !== outside.logId)
    return report(0, state ? { kind: 'other_log', logId: state.logId } : { kind: 'empty' });

  let prevHash = GENESIS_HASH;
  let expected = 1;
  let entries = 0;
  for await (const doc of AuditEntry.find().sort({ _id: 1 }).lean<AuditDoc[]>().cursor()) {
    const entry = doc as unknown as AuditDoc;
    entries += 1;
    if (entry._id !== expected) return report(entries, { kind: 'gap', seq: expected });
    if (entry.prevHash !== prevHash) return report(entries, { kind: 'link_broken', seq: entry._id });
    if (hashEntry(entry as never) !== entry.hash)
      return report(entries, { kind: 'hash_mismatch', seq: entry._id });
    const checkpoint = checkpoints.get(entry._id);
    if (
      (checkpoint !== undefined && checkpoint !== entry.hash) ||
      (outside?.size === entry._id && outside.head !== entry.hash)
    )
      return report(entries, { kind: 'checkpoint_mismatch', seq: entry._id });
    prevHash = entry.hash;
    expected += 1;
    if (opts.onProgress && entries % 1000 === 0) opts.onProgress(entries, total);
  }
  opts.onProgress?.(entries, total);
  const claimed = Math.max(stored.at(-1)?._id ?? 0, outside?.size ?? 0, state?.size ?? 0);
  if (claimed > entries) return report(entries, { kind: 'truncated', seq: entries + 1 });
  return report(entries);
}
