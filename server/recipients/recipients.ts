import { z } from 'zod';
import { Application, type ApplicationDoc } from '../applications/application-model';
import { declaredRelated } from '../applications/declarations';
import { PAYMENT_KINDS } from '../applications/stage-rules';
import { planOf } from '../applications/stages';
import { chinaToday } from '../calendar/china-date';
import { AppError } from '../http/errors';
import type { ScopedRecord } from '../identity/access';
import type { Actor } from '../identity/principal';
import { isoDate } from '../policy/household';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { resolveParam } from '../policy/parameters';
import { addMonths, monthOf } from './months';
import {
  CATEGORIES,
  CHANGE_KINDS,
  RECIPIENT_STATUSES,
  Recipient,
  type RecipientDoc,
} from './recipient-model';
import { pageFields, pageWindow } from '../http/paging';
import type { RequestAudit as Audit } from '../http/request-audit';
import { isDuplicateKey } from '../store/duplicate-key';

/**
 * 动态管理: an approved case becomes a recipient household of each monthly programme it was granted; its amount
 * changes (增发、减发) or stops (停发) from a month with reasons; it is reviewed at the pack's intervals (复核).
 */

export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation:yearMonth')
  .describe('A month, YYYY-MM');

export const enrolSchema = z
  .strictObject({
    category: z
      .enum(CATEGORIES)
      .optional()
      .describe(
        'Class A/B/C where the pack sorts households so (Chaohu, 000 五(二)); it picks the review interval',
      ),
    reviewGroup: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Which of the pack’s review intervals applies (position from 0), where it has several'),
    firstPaymentMonth: yearMonth.optional().describe('Only where the pack states no payment start'),
  })
  .meta({ id: 'EnrolRecipientRequest' });

export const changeSchema = z
  .strictObject({
    kind: z.enum(CHANGE_KINDS).exclude(['start']),
    amountFen: z.number().int().positive().optional().describe('The new monthly amount (increase, decrease)'),
    fromMonth: yearMonth.describe('The first month at the new amount, or the first month not paid'),
    reasons: z.string().trim().min(1).max(2000),
    on: isoDate.optional().describe('The day it was decided; today when absent'),
  })
  .refine((c) => (c.kind === 'stop') === (c.amountFen === undefined), {
    message: 'validation:amountForChange',
    path: ['amountFen'],
  })
  .meta({ id: 'RecipientChangeRequest' });

export const reviewSchema = z
  .strictObject({
    on: isoDate.optional().describe('The day of the review; today when absent'),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .meta({ id: 'RecipientReviewRequest' });

export const recipientListQuery = z.object({
  status: z.enum(RECIPIENT_STATUSES).optional(),
  reviewDueBy: isoDate.optional().describe('Only households whose next review is due on or before this day'),
  relatedToStaff: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Registered relatives of staff only (true), or all others (false)'),
  ...pageFields(50),
});

/** The recipients of an area, soonest review first (the API's list and the console's). */
export async function listRecipients(
  areaId: string,
  query: z.output<typeof recipientListQuery>,
): Promise<{ items: RecipientDoc[]; total: number }> {
  const filter: Record<string, unknown> = { areaPath: areaId };
  if (query.status) filter.status = query.status;
  if (query.reviewDueBy) filter.nextReviewDue = { $ne: null, $lte: query.reviewDueBy };
  if (query.relatedToStaff !== undefined) filter.relatedToStaff = query.relatedToStaff;
  const { skip, limit } = pageWindow(query);
  const [items, total] = await Promise.all([
    Recipient.find(filter).sort({ nextReviewDue: 1, _id: 1 }).skip(skip).limit(limit).lean<RecipientDoc[]>(),
    Recipient.countDocuments(filter),
  ]);
  return { items, total };
}

/** Approved cases of an area with a monthly programme not yet enrolled, oldest decision first (at most 100). */
export async function casesToEnrol(areaId: string): Promise<ApplicationDoc[]> {
  const monthly = Object.entries(PAYMENT_KINDS)
    .filter(([, kind]) => kind === 'monthly')
    .map(([program]) => program);
  const [approved, enrolled] = await Promise.all([
    Application.find(
      { areaPath: areaId, 'decision.outcome': 'approved', programs: { $in: monthly } },
      { caseNumber: 1, areaId: 1, programs: 1, 'members.name': 1, decision: 1 },
    )
      .sort({ 'decision.on': 1 })
      .limit(100)
      .lean<ApplicationDoc[]>(),
    Recipient.distinct('applicationId', { areaPath: areaId }),
  ]);
  const done = new Set(enrolled.map(String));
  return approved.filter((app) => !done.has(String(app._id)));
}

const actorDoc = (by: Actor) => ({ kind: by.kind, id: by.id, role: by.role ?? null });

/** The first month paid, by the pack's payment-start rule (procedure.ts), or as entered where it states none. */
function firstMonth(
  app: ApplicationDoc,
  pack: Pack,
  program: ProgramId,
  entered: string | undefined,
): { month: string; basis: Record<string, unknown> } {
  const payment = planOf(app, pack).payments.find((p) => p.program === program);
  if (payment) {
    if (entered) throw new AppError(400, 'payment_start_from_pack');
    if (!payment.from || payment.projected) throw new AppError(409, 'payment_start_not_known');
    const month = payment.rule === 'month_after_approval' ? payment.from : monthOf(payment.from);
    return { month, basis: { rule: payment.rule, source: payment.source } };
  }
  if (!entered) throw new AppError(400, 'payment_start_required');
  if (entered < monthOf(app.decision!.on))
    throw new AppError(400, 'payment_start_before_approval', { on: app.decision!.on });
  return { month: entered, basis: { rule: 'entered' } };
}

/** The pack's review interval for the household: by class where the pack names classes, else by group. */
function reviewInterval(
  app: ApplicationDoc,
  pack: Pack,
  input: z.output<typeof enrolSchema>,
): { group: number | null; months: number | null; related: boolean } {
  const related = declaredRelated(app) === true;
  const resolved = resolveParam(pack.parameters.reviewIntervals, app.decision!.on);
  const groups = resolved.available ? resolved.value : [];
  const classed = groups.map((g): string[] => g.households['zh-CN'].match(/[ABC](?=[、类])/g) ?? []);
  let group: number | null = null;
  if (classed.some((c) => c.length > 0)) {
    if (!input.category) throw new AppError(400, 'category_required');
    group = classed.findIndex((c) => c.includes(input.category!));
  } else {
    if (input.category) throw new AppError(400, 'category_not_in_pack');
    if (groups.length === 1) group = 0;
    else if (groups.length > 1) {
      if (input.reviewGroup === undefined || input.reviewGroup >= groups.length)
        throw new AppError(400, 'review_group_required', {
          groups: groups.map((g, i) => `${i}: ${g.households['zh-CN']}`).join('；'),
        });
      group = input.reviewGroup;
    }
  }
  let months = group !== null && group >= 0 ? groups[group]!.months : null;
  // Registered relatives of staff are reviewed as often as the pack says for them (002 二(二)2).
  const rule = pack.rules.relativesOfStaff;
  if (related && 'applies' in rule && rule.reviewMonths)
    months = months === null ? rule.reviewMonths : Math.min(months, rule.reviewMonths);
  return { group, months, related };
}

const recordOf = (doc: RecipientDoc) => ({ type: 'recipient', id: String(doc._id) });

export async function enrolRecipients(
  app: ApplicationDoc,
  pack: Pack,
  input: z.output<typeof enrolSchema>,
  by: Actor,
  audit: Audit,
): Promise<RecipientDoc[]> {
  if (app.decision?.outcome !== 'approved') throw new AppError(409, 'recipient_needs_approval');
  const programs = (app.programs as ProgramId[]).filter((p) => PAYMENT_KINDS[p] === 'monthly');
  if (programs.length === 0) throw new AppError(409, 'recipient_no_monthly_programme');
  if (await Recipient.exists({ applicationId: String(app._id) })) throw new AppError(409, 'recipient_exists');
  const review = reviewInterval(app, pack, input);
  const today = chinaToday();
  const amounts = (app.decision.amountsFen ?? {}) as Partial<Record<ProgramId, number>>;
  const docs = programs.map((program) => {
    const first = firstMonth(app, pack, program, input.firstPaymentMonth);
    const amountFen = amounts[program]!;
    return {
      applicationId: String(app._id),
      caseNumber: app.caseNumber!,
      jurisdiction: app.jurisdiction,
      areaId: app.areaId,
      areaPath: app.areaPath,
      townshipId: app.townshipId ?? null,
      program,
      headName: app.members[0]?.name ?? '',
      householdSize: app.members.length,
      category: input.category ?? null,
      reviewGroup: review.group,
      reviewMonths: review.months,
      relatedToStaff: review.related,
      approvedOn: app.decision!.on,
      firstPaymentMonth: first.month,
      paymentStartBasis: first.basis,
      amountFen,
      nextReviewDue: review.months ? addMonths(app.decision!.on, review.months) : null,
      changes: [
        {
          kind: 'start',
          fromMonth: first.month,
          amountFen,
          previousFen: null,
          reasons: null,
          on: today,
          at: new Date(),
          by: actorDoc(by),
        },
      ],
    };
  });
  try {
    const created = (await Recipient.insertMany(docs)).map((d) => d.toObject() as RecipientDoc);
    for (const doc of created)
      await audit({
        action: 'recipient.enrol',
        record: recordOf(doc),
        areaId: doc.areaId,
        details: {
          applicationId: doc.applicationId,
          program: doc.program,
          amountFen: doc.amountFen,
          firstPaymentMonth: doc.firstPaymentMonth,
          category: doc.category,
        },
      });
    return created;
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError(409, 'recipient_exists');
    throw err;
  }
}

export async function loadRecipient(id: string): Promise<ScopedRecord<RecipientDoc> | null> {
  const doc = await Recipient.findById(id).lean<RecipientDoc>();
  return doc ? { areaPath: doc.areaPath, record: doc } : null;
}

async function save(rec: RecipientDoc, update: object): Promise<RecipientDoc> {
  const saved = await Recipient.findOneAndUpdate({ _id: rec._id, revision: rec.revision }, update, {
    returnDocument: 'after',
  }).lean<RecipientDoc>();
  if (!saved) throw new AppError(409, 'stale_revision', { revision: rec.revision });
  return saved;
}

/** 增发、减发、停发: from a month not before the last change, with reasons. */
export async function recordChange(
  rec: RecipientDoc,
  input: z.output<typeof changeSchema>,
  by: Actor,
  audit: Audit,
): Promise<RecipientDoc> {
  if (rec.status !== 'active') throw new AppError(409, 'recipient_stopped');
  const last = rec.changes.at(-1)!;
  if (input.fromMonth < last.fromMonth)
    throw new AppError(400, 'change_month_too_early', { month: last.fromMonth });
  const today = chinaToday();
  const on = input.on ?? today;
  if (on > today) throw new AppError(400, 'recipient_date_in_future');
  const amountFen = input.kind === 'stop' ? 0 : input.amountFen!;
  if (input.kind === 'increase' && amountFen <= rec.amountFen)
    throw new AppError(400, 'change_not_increase', { current: rec.amountFen / 100 });
  if (input.kind === 'decrease' && amountFen >= rec.amountFen)
    throw new AppError(400, 'change_not_decrease', { current: rec.amountFen / 100 });
  const change = {
    kind: input.kind,
    fromMonth: input.fromMonth,
    amountFen,
    previousFen: rec.amountFen,
    reasons: input.reasons,
    on,
    at: new Date(),
    by: actorDoc(by),
  };
  const $set: Record<string, unknown> = { amountFen };
  if (input.kind === 'stop')
    Object.assign($set, { status: 'stopped', stoppedFromMonth: input.fromMonth, nextReviewDue: null });
  const saved = await save(rec, { $set, $push: { changes: change }, $inc: { revision: 1 } });
  await audit({
    action: `recipient.${input.kind}`,
    record: recordOf(saved),
    areaId: saved.areaId,
    details: { fromMonth: input.fromMonth, amountFen, previousFen: rec.amountFen },
  });
  return saved;
}

/** A periodic review (复核): recorded, and the next one falls due the pack's interval later. */
export async function recordReview(
  rec: RecipientDoc,
  input: z.output<typeof reviewSchema>,
  by: Actor,
  audit: Audit,
): Promise<RecipientDoc> {
  if (rec.status !== 'active') throw new AppError(409, 'recipient_stopped');
  const today = chinaToday();
  const on = input.on ?? today;
  if (on > today) throw new AppError(400, 'recipient_date_in_future');
  const review = { on, note: input.note ?? null, at: new Date(), by: actorDoc(by) };
  const saved = await save(rec, {
    $set: { nextReviewDue: rec.reviewMonths ? addMonths(on, rec.reviewMonths) : null },
    $push: { reviews: review },
    $inc: { revision: 1 },
  });
  await audit({
    action: 'recipient.review',
    record: recordOf(saved),
    areaId: saved.areaId,
    details: { on, nextReviewDue: saved.nextReviewDue },
  });
  return saved;
}
