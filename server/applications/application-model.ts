import { model, Schema, type InferSchemaType, type Types } from 'mongoose';
import { outboxFields } from '../outbox/outbox-fields';
import { STAGE_EVENTS } from '../policy/procedure';
import { uploadFields } from '../uploads/upload-model';

/**
 * An application (申请), from draft to decision. One document holds everything about it — household,
 * declarations, attachments, the one-time notice, submitted snapshots, recorded stages and the outbox of
 * messages still to deliver — so every change is a single-document atomic update. Applicant edits are guarded
 * by `revision` (optimistic concurrency: a stale writer gets 409 instead of overwriting someone else's change).
 */

export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_progress', 'closed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Why a village worker applies on a resident's behalf (代为申请). */
export const ON_BEHALF_BASES = ['no_civil_capacity', 'elderly', 'disabled', 'entrusted'] as const;
export type OnBehalfBasis = (typeof ON_BEHALF_BASES)[number];

/**
 * Why the application is made in its area (申请地): the household registration (户籍地), or — where the pack allows
 * it, for 急难型临时救助 — where the applicant lives or the hardship happened.
 */
export const PLACE_BASES = ['registration', 'residence'] as const;
export type PlaceBasis = (typeof PLACE_BASES)[number];

export const DECLARATION_KINDS = [
  'privacy_consent',
  'honesty',
  'verification_authorization',
  'income_assets',
  'relatives_of_staff',
] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** An item of the one-time notice: a missing fact or a missing material. */
export const NOTICE_ITEM_KINDS = ['fact', 'material'] as const;
export type NoticeItemKind = (typeof NOTICE_ITEM_KINDS)[number];

/** What issued the notice: a submission with items missing, or staff asking before acceptance. */
export const NOTICE_TRIGGERS = ['submission', 'staff_request'] as const;
export type NoticeTrigger = (typeof NOTICE_TRIGGERS)[number];

const actorSchema = new Schema(
  {
    kind: { type: String, enum: ['resident', 'staff', 'system'], required: true },
    id: { type: String, required: true },
    role: { type: String, default: null },
  },
  { _id: false },
);

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

/** A signed declaration or consent: what was agreed to (the text's hash), by whom, when and where. */
const declarationSchema = new Schema(
  {
    kind: { type: String, enum: DECLARATION_KINDS, required: true },
    textVersion: { type: String, required: true },
    /** For the relatives-of-staff declaration: the answer given. */
    answer: { type: Schema.Types.Mixed, default: null },
    signedBy: { type: actorSchema, required: true },
    channel: { type: String, required: true },
    signedAt: { type: Date, required: true },
  },
  { _id: false },
);

/** An uploaded file linked to a required material item; the bytes live in the blob store, sealed. */
const attachmentSchema = new Schema(
  { ...uploadFields, materialId: { type: String, required: true } },
  { _id: false },
);

/** One item of the one-time notice: a missing fact or material, with why it is needed. */
const noticeItemSchema = new Schema(
  {
    kind: { type: String, enum: NOTICE_ITEM_KINDS, required: true },
    code: { type: String, required: true },
    member: { type: String, default: null },
    /** What is missing and why, in every language, as given at the time. */
    name: { type: Schema.Types.Mixed, required: true },
    reason: { type: Schema.Types.Mixed, default: null },
    source: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false },
);

const noticeSchema = new Schema(
  {
    issuedAt: { type: Date, required: true },
    issuedOn: { type: String, required: true },
    trigger: { type: String, enum: NOTICE_TRIGGERS, required: true },
    by: { type: actorSchema, required: true },
    channel: { type: String, required: true },
    items: { type: [noticeItemSchema], required: true },
    /** The facts the notice was computed from, to tell later whether the applicant's facts changed. */
    factsAtNotice: { type: Schema.Types.Mixed, required: true },
    /** The request that issued it (see http/idempotency.ts). */
    requestKey: { type: String, default: null },
    /** Items added after the notice because the applicant's own facts changed: the recorded exception. */
    additions: {
      type: [
        new Schema(
          {
            at: { type: Date, required: true },
            items: { type: [noticeItemSchema], required: true },
            changedFacts: { type: [String], required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { _id: false },
);

/** A frozen, hashed copy of the application as submitted; a resubmission after a notice adds a version. */
const snapshotSchema = new Schema(
  {
    version: { type: Number, required: true },
    submittedAt: { type: Date, required: true },
    submittedBy: { type: actorSchema, required: true },
    sha256: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    /** The request that submitted it (see http/idempotency.ts). */
    requestKey: { type: String, default: null },
  },
  { _id: false },
);

/**
 * A stage of the pack's procedure, recorded by staff (or by the system for 申请 on submission); or, with event
 * `objection`, an objection raised during the publication `stage`. `details` holds what the stage's rules ask
 * staff to record (investigators, the community review's vote, approved amounts, a help-first grant).
 */
const stageRecordSchema = new Schema(
  {
    stage: { type: String, required: true },
    event: { type: String, enum: STAGE_EVENTS, default: 'done' },
    on: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: actorSchema, required: true },
    outcome: { type: String, default: null },
    note: { type: String, default: null },
    details: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false },
);

const applicationSchema = new Schema(
  {
    status: { type: String, enum: APPLICATION_STATUSES, default: 'draft', index: true },
    /** The policy pack that governs the application's area. */
    jurisdiction: { type: String, required: true },
    /** The village (or township) the case belongs to: where the household is registered, unless `placeBasis` says. */
    areaId: { type: String, required: true },
    areaPath: { type: [String], required: true, index: true },
    placeBasis: { type: String, enum: PLACE_BASES, default: 'registration' },
    /** The township that decides (受理/审核确认), from the area path. */
    townshipId: { type: String, default: null },
    programs: { type: [String], required: true },
    /** The resident who applies, when they apply themselves (or claimed the case later). */
    ownerResidentId: { type: String, default: null, index: true },
    createdBy: { type: actorSchema, required: true },
    /** 代为申请: the worker applies for the resident, on this basis. */
    onBehalf: {
      type: new Schema(
        {
          basis: { type: String, enum: ON_BEHALF_BASES, required: true },
          workerId: { type: String, required: true },
          /** Blind index of the one-time code the resident enters to follow the case; cleared once used. */
          claimCodeIndex: { type: String, default: null },
        },
        { _id: false },
      ),
      default: null,
    },
    members: { type: [personSchema], default: [] },
    /** Household-level screening facts (residence, assets, supporters, incidents …). */
    household: { type: Schema.Types.Mixed, default: null },
    phoneSealed: { type: String, default: null },
    phoneIndex: { type: String, default: null },
    declarations: { type: [declarationSchema], default: [] },
    attachments: { type: [attachmentSchema], default: [] },
    notice: { type: noticeSchema, default: null },
    /** Given at first submission; absent before (the unique index skips absent values). */
    caseNumber: { type: String },
    snapshots: { type: [snapshotSchema], default: [] },
    /**
     * Chats that follow the case (server/chat): each holds a credential, kept only as its HMAC, that reads this
     * case's timeline and nothing else; the chat's id is sealed. Stage changes are pushed to them.
     */
    chatBindings: {
      type: [
        new Schema(
          {
            id: { type: String, required: true },
            tokenIndex: { type: String, required: true },
            chatSealed: { type: String, required: true },
            boundAt: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    forwardedAt: { type: Date, default: null },
    acceptedOn: { type: String, default: null },
    stages: { type: [stageRecordSchema], default: [] },
    decision: {
      type: new Schema(
        {
          outcome: { type: String, enum: ['approved', 'refused', 'not_accepted'], required: true },
          reasons: { type: String, default: null },
          /** Approved amounts in fen by programme: monthly for 低保/特困, once for 临时救助. */
          amountsFen: { type: Schema.Types.Mixed, default: null },
          /** Granted first, documented after (先行救助、后补材料). */
          emergency: { type: Boolean, default: false },
          on: { type: String, required: true },
          by: { type: actorSchema, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    /** Denormalised from the stages (case-deadline.ts): the stage the case waits on and its due date. */
    currentStage: { type: String, default: null },
    currentDue: { type: String, default: null },
    ...outboxFields,
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
applicationSchema.index({ caseNumber: 1 }, { unique: true, sparse: true });
// The inbox and the deadline sweep read the case index (case-index-model.ts), never a query over applications.
// The same person in another open application (see shared-members.ts).
applicationSchema.index({ 'members.idNumberIndex': 1 });
// A bound chat's credential finds its case.
applicationSchema.index({ 'chatBindings.tokenIndex': 1 });

export type ApplicationDoc = InferSchemaType<typeof applicationSchema> & { _id: Types.ObjectId };
export const Application = model('Application', applicationSchema);
