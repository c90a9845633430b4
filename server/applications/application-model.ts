import { model, Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * An application (申请), from draft onwards. One document holds everything about it, so
 * every change is a single-document atomic update guarded by `revision` (optimistic
 * concurrency: a stale writer gets 409 instead of overwriting someone else's change).
 */
const personSchema = new Schema(
  {
    name: { type: String, required: true },
    /** Sensitive: sealed ID number and its blind index. */
    idNumberSealed: { type: String, default: null },
    idNumberIndex: { type: String, default: null },
    /** The member's screening facts (relation, age, disability, income …), as the policy engine reads them. */
    facts: { type: Schema.Types.Mixed, required: true },
  },
  { _id: false },
);

const applicationSchema = new Schema(
  {
    status: { type: String, enum: ['draft'], default: 'draft', index: true },
    /** The policy pack that governs the application's area. */
    jurisdiction: { type: String, required: true },
    /** Where the household is registered: the village (or township) the case belongs to. */
    areaId: { type: String, required: true },
    areaPath: { type: [String], required: true, index: true },
    programs: { type: [String], required: true },
    /** The resident who applies, when they apply themselves (or can be reached later). */
    ownerResidentId: { type: String, default: null, index: true },
    createdBy: {
      kind: { type: String, enum: ['resident', 'staff'], required: true },
      id: { type: String, required: true },
    },
    members: { type: [personSchema], default: [] },
    /** Household-level screening facts (residence, assets, supporters, incidents …). */
    household: { type: Schema.Types.Mixed, default: null },
    phoneSealed: { type: String, default: null },
    phoneIndex: { type: String, default: null },
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type ApplicationDoc = InferSchemaType<typeof applicationSchema> & { _id: Types.ObjectId };
export const Application = model('Application', applicationSchema);
