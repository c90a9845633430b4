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
    /** Failed sign-ins since the last successful one, shown to the staff member when they sign in. */
    failedSignIns: {
      count: { type: Number, default: 0 },
      lastAt: { type: Date, default: null },
    },
    lastSignInAt: { type: Date, default: null },
    /** Set by an administrator's one-time password: nothing but changing it is allowed until it is changed. */
    mustChangePassword: { type: Boolean, default: false },
    disabled: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);

export type StaffDoc = InferSchemaType<typeof staffSchema> & { _id: import('mongoose').Types.ObjectId };
export const Staff = model('Staff', staffSchema);
