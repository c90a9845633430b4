import { z } from 'zod';
import { type CalendarWarning, type Pause, addWorkingDays, calendarPeriod } from '../calendar/working-days';
import {
  ACTORS,
  type Pack,
  type ProgramId,
  type Stage,
  localizedSchema,
  programIdSchema,
  sourceSchema,
} from './pack-schema';

/**
 * Deadlines of a pack's procedure for one program, from an acceptance (受理) date: each stage's due date in
 * sequence, and the overall limit from acceptance to decision. Publication periods the pack marks as not counted
 * are paused; verification (信息核对) time cannot be known in advance, so dates say they exclude it.
 */

const dateField = z.string().describe('YYYY-MM-DD, local China date');

export const timelineStageSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  actor: z.enum(ACTORS),
  kind: z.enum(['step', 'publication']),
  when: z.enum(['always', 'on_objection', 'on_refusal']),
  limit: z.object({
    unit: z.enum(['working_days', 'calendar_days', 'not_provided']),
    days: z.number().int().nullable(),
    countFrom: z.enum(['previous', 'acceptance']),
  }),
  due: dateField
    .nullable()
    .describe('Due date in the expected run; null when the stage has no limit or is conditional'),
  countsTowardLimit: z.boolean(),
  source: sourceSchema,
});
export type TimelineStage = z.infer<typeof timelineStageSchema>;

export const timelineSchema = z.object({
  program: programIdSchema,
  acceptedOn: dateField,
  stages: z.array(timelineStageSchema),
  decision: z.union([
    z.object({
      status: z.literal('limited'),
      workingDays: z.number().int(),
      due: dateField,
      extendedWorkingDays: z.number().int().nullable(),
      extendedDue: dateField.nullable(),
      excludes: z.array(z.enum(['publication', 'verification'])),
      source: sourceSchema,
    }),
    z.object({ status: z.literal('not_provided'), note: z.string() }),
  ]),
  paymentFromMonth: z.string().nullable().describe('YYYY-MM: payment starts the month after approval'),
  estimated: z.boolean().describe('A year without holiday data was crossed; dates count weekends only'),
  warnings: z.array(z.object({ code: z.literal('calendar_year_without_data'), year: z.number().int() })),
});
export type Timeline = z.infer<typeof timelineSchema>;

function appliesTo(stage: Stage, program: ProgramId): boolean {
  return !stage.programs || stage.programs.includes(program);
}

function monthAfter(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

export function procedureTimeline(pack: Pack, program: ProgramId, acceptedOn: string): Timeline {
  const notCounted = new Set(pack.procedure.notCounted.map((n) => n.period));
  const pauses: Pause[] = [];
  const warnings = new Map<number, CalendarWarning>();
  const note = (ws: CalendarWarning[]) => ws.forEach((w) => warnings.set(w.year, w));
  let cursor = acceptedOn;
  const stages: TimelineStage[] = [];

  for (const stage of pack.procedure.stages) {
    if (!appliesTo(stage, program)) continue;
    const limit = stage.limit;
    const counts = stage.kind !== 'publication' || !notCounted.has('publication');
    let due: string | null = null;
    let unit: TimelineStage['limit']['unit'] = 'not_provided';
    let days: number | null = null;
    if ('workingDays' in limit) {
      unit = 'working_days';
      days = limit.workingDays;
      if (stage.when === 'always') {
        const anchor = stage.countFrom === 'acceptance' ? acceptedOn : cursor;
        const r = addWorkingDays(anchor, limit.workingDays, { pauses });
        note(r.warnings);
        due = r.date;
        if (due > cursor) cursor = due;
      }
    } else if ('calendarDays' in limit) {
      unit = 'calendar_days';
      days = limit.calendarDays;
      if (stage.when === 'always') {
        const period = calendarPeriod(cursor, limit.calendarDays);
        if (!counts) pauses.push(period);
        due = period.end;
        cursor = due;
      }
    }
    stages.push({
      id: stage.id,
      name: stage.name,
      actor: stage.actor,
      kind: stage.kind,
      when: stage.when,
      limit: { unit, days, countFrom: stage.countFrom },
      due,
      countsTowardLimit: counts,
      source: stage.source,
    });
  }

  const overall = pack.procedure.overallLimits[program];
  let decision: Timeline['decision'];
  let decisionDue: string | null = null;
  if (!overall || 'status' in overall) {
    decision = {
      status: 'not_provided',
      note: overall?.note ?? 'no overall limit for this program in the document',
    };
  } else {
    const due = addWorkingDays(acceptedOn, overall.workingDays, { pauses });
    const extended = overall.extendedTo ? addWorkingDays(acceptedOn, overall.extendedTo, { pauses }) : null;
    note(due.warnings);
    if (extended) note(extended.warnings);
    decisionDue = due.date;
    decision = {
      status: 'limited',
      workingDays: overall.workingDays,
      due: due.date,
      extendedWorkingDays: overall.extendedTo ?? null,
      extendedDue: extended?.date ?? null,
      excludes: [...notCounted].sort(),
      source: overall.source,
    };
  }
  const approvalDue = decisionDue ?? stages.filter((s) => s.due).at(-1)?.due ?? null;
  const paymentFromMonth =
    approvalDue && !('status' in pack.procedure.paymentStart) ? monthAfter(approvalDue) : null;
  const warningList = [...warnings.values()].sort((a, b) => a.year - b.year);
  return {
    program,
    acceptedOn,
    stages,
    decision,
    paymentFromMonth,
    estimated: warningList.length > 0,
    warnings: warningList,
  };
}

/**
 * The date by which a complaint received on `from` must be answered (`answer`), or a problem the media disclosed
 * on `from` investigated (`mediaReports`); null when the pack gives no limit.
 */
export function complaintDeadline(pack: Pack, from: string, limit: 'answer' | 'mediaReports' = 'answer') {
  const deadline = pack.complaints[limit];
  if ('status' in deadline) return null;
  return {
    ...addWorkingDays(from, deadline.workingDays),
    workingDays: deadline.workingDays,
    source: deadline.source,
  };
}
