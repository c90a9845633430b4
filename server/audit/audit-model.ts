import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * The audit log is a transparency log (after RFC 6962): requests add entries unordered and unhashed, in groups
 * (`audit_pending`, one document per group commit); one sealer at a time numbers them, hashes them into a chain
 * and stores each group as one tile of the trail (`audit_trail`, `_id` = the position of its first entry), and
 * publishes checkpoints (`audit_checkpoints`: size and head hash), which also leave the store — in the log and,
 * daily, to each county. An entry is its JSON text throughout (audit-entry.ts). See README.md.
 */

/** The entries of the requests that arrived together, written in one insert (group commit). */
const pendingSchema = new Schema(
  {
    at: { type: Date, required: true },
    /** Each entry's JSON text, in the order the requests made them. */
    entries: { type: [String], required: true },
    /** The records the entries are about (`type:id`, each once): a case's trail lists its unsealed entries too. */
    records: { type: [String], required: true },
  },
  { versionKey: false },
);
pendingSchema.index({ records: 1 });

/**
 * One tile: a pending group sealed, its entries at positions `_id`, `_id + 1` … Two unique keys make the chain
 * impossible to fork: a position starts one tile only (`_id`), and a group is sealed once (`group`).
 */
const tileSchema = new Schema(
  {
    _id: { type: Number, required: true },
    /** The pending group it seals. */
    group: { type: String, required: true },
    /** The group's entries, the very strings that were pending. */
    entries: { type: [String], required: true },
    /** The group's records, as pending (verified against the entries). */
    records: { type: [String], required: true },
    /** The hash of the entry before the first (the previous tile's `hash`). */
    prevHash: { type: String, required: true },
    /** The hash of the last entry, the chain run through the tile's entries (audit-hash.ts). */
    hash: { type: String, required: true },
  },
  { versionKey: false },
);
tileSchema.index({ group: 1 }, { unique: true });
tileSchema.index({ records: 1, _id: 1 });

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

export type AuditPendingDoc = InferSchemaType<typeof pendingSchema> & { _id: { toString(): string } };
export type AuditTileDoc = InferSchemaType<typeof tileSchema>;
export type AuditLogStateDoc = InferSchemaType<typeof logStateSchema>;
export type AuditCheckpointDoc = InferSchemaType<typeof checkpointSchema>;

export const AuditPending = model('AuditPending', pendingSchema, 'audit_pending');
export const AuditTile = model('AuditTile', tileSchema, 'audit_trail');
export const AuditLogState = model('AuditLogState', logStateSchema, 'audit_log');
export const AuditCheckpoint = model('AuditCheckpoint', checkpointSchema, 'audit_checkpoints');

/** The id of the state document. */
export const LOG_STATE_ID = 'log';
