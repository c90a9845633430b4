import { model, Schema, type InferSchemaType } from 'mongoose';
import { STAFF_ROLES } from './principal';

const staffSchema = new Schema(
  {
    username: { type: String, required: true, unique: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: STAFF_ROLES, required: true },
    areaId: { type: String, required: true },
    /** Copied from the area so jurisdiction checks need no join. */
    areaPath: { type: [String], required: true, index: true },
    passwordHash: { type: String, required: true },
    /** Sensitive: AES-GCM sealed, with a blind index for exact lookup. */
    phoneSealed: { type: String, default: null },
    phoneIndex: { type: String, default: null, index: true },
    failedLogins: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    disabled: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);

export type StaffDoc = InferSchemaType<typeof staffSchema> & { _id: import('mongoose').Types.ObjectId };
export const Staff = model('Staff', staffSchema);
