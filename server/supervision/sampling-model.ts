import { model, Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A county's random check (抽查) of township decisions: the period, the rate, the seed and what was drawn. The
 * draw is a function of the seed and the decisions of the period, so anyone can draw again and get the same cases.
 */
const samplingSchema = new Schema(
  {
    countyAreaId: { type: String, required: true, index: true },
    areaPath: { type: [String], required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    seed: { type: String, required: true },
    /** The share drawn, in ten-thousandths (3000 = 30 %), and where it comes from. */
    rateBasisPoints: { type: Number, required: true },
    rateSource: { type: Schema.Types.Mixed, default: null },
    population: { type: Number, required: true },
    drawn: {
      type: [
        new Schema(
          {
            applicationId: { type: String, required: true },
            caseNumber: { type: String, required: true },
            townshipId: { type: String, required: true },
            outcome: { type: String, required: true },
            decidedOn: { type: String, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    by: { type: new Schema({ kind: String, id: String, role: String }, { _id: false }), required: true },
  },
  { timestamps: true, versionKey: false },
);

export type SamplingDoc = InferSchemaType<typeof samplingSchema> & { _id: Types.ObjectId };
export const Sampling = model('Sampling', samplingSchema);
