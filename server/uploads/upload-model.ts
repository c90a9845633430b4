import { Schema } from 'mongoose';

/**
 * How a stored upload is recorded on the record it belongs to (an application's material, a report's
 * evidence): its metadata and where the sealed bytes are; never the bytes themselves.
 */

/** Who uploaded: a signed-in resident or staff member, or — for reports — whoever holds the receipt. */
export const UPLOADER_KINDS = ['resident', 'staff', 'system', 'reporter'] as const;

const uploaderSchema = new Schema(
  {
    kind: { type: String, enum: UPLOADER_KINDS, required: true },
    id: { type: String, required: true },
    role: { type: String, default: null },
  },
  { _id: false },
);

export const uploadFields = {
  id: { type: String, required: true },
  contentType: { type: String, required: true },
  bytes: { type: Number, required: true },
  width: { type: Number, default: null },
  height: { type: Number, default: null },
  sha256: { type: String, required: true },
  storageKey: { type: String, required: true },
  uploadedBy: { type: uploaderSchema, required: true },
  uploadedAt: { type: Date, required: true },
  /** The request that stored it (see http/idempotency.ts): a retry after a crash finds it instead of adding it again. */
  requestKey: { type: String, default: null },
};

export const uploadSchema = new Schema(uploadFields, { _id: false });
