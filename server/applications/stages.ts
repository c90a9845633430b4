import { chinaToday } from '../calendar/china-date';
import { addCalendarDays } from '../calendar/working-days';
import { AppError } from '../http/errors';
import { type Language, translator } from '../i18n';
import type { Actor, StaffPrincipal } from '../identity/principal';
import { markDue } from '../outbox/due';
import { withOutbox } from '../outbox/outbox';
import type { Pack, ProgramId, Stage } from '../policy/pack-schema';
import { type ExpectedAction, type Plan, planProcedure, stagesOf } from '../policy/procedure';
import { Application, type ApplicationDoc } from './application-model';
import { applicationOutbox } from './application-outbox';
import { deadlineFields } from './case-deadline';
import { caseIndexMessage, indexSaved } from './case-index';
import { applicantUpdate } from './notifications';
import { type StageRequest, applyStageRules } from './stage-rules';

/**
 * Staff record the stages of the pack's procedure, in the order the procedure allows (see policy/procedure.ts):
 * the next regular stage; during a publication, an objection, which opens the pack's objection stage and sends
 * the procedure back to run a stage again; after a refusal, the refusal notice; where the pack allows 先行救助, the
 * approval before the stages it skips. Each record is checked against the stage's rules (stage-rules.ts), dated,
 * timestamped and told to the applicant in the same update.
 */

/** The pack's stages that apply to the application's programs, in order. */
export function stagesFor(app: Pick<ApplicationDoc, 'programs'>, pack: Pack): Stage[] {
  return stagesOf(pack, app.programs);
}

/** The stage submitting completes (申请): the one before the stage that decides acceptance, if the pack has one. */
export function applicationStage(app: Pick<ApplicationDoc, 'programs'>, pack: Pack): Stage | undefined {
  const stages = stagesFor(app, pack);
  const acceptance = stages.findIndex((s) => s.decides === 'acceptance');
  return acceptance > 0 ? stages[acceptance - 1] : undefined;
}

/** A case's procedure: its recorded stages replayed, what may be recorded next, and the dates of the rest. */
export function planOf(app: Pick<ApplicationDoc, 'programs' | 'stages' | 'status'>, pack: Pack): Plan {
  return planProcedure(pack, app.programs as ProgramId[], app.stages, { open: app.status !== 'draft' });
}

/** An expected action in words: the stage's name, or the objection to a publication. */
export function actionName(action: Pick<ExpectedAction, 'stage' | 'event'>, lng: Language): string {
  const name = action.stage.name[lng];
  return action.event === 'objection' ? translator(lng)('applications:objectionTo', { stage: name }) : name;
}

export async function recordStage(
  app: ApplicationDoc,
  pack: Pack,
  request: StageRequest,
  staff: StaffPrincipal,
  by: Actor,
  lng: Language,
): Promise<ApplicationDoc> {
  const plan = planOf(app, pack);
  const event = request.event ?? 'done';
  const named = plan.expected.filter((a) => a.stage.id === request.stage && a.event === event);
  const action = named.find((a) => a.emergency === (request.emergency === true));
  if (!action) {
    if (request.emergency && !plan.expected.some((a) => a.emergency))
      throw new AppError(409, 'emergency_not_allowed');
    if (plan.expected.length === 0) throw new AppError(409, 'no_stage_expected');
    const expected = plan.expected.filter((a) => !a.emergency).map((a) => actionName(a, lng));
    throw new AppError(409, 'stage_out_of_order', { expected: expected.join(lng === 'en' ? '; ' : '、') });
  }
  if (staff.role === 'village_worker' && action.stage.actor !== 'village')
    throw new AppError(403, 'stage_not_for_role');
  const ruled = await applyStageRules(action, request, app, pack);

  const today = chinaToday();
  const on = ruled.on ?? today;
  const previous = app.stages.at(-1)?.on;
  if (on > today) throw new AppError(400, 'stage_date_in_future');
  if (previous && on < previous) throw new AppError(400, 'stage_date_before_previous', { previous });
  if (action.notBefore && on < action.notBefore)
    throw new AppError(409, 'publication_not_over', { until: addCalendarDays(action.notBefore, -1) });
  if (action.within?.to && on > action.within.to)
    throw new AppError(400, 'objection_outside_publication', {
      from: action.within.from,
      until: action.within.to,
    });

  const record = {
    stage: action.stage.id,
    event,
    on,
    at: new Date(),
    by,
    outcome: ruled.outcome,
    note: ruled.note,
    details: ruled.details,
  };
  const $set: Record<string, unknown> = {};
  if (ruled.outcome === 'accepted') $set.acceptedOn = on;
  const decided =
    ruled.outcome === 'not_accepted' || ruled.outcome === 'approved' || ruled.outcome === 'refused'
      ? ruled.outcome
      : null;
  if (decided)
    $set.decision = {
      outcome: decided,
      reasons: ruled.reasons,
      amountsFen: ruled.details?.amountsFen ?? null,
      emergency: ruled.details?.emergency === true,
      on,
      by,
    };
  // An objection that sends the procedure back to the decision reopens it (002 二(一)5 按原程序进行确认).
  const stages = stagesFor(app, pack);
  const approvalAt = stages.findIndex((s) => s.decides === 'approval');
  const resumeAt = action.opens?.resumeAt ? stages.findIndex((s) => s.id === action.opens!.resumeAt) : -1;
  if (event === 'objection' && app.decision && resumeAt >= 0 && resumeAt <= approvalAt) $set.decision = null;
  const after = planProcedure(pack, app.programs as ProgramId[], [...app.stages, record]);
  $set.status = after.expected.some((a) => a.event === 'done') ? 'in_progress' : 'closed';

  const recorded = { ...app, ...$set, stages: [...app.stages, record] } as ApplicationDoc;
  Object.assign($set, deadlineFields(recorded, pack, today));

  const zh = translator('zh-CN');
  const message = decided
    ? zh(`applications:outcomes.${decided}`)
    : event === 'objection'
      ? zh('applications:objectionRaised')
      : action.stage.name['zh-CN'];
  const saved = await Application.findOneAndUpdate(
    { _id: app._id, revision: app.revision },
    withOutbox({ $set, $push: { stages: record }, $inc: { revision: 1 } }, [
      ...applicantUpdate(app, decided ? 'decision' : 'stage', on, message),
      caseIndexMessage(app),
    ]),
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (!saved) throw new AppError(409, 'stale_revision', { revision: app.revision });
  await markDue(applicationOutbox, saved._id);
  await indexSaved(saved);
  return saved;
}
