import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../logger';
import { GENESIS_HASH, hashEntry } from './audit-hash';
import {
  AuditCheckpoint,
  AuditEntry,
  AuditLogState,
  AuditPending,
  LOG_STATE_ID,
  type AuditDoc,
  type AuditLogStateDoc,
} from './audit-model';
import type { PendingEntry } from './group-commit';

export interface SealerOptions {
  logger: Logger;
  /** A round runs this long after the previous one ends. */
  intervalMs: number;
  /** Entries sealed in one round at most (whole groups, so a round may take a little more). */
  batchSize: number;
  /** How long the sealer holds the lease; renewed every round. */
  leaseMs: number;
  /** A checkpoint at most this often (and at every `sealAll({ checkpoint: true })`). */
  checkpointEveryMs: number;
  /** Names this sealer in the lease: host, process and a random part. */
  holder?: string;
  now?: () => Date;
}

export interface RoundResult {
  /** Entries this round sealed (caught up from another sealer's work included). */
  sealed: number;
  /** False when another sealer holds the lease. */
  leased: boolean;
  checkpoint: { logId: string; size: number; head: string } | null;
}

interface Group {
  _id: { toString(): string };
  entries: PendingEntry[];
}
type Sealed = Omit<AuditDoc, 'details'> & { details: unknown };

/**
 * The one sealer of the audit log (any process may be it: whoever holds the lease on the log's state document).
 * A round takes the pending groups in the order they were stored, numbers their entries from the log's size on,
 * chains their hashes, inserts them into the trail in one ordered insert, removes the groups and moves the state
 * on; now and then it writes a checkpoint and logs it.
 *
 * The lease only keeps sealers from doing the same work twice. The chain cannot fork even if two sealers run at
 * once (a lease that expired under a slow sealer): an entry's `_id` is its position and its `id` is unique, so a position is filled once and an entry is
 * sealed once, and the loser's insert fails on its first entry. The state document is a hint that catches up
 * from the trail, which is the truth.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> | null = null;
  private stopped = true;
  /** Whether this sealer ever held the lease (only then is there one to give up). */
  private claimed = false;
  private readonly holder: string;
  private readonly now: () => Date;

  constructor(private readonly opts: SealerOptions) {
    this.holder = opts.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.now = opts.now ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.opts.logger.info({ intervalMs: this.opts.intervalMs, holder: this.holder }, 'audit sealer started');
    this.next(0);
  }

  /**
   * Stops the rounds and, if they were running, seals what is pending once more; gives the lease up in any case,
   * so the next sealer (another instance, the next admin command) need not wait for it to expire.
   */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      await this.current?.catch(() => undefined);
      await this.sealAll().catch(() => undefined);
    }
    await this.current?.catch(() => undefined);
    if (!this.claimed) return;
    await AuditLogState.updateOne(
      { _id: LOG_STATE_ID, holder: this.holder },
      { $set: { leaseUntil: null, holder: null } },
    ).catch(() => undefined);
  }

  /** Rounds until nothing is pending (or another sealer holds the lease); a checkpoint at the end if asked. */
  async sealAll(
    opts: { checkpoint?: boolean } = {},
  ): Promise<{ sealed: number; checkpoint: RoundResult['checkpoint'] }> {
    let sealed = 0;
    let checkpoint: RoundResult['checkpoint'] = null;
    for (;;) {
      const round = await this.round({ forceCheckpoint: false });
      sealed += round.sealed;
      checkpoint = round.checkpoint ?? checkpoint;
      if (!round.leased || round.sealed === 0) break;
    }
    if (opts.checkpoint) checkpoint = (await this.round({ forceCheckpoint: true })).checkpoint ?? checkpoint;
    return { sealed, checkpoint };
  }

  /** One round; rounds of one sealer never overlap. */
  round(opts: { forceCheckpoint?: boolean } = {}): Promise<RoundResult> {
    const run = (this.current ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.seal(opts.forceCheckpoint ?? false));
    this.current = run;
    return run;
  }

  private next(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.round()
        .then((r) => {
          // Still more pending: go on at once, so the lag stays bounded under load.
          this.next(r.leased && r.sealed >= this.opts.batchSize ? 0 : this.opts.intervalMs);
        })
        .catch((err: unknown) => {
          this.opts.logger.error({ err }, 'audit sealing round failed; the next round resumes');
          this.next(this.opts.intervalMs);
        });
    }, delay);
  }

  private async seal(forceCheckpoint: boolean): Promise<RoundResult> {
    let state = await this.claim();
    if (!state) return { sealed: 0, leased: false, checkpoint: null };
    this.claimed = true;
    const caught = await this.catchUp(state);
    state = caught.state;
    let sealed = caught.sealed;

    const groups = await this.pendingGroups(state);
    if (groups.length > 0) sealed += await this.sealGroups(state, groups);

    state = (await AuditLogState.findById(LOG_STATE_ID).lean<AuditLogStateDoc>()) ?? state;
    const due =
      forceCheckpoint ||
      (sealed > 0 &&
        (!state.checkpointAt ||
          this.now().getTime() - state.checkpointAt.getTime() >= this.opts.checkpointEveryMs));
    const checkpoint = due && state.size > 0 ? await this.checkpoint(state) : null;
    return { sealed, leased: true, checkpoint };
  }

  /** Takes or renews the lease; answers the state, or null when another sealer holds it. */
  private async claim(): Promise<AuditLogStateDoc | null> {
    const now = this.now();
    await AuditLogState.collection
      .insertOne({
        _id: LOG_STATE_ID as never,
        logId: randomUUID(),
        size: 0,
        head: GENESIS_HASH,
        leaseUntil: null,
        holder: null,
        checkpointAt: null,
      })
      .catch((err: { code?: number }) => {
        if (err.code !== 11000) throw err;
      });
    return AuditLogState.findOneAndUpdate(
      {
        _id: LOG_STATE_ID,
        $or: [{ holder: this.holder }, { leaseUntil: null }, { leaseUntil: { $lte: now } }],
      },
      { $set: { holder: this.holder, leaseUntil: new Date(now.getTime() + this.opts.leaseMs) } },
      { returnDocument: 'after' },
    ).lean<AuditLogStateDoc>();
  }

  /**
   * Moves the state up to the end of the trail: entries sealed by a sealer that stopped before recording its
   * progress, or by another sealer meanwhile. Groups whose last entry is among them are removed.
   */
  private async catchUp(state: AuditLogStateDoc): Promise<{ state: AuditLogStateDoc; sealed: number }> {
    let { size, head } = state;
    const done: string[] = [];
    for (;;) {
      const entry = await AuditEntry.findById(size + 1).lean<AuditDoc>();
      if (!entry) break;
      if (entry.prevHash !== head) {
        throw new Error(`audit trail entry ${size + 1} does not continue the chain; run audit:verify`);
      }
      size += 1;
      head = entry.hash;
      if (entry.groupIndex === entry.groupSize - 1) done.push(entry.group);
    }
    const sealed = size - state.size;
    if (sealed === 0) return { state, sealed };
    await this.removeGroups(done);
    await this.advance(size, head);
    this.opts.logger.info({ from: state.size, to: size }, 'audit sealer caught up with the trail');
    return { state: { ...state, size, head }, sealed };
  }

  /**
   * The groups to seal now, in the order they were stored (no filter and no sort: the store reads them in
   * insertion order, which even FerretDB does without a scan). A group the last round sealed only in part comes
   * first, from where it stopped.
   */
  private async pendingGroups(state: AuditLogStateDoc): Promise<{ group: Group; from: number }[]> {
    const last = state.size > 0 ? await AuditEntry.findById(state.size).lean<AuditDoc>() : null;
    const partial = last && last.groupIndex < last.groupSize - 1 ? last : null;
    const planned: { group: Group; from: number }[] = [];
    let count = 0;
    if (partial) {
      const group = await AuditPending.findById(partial.group).lean<Group>();
      if (group) {
        planned.push({ group, from: partial.groupIndex + 1 });
        count += group.entries.length - partial.groupIndex - 1;
      }
    }
    const cursor = AuditPending.find({}).limit(this.opts.batchSize).batchSize(32).lean<Group[]>().cursor();
    try {
      for await (const doc of cursor) {
        const group = doc as unknown as Group;
        if (partial && String(group._id) === partial.group) continue;
        planned.push({ group, from: 0 });
        count += group.entries.length;
        if (count >= this.opts.batchSize) break;
      }
    } finally {
      await cursor.close();
    }
    return planned;
  }

  private async sealGroups(
    state: AuditLogStateDoc,
    planned: { group: Group; from: number }[],
  ): Promise<number> {
    const docs: Sealed[] = [];
    let head = state.head;
    for (const { group, from } of planned) {
      group.entries.forEach((entry, index) => {
        if (index < from) return;
        const doc = {
          _id: state.size + docs.length + 1,
          ...entry,
          group: String(group._id),
          groupIndex: index,
          groupSize: group.entries.length,
          prevHash: head,
        };
        head = hashEntry(doc);
        docs.push({ ...doc, hash: head } as Sealed);
      });
    }
    let inserted = docs.length;
    try {
      await AuditEntry.collection.insertMany(docs as never[], { ordered: true });
    } catch (err) {
      const e = err as { code?: number; insertedCount?: number; result?: { insertedCount?: number } };
      if (e.code !== 11000) throw err;
      inserted = e.insertedCount ?? e.result?.insertedCount ?? 0;
      await this.resolveDuplicate(docs[inserted]!);
    }
    if (inserted === 0) return 0;
    const sealed = docs.slice(0, inserted);
    await this.removeGroups(sealed.filter((d) => d.groupIndex === d.groupSize - 1).map((d) => d.group));
    await this.advance(state.size + inserted, sealed.at(-1)!.hash);
    return inserted;
  }

  /**
   * An insert stopped on a duplicate: either the position was filled by another sealer (nothing to do: the next
   * round catches up), or the entry was already sealed and its group outlived it (remove the group if it is
   * wholly sealed).
   */
  private async resolveDuplicate(doc: Sealed): Promise<void> {
    if (await AuditEntry.exists({ _id: doc._id })) {
      this.opts.logger.warn({ position: doc._id }, 'another audit sealer filled this position; catching up');
      return;
    }
    const sealed = await AuditEntry.findOne({ id: doc.id }).lean<AuditDoc>();
    this.opts.logger.warn({ entry: doc.id, position: sealed?._id }, 'audit entry was already sealed');
    if (sealed && sealed.groupIndex === sealed.groupSize - 1) await this.removeGroups([sealed.group]);
  }

  private async removeGroups(ids: string[]): Promise<void> {
    if (ids.length) await AuditPending.deleteMany({ _id: { $in: ids } });
  }

  /** Records progress; never moves the state back (a slower sealer's older news is ignored). */
  private async advance(size: number, head: string): Promise<void> {
    await AuditLogState.updateOne({ _id: LOG_STATE_ID, size: { $lt: size } }, { $set: { size, head } });
  }

  private async checkpoint(state: AuditLogStateDoc): Promise<NonNullable<RoundResult['checkpoint']>> {
    const at = this.now();
    await AuditCheckpoint.collection
      .insertOne({ _id: state.size as never, logId: state.logId, head: state.head, at })
      .catch((err: { code?: number }) => {
        if (err.code !== 11000) throw err;
      });
    await AuditLogState.updateOne({ _id: LOG_STATE_ID }, { $set: { checkpointAt: at } });
    // The checkpoint leaves the store: whoever keeps the logs can later prove the trail was rewritten or cut.
    this.opts.logger.info(
      { auditCheckpoint: { logId: state.logId, size: state.size, head: state.head, at } },
      'audit checkpoint',
    );
    return { logId: state.logId, size: state.size, head: state.head };
  }
}
