import { z } from 'zod';
import { addCalendarDays, addWorkingDays } from '../calendar/working-days';
import { type Language, translator } from '../i18n';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { procedureTimeline } from '../policy/procedure';
import type { ApplicationDoc } from './application-model';
import { noticeView, noticeViewSchema } from './notice';
import { nextStages, stagesFor } from './stages';

/**
 * The status of a case as its applicant sees it: the stages done with their dates, the current stage with its
 * working-day deadline, what comes next and what the applicant must do, the one-time notice and any decision
 * with its reasons. Deadlines count working days on the official calendar (see calendar/).
 */

const date = z.string().describe('YYYY-MM-DD');

export const trackingSchema = z
  .object({
    caseNumber: z.string().nullable(),
    status: z.string(),
    stages: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        state: z.enum(['done', 'current', 'upcoming']),
        on: date.nullable().describe('When it was done'),
        due: date.nullable().describe('Its deadline, when the pack sets one and it can be known'),
        outcome: z.string().nullable(),
      }),
    ),
    current: z
      .object({ id: z.string(), name: z.string(), due: date.nullable(), overdue: z.boolean() })
      .nullable(),
    next: z.string().nullable().describe('The stage after the current one'),
    decisionDue: z
      .object({
        program: z.string().describe('The programme whose limit falls first'),
        workingDays: z.number().int(),
        due: date,
        extendedDue: date.nullable(),
        estimated: z.boolean(),
      })
      .nullable()
      .describe(
        'The overall limit from acceptance to decision, when the pack sets one; of several programmes, the earliest',
      ),
    applicantAction: z.string().describe('What the applicant must do now'),
    notice: noticeViewSchema,
    decision: z
      .object({ outcome: z.string(), text: z.string(), reasons: z.string().nullable(), on: date })
      .nullable(),
  })
  .meta({ id: 'CaseTimeline' });
export type Tracking = z.infer<typeof trackingSchema>;

function earliest(dates: (string | null)[]): string | null {
  return dates.filter((d): d is string => d !== null).sort()[0] ?? null;
}

function applicantAction(app: ApplicationDoc, currentActor: string | undefined): string {
  if (app.status === 'draft') return app.notice ? 'supplement' : 'complete';
  if (app.status === 'closed') return 'none';
  if (app.status === 'submitted') return 'wait_acceptance';
  return currentActor === 'applicant' ? 'applicant_stage' : 'wait';
}

export function trackingOf(app: ApplicationDoc, pack: Pack, today: string, lng: Language): Tracking {
  const t = translator(lng);
  const stages = stagesFor(app, pack);
  const acceptedOn = app.acceptedOn;
  // One case may cover several programmes: each date shown is the earliest any of them sets.
  const timelines = acceptedOn
    ? (app.programs as ProgramId[]).map((p) => procedureTimeline(pack, p, acceptedOn))
    : [];
  const expectedDue = (stageId: string) =>
    earliest(timelines.map((e) => e.stages.find((s) => s.id === stageId)?.due ?? null));
  const candidates = nextStages(app, pack);
  const currentStage = candidates.find((s) => s.when === 'always') ?? candidates[0];

  let currentDue: string | null = null;
  if (currentStage && app.acceptedOn) {
    const anchor =
      currentStage.countFrom === 'acceptance' ? app.acceptedOn : (app.stages.at(-1)?.on ?? app.acceptedOn);
    const limit = currentStage.limit;
    if ('workingDays' in limit) currentDue = addWorkingDays(anchor, limit.workingDays).date;
    else if ('calendarDays' in limit) currentDue = addCalendarDays(anchor, limit.calendarDays);
  }

  const recorded = new Map(app.stages.map((s) => [s.stage, s]));
  const view = stages
    .filter((s) => recorded.has(s.id) || s.when === 'always' || s.id === currentStage?.id)
    .map((s) => {
      const done = recorded.get(s.id);
      const current = s.id === currentStage?.id;
      return {
        id: s.id,
        name: s.name[lng],
        state: done ? ('done' as const) : current ? ('current' as const) : ('upcoming' as const),
        on: done?.on ?? null,
        due: current ? currentDue : done ? null : expectedDue(s.id),
        outcome: done?.outcome ? t(`applications:outcomes.${done.outcome}`) : null,
      };
    });
  const currentIndex = view.findIndex((v) => v.state === 'current');
  const limited = timelines.flatMap((e) =>
    e.decision.status === 'limited' ? [{ ...e.decision, program: e.program, estimated: e.estimated }] : [],
  );
  const firstDue = earliest(limited.map((l) => l.due));
  const decision = limited.find((d) => d.due === firstDue);
  return {
    caseNumber: app.caseNumber ?? null,
    status: app.status,
    stages: view,
    current: currentStage
      ? {
          id: currentStage.id,
          name: currentStage.name[lng],
          due: currentDue,
          overdue: currentDue !== null && currentDue < today,
        }
      : null,
    next: currentIndex >= 0 ? (view[currentIndex + 1]?.name ?? null) : null,
    decisionDue: decision
      ? {
          program: decision.program,
          workingDays: decision.workingDays,
          due: decision.due,
          extendedDue: decision.extendedDue,
          estimated: decision.estimated,
        }
      : null,
    applicantAction: t(`applications:action.${applicantAction(app, currentStage?.actor)}`),
    notice: noticeView(app, lng),
    decision: app.decision
      ? {
          outcome: app.decision.outcome,
          text: t(`applications:outcomes.${app.decision.outcome}`),
          reasons: app.decision.reasons ?? null,
          on: app.decision.on,
        }
      : null,
  };
}
