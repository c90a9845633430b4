import { model, Schema, type Types } from 'mongoose';
import type { OutboxSource } from './dispatcher';
import { isDuplicateKey } from '../store/duplicate-key';

/**
 * The due list: one small document per record whose outbox has pending messages, `_id` = `<source>:<recordId>`,
 * with the earliest time one is due. The dispatcher reads this list (a handful of documents) rather than querying
 * the sources, which FerretDB v1 over SQLite answers by reading and decoding every application and report; it then
 * claims each record by `_id`. The record's own `outboxDueAt` stays the truth: an entry is only ever a hint, set
 * again from the record (`syncDue`) whenever it is found wrong, and rebuilt from the sources by `repairDue`.
 *
 * `version` is bumped by every write, so the dispatcher's write of an entry, conditioned on the version it read
 * before reading the record, misses whenever a writer marked the record due meanwhile, and is worked out again.
 */
const dueSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The source's name (`OutboxSource.name`). */
    source: { type: String, required: true },
    /** The record's `_id`, of its own type (an ObjectId, or a string for bulletins). */
    recordId: { type: Schema.Types.Mixed, required: true },
    dueAt: { type: Date, required: true },
    version: { type: Number, default: 0 },
  },
  { versionKey: false, collection: 'outbox_due' },
);
// What is due first (on MongoDB; FerretDB reads the few documents of the list whole).
dueSchema.index({ dueAt: 1 });

export const OutboxDue = model('OutboxDue', dueSchema);

type RecordId = Types.ObjectId | string;

export interface DueEntry {
  _id: string;
  source: string;
  recordId: RecordId;
  dueAt: Date;
  version: number;
}

const keyOf = (source: OutboxSource, id: RecordId) => `${source.name}:${String(id)}`;

/**
 * Puts a record on the due list, due at `at`: called right after the atomic update that added its messages
 * (`withOutbox`, or a record created with them). Idempotent. Should the process stop before it, the dispatcher's
 * repair scan at start (and hourly) finds the record.
 */
export async function markDue(source: OutboxSource, id: RecordId, at = new Date()): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await OutboxDue.updateOne(
        { _id: keyOf(source, id) },
        { $set: { source: source.name, recordId: id, dueAt: at }, $inc: { version: 1 } },
        { upsert: true },
      );
      return;
    } catch (err) {
      // Two upserts of one new entry at once: one inserts, the other's is a duplicate and now updates it.
      if (!isDuplicateKey(err) || attempt > 1) throw err;
    }
  }
}

/** The entries due by `now`, earliest first. */
export async function dueEntries(now: Date): Promise<DueEntry[]> {
  return OutboxDue.find({ dueAt: { $lte: now } })
    .sort({ dueAt: 1 })
    .lean<DueEntry[]>();
}

/**
 * Sets a record's entry from the record as it is now: its `outboxDueAt`, or no entry when nothing is pending (or
 * the record is gone). The entry is read before the record and written only if its version is unchanged, so a
 * writer's `markDue` in between is never undone.
 */
export async function syncDue(source: OutboxSource, id: RecordId): Promise<void> {
  const _id = keyOf(source, id);
  for (;;) {
    const entry = await OutboxDue.findById(_id).lean<DueEntry>();
    const record = await source.model.findById(id, { outboxDueAt: 1 }).lean<{ outboxDueAt: Date | null }>();
    const dueAt = record?.outboxDueAt ?? null;
    if (!entry) {
      if (!dueAt) return;
      try {
        // Created only if still absent: a writer's entry, meanwhile, is left as it is and read again.
        await OutboxDue.create({ _id, source: source.name, recordId: id, dueAt });
        return;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        continue;
      }
    }
    if (!dueAt) {
      const res = await OutboxDue.deleteOne({ _id, version: entry.version });
      if (res.deletedCount === 1) return;
      continue;
    }
    if (entry.dueAt.getTime() === dueAt.getTime()) return;
    const res = await OutboxDue.updateOne(
      { _id, version: entry.version },
      { $set: { dueAt }, $inc: { version: 1 } },
    );
    if (res.matchedCount === 1) return;
  }
}

/**
 * Rebuilds the due list from the sources: every record with a pending message gets its entry. This is the one
 * query that reads a source whole (on FerretDB); the dispatcher runs it at its first pass and then hourly, so a
 * message whose `markDue` a crash prevented still goes out. Entries of records no longer due are dropped as the
 * dispatcher meets them.
 */
export async function repairDue(source: OutboxSource): Promise<number> {
  const due = await source.model.find({ outboxDueAt: { $ne: null } }, { _id: 1 }).lean<{ _id: RecordId }[]>();
  for (const { _id } of due) await syncDue(source, _id);
  return due.length;
}
