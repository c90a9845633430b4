import { model, Schema, type InferSchemaType, type Types } from 'mongoose';
import { outboxFields } from '../outbox/outbox-fields';
import { uploadSchema } from '../uploads/upload-model';

/**
 * A complaint or report (投诉举报). One document holds the report, where it was routed, its deadline, the answer
 * and the outbox of staff notices, so each change is a single atomic update.
 *
 * The reporter's identity is protected: an anonymous report stores nothing that identifies the reporter (no
 * account, openid, address or phone); they follow it with a receipt code and a secret of which only an HMAC is
 * kept. A named report keeps what the reporter chose to give, sealed. What the report says and whom it names are
 * sealed too.
 */

export const REPORT_KINDS = ['complaint', 'fraud', 'favouritism', 'misconduct', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATUSES = ['received', 'answered'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What the check found (核查结果), shown to the reporter with the answer text. */
export const REPORT_OUTCOMES = ['substantiated', 'partly_substantiated', 'unsubstantiated'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export const ROUTING_LEVELS = ['township', 'county'] as const;
export const ROUTING_RULES = [
  'involves_staff',
  'accuses_office',
  'names_staff',
  'township_decision',
  'township_handles',
] as const;
export type RoutingRule = (typeof ROUTING_RULES)[number];

const sourceSchema = new Schema(
  { document: { type: String, required: true }, clause: { type: String, required: true } },
  { _id: false },
);

/** A working-day deadline, as dated when it was set. */
const dueSchema = new Schema(
  {
    date: { type: String, required: true },
    workingDays: { type: Number, required: true },
    /** A year without holiday data was crossed: only weekends were skipped. */
    estimated: { type: Boolean, required: true },
    source: { type: sourceSchema, required: true },
  },
  { _id: false },
);

const byStaffSchema = new Schema(
  { kind: { type: String, required: true }, id: { type: String, required: true } },
  { _id: false },
);

const reportSchema = new Schema(
  {
    /** Given to the reporter; unique. */
    receiptCode: { type: String, required: true },
    /** HMAC of the follow-up secret (the secret itself is shown once and never stored). */
    secretHash: { type: String, required: true },
    kind: { type: String, enum: REPORT_KINDS, required: true },
    status: { type: String, enum: REPORT_STATUSES, default: 'received', index: true },
    /** The policy pack that governs the place. */
    jurisdiction: { type: String, required: true },
    /** The place concerned (village or township); for a complaint, the case's area. */
    areaId: { type: String, required: true },
    areaPath: { type: [String], required: true },
    /** The case a complaint is about. */
    applicationId: { type: String, default: null },
    /** The people named (name, position) as JSON, sealed. */
    peopleSealed: { type: String, required: true },
    /**
     * The report names township social-assistance staff or their relatives, or village committee members; kept in
     * clear, as routing depends on it.
     */
    involvesStaff: { type: Boolean, required: true },
    /** What the reporter wrote, sealed: it names people and may identify the reporter. */
    descriptionSealed: { type: String, required: true },
    reporter: {
      type: new Schema(
        {
          anonymous: { type: Boolean, required: true },
          /** Named reports only, sealed. */
          nameSealed: { type: String, default: null },
          phoneSealed: { type: String, default: null },
          /** Named reports made while signed in only. */
          residentId: { type: String, default: null },
          staffId: { type: String, default: null },
        },
        { _id: false },
      ),
      required: true,
    },
    /** The office that handles it; staff reach the report through `path` (the routed area and its ancestors). */
    routedTo: {
      type: new Schema(
        {
          level: { type: String, enum: ROUTING_LEVELS, required: true },
          areaId: { type: String, required: true },
          path: { type: [String], required: true },
          rule: { type: String, enum: ROUTING_RULES, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    /** Local China date of receipt; the answer deadline counts from it. */
    receivedOn: { type: String, required: true },
    /** Null when the local document sets no time limit for answering. */
    answerDue: { type: dueSchema, default: null },
    /**
     * Set by staff when the media disclosed the problem (媒体披露): it must then be investigated within the pack's
     * `complaints.mediaReports` limit (Yichun: 3 working days, seed 002 二(五)4), counted from `on`.
     */
    mediaDisclosure: {
      type: new Schema(
        {
          on: { type: String, required: true },
          investigationDue: { type: dueSchema, default: null },
          markedBy: { type: byStaffSchema, required: true },
          markedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    answer: {
      type: new Schema(
        {
          outcome: { type: String, enum: REPORT_OUTCOMES, required: true },
          /** How it was checked and handled: for staff and supervisors only. */
          handling: { type: String, required: true },
          /** What the reporter is told. */
          text: { type: String, required: true },
          answeredOn: { type: String, required: true },
          answeredAt: { type: Date, required: true },
          by: { type: byStaffSchema, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    /** Evidence the reporter added with the receipt (photos, PDFs), sealed in the blob store. */
    attachments: { type: [uploadSchema], default: [] },
    /** The request that made it (see http/idempotency.ts), so a retry after a crash finds it. */
    requestKey: { type: String, default: null, index: true },
    ...outboxFields,
  },
  { timestamps: true, versionKey: false, minimize: false },
);
reportSchema.index({ receiptCode: 1 }, { unique: true });
reportSchema.index({ 'routedTo.path': 1, createdAt: -1 });

export type ReportDoc = InferSchemaType<typeof reportSchema> & { _id: Types.ObjectId };
export const Report = model('Report', reportSchema);
