import type { Model, Types } from 'mongoose';
import cron, { type ScheduledTask } from 'node-cron';
import { z } from 'zod';
import type { Config } from '../config';
import { cronLogger } from '../jobs/cron-logger';
import type { Logger } from '../logger';
import { dueEntries, repairDue, syncDue } from './due';
import {
  outboxPayloadSchemas,
  type OutboxKind,
  type OutboxPayloads,
  type SendResult,
  type Sender,
  type Senders,
} from './outbox';

/** A message as stored (outbox-fields.ts). */
interface StoredMessage {
  id: string;
  kind: string;
  payload: unknown;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  nextAttemptAt: Date;
}

interface OutboxDocument {
  _id: Types.ObjectId | string;
  outbox: StoredMessage[];
  outboxLeaseUntil: Date | null;
}

/** Extra fields to set, in the same update that records a message of the kind as sent. */
export type AfterSent = {
  [K in OutboxKind]?: (payload: OutboxPayloads[K], sentAt: Date) => Record<string, unknown>;
};

/** A collection whose documents carry the outbox fields. */
export interface OutboxSource {
  /** Names the documents in logs: 'application', 'report'. */
  name: string;
  // Any model will do as long as its schema spreads `outboxFields`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>;
  afterSent?: AfterSent;
}

export interface DispatcherOptions {
  sources: OutboxSource[];
  senders: Senders;
  logger: Logger;
  /** After this many failed attempts a message is `failed` for good. */
  maxAttempts: number;
  /** The first retry waits about this long, each next one twice as long, never more than retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a claimed document stays with this dispatcher; renewed while it is still sending. */
  leaseMs: number;
  /** node-cron expression (seconds allowed) of the scheduled passes, once started. */
  schedule: string;
  /** When the due list is rebuilt from the sources, once started (due.ts); hourly unless given. */
  repairSchedule?: string;
  /** A kick runs a pass this long after the first kick of a burst. */
  kickDelayMs?: number;
  now?: () => Date;
  random?: () => number;
}

/** The dispatcher's timing from the configuration. */
export function dispatcherSettings(config: Config) {
  return {
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    retryBaseMs: config.OUTBOX_RETRY_BASE_SECONDS * 1000,
    retryMaxMs: config.OUTBOX_RETRY_MAX_SECONDS * 1000,
    leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
    schedule: config.OUTBOX_CRON,
  } satisfies Partial<DispatcherOptions>;
}

export interface PassCounts {
  /** Documents claimed and worked on. */
  documents: number;
  sent: number;
  skipped: number;
  /** Not delivered this time, to be tried again later. */
  retrying: number;
  /** Given up for good. */
  failed: number;
}

/** A payload the dispatcher cannot hand to any sender: failed at once, since no retry can fix it. */
type Outcome = SendResult | { status: 'invalid'; error: string };

/** Exponential backoff with jitter: base·2^(attempts−1), ±25 %, capped. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** (attempts - 1));
  return Math.min(maxMs, Math.round(exponential * (0.75 + random() * 0.5)));
}

/**
 * Delivers outbox messages at least once. A pass reads the due list (due.ts) and claims each due document by `_id`
 * with an atomic update that sets a lease (so two processes never work on the same document at once), sends its
 * due messages, records each outcome by array index, then sets the next due time, frees the lease and sets the
 * document's entry in the due list again. A crash anywhere leaves at worst a lease that expires and a message sent
 * again: receivers get the message id to drop repeats. The first pass, and one an hour, first rebuilds the due
 * list from the sources, for messages saved by a process that stopped before putting them on it.
 */
export class OutboxDispatcher {
  private task: ScheduledTask | null = null;
  private repairTask: ScheduledTask | null = null;
  /** Whether the next pass rebuilds the due list first: the first pass of each dispatcher, then hourly. */
  private repairNext = true;
  private kickTimer: NodeJS.Timeout | null = null;
  private current: Promise<PassCounts> | null = null;
  private queued: Promise<PassCounts> | null = null;
  private readonly now: () => Date;

  constructor(private readonly opts: DispatcherOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Starts the scheduled passes, and a pass at once for whatever was left due. */
  start(): void {
    if (this.task) return;
    this.task = cron.schedule(this.opts.schedule, () => this.background('schedule'), {
      name: 'outbox',
      noOverlap: true,
      logger: cronLogger(this.opts.logger),
    });
    this.repairTask = cron.schedule(
      this.opts.repairSchedule ?? '0 * * * *',
      () => {
        this.repairNext = true;
        return this.background('repair');
      },
      { name: 'outbox-repair', noOverlap: true, logger: cronLogger(this.opts.logger) },
    );
    this.opts.logger.info({ schedule: this.opts.schedule }, 'outbox dispatcher started');
    this.kick();
  }

  /**
   * Asks for a pass soon, after a change enqueued messages; kicks in a burst share one pass. Does nothing
   * unless started (the admin CLI, tests that drive runOnce themselves): the scheduled passes pick them up.
   */
  kick(): void {
    if (!this.task || this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = null;
      void this.background('kick');
    }, this.opts.kickDelayMs ?? 200);
  }

  /** Stops scheduling passes and waits for the one under way. */
  async stop(): Promise<void> {
    if (this.kickTimer) clearTimeout(this.kickTimer);
    this.kickTimer = null;
    const tasks = [this.task, this.repairTask];
    this.task = this.repairTask = null;
    await Promise.all(tasks.map((task) => task?.destroy()));
    await Promise.allSettled([this.current, this.queued]);
  }

  /**
   * One pass over every due document. Passes of one dispatcher never overlap: a call during a pass waits for
   * it and runs the next one (calls meanwhile share that next pass).
   */
  runOnce(): Promise<PassCounts> {
    if (!this.current) {
      this.current = this.pass().finally(() => {
        this.current = null;
      });
      return this.current;
    }
    this.queued ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.runOnce();
      });
    return this.queued;
  }

  private async background(trigger: 'schedule' | 'repair' | 'kick'): Promise<void> {
    try {
      await this.runOnce();
    } catch (err) {
      this.opts.logger.error({ err, trigger }, 'outbox pass failed; the next one resumes the work');
    }
  }

  private async pass(): Promise<PassCounts> {
    const counts: PassCounts = { documents: 0, sent: 0, skipped: 0, retrying: 0, failed: 0 };
    if (this.repairNext) await this.repair();
    const sources = new Map(this.opts.sources.map((source) => [source.name, source]));
    // Each document at most once per pass, so a pass always ends; what is added meanwhile kicks the next one.
    for (const entry of await dueEntries(this.now())) {
      const source = sources.get(entry.source);
      if (!source) continue;
      const doc = await this.claim(source, entry.recordId);
      if (!doc) {
        // Held by another dispatcher (which sets the entry when done), or the entry was early: set from the record.
        await syncDue(source, entry.recordId);
        continue;
      }
      counts.documents++;
      try {
        await this.deliver(source, doc, counts);
      } catch (err) {
        this.opts.logger.error(
          { err, source: source.name, id: String(doc._id) },
          'outbox delivery interrupted; resumed once the lease expires',
        );
      }
    }
    if (counts.documents > 0) this.opts.logger.info(counts, 'outbox pass');
    else this.opts.logger.debug('outbox pass: nothing due');
    return counts;
  }

  /** Rebuilds the due list from every source (due.ts); on failure the next pass tries again. */
  private async repair(): Promise<void> {
    for (const source of this.opts.sources) {
      const due = await repairDue(source);
      if (due > 0) this.opts.logger.info({ source: source.name, due }, 'outbox due list checked');
    }
    this.repairNext = false;
  }

  /** Takes the document if it is due and its lease is free (never held, or expired); by `_id`, never a scan. */
  private async claim(source: OutboxSource, id: OutboxDocument['_id']): Promise<OutboxDocument | null> {
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + this.opts.leaseMs);
    const before = await source.model
      .findOneAndUpdate(
        {
          _id: id,
          outboxDueAt: { $lte: now },
          $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
        },
        { $set: { outboxLeaseUntil: leaseUntil } },
        { returnDocument: 'before', timestamps: false },
      )
      .lean<OutboxDocument>();
    if (!before) return null;
    if (before.outboxLeaseUntil) {
      this.opts.logger.warn(
        { source: source.name, id: String(before._id), expired: before.outboxLeaseUntil },
        'outbox lease of a stopped dispatcher expired; taking its work over',
      );
    }
    return { ...before, outboxLeaseUntil: leaseUntil };
  }

  private async deliver(source: OutboxSource, doc: OutboxDocument, counts: PassCounts): Promise<void> {
    const claimedAt = this.now();
    let lease = doc.outboxLeaseUntil!;
    for (const [index, message] of doc.outbox.entries()) {
      if (message.status !== 'pending' || message.nextAttemptAt > claimedAt) continue;
      const renewed = await this.renew(source, doc._id, lease);
      if (!renewed) {
        this.opts.logger.warn(
          { source: source.name, id: String(doc._id) },
          'outbox lease lost while sending; another dispatcher carries on',
        );
        return;
      }
      lease = renewed;
      const outcome = await this.send(message);
      await this.record(source, doc._id, index, message, outcome, counts);
    }
    if (await this.release(source, doc._id, lease)) await syncDue(source, doc._id);
  }

  /** Extends the lease once half of it is used, so a long batch of sends keeps it; null if it was lost. */
  private async renew(source: OutboxSource, id: OutboxDocument['_id'], lease: Date): Promise<Date | null> {
    const now = this.now();
    if (lease.getTime() - now.getTime() >= this.opts.leaseMs / 2) return lease;
    const next = new Date(now.getTime() + this.opts.leaseMs);
    const res = await source.model.updateOne(
      { _id: id, outboxLeaseUntil: lease },
      { $set: { outboxLeaseUntil: next } },
      { timestamps: false },
    );
    return res.matchedCount === 1 ? next : null;
  }

  private async send(message: StoredMessage): Promise<Outcome> {
    if (!Object.hasOwn(outboxPayloadSchemas, message.kind)) {
      return { status: 'invalid', error: `no sender for kind "${message.kind}"` };
    }
    const kind = message.kind as OutboxKind;
    const payload = outboxPayloadSchemas[kind].safeParse(message.payload);
    if (!payload.success)
      return { status: 'invalid', error: `invalid payload: ${z.prettifyError(payload.error)}` };
    const sender = this.opts.senders[kind] as Sender<OutboxKind>;
    try {
      return await sender({ id: message.id, kind, payload: payload.data, attempts: message.attempts });
    } catch (err) {
      return { status: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Records an outcome at the message's index; the filter makes sure the index still holds that message. */
  private async record(
    source: OutboxSource,
    id: OutboxDocument['_id'],
    index: number,
    message: StoredMessage,
    outcome: Outcome,
    counts: PassCounts,
  ): Promise<void> {
    const at = this.now();
    const path = `outbox.${index}`;
    const attempts = message.attempts + 1;
    const set: Record<string, unknown> = { [`${path}.attempts`]: attempts };
    const about = { source: source.name, id: String(id), message: message.id, kind: message.kind, attempts };
    const { logger } = this.opts;
    switch (outcome.status) {
      case 'sent': {
        const after = source.afterSent?.[message.kind as OutboxKind] as AfterSent[OutboxKind] | undefined;
        Object.assign(set, after?.(message.payload as never, at), {
          [`${path}.status`]: 'sent',
          [`${path}.sentAt`]: at,
          [`${path}.lastError`]: null,
        });
        counts.sent++;
        logger.info(about, 'outbox message sent');
        break;
      }
      case 'skipped':
        set[`${path}.status`] = 'skipped';
        set[`${path}.lastError`] = outcome.reason;
        counts.skipped++;
        logger.info({ ...about, reason: outcome.reason }, 'outbox message skipped');
        break;
      case 'invalid':
        set[`${path}.status`] = 'failed';
        set[`${path}.lastError`] = outcome.error;
        counts.failed++;
        logger.error({ ...about, error: outcome.error }, 'outbox message cannot be sent; marked failed');
        break;
      case 'failed':
        set[`${path}.lastError`] = outcome.error;
        if (attempts >= this.opts.maxAttempts) {
          set[`${path}.status`] = 'failed';
          counts.failed++;
          logger.error({ ...about, error: outcome.error }, 'outbox message failed after its last attempt');
        } else {
          const delay = Math.max(
            retryDelayMs(attempts, this.opts.retryBaseMs, this.opts.retryMaxMs, this.opts.random),
            (outcome.retryAfterSeconds ?? 0) * 1000,
          );
          const retryAt = new Date(at.getTime() + delay);
          set[`${path}.nextAttemptAt`] = retryAt;
          counts.retrying++;
          logger.warn(
            { ...about, error: outcome.error, retryAt },
            'outbox message not delivered; will retry',
          );
        }
        break;
    }
    await source.model.updateOne(
      { _id: id, [`${path}.id`]: message.id, [`${path}.status`]: 'pending' },
      { $set: set },
      { timestamps: false },
    );
  }

  /**
   * Sets when the document is next due (its earliest pending message, or null) and frees the lease. The filter
   * requires the outbox to be as long as when it was read: a change that pushed messages meanwhile makes the
   * update miss, and the due time is worked out again with them. False if the lease was lost meanwhile.
   */
  private async release(source: OutboxSource, id: OutboxDocument['_id'], lease: Date): Promise<boolean> {
    for (;;) {
      const doc = await source.model.findById(id).lean<OutboxDocument>();
      // Lease gone: it expired and another dispatcher holds the document now; it releases it.
      if (doc?.outboxLeaseUntil?.getTime() !== lease.getTime()) return false;
      const pending = doc.outbox.filter((m) => m.status === 'pending').map((m) => m.nextAttemptAt.getTime());
      const res = await source.model.updateOne(
        { _id: id, outboxLeaseUntil: lease, [`outbox.${doc.outbox.length}`]: { $exists: false } },
        {
          $set: {
            outboxDueAt: pending.length ? new Date(Math.min(...pending)) : null,
            outboxLeaseUntil: null,
          },
        },
        { timestamps: false },
      );
      if (res.matchedCount === 1) return true;
    }
  }
}
