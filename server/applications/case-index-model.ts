import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * The case index: each submitted case as one small row (case-index.ts), kept in documents that are only ever read
 * and written by `_id`, so the inbox and the deadline sweep never scan the applications. FerretDB v1 over SQLite
 * (the embedded store) pushes nothing but an `_id` equality down to SQL; on MongoDB `_id` is the primary index.
 *
 * - `case_index_buckets`, `_id` = `<townshipId>:<YYYY-MM>`: the rows of a township's cases created in one month,
 *   as an object keyed by case id (so setting a row is idempotent), each row one JSON string.
 * - `case_index_heads`, `_id` = the township id: which buckets it has, its area path (to find the townships of a
 *   county) and a version bumped after every row written, so a reader knows whether what it holds is current.
 * - `case_index_due`, `_id` = the township id: its cases under way that have a due date, each as one short JSON
 *   array (due date, stage, case number, pack): what the daily deadline sweep reads, an eighth of the rows.
 */

const headSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The township's area path, county first. */
    path: { type: [String], required: true },
    /** Months (YYYY-MM) that have a bucket. */
    buckets: { type: [String], default: [] },
    /** Bumped after each row written; with `epoch`, what a reader's copy of the rows is checked against. */
    version: { type: Number, default: 0 },
    /** Set anew by a rebuild, so no copy of an older index can pass for current. */
    epoch: { type: String, required: true },
  },
  { versionKey: false, collection: 'case_index_heads' },
);
// A county's townships (a county supervisor's inbox; a scan of these few small documents on FerretDB).
headSchema.index({ path: 1 });

const bucketSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Case id → row, as JSON text (case-index.ts). */
    rows: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false, collection: 'case_index_buckets' },
);

export type CaseIndexHeadDoc = InferSchemaType<typeof headSchema>;
export const CaseIndexHead = model('CaseIndexHead', headSchema);
export const CaseIndexBucket = model('CaseIndexBucket', bucketSchema);

const dueSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Case id → `[currentDue, currentStage, caseNumber, jurisdiction]` as JSON text. */
    due: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false, collection: 'case_index_due' },
);
export const CaseIndexDue = model('CaseIndexDue', dueSchema);
