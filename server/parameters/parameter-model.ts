import { model, Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A figure a county published (a year's 低保标准, the minimum wage, the margin ceiling …), entered by its county
 * supervisor with the document that published it. Entries are never edited or removed: a new figure is a new entry
 * with a later effective date, so every past screening and decision can be explained by the figures of its day.
 */
const countyParameterSchema = new Schema(
  {
    /** The policy pack the figure belongs to (the county area's own pack). */
    jurisdiction: { type: String, required: true },
    countyAreaId: { type: String, required: true },
    areaPath: { type: [String], required: true },
    /** A parameter path of the pack schema: `standard.rural`, `minimumWageMonthly` … */
    path: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
    effectiveFrom: { type: String, required: true },
    /** The publishing document: its number (文号) and the clause giving the figure. */
    document: { type: String, required: true },
    clause: { type: String, required: true },
    enteredBy: {
      type: new Schema({ kind: String, id: String, role: { type: String, default: null } }, { _id: false }),
      required: true,
    },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
countyParameterSchema.index({ jurisdiction: 1, path: 1, effectiveFrom: 1 }, { unique: true });

export type CountyParameterDoc = InferSchemaType<typeof countyParameterSchema> & { _id: Types.ObjectId };
export const CountyParameter = model('CountyParameter', countyParameterSchema);
