import { model, Schema, type InferSchemaType, type Types } from 'mongoose';
import { outboxFields } from '../outbox/outbox-fields';

/**
 * A household found in hardship (主动发现报告): a village or grid worker reports it to the township, which follows
 * it up by a date counted in working days. One document holds the report, its follow-ups and the outbox of the
 * WeCom notice to the township, so each change is a single atomic update. Who the household is, where it lives
 * and what the worker wrote are sealed at rest.
 */

export const HARDSHIPS = [
  'no_income',
  'illness',
  'disability',
  'elderly_alone',
  'child_without_care',
  'disaster_or_accident',
  'housing',
  'other',
] as const;
export type Hardship = (typeof HARDSHIPS)[number];

/** 急难: sudden, serious hardship that may be helped first (急难型临时救助, seed 002 三(一)1). */
export const URGENCIES = ['urgent', 'ordinary'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const DISCOVERY_STATUSES = ['open', 'closed'] as const;

/** What a follow-up found: a visit alone keeps the report open; the others close it. */
export const FOLLOW_UP_OUTCOMES = [
  'visited',
  'helped_to_apply',
  'emergency_aid',
  'referred',
  'not_needed',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

const byStaffSchema = new Schema(
  { id: { type: String, required: true }, role: { type: String, required: true } },
  { _id: false },
);

const followUpSchema = new Schema(
  {
    on: { type: String, required: true },
    outcome: { type: String, enum: FOLLOW_UP_OUTCOMES, required: true },
    noteSealed: { type: String, required: true },
    by: { type: byStaffSchema, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const discoverySchema = new Schema(
  {
    /** The village (or township) where the household was found. */
    areaId: { type: String, required: true },
    areaPath: { type: [String], required: true, index: true },
    /** The township that follows it up. */
    townshipId: { type: String, required: true },
    reportedBy: { type: byStaffSchema, required: true },
    /** { name, phone?, address, size } as JSON, sealed. */
    householdSealed: { type: String, required: true },
    hardships: { type: [String], enum: HARDSHIPS, required: true },
    urgency: { type: String, enum: URGENCIES, required: true },
    descriptionSealed: { type: String, required: true },
    reportedOn: { type: String, required: true },
    /** The follow-up date, counted in working days from the report (or the last follow-up). */
    followUpBy: {
      type: new Schema(
        {
          date: { type: String, required: true },
          workingDays: { type: Number, required: true },
          estimated: { type: Boolean, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    status: { type: String, enum: DISCOVERY_STATUSES, default: 'open', index: true },
    followUps: { type: [followUpSchema], default: [] },
    /** The Idempotency-Key slot of the request that made it, so a retry after a crash finds it. */
    requestKey: { type: String, default: null, index: true },
    ...outboxFields,
  },
  { timestamps: true },
);

export type DiscoveryDoc = InferSchemaType<typeof discoverySchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

export const Discovery = model('Discovery', discoverySchema);
