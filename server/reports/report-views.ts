import type { TFunction } from 'i18next';
import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import { chinaToday } from '../calendar/china-date';
import type { AppDeps } from '../http/deps';
import type { Language } from '../i18n';
import { sourceSchema } from '../policy/pack-schema';
import { uploadView, uploadViewSchema } from '../uploads/upload-view';
import {
  REPORT_KINDS,
  REPORT_OUTCOMES,
  REPORT_STATUSES,
  ROUTING_LEVELS,
  ROUTING_RULES,
  type ReportDoc,
} from './report-model';
import { peopleOf } from './reports';
import { routingSource } from './routing';

/**
 * What a report looks like to those who see it: the reporter's receipt (never staff names or handling notes),
 * the office's list rows and the office's full view. The API answers these and the staff console renders them.
 */

const dateField = z.string().describe('YYYY-MM-DD, local China date');

const routingSchema = z.object({
  level: z.enum(ROUTING_LEVELS),
  office: z.string().describe('The name of the township or county that handles it'),
  rule: z.enum(ROUTING_RULES),
  explanation: z.string(),
  source: sourceSchema,
  localRule: z
    .object({ text: z.string(), source: sourceSchema })
    .nullable()
    .describe('What the local document says about who handles complaints; null when it says nothing'),
});

const dueSchema = z.object({
  date: dateField,
  workingDays: z.number().int(),
  estimated: z.boolean(),
  source: sourceSchema,
});

const deadlineFields = {
  receivedOn: dateField,
  answerDue: dueSchema.nullable().describe('Null when the local document sets no time limit'),
  answerDueNote: z.string().nullable().describe('Said instead of a date when there is no time limit'),
};

/** What a reporter sees of a file they sent (the response schema drops the rest). */
export const sentFileSchema = uploadViewSchema.pick({
  contentType: true,
  bytes: true,
  sha256: true,
  uploadedAt: true,
});

/** What the reporter sees: never staff names, never the internal handling notes. */
export const receiptSchema = z
  .object({
    receiptCode: z.string(),
    kind: z.enum(REPORT_KINDS),
    status: z.enum(REPORT_STATUSES),
    ...deadlineFields,
    routing: routingSchema,
    answer: z
      .object({
        outcome: z.enum(REPORT_OUTCOMES),
        outcomeLabel: z.string(),
        text: z.string(),
        answeredOn: dateField,
      })
      .nullable(),
    attachments: z
      .array(sentFileSchema)
      .describe('The files the reporter added, so they can check what arrived; not served back'),
  })
  .meta({ id: 'ReportReceipt' });

export const createdSchema = receiptSchema.extend({
  secret: z.string().describe('Shown this once: with the receipt code it opens the report; keep it safe'),
  secretNote: z.string(),
});

export const summarySchema = z
  .object({
    id: z.string(),
    receiptCode: z.string(),
    kind: z.enum(REPORT_KINDS),
    status: z.enum(REPORT_STATUSES),
    areaId: z.string(),
    involvesStaff: z.boolean(),
    routedTo: z.object({ level: z.enum(ROUTING_LEVELS), areaId: z.string(), rule: z.enum(ROUTING_RULES) }),
    ...deadlineFields,
    overdue: z.boolean().describe('Not answered and past its deadline'),
    mediaDisclosure: z
      .object({
        on: dateField,
        investigationDue: dueSchema
          .nullable()
          .describe('Investigate by then (seed 002 二(五)4); null when the local document sets no limit'),
        investigationDueNote: z.string().nullable(),
        overdue: z.boolean().describe('Not answered and past the investigation deadline'),
      })
      .nullable()
      .describe('Set when the media disclosed the problem'),
    createdAt: z.string(),
  })
  .meta({ id: 'ReportSummary' });

export const detailSchema = summarySchema
  .extend({
    applicationId: z.string().nullable(),
    people: z.array(z.object({ name: z.string(), position: z.string().nullable() })),
    description: z.string(),
    reporter: z.object({
      anonymous: z.boolean(),
      name: z.string().nullable(),
      phone: z.string().nullable().describe('Given by a named reporter so the office can call back'),
    }),
    routing: routingSchema,
    answer: z
      .object({
        outcome: z.enum(REPORT_OUTCOMES),
        handling: z.string(),
        text: z.string(),
        answeredOn: dateField,
        answeredBy: z.object({ kind: z.string(), id: z.string() }),
      })
      .nullable(),
    attachments: z.array(uploadViewSchema).describe('Evidence the reporter added'),
  })
  .meta({ id: 'Report' });

async function routingOf(report: ReportDoc, deps: AppDeps, lng: Language, t: TFunction) {
  const office = await Area.findById(report.routedTo.areaId, { name: 1 }).lean<AreaDoc>();
  const pack = deps.packs.get(report.jurisdiction);
  const local = pack?.complaints.routing;
  return {
    level: report.routedTo.level,
    office: office?.name ?? report.routedTo.areaId,
    rule: report.routedTo.rule,
    explanation: t(`reports:rules.${report.routedTo.rule}`),
    source: routingSource(pack),
    localRule: local && 'text' in local ? { text: local.text[lng], source: local.source } : null,
  };
}

const deadlineOf = (report: ReportDoc, t: TFunction) => ({
  receivedOn: report.receivedOn,
  answerDue: report.answerDue ?? null,
  answerDueNote: report.answerDue ? null : t('reports:noAnswerDeadline'),
});

export async function receiptOf(report: ReportDoc, deps: AppDeps, lng: Language, t: TFunction) {
  return {
    receiptCode: report.receiptCode,
    kind: report.kind,
    status: report.status,
    ...deadlineOf(report, t),
    routing: await routingOf(report, deps, lng, t),
    answer: report.answer
      ? {
          outcome: report.answer.outcome,
          outcomeLabel: t(`reports:outcomes.${report.answer.outcome}`),
          text: report.answer.text,
          answeredOn: report.answer.answeredOn,
        }
      : null,
    attachments: report.attachments.map(uploadView),
  };
}

const isOverdue = (report: ReportDoc, due: { date: string } | null | undefined) =>
  report.status === 'received' && !!due && chinaToday() > due.date;

export const summaryOf = (report: ReportDoc, t: TFunction) => ({
  id: String(report._id),
  receiptCode: report.receiptCode,
  kind: report.kind,
  status: report.status,
  areaId: report.areaId,
  involvesStaff: report.involvesStaff,
  routedTo: { level: report.routedTo.level, areaId: report.routedTo.areaId, rule: report.routedTo.rule },
  ...deadlineOf(report, t),
  overdue: isOverdue(report, report.answerDue),
  mediaDisclosure: report.mediaDisclosure
    ? {
        on: report.mediaDisclosure.on,
        investigationDue: report.mediaDisclosure.investigationDue ?? null,
        investigationDueNote: report.mediaDisclosure.investigationDue ? null : t('reports:noMediaDeadline'),
        overdue: isOverdue(report, report.mediaDisclosure.investigationDue),
      }
    : null,
  createdAt: new Date(report.createdAt).toISOString(),
});

export async function detailOf(report: ReportDoc, deps: AppDeps, lng: Language, t: TFunction) {
  const { reporter, answer } = report;
  return {
    ...summaryOf(report, t),
    applicationId: report.applicationId ?? null,
    people: peopleOf(report, deps.crypto),
    description: deps.crypto.decrypt(report.descriptionSealed),
    reporter: {
      anonymous: reporter.anonymous,
      name: reporter.nameSealed ? deps.crypto.decrypt(reporter.nameSealed) : null,
      phone: reporter.phoneSealed ? deps.crypto.decrypt(reporter.phoneSealed) : null,
    },
    routing: await routingOf(report, deps, lng, t),
    answer: answer
      ? {
          outcome: answer.outcome,
          handling: answer.handling,
          text: answer.text,
          answeredOn: answer.answeredOn,
          answeredBy: answer.by,
        }
      : null,
    attachments: report.attachments.map(uploadView),
  };
}
