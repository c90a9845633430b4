import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * One entry of the append-only audit trail. Entries are numbered (`seq`, unique) and each
 * carries the hash of the previous one, so an edited, removed or re-ordered entry breaks
 * the chain that `npm run admin -- audit:verify` checks.
 */
const auditSchema = new Schema(
  {
    seq: { type: Number, required: true, unique: true },
    at: { type: Date, required: true },
    actor: {
      kind: { type: String, required: true },
      id: { type: String, required: true },
      role: { type: String },
    },
    channel: { type: String, required: true },
    action: { type: String, required: true },
    record: {
      type: { type: String, required: true },
      id: { type: String, required: true },
    },
    areaId: { type: String, default: null },
    requestId: { type: String, default: null },
    details: { type: Schema.Types.Mixed, default: null },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { versionKey: false },
);
auditSchema.index({ 'record.type': 1, 'record.id': 1, seq: 1 });

export type AuditDoc = InferSchemaType<typeof auditSchema>;
export const AuditEntry = model('AuditEntry', auditSchema, 'audit_trail');
