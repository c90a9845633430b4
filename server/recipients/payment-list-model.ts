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

export type PaymentListDoc = InferSchemaType<typeof paymentListSchema> & { _id: string };
export const PaymentList = model('PaymentList', paymentListSchema);

/**
 * That a pack's month is cut off: written once every township's list of it is made (none, when no household is
 * paid that month). Until then each daily run makes what is missing (payment-cutoff.ts); after, runs leave it alone.
 */
const paymentCutoffSchema = new Schema(
  {
    /** `<jurisdiction>:<YYYY-MM>` */
    _id: { type: String, required: true },
    jurisdiction: { type: String, required: true },
    month: { type: String, required: true },
    cutOn: { type: String, required: true },
    lists: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);

export const PaymentCutoff = model('PaymentCutoff', paymentCutoffSchema);
