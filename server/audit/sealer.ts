import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../logger';
import { chainHead, GENESIS_HASH } from './audit-hash';
import {
  AuditCheckpoint,
  AuditLogState,
  AuditPending,
  AuditTile,
  LOG_STATE_ID,
  type AuditLogStateDoc,
  type AuditPendingDoc,
  type AuditTileDoc,
} from './audit-model';
import { inserted, isDuplicateKey } from '../store/duplicate-key';

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
  /** Whether more may be pending: the round read a full batch, or another sealer got in its way. */
  more: boolean;
  checkpoint: { logId: string; size: number; head: string } | null;
}

type State = Pick<AuditLogStateDoc, 'size' | 'head'>;

/**
 * Groups read per round trip while reading pending groups: few, because the store decodes every group of a batch
 * and the round may need only the first of them; the groups of a busy server are large.
 */
const GROUPS_PER_READ = 4;

/**
 * The one sealer of the audit log (any process may be it: whoever holds the lease on the log's state document).
 * A round takes the pending groups in the order they were stored and turns each into one tile of the trail: its
 * entries numbered on from the log's size and chained. The tiles go in with one ordered insert; then the groups
 * are removed and the state moves on. Now and then it writes a checkpoint and logs it.
 *
 * The lease only keeps sealers from doing the same work twice. The chain cannot fork even if two sealers run at
 * once (a lease that expired under a slow sealer): a tile's `_id` is the position of its first entry and its
 * `group` is unique, so a position starts one tile and a group is sealed once; the loser's insert fails on its
 * first tile. The state document is a hint that catches up from the trail, which is the truth.
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
      if (!round.leased || !round.more) break;
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
          this.next(r.leased && r.more ? 0 : this.opts.intervalMs);
        })
        .catch((err: unknown) => {
          this.opts.logger.error({ err }, 'audit sealing round failed; the next round resumes');
          this.next(this.opts.intervalMs);
        });
    }, delay);
  }

  private async seal(forceCheckpoint: boolean): Promise<RoundResult> {
    const state = await this.claim();
    if (!state) return { sealed: 0, leased: false, more: false, checkpoint: null };
    this.claimed = true;
    const { groups, full } = await this.pendingGroups();
    let sealed = 0;
    let more = full;
    if (groups.length > 0) {
      const round = await this.sealGroups(state, groups);
      sealed += round.sealed;
      if (round.collided) {
        more = true;
        const caught = await this.catchUp(round.state);
        sealed += caught;
        // Nothing beyond: it was the group that collided, not the position.
        if (caught === 0) await this.dropSealedGroup(round.collided);
      }
    }
    const due =
      forceCheckpoint ||
      (sealed > 0 &&
        (!state.checkpointAt ||
          this.now().getTime() - state.checkpointAt.getTime() >= this.opts.checkpointEveryMs));
    const checkpoint = due ? await this.checkpoint() : null;
    return { sealed, leased: true, more, checkpoint };
  }

  /** Takes or renews the lease; answers the state, or null when another sealer holds it. */
  private async claim(): Promise<AuditLogStateDoc | null> {
    const now = this.now();
    // The log's state, made by the first sealer ever; every later one finds it there.
    await inserted(
      AuditLogState.collection.insertOne({
        _id: LOG_STATE_ID as never,
        logId: randomUUID(),
        size: 0,
        head: GENESIS_HASH,
        leaseUntil: null,
        holder: null,
        checkpointAt: null,
      }),
    );
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
   * Moves the state up to the end of the trail, past the tiles another sealer added meanwhile, or one that stopped
   * before recording its progress (its groups are removed here if it did not). Answers how many entries it moved.
   * Only after a collision: on FerretDB it reads the whole trail, which pushes down no numeric `_id`.
   */
  private async catchUp(state: State): Promise<number> {
    const tiles = await AuditTile.find({ _id: { $gt: state.size } })
      .sort({ _id: 1 })
      .lean<AuditTileDoc[]>();
    let { size, head } = state;
    for (const tile of tiles) {
      if (tile._id !== size + 1 || tile.prevHash !== head) {
        throw new Error(
          `audit trail tile ${tile._id} does not continue the chain at ${size}; run audit:verify`,
        );
      }
      size += tile.entries.length;
      head = tile.hash;
    }
    if (size === state.size) return 0;
    await this.removeGroups(tiles.map((t) => t.group));
    await this.advance(size, head);
    this.opts.logger.warn({ from: state.size, to: size }, 'audit sealer caught up with the trail');
    return size - state.size;
  }

  /** A group whose tile is in the trail but which is still pending (its removal was lost): removed. */
  private async dropSealedGroup(group: string): Promise<void> {
    const tile = await AuditTile.findOne({ group }, { _id: 1 }).lean<{ _id: number }>();
    if (!tile) throw new Error(`audit group ${group} collided but is not in the trail`);
    this.opts.logger.warn({ group, position: tile._id }, 'audit group was sealed already; removing it');
    await this.removeGroups([group]);
  }

  /**
   * The groups to seal now, in the order they were stored (no filter and no sort: the store reads them in
   * insertion order, which even FerretDB does without a scan); `full` when the batch was filled.
   */
  private async pendingGroups(): Promise<{ groups: AuditPendingDoc[]; full: boolean }> {
    const groups: AuditPendingDoc[] = [];
    let count = 0;
    const cursor = AuditPending.find({})
      .limit(this.opts.batchSize)
      .batchSize(GROUPS_PER_READ)
      .lean<AuditPendingDoc[]>()
      .cursor();
    try {
      for await (const doc of cursor) {
        const group = doc as unknown as AuditPendingDoc;
        groups.push(group);
        count += group.entries.length;
        if (count >= this.opts.batchSize) break;
      }
    } finally {
      await cursor.close();
    }
    return { groups, full: count >= this.opts.batchSize };
  }

  /**
   * Chains the groups into tiles after the state and inserts them in one ordered insert, which stops at the first
   * tile that collides (`collided` names its group); removes the groups sealed and records the progress.
   */
  private async sealGroups(
    state: State,
    groups: AuditPendingDoc[],
  ): Promise<{ state: State; sealed: number; collided: string | null }> {
    let position = state.size + 1;
    let head = state.head;
    const tiles: AuditTileDoc[] = groups.map((group) => {
      const prevHash = head;
      head = chainHead(position, prevHash, group.entries);
      const tile = {
        _id: position,
        group: String(group._id),
        entries: group.entries,
        records: group.records,
        prevHash,
        hash: head,
      };
      position += group.entries.length;
      return tile;
    });
    let written = tiles.length;
    try {
      await AuditTile.collection.insertMany(tiles as never[], { ordered: true });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const e = err as { insertedCount?: number; result?: { insertedCount?: number } };
      written = e.insertedCount ?? e.result?.insertedCount ?? 0;
    }
    const collided = written < tiles.length ? tiles[written]!.group : null;
    if (written === 0) return { state, sealed: 0, collided };
    const done = tiles.slice(0, written);
    await this.removeGroups(done.map((t) => t.group));
    const last = done.at(-1)!;
    const size = last._id + last.entries.length - 1;
    await this.advance(size, last.hash);
    return { state: { size, head: last.hash }, sealed: size - state.size, collided };
  }

  /**
   * Removes sealed groups, each by its `_id` (in one round trip): FerretDB pushes an `_id` equality down to SQLite
   * but reads every pending group to match an `$in`, which costs a whole backlog per round.
   */
  private async removeGroups(ids: string[]): Promise<void> {
    if (ids.length)
      await AuditPending.bulkWrite(
        ids.map((id) => ({ deleteOne: { filter: { _id: id } } })),
        { ordered: false },
      );
  }

  /** Records progress; never moves the state back (a slower sealer's older news is ignored). */
  private async advance(size: number, head: string): Promise<void> {
    await AuditLogState.updateOne({ _id: LOG_STATE_ID, size: { $lt: size } }, { $set: { size, head } });
  }

  /** Writes a checkpoint of the state as stored (size and head recorded together). */
  private async checkpoint(): Promise<RoundResult['checkpoint']> {
    const state = await AuditLogState.findById(LOG_STATE_ID).lean<AuditLogStateDoc>();
    if (!state || state.size === 0) return null;
    const at = this.now();
    await inserted(
      AuditCheckpoint.collection.insertOne({
        _id: state.size as never,
        logId: state.logId,
        head: state.head,
        at,
      }),
    );
    await AuditLogState.updateOne({ _id: LOG_STATE_ID }, { $set: { checkpointAt: at } });
    // The checkpoint leaves the store: whoever keeps the logs can later prove the trail was rewritten or cut.
    this.opts.logger.info(
      { auditCheckpoint: { logId: state.logId, size: state.size, head: state.head, at } },
      'audit checkpoint',
    );
    return { logId: state.logId, size: state.size, head: state.head };
  }
}
