import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * The area tree: county (or city) → township (乡镇/街道/苏木/农场公司/管委会) → village (村/社区/嘎查).
 * `path` lists the ids from the root down to the area itself, so "is X inside Y" is
 * a single array-membership match, the same in MongoDB and FerretDB.
 */
export const AREA_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const areaSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    level: { type: String, enum: AREA_LEVELS, required: true },
    /** The local word for the unit: 镇, 乡, 街道, 苏木, 农场公司, 村, 社区, 嘎查 … */
    kind: { type: String, required: true },
    parentId: { type: String, default: null },
    path: { type: [String], required: true, index: true },
    /** The policy pack (flows/<id>) that governs this area and, unless overridden, its subtree. */
    policyPack: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

export type AreaDoc = InferSchemaType<typeof areaSchema> & { _id: string };
export const Area = model('Area', areaSchema);
