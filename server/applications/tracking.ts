import { z } from 'zod';
import { type Language, translator } from '../i18n';
import { NOT_COUNTED_PERIODS, PAYMENT_START_RULES, type Pack } from '../policy/pack-schema';
import { DUE_BASES, STAGE_EVENTS, type PlannedStage, notCountedStage } from '../policy/procedure';
import { dateNotes, paymentText } from '../policy/timeline-text';
import type { ApplicationDoc } from './application-model';
import { noticeView, noticeViewSchema } from './notice';
import { STAGE_FORMS, PAYMENT_KINDS, formOf } from './stage-rules';
import { actionName, planOf } from './stages';

/**
 * The status of a case as its applicant sees it, and what staff may record next: the stages done with their
 * dates and what was recorded, the current stage with its deadline, the stages still to come with their expected
 * dates (a stage that runs again after an objection appears again), the overall limit, when payment starts, what
 * the applicant must do, the one-time notice and any decision. Every date comes from policy/procedure.ts.
 */

const date = z.string().describe('YYYY-MM-DD');
const excludes = z
  .array(z.enum(NOT_COUNTED_PERIODS))
  .describe('Periods the pack says do not count that this date leaves out');

export const trackingSchema = z
  .object({
    caseNumber: z.string().nullable(),
    status: z.string(),
    stages: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        occurrence: z.number().int().describe('1, or 2… for a stage run again after an objection'),
        state: z.enum(['done', 'current', 'upcoming']),
        on: date.nullable().describe('When it was done (a publication: when it was posted)'),
        until: date.nullable().describe('A publication: its last day'),
        due: date.nullable().describe('Its deadline, when the pack sets one and it can be known'),
        basis: z.enum(DUE_BASES).nullable(),
        projected: z
          .boolean()
          .describe('Counted from an earlier stage’s deadline: earlier if that finishes early'),
        excludes,
        round: z.string().nullable().describe('YYYY-MM: the monthly round the stage is expected in'),
        notes: z.array(z.string()).describe('What qualifies the date, in words'),
        outcome: z.string().nullable(),
        objection: date.nullable().describe('An objection was raised during this publication on this day'),
        record: z
          .object({
            investigators: z.array(z.string()).optional().describe('Who visited the household'),
            vote: z
              .object({ participants: z.number().int(), inFavour: z.number().int(), passed: z.boolean() })
              .optional(),
            amountsFen: z.record(z.string(), z.number().int()).optional(),
            emergency: z
              .boolean()
              .optional()
              .describe('Granted first, documented after (先行救助、后补材料)'),
          })
          .nullable()
          .describe('What staff recorded for the stage'),
      }),
    ),
    current: z
      .object({
        id: z.string(),
        name: z.string(),
        due: date.nullable(),
        overdue: z.boolean(),
        projected: z.boolean(),
        notBefore: date.nullable().describe('A publication before it must end first'),
      })
      .nullable(),
    next: z.string().nullable().describe('The stage after the current one'),
    expected: z
      .array(
        z.object({
          stage: z.string(),
          name: z.string(),
          event: z.enum(STAGE_EVENTS),
          form: z.enum(STAGE_FORMS).describe('Which body POST …/stages takes (see the stage README)'),
          emergency: z.boolean().describe('The approval granted first (send emergency: true)'),
          opens: z.string().nullable().describe('For an objection: the stage it opens'),
          notBefore: date.nullable(),
          within: z.object({ from: date, to: date.nullable() }).nullable().describe('An objection’s window'),
          investigatorsMin: z.number().int().nullable(),
          vote: z
            .object({
              minParticipants: z.number().int(),
              odd: z.boolean(),
              villagerRepresentativesAtLeast: z.string().nullable(),
              committeeMembersAtMost: z.string().nullable(),
              passesAtLeast: z.string(),
            })
            .nullable(),
          amountsFor: z.array(z.string()).describe('Programmes an approval must give an amount for'),
        }),
      )
      .describe('What staff may record now'),
    decisionDue: z
      .object({
        program: z.string().describe('The programme whose limit falls first'),
        workingDays: z.number().int(),
        due: date,
        extendedDue: date.nullable(),
        excludes,
        estimated: z.boolean(),
      })
      .nullable()
      .describe(
        'The overall limit from acceptance to decision, when the pack sets one; of several programmes, the earliest',
      ),
    payment: z
      .array(
        z.object({
          program: z.string(),
          rule: z.enum(PAYMENT_START_RULES),
          from: z.string().nullable(),
          projected: z.boolean(),
          text: z.string(),
        }),
      )
      .describe('When payment starts, for each programme whose document says'),
    applicantAction: z.string().describe('What the applicant must do now'),
    notice: noticeViewSchema,
    decision: z
      .object({
        outcome: z.string(),
        text: z.string(),
        reasons: z.string().nullable(),
        on: date,
        amountsFen: z.record(z.string(), z.number().int()).nullable(),
        emergency: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: 'CaseTimeline' });
export type Tracking = z.infer<typeof trackingSchema>;

function applicantAction(app: ApplicationDoc, currentActor: string | undefined): string {
  if (app.status === 'draft') return app.notice ? 'supplement' : 'complete';
  if (app.status === 'closed') return 'none';
  if (app.status === 'submitted') return 'wait_acceptance';
  return currentActor === 'applicant' ? 'applicant_stage' : 'wait';
}

type Details = {
  investigators?: { name: string }[];
  vote?: { participants: number; inFavour: number };
  amountsFen?: Record<string, number>;
  emergency?: boolean;
};

function recordView(p: PlannedStage): Tracking['stages'][number]['record'] {
  const details = p.record?.details as Details | null | undefined;
  if (!details) return null;
  const view: NonNullable<Tracking['stages'][number]['record']> = {};
  if (details.investigators) view.investigators = details.investigators.map((i) => i.name);
  if (details.vote)
    view.vote = {
      participants: details.vote.participants,
      inFavour: details.vote.inFavour,
      passed: p.record?.outcome === 'passed',
    };
  if (details.amountsFen) view.amountsFen = details.amountsFen;
  if (details.emergency) view.emergency = true;
  return view;
}

// Kept with the fields the application carries for it (case-deadline.ts); re-exported for the timeline's readers.
export { currentStageOf, type CurrentStage } from './case-deadline';

export function trackingOf(app: ApplicationDoc, pack: Pack, today: string, lng: Language): Tracking {
  const t = translator(lng);
  const plan = planOf(app, pack);
  const view = plan.stages.map((p) => ({
    id: p.stage.id,
    name: p.stage.name[lng],
    occurrence: p.occurrence,
    state: p.state,
    on: p.on,
    until: p.until,
    due: p.due,
    basis: p.basis,
    projected: p.projected,
    excludes: p.excludes,
    round: p.round,
    notes: dateNotes({ ...p, notCounted: notCountedStage(pack, p.stage) }, lng),
    outcome: p.record?.outcome ? t(`applications:outcomes.${p.record.outcome}`) : null,
    objection: p.objection,
    record: recordView(p),
  }));
  const currentIndex = plan.stages.findIndex((p) => p.state === 'current');
  const current = plan.current;
  const first = [...plan.limits].sort((a, b) => a.due.localeCompare(b.due))[0];
  return {
    caseNumber: app.caseNumber ?? null,
    status: app.status,
    stages: view,
    current: current
      ? {
          id: current.stage.id,
          name: current.stage.name[lng],
          due: current.due,
          overdue: current.due !== null && current.due < today,
          projected: current.projected,
          notBefore: current.notBefore,
        }
      : null,
    next: currentIndex >= 0 ? (view[currentIndex + 1]?.name ?? null) : null,
    expected: plan.expected.map((a) => ({
      stage: a.stage.id,
      name: actionName(a, lng),
      event: a.event,
      form: formOf(a),
      emergency: a.emergency,
      opens: a.opens?.id ?? null,
      notBefore: a.notBefore,
      within: a.within,
      investigatorsMin: a.event === 'done' ? (a.stage.investigators?.min ?? null) : null,
      vote:
        a.event === 'done' && a.stage.vote
          ? {
              minParticipants: a.stage.vote.members.min,
              odd: a.stage.vote.members.odd,
              villagerRepresentativesAtLeast: a.stage.vote.villagerRepresentatives?.atLeast ?? null,
              committeeMembersAtMost: a.stage.vote.committeeMembers?.atMost ?? null,
              passesAtLeast: a.stage.vote.passes.atLeast,
            }
          : null,
      amountsFor:
        a.event === 'done' && a.stage.decides === 'approval'
          ? app.programs.filter((p) => PAYMENT_KINDS[p as keyof typeof PAYMENT_KINDS] !== 'none')
          : [],
    })),
    decisionDue: first
      ? {
          program: first.program,
          workingDays: first.workingDays,
          due: first.due,
          extendedDue: first.extendedDue,
          excludes: first.excludes,
          estimated: plan.warnings.length > 0,
        }
      : null,
    payment: plan.payments.map((p) => ({
      program: p.program,
      rule: p.rule,
      from: p.from,
      projected: p.projected,
      text: paymentText(p, lng),
    })),
    applicantAction: t(`applications:action.${applicantAction(app, current?.stage.actor)}`),
    notice: noticeView(app, lng),
    decision: app.decision
      ? {
          outcome: app.decision.outcome,
          text: t(
            app.decision.emergency
              ? 'applications:outcomes.emergency_granted'
              : `applications:outcomes.${app.decision.outcome}`,
          ),
          reasons: app.decision.reasons ?? null,
          on: app.decision.on,
          amountsFen: (app.decision.amountsFen as Record<string, number> | null) ?? null,
          emergency: app.decision.emergency === true,
        }
      : null,
  };
}
