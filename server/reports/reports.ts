import { Types } from 'mongoose';
import { z } from 'zod';
import { pageFields, pageWindow } from '../http/paging';
import { findApplication } from '../applications/drafts';
import { Area, type AreaDoc } from '../areas/area-model';
import { areaIdSchema, policyPackFor } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { AppError, notFound, unauthenticated } from '../http/errors';
import { outOfReach, reaches, type ScopedRecord } from '../identity/access';
import type { Principal, StaffPrincipal } from '../identity/principal';
import { phoneSchema } from '../identity/staff';
import { isoDate } from '../policy/household';
import { translator } from '../i18n';
import { markDue } from '../outbox/due';
import { outboxMessage, withOutbox, type OutboxMessage } from '../outbox/outbox';
import type { Pack } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import { complaintDeadline } from '../policy/procedure';
import type { FieldCrypto } from '../privacy/field-crypto';
import type { StoredUpload } from '../uploads/store-upload';
import { newReceiptCode, newSecret, secretHash } from './receipt';
import {
  REPORT_KINDS,
  REPORT_OUTCOMES,
  REPORT_STATUSES,
  ROUTING_LEVELS,
  Report,
  type ReportDoc,
  type ReportOutcome,
} from './report-model';
import { reportOutbox } from './report-outbox';
import { routeReport, type Routing } from './routing';
import { isDuplicateKey } from '../store/duplicate-key';

const text = (max: number) => z.string().trim().min(1).max(max);

const personSchema = z.strictObject({ name: text(40), position: text(60).optional() });

/** The people a report names, as the office reads them. */
export function peopleOf(
  report: ReportDoc,
  crypto: FieldCrypto,
): { name: string; position: string | null }[] {
  const people = z.array(personSchema).parse(JSON.parse(crypto.decrypt(report.peopleSealed)));
  return people.map((p) => ({ name: p.name, position: p.position ?? null }));
}

export const newReportSchema = z
  .strictObject({
    kind: z.enum(REPORT_KINDS),
    areaId: areaIdSchema.optional().describe('The village or township concerned (not for complaints)'),
    applicationId: z
      .string()
      .regex(/^[a-f0-9]{24}$/)
      .optional()
      .describe('The case a complaint is about (complaints only)'),
    people: z.array(personSchema).max(10).default([]),
    involvesStaff: z
      .boolean()
      .default(false)
      .describe(
        'The report names township social-assistance staff or their relatives, or village committee members',
      ),
    description: z.string().trim().min(10).max(2000),
    reporter: z
      .strictObject({
        anonymous: z.boolean(),
        name: text(40).optional(),
        phone: phoneSchema.optional(),
      })
      .refine((r) => !r.anonymous || (r.name === undefined && r.phone === undefined), {
        message: 'validation:anonymousWithIdentity',
        path: ['anonymous'],
      }),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'complaint') {
      if (!r.applicationId)
        ctx.addIssue({ code: 'custom', message: 'validation:complaintNeedsCase', path: ['applicationId'] });
      if (r.areaId)
        ctx.addIssue({ code: 'custom', message: 'validation:complaintPlaceFromCase', path: ['areaId'] });
    } else {
      if (!r.areaId)
        ctx.addIssue({ code: 'custom', message: 'validation:reportNeedsPlace', path: ['areaId'] });
      if (r.applicationId)
        ctx.addIssue({
          code: 'custom',
          message: 'validation:caseOnlyForComplaints',
          path: ['applicationId'],
        });
    }
  });
export type NewReport = z.output<typeof newReportSchema>;

export const answerSchema = z.strictObject({
  outcome: z.enum(REPORT_OUTCOMES),
  handling: text(4000).describe('How it was checked and handled; staff and supervisors only'),
  answer: text(2000).describe('What the reporter is told'),
});

// Not strict: the language may also come as ?lang=, which the middleware reads.
export const listQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES).optional(),
  routedTo: z
    .enum(ROUTING_LEVELS)
    .optional()
    .describe('Only reports routed to the township, or to the county'),
  overdue: z
    .enum(['true'])
    .transform(() => true)
    .optional()
    .describe('Only unanswered reports past the answer or the investigation deadline'),
  sort: z
    .enum(['newest', 'due'])
    .default('newest')
    .describe('newest first, or by answer deadline (those without a deadline come first)'),
  ...pageFields(),
});

const MAX_CODE_ATTEMPTS = 5;

/** A deadline as a report keeps it; null when the pack sets no limit. */
function dueFor(pack: Pack, from: string, limit: 'answer' | 'mediaReports') {
  const due = complaintDeadline(pack, from, limit);
  return due
    ? { date: due.date, workingDays: due.workingDays, estimated: due.estimated, source: due.source }
    : null;
}

interface Place {
  area: AreaDoc;
  applicationId: string | null;
}

/** A complaint's place is its case's area, and only someone who may see the case may complain about it. */
async function placeOf(input: NewReport, principal: Principal | undefined): Promise<Place> {
  if (input.applicationId) {
    if (!principal) throw unauthenticated();
    const app = await findApplication(input.applicationId);
    if (!app) throw notFound();
    if (!reaches(principal, { areaPath: app.areaPath, ownerResidentId: app.ownerResidentId ?? undefined }))
      throw outOfReach(principal);
    const area = await Area.findById(app.areaId).lean<AreaDoc>();
    if (!area) throw notFound();
    return { area, applicationId: String(app._id) };
  }
  const area = await Area.findById(input.areaId).lean<AreaDoc>();
  if (!area) throw new AppError(400, 'area_missing', { id: input.areaId });
  return { area, applicationId: null };
}

/** The staff notice, in Chinese: what arrived and by when — never who reported it. */
function officeNotice(report: {
  receiptCode: string;
  kind: string;
  place: string;
  routing: Routing;
  answerDue: { date: string; workingDays: number } | null;
}): string {
  const t = translator('zh-CN');
  return t('reports:wecom.arrived', {
    receiptCode: report.receiptCode,
    kind: t(`reports:kinds.${report.kind}`),
    place: report.place,
    rule: t(`reports:rules.${report.routing.rule}`),
    due: report.answerDue
      ? t('reports:wecom.due', { date: report.answerDue.date, workingDays: report.answerDue.workingDays })
      : t('reports:noAnswerDeadline'),
  });
}

/**
 * Receives a report: routes it, dates its answer and stores it with the office's WeCom notice in one insert.
 * Returns the secret, which is shown once; only its HMAC is kept. An anonymous report keeps nothing about the
 * caller, even a signed-in one.
 */
export async function createReport(
  input: NewReport,
  principal: Principal | undefined,
  deps: { crypto: FieldCrypto; packs: ReadonlyMap<string, Pack> },
  requestKey?: string,
  now = new Date(),
): Promise<{ report: ReportDoc; secret: string }> {
  const { area, applicationId } = await placeOf(input, principal);
  const jurisdiction = await policyPackFor(area);
  const pack = jurisdiction ? deps.packs.get(jurisdiction) : undefined;
  if (!pack) throw new AppError(400, 'report_area_without_policy', { id: area._id });
  const routing = await routeReport(area, input);
  const receivedOn = chinaToday(now);
  const answerDue = dueFor(pack, receivedOn, 'answer');
  const { anonymous } = input.reporter;
  const reporter = {
    anonymous,
    nameSealed: !anonymous && input.reporter.name ? deps.crypto.encrypt(input.reporter.name) : null,
    phoneSealed: !anonymous && input.reporter.phone ? deps.crypto.encrypt(input.reporter.phone) : null,
    residentId: !anonymous && principal?.kind === 'resident' ? principal.residentId : null,
    staffId: !anonymous && principal?.kind === 'staff' ? principal.staffId : null,
  };
  const secret = newSecret();

  for (let attempt = 1; ; attempt += 1) {
    const receiptCode = newReceiptCode();
    const notice = officeNotice({ receiptCode, kind: input.kind, place: area.name, routing, answerDue });
    try {
      const created = await Report.create({
        receiptCode,
        secretHash: secretHash(deps.crypto, secret),
        kind: input.kind,
        jurisdiction: pack.id,
        areaId: area._id,
        areaPath: area.path,
        applicationId,
        peopleSealed: deps.crypto.encrypt(JSON.stringify(input.people)),
        involvesStaff: input.involvesStaff,
        descriptionSealed: deps.crypto.encrypt(input.description),
        reporter,
        routedTo: {
          level: routing.level,
          areaId: routing.area._id,
          path: routing.area.path,
          rule: routing.rule,
        },
        receivedOn,
        answerDue,
        outbox: [outboxMessage('wecom', { areaId: routing.area._id, markdown: notice }, now)],
        outboxDueAt: now,
        requestKey: requestKey ?? null,
      });
      await markDue(reportOutbox, created._id, now);
      return { report: created.toObject() as ReportDoc, secret };
    } catch (err) {
      // A receipt code already given (1 in 2^49 per report): draw another.
      if (!isDuplicateKey(err) || attempt >= MAX_CODE_ATTEMPTS) throw err;
    }
  }
}

/** The report a receipt code and its secret open; null for a wrong code or a wrong secret alike. */
export async function followReport(
  receiptCode: string,
  secret: string,
  crypto: FieldCrypto,
): Promise<ReportDoc | null> {
  return Report.findOne({ receiptCode, secretHash: secretHash(crypto, secret) }).lean<ReportDoc>();
}

/** Staff reach a report through the office it was routed to, not the place it is about. */
export async function loadReport(id: string): Promise<ScopedRecord<ReportDoc> | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const report = await Report.findById(id).lean<ReportDoc>();
  return report ? { areaPath: report.routedTo.path, record: report } : null;
}

/** Reports routed to the staff member's area or below, newest first. */
export async function listReports(
  areaId: string,
  query: z.output<typeof listQuerySchema>,
): Promise<{ items: ReportDoc[]; total: number }> {
  const filter: Record<string, unknown> = { 'routedTo.path': areaId };
  if (query.status) filter.status = query.status;
  if (query.routedTo) filter['routedTo.level'] = query.routedTo;
  if (query.overdue) {
    const today = chinaToday();
    filter.status = 'received';
    filter.$or = [
      { 'answerDue.date': { $lt: today } },
      { 'mediaDisclosure.investigationDue.date': { $lt: today } },
    ];
  }
  const order: Record<string, 1 | -1> =
    query.sort === 'due' ? { 'answerDue.date': 1, createdAt: 1, _id: 1 } : { createdAt: -1, _id: -1 };
  const [items, total] = await Promise.all([
    Report.find(filter)
      .sort(order)
      .skip(pageWindow(query).skip)
      .limit(pageWindow(query).limit)
      .lean<ReportDoc[]>(),
    Report.countDocuments(filter),
  ]);
  return { items, total };
}

/**
 * The WeChat subscribe message telling a named reporter who reported while signed in that the answer is ready;
 * none for anyone else (an anonymous report knows no one to tell). It carries the receipt code and the result,
 * never the answer text: that is read with the secret.
 */
function reporterUpdate(report: ReportDoc, outcome: ReportOutcome, on: string): OutboxMessage[] {
  const residentId = report.reporter.residentId;
  if (!residentId) return [];
  const zh = translator('zh-CN');
  return [
    outboxMessage('subscribe', {
      residentId,
      page: `pages/report/follow?receiptCode=${report.receiptCode}`,
      data: {
        thing1: zh('reports:subscribe.title', { receiptCode: report.receiptCode }),
        phrase2: zh('reports:subscribe.answered'),
        time3: on,
        thing4: zh(`reports:outcomes.${outcome}`),
      },
    }),
  ];
}

/** Records the result and the answer the reporter sees; a report is answered once. */
export async function answerReport(
  report: ReportDoc,
  input: z.output<typeof answerSchema>,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<ReportDoc> {
  const answeredOn = chinaToday(now);
  const answered = await Report.findOneAndUpdate(
    { _id: report._id, status: 'received' },
    withOutbox(
      {
        $set: {
          status: 'answered',
          answer: {
            outcome: input.outcome,
            handling: input.handling,
            text: input.answer,
            answeredOn,
            answeredAt: now,
            by: { kind: 'staff', id: staff.staffId },
          },
        },
      },
      reporterUpdate(report, input.outcome, answeredOn),
      now,
    ),
    { returnDocument: 'after' },
  ).lean<ReportDoc>();
  if (!answered) throw new AppError(409, 'report_already_answered');
  await markDue(reportOutbox, answered._id, now);
  return answered;
}

/**
 * The report an idempotent request already stored (its answer lost in a crash), with a new secret in place of
 * the one that was never shown; null if the request stored none.
 */
export async function reissueReceipt(
  requestKey: string,
  crypto: FieldCrypto,
): Promise<{ report: ReportDoc; secret: string } | null> {
  const secret = newSecret();
  const report = await Report.findOneAndUpdate(
    { requestKey },
    { $set: { secretHash: secretHash(crypto, secret) } },
    { returnDocument: 'after' },
  ).lean<ReportDoc>();
  return report ? { report, secret } : null;
}

/** Enough evidence for a check, not a file store. */
export const MAX_REPORT_ATTACHMENTS = 10;

/**
 * Adds a file the reporter sent to the report and tells its office by WeCom, in one atomic update; refused once
 * the report is answered (the check is over) or holds its maximum of files.
 */
export async function addReportEvidence(
  report: ReportDoc,
  stored: StoredUpload,
  now = new Date(),
): Promise<ReportDoc> {
  const notice = translator('zh-CN')('reports:wecom.evidence', {
    receiptCode: report.receiptCode,
    files: report.attachments.length + 1,
  });
  const saved = await Report.findOneAndUpdate(
    {
      _id: report._id,
      status: 'received',
      [`attachments.${MAX_REPORT_ATTACHMENTS - 1}`]: { $exists: false },
    },
    withOutbox(
      { $push: { attachments: stored } },
      [outboxMessage('wecom', { areaId: report.routedTo.areaId, markdown: notice }, now)],
      now,
    ),
    { returnDocument: 'after' },
  ).lean<ReportDoc>();
  if (saved) {
    await markDue(reportOutbox, saved._id, now);
    return saved;
  }
  const current = await Report.findById(report._id, { status: 1 }).lean<Pick<ReportDoc, 'status'>>();
  if (!current) throw notFound();
  if (current.status !== 'received') throw new AppError(409, 'report_answered_no_evidence');
  throw new AppError(409, 'report_attachments_full', { max: MAX_REPORT_ATTACHMENTS });
}

export function findEvidence(report: ReportDoc, attachmentId: string): ReportDoc['attachments'][number] {
  const found = report.attachments.find((a) => a.id === attachmentId);
  if (!found) throw notFound();
  return found;
}

export const mediaDisclosureSchema = z.strictObject({
  on: isoDate.optional().describe('The day the media disclosed the problem; today when absent'),
});

/**
 * Records that the media disclosed the problem a report is about (媒体披露) and dates the investigation the pack
 * requires; once, and only while the report is not answered.
 */
export async function markMediaDisclosure(
  report: ReportDoc,
  input: z.output<typeof mediaDisclosureSchema>,
  staff: StaffPrincipal,
  packs: ReadonlyMap<string, Pack>,
  now = new Date(),
): Promise<ReportDoc> {
  const pack = packFor(packs, report.jurisdiction);
  const today = chinaToday(now);
  const on = input.on ?? today;
  // The clock runs from the disclosure, which may come before the report was filed here.
  if (on > today) throw new AppError(400, 'media_date_in_future');
  const marked = await Report.findOneAndUpdate(
    { _id: report._id, status: 'received', mediaDisclosure: null },
    {
      $set: {
        mediaDisclosure: {
          on,
          investigationDue: dueFor(pack, on, 'mediaReports'),
          markedBy: { kind: 'staff', id: staff.staffId },
          markedAt: now,
        },
      },
    },
    { returnDocument: 'after' },
  ).lean<ReportDoc>();
  if (marked) return marked;
  const current = await Report.findById(report._id, { status: 1 }).lean<Pick<ReportDoc, 'status'>>();
  if (current?.status === 'answered') throw new AppError(409, 'report_already_answered');
  throw new AppError(409, 'report_media_already_marked');
}
