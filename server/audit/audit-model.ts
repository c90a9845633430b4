import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * The audit log is a transparency log (after RFC 6962): requests add entries unordered and unhashed, in groups
 * (`audit_pending`, one document per group commit); one sealer at a time numbers them, hashes them into a chain
 * (`audit_trail`, one document per entry, `_id` = its position) and publishes checkpoints (`audit_checkpoints`:
 * size and head hash), which also leave the store — in the log and, daily, to each county. See README.md.
 */

const actor = {
  kind: { type: String, required: true },
  id: { type: String, required: true },
  role: { type: String },
};

/** What an entry says; the same fields pending and sealed. */
const entryFields = {
  /** Given when the request made it: an entry is sealed at most once (unique in the trail). */
  id: { type: String, required: true },
  at: { type: Date, required: true },
  actor,
  channel: { type: String, required: true },
  /** read, create, update, stage, login … */
  action: { type: String, required: true },
  record: {
    type: { type: String, required: true },
    id: { type: String, required: true },
  },
  areaId: { type: String, default: null },
  requestId: { type: String, default: null },
  /** What changed: field names and non-sensitive values only. */
  details: { type: Schema.Types.Mixed, default: null },
};

/** The entries of the requests that arrived together, written in one insert (group commit). */
const pendingSchema = new Schema(
  {
    at: { type: Date, required: true },
    entries: { type: [new Schema(entryFields, { _id: false })], required: true },
  },
  { versionKey: false },
);
// A case's trail lists its entries that are not sealed yet too.
pendingSchema.index({ 'entries.record.id': 1 });

/** One sealed entry: `_id` is its position (1, 2, …), so two sealers can never both fill one. */
const trailSchema = new Schema(
  {
    _id: { type: Number, required: true },
    ...entryFields,
    /** The group it came in, its place in it and the group's size: a group is removed once fully sealed. */
    group: { type: String, required: true },
    groupIndex: { type: Number, required: true },
    groupSize: { type: Number, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { versionKey: false },
);
trailSchema.index({ id: 1 }, { unique: true });
trailSchema.index({ 'record.type': 1, 'record.id': 1, _id: 1 });

/** The log's one state document: its identity, how far it is sealed, and the sealer's lease. */
const logStateSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Names this log in every checkpoint: a verification against another store's checkpoint fails. */
    logId: { type: String, required: true },
    size: { type: Number, required: true },
    head: { type: String, required: true },
    leaseUntil: { type: Date, default: null },
    holder: { type: String, default: null },
    checkpointAt: { type: Date, default: null },
  },
  { versionKey: false },
);

/** A checkpoint: the first `_id` entries hash to `head`. */
const checkpointSchema = new Schema(
  {
    _id: { type: Number, required: true },
    logId: { type: String, required: true },
    head: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export type AuditPendingDoc = InferSchemaType<typeof pendingSchema>;
export type AuditDoc = InferSchemaType<typeof trailSchema>;
export type AuditLogStateDoc = InferSchemaType<typeof logStateSchema>;
export type AuditCheckpointDoc = InferSchemaType<typeof checkpointSchema>;

export const AuditPending = model('AuditPending', pendingSchema, 'audit_pending');
export const AuditEntry = model('AuditEntry', trailSchema, 'audit_trail');
export const AuditLogState = model('AuditLogState', logStateSchema, 'audit_log');
export const AuditCheckpoint = model('AuditCheckpoint', checkpointSchema, 'audit_checkpoints');

/** The id of the state document. */
export const LOG_STATE_ID = 'log';
