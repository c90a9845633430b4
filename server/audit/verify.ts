import { decodeEntry, recordKey } from './audit-entry';
import { chainHash, GENESIS_HASH } from './audit-hash';
import {
  AuditCheckpoint,
  AuditLogState,
  AuditPending,
  AuditTile,
  LOG_STATE_ID,
  type AuditCheckpointDoc,
  type AuditLogStateDoc,
  type AuditTileDoc,
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
  | { kind: 'link_broken' | 'gap'; seq: number }
  /** The entries of the tile at `seq`…`last` no longer hash to its hash: one of them was changed. */
  | { kind: 'hash_mismatch'; seq: number; last: number }
  /** The tile's list of records (what a case's trail is found by) is not that of its entries. */
  | { kind: 'records_mismatch'; seq: number; last: number }
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
 * Recomputes the chain through every tile of the trail in order and checks it against every checkpoint in the
 * store and the outside one if given. A store with no audit log at all fails: an empty answer from the wrong
 * database must not read as "intact".
 */
export async function verifyAuditLog(
  opts: { outside?: OutsideCheckpoint; onProgress?: (done: number, total: number) => void } = {},
): Promise<VerifyReport> {
  const [state, tiles, pendingGroups, stored] = await Promise.all([
    AuditLogState.findById(LOG_STATE_ID).lean<AuditLogStateDoc>(),
    AuditTile.estimatedDocumentCount(),
    AuditPending.find({}, { entries: 1 }).lean<{ entries: string[] }[]>(),
    AuditCheckpoint.find().sort({ _id: 1 }).lean<AuditCheckpointDoc[]>(),
  ]);
  const pending = pendingGroups.reduce((n, g) => n + g.entries.length, 0);
  const outside = opts.outside;
  /** The heads the checkpoints (the outside one too) record, by size. */
  const heads = new Map<number, string[]>();
  for (const c of [...stored.map((s) => ({ size: s._id, head: s.head })), ...(outside ? [outside] : [])])
    heads.set(c.size, [...(heads.get(c.size) ?? []), c.head]);
  const report = (entries: number, problem?: Problem): VerifyReport => ({
    ok: !problem,
    entries,
    checkpoints: stored.length + (outside ? 1 : 0),
    pending,
    ...(problem ? { problem } : {}),
  });

  if (tiles === 0 && pending === 0 && stored.length === 0 && !(state?.size ?? 0))
    return report(0, { kind: 'empty' });
  if (outside && state?.logId !== outside.logId)
    return report(0, state ? { kind: 'other_log', logId: state.logId } : { kind: 'empty' });

  let prevHash = GENESIS_HASH;
  let entries = 0;
  for await (const doc of AuditTile.find().sort({ _id: 1 }).lean<AuditTileDoc[]>().cursor()) {
    const tile = doc as unknown as AuditTileDoc;
    const first = entries + 1;
    const last = entries + tile.entries.length;
    if (tile._id !== first) return report(entries, { kind: 'gap', seq: first });
    if (tile.prevHash !== prevHash) return report(entries, { kind: 'link_broken', seq: first });
    const hashes = tile.entries.map((entry, i) => (prevHash = chainHash(first + i, prevHash, entry)));
    entries = last;
    if (prevHash !== tile.hash) return report(entries, { kind: 'hash_mismatch', seq: first, last });
    const records = new Set(tile.entries.map((entry) => recordKey(decodeEntry(entry).record)));
    if (records.size !== new Set(tile.records).size || !tile.records.every((r) => records.has(r)))
      return report(entries, { kind: 'records_mismatch', seq: first, last });
    const broken = hashes.findIndex((hash, i) => heads.get(first + i)?.some((head) => head !== hash));
    if (broken >= 0) return report(entries, { kind: 'checkpoint_mismatch', seq: first + broken });
    if (opts.onProgress && Math.floor(last / 1000) > Math.floor((first - 1) / 1000))
      opts.onProgress(entries, Math.max(entries, state?.size ?? 0));
  }
  opts.onProgress?.(entries, Math.max(entries, state?.size ?? 0));
  const claimed = Math.max(stored.at(-1)?._id ?? 0, outside?.size ?? 0, state?.size ?? 0);
  if (claimed > entries) return report(entries, { kind: 'truncated', seq: entries + 1 });
  return report(entries);
}
