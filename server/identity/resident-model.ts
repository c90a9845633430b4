import { model, Schema, type InferSchemaType } from 'mongoose';

/** A resident known by their WeChat openid, kept sealed with a blind index for lookup. */
const residentSchema = new Schema(
  {
    openidIndex: { type: String, required: true, unique: true },
    openidSealed: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export type ResidentDoc = InferSchemaType<typeof residentSchema> & { _id: import('mongoose').Types.ObjectId };
export const Resident = model('Resident', residentSchema);
