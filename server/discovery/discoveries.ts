import { Types } from 'mongoose';
import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import { areaIdSchema } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { addWorkingDays } from '../calendar/working-days';
import { AppError, conflict } from '../http/errors';
import { pageFields, pageWindow } from '../http/paging';
import type { ScopedRecord } from '../identity/access';
import type { StaffPrincipal } from '../identity/principal';
import { phoneSchema } from '../identity/staff';
import { translator } from '../i18n';
import { markDue } from '../outbox/due';
import { outboxMessage } from '../outbox/outbox';
import type { FieldCrypto } from '../privacy/field-crypto';
import {
  Discovery,
  DISCOVERY_STATUSES,
  FOLLOW_UP_OUTCOMES,
  HARDSHIPS,
  URGENCIES,
  type DiscoveryDoc,
  type Urgency,
} from './discovery-model';
import { discoveryOutbox } from './discovery-outbox';

/**
 * 主动发现报告. Village committees and grid workers visit people in difficulty, find households in hardship and
 * report them (seed 002 三(一)1 主动发现机制: 组织动员村(社区)组织、社区网格长等…及时发现基本生活困难群众; seed 004
 * 三(四) 村(社区)…履行主动发现报告职责). The township follows each report up by a date in working days. Neither
 * document gives a number of days (both say 及时), so the days are a local setting
 * (`DISCOVERY_FOLLOW_UP_DAYS`, `DISCOVERY_URGENT_FOLLOW_UP_DAYS`); an urgent (急难) report may be met with
 * 急难型临时救助 at once (seed 002 三(一)1) and is flagged wherever it is listed.
 */

export interface FollowUpDays {
  urgent: number;
  ordinary: number;
}

export const newDiscoverySchema = z.strictObject({
  areaId: areaIdSchema.describe('The village (or township) where the household lives'),
  household: z.strictObject({
    name: z.string().trim().min(1).max(40).describe('The person found, or the head of the household'),
    phone: phoneSchema.optional(),
    address: z.string().trim().min(1).max(200),
    size: z.number().int().min(1).max(20).optional().describe('People living together'),
  }),
  hardships: z.array(z.enum(HARDSHIPS)).min(1).max(HARDSHIPS.length),
  urgency: z.enum(URGENCIES),
  description: z.string().trim().min(1).max(2000).describe('What the worker saw and what help seems needed'),
});
export type NewDiscovery = z.output<typeof newDiscoverySchema>;

export const followUpSchema = z.strictObject({
  outcome: z
    .enum(FOLLOW_UP_OUTCOMES)
    .describe('visited keeps the report open with a new follow-up date; every other outcome closes it'),
  note: z.string().trim().min(1).max(2000),
  nextInWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(30)
    .optional()
    .describe('For a visit: the next follow-up, in working days from today (default: the local setting)'),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const listQuerySchema = z.strictObject({
  ...pageFields(),
  status: z.enum(DISCOVERY_STATUSES).optional(),
  urgency: z.enum(URGENCIES).optional(),
});

const TOWNSHIP_LEVEL = 'township';

/** The follow-up date `days` working days after `from`. */
function followUpBy(from: string, days: number) {
  const { date, estimated } = addWorkingDays(from, days);
  return { date, workingDays: days, estimated };
}

/** The WeCom notice to the township: place, urgency and hardships, never the household's name or address. */
function townshipNotice(
  doc: { urgency: Urgency; hardships: string[]; followUpBy: { date: string } },
  place: string,
) {
  const zh = translator('zh-CN');
  return zh('discovery:notice', {
    place,
    urgency: zh(`discovery:urgency.${doc.urgency}`),
    hardships: doc.hardships.map((h) => zh(`discovery:hardships.${h}`)).join('、'),
    due: doc.followUpBy.date,
  });
}

export async function createDiscovery(
  input: NewDiscovery,
  area: AreaDoc,
  worker: StaffPrincipal,
  crypto: FieldCrypto,
  days: FollowUpDays,
  requestKey: string | undefined,
): Promise<DiscoveryDoc> {
  if (requestKey) {
    const made = await Discovery.findOne({ requestKey }).lean<DiscoveryDoc>();
    if (made) return made;
  }
  const township =
    area.level === TOWNSHIP_LEVEL
      ? area
      : await Area.findOne({ _id: { $in: area.path }, level: TOWNSHIP_LEVEL }).lean<AreaDoc>();
  if (!township) throw new AppError(400, 'discovery_area_level', { id: area._id });
  const reportedOn = chinaToday();
  const due = followUpBy(reportedOn, input.urgency === 'urgent' ? days.urgent : days.ordinary);
  const hardships = [...new Set(input.hardships)];
  const now = new Date();
  const created = await Discovery.create({
    areaId: area._id,
    areaPath: area.path,
    townshipId: township._id,
    reportedBy: { id: worker.staffId, role: worker.role },
    householdSealed: crypto.encrypt(JSON.stringify(input.household)),
    hardships,
    urgency: input.urgency,
    descriptionSealed: crypto.encrypt(input.description),
    reportedOn,
    followUpBy: due,
    requestKey: requestKey ?? null,
    outbox: [
      outboxMessage(
        'wecom',
        {
          areaId: township._id,
          markdown: townshipNotice({ urgency: input.urgency, hardships, followUpBy: due }, area.name),
        },
        now,
      ),
    ],
    outboxDueAt: now,
  });
  await markDue(discoveryOutbox, created._id, now);
  return created.toObject() as DiscoveryDoc;
}

/** A report with where it sits: staff of its village, its township and the county above reach it. */
export async function loadDiscovery(id: string): Promise<ScopedRecord<DiscoveryDoc> | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const doc = await Discovery.findById(id).lean<DiscoveryDoc>();
  return doc ? { areaPath: doc.areaPath, record: doc } : null;
}

/** Reports within the staff member's area, open and urgent first, then the nearest follow-up date. */
export async function listDiscoveries(areaId: string, query: z.output<typeof listQuerySchema>) {
  const filter = {
    areaPath: areaId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.urgency ? { urgency: query.urgency } : {}),
  };
  const { skip, limit } = pageWindow(query);
  const [items, total] = await Promise.all([
    Discovery.find(filter)
      .sort({ status: -1, urgency: -1, 'followUpBy.date': 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean<DiscoveryDoc[]>(),
    Discovery.countDocuments(filter),
  ]);
  return { items, total };
}

/**
 * Township staff record what the follow-up found. A visit sets the next follow-up date; any other outcome closes
 * the report. A closed report takes no more follow-ups (409).
 */
export async function recordFollowUp(
  doc: DiscoveryDoc,
  input: FollowUp,
  staff: StaffPrincipal,
  crypto: FieldCrypto,
  days: FollowUpDays,
): Promise<DiscoveryDoc> {
  if (doc.status === 'closed') throw conflict('discovery_closed');
  const on = chinaToday();
  const closes = input.outcome !== 'visited';
  const next = closes
    ? doc.followUpBy
    : followUpBy(on, input.nextInWorkingDays ?? (doc.urgency === 'urgent' ? days.urgent : days.ordinary));
  const updated = await Discovery.findOneAndUpdate(
    // Guarded by the number of follow-ups read, so two staff recording at once cannot both close it.
    { _id: doc._id, status: 'open', followUps: { $size: doc.followUps.length } },
    {
      $push: {
        followUps: {
          on,
          outcome: input.outcome,
          noteSealed: crypto.encrypt(input.note),
          by: { id: staff.staffId, role: staff.role },
          at: new Date(),
        },
      },
      $set: { status: closes ? 'closed' : 'open', followUpBy: next },
    },
    { returnDocument: 'after' },
  ).lean<DiscoveryDoc>();
  if (!updated) throw conflict('discovery_changed');
  return updated;
}
