import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * A township's payment list (发放清册) of a month, cut off on the pack's day (Dengkou: the 20th, 003 五(二)2(2)): who
 * is paid how much that month, frozen as it stood at the cut-off. One per township and month: a rerun finds it.
 */
const paymentListSchema = new Schema(
  {
    /** `<townshipId>:<YYYY-MM>` */
    _id: { type: String, required: true },
    jurisdiction: { type: String, required: true },
    townshipId: { type: String, required: true },
    areaPath: { type: [String], required: true, index: true },
    month: { type: String, required: true },
    cutOn: { type: String, required: true },
    households: { type: Number, required: true },
    totalFen: { type: Number, required: true },
    rows: {
      type: [
        new Schema(
          {
            recipientId: { type: String, required: true },
            caseNumber: { type: String, required: true },
            areaId: { type: String, required: true },
            program: { type: String, required: true },
            amountFen: { type: Number, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { timestamps: true, versionKey: false },
);
// Whether a pack's month is cut off yet: a missed cut-off is made late only while it is not (payment-cutoff.ts).
paymentListSchema.index({ jurisdiction: 1, month: 1 });

export type PaymentListDoc = InferSchemaType<typeof paymentListSchema> & { _id: string };
export const PaymentList = model('PaymentList', paymentListSchema);
