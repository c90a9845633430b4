import { model, Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A recipient household (保障对象) of one monthly programme, made from an approved case: its amount, the month
 * payment starts, every change (增发、减发、停发) with its reasons, and the periodic reviews (复核). Changes are
 * appended, never edited, so the payment history can be rebuilt month by month.
 */

export const RECIPIENT_STATUSES = ['active', 'stopped'] as const;
export const CHANGE_KINDS = ['start', 'increase', 'decrease', 'stop'] as const;
export const CATEGORIES = ['A', 'B', 'C'] as const;

const actor = new Schema({ kind: String, id: String, role: { type: String, default: null } }, { _id: false });

const changeSchema = new Schema(
  {
    kind: { type: String, enum: CHANGE_KINDS, required: true },
    /** The first month paid at the new amount (or not paid, for a stop). */
    fromMonth: { type: String, required: true },
    amountFen: { type: Number, required: true },
    previousFen: { type: Number, default: null },
    reasons: { type: String, default: null },
    on: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: actor, required: true },
  },
  { _id: false },
);

const reviewSchema = new Schema(
  {
    on: { type: String, required: true },
    note: { type: String, default: null },
    at: { type: Date, required: true },
    by: { type: actor, required: true },
  },
  { _id: false },
);

const recipientSchema = new Schema(
  {
    applicationId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    jurisdiction: { type: String, required: true },
    areaId: { type: String, required: true },
    areaPath: { type: [String], required: true, index: true },
    townshipId: { type: String, default: null },
    program: { type: String, required: true },
    /** Head of household and size, as on the case when it was approved. */
    headName: { type: String, required: true },
    householdSize: { type: Number, required: true },
    category: { type: String, enum: [...CATEGORIES, null], default: null },
    /** Which of the pack's review intervals applies (its position), and its length in months. */
    reviewGroup: { type: Number, default: null },
    reviewMonths: { type: Number, default: null },
    /** Registered relatives of staff (近亲属备案), listed apart and reviewed as the pack says. */
    relatedToStaff: { type: Boolean, default: false },
    approvedOn: { type: String, required: true },
    firstPaymentMonth: { type: String, required: true },
    /** The pack's payment-start rule that gave the first month, or `entered` where the pack states none. */
    paymentStartBasis: { type: Schema.Types.Mixed, required: true },
    amountFen: { type: Number, required: true },
    status: { type: String, enum: RECIPIENT_STATUSES, default: 'active' },
    stoppedFromMonth: { type: String, default: null },
    nextReviewDue: { type: String, default: null },
    changes: { type: [changeSchema], default: [] },
    reviews: { type: [reviewSchema], default: [] },
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
recipientSchema.index({ applicationId: 1, program: 1 }, { unique: true });
recipientSchema.index({ areaPath: 1, status: 1, nextReviewDue: 1 });

export type RecipientDoc = InferSchemaType<typeof recipientSchema> & { _id: Types.ObjectId };
export const Recipient = model('Recipient', recipientSchema);
