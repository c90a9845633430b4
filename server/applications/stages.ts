import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { AppError } from '../http/errors';
import { translator } from '../i18n';
import type { Actor, StaffPrincipal } from '../identity/principal';
import { isoDate } from '../policy/household';
import type { Pack, Stage, StageDecision } from '../policy/pack-schema';
import { withOutbox } from '../outbox/outbox';
import { Application, type ApplicationDoc } from './application-model';
import { deadlineFields } from './case-deadline';
import { applicantUpdate } from './notifications';

/**
 * Staff record each stage of the pack's procedure, in the pack's order. The two stages the pack marks `decides`
 * carry the decisions: 受理 (acceptance: accepted, or not accepted with reasons) and 审批/确认 (approval: approved,
 * or refused with reasons). Stages that run only on an objection or a refusal can be recorded only when that
 * happened.
 */

export const STAGE_OUTCOMES = ['accepted', 'not_accepted', 'approved', 'refused'] as const;
const OUTCOMES_OF: Record<StageDecision, readonly (typeof STAGE_OUTCOMES)[number][]> = {
  acceptance: ['accepted', 'not_accepted'],
  approval: ['approved', 'refused'],
};
const NEEDS_REASONS = new Set(['not_accepted', 'refused']);

export const recordStageSchema = z
  .strictObject({
    stage: z.string().regex(/^[a-z][a-z_]*$/),
    on: isoDate.optional().describe('The day the stage was completed; today when absent'),
    outcome: z.enum(STAGE_OUTCOMES).optional(),
    reasons: z.string().trim().min(1).max(2000).optional().describe('Required when not accepted or refused'),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .refine((b) => !b.outcome || !NEEDS_REASONS.has(b.outcome) || b.reasons !== undefined, {
    message: 'validation:reasonsRequired',
    path: ['reasons'],
  });
export type RecordStage = z.output<typeof recordStageSchema>;

/** The pack's stages that apply to the application's programs, in order. */
export function stagesFor(app: Pick<ApplicationDoc, 'programs'>, pack: Pack): Stage[] {
  return pack.procedure.stages.filter((s) => !s.programs || s.programs.some((p) => app.programs.includes(p)));
}

/** The stage submitting completes (申请): the one before the stage that decides acceptance, if the pack has one. */
export function applicationStage(app: Pick<ApplicationDoc, 'programs'>, pack: Pack): Stage | undefined {
  const stages = stagesFor(app, pack);
  const acceptance = stages.findIndex((s) => s.decides === 'acceptance');
  return acceptance > 0 ? stages[acceptance - 1] : undefined;
}

/** The stages that may be recorded next: the next regular one, and conditional ones whose condition holds. */
export function nextStages(app: ApplicationDoc, pack: Pack): Stage[] {
  if (app.status === 'draft' || app.decision?.outcome === 'not_accepted') return [];
  const stages = stagesFor(app, pack);
  const done = new Set(app.stages.map((s) => s.stage));
  const lastIndex = Math.max(-1, ...app.stages.map((r) => stages.findIndex((s) => s.id === r.stage)));
  const refused = app.decision?.outcome === 'refused';
  const candidates: Stage[] = [];
  for (const stage of stages.slice(lastIndex + 1)) {
    if (done.has(stage.id)) continue;
    if (stage.when === 'on_refusal') {
      if (refused) candidates.push(stage);
      continue;
    }
    if (refused) continue;
    if (stage.when === 'on_objection') {
      // An objection can only arise from a publication just recorded.
      if (stages[lastIndex]?.kind === 'publication') candidates.push(stage);
      continue;
    }
    candidates.push(stage);
    break;
  }
  return candidates;
}

export async function recordStage(
  app: ApplicationDoc,
  pack: Pack,
  input: RecordStage,
  staff: StaffPrincipal,
  by: Actor,
): Promise<ApplicationDoc> {
  const zh = translator('zh-CN');
  const candidates = nextStages(app, pack);
  const stage = candidates.find((s) => s.id === input.stage);
  if (!stage) {
    if (candidates.length === 0) throw new AppError(409, 'no_stage_expected');
    throw new AppError(409, 'stage_out_of_order', {
      expected: candidates.map((s) => s.name['zh-CN']).join('、'),
    });
  }
  if (staff.role === 'village_worker' && stage.actor !== 'village')
    throw new AppError(403, 'stage_not_for_role');
  const allowed = stage.decides ? OUTCOMES_OF[stage.decides] : [];
  if (allowed.length > 0 && (!input.outcome || !allowed.includes(input.outcome)))
    throw new AppError(400, 'stage_outcome_required', { outcomes: allowed.join(', ') });
  if (allowed.length === 0 && input.outcome) throw new AppError(400, 'stage_takes_no_outcome');

  const today = chinaToday();
  const on = input.on ?? today;
  const previous = app.stages.at(-1)?.on;
  if (on > today) throw new AppError(400, 'stage_date_in_future');
  if (previous && on < previous) throw new AppError(400, 'stage_date_before_previous', { previous });

  const record = {
    stage: stage.id,
    on,
    at: new Date(),
    by,
    outcome: input.outcome ?? null,
    note: input.note ?? null,
  };
  const decided = input.outcome && input.outcome !== 'accepted';
  const $set: Record<string, unknown> = {};
  if (input.outcome === 'accepted') Object.assign($set, { acceptedOn: on, status: 'in_progress' });
  if (decided)
    $set.decision = {
      outcome:
        input.outcome === 'approved' ? 'approved' : input.outcome === 'refused' ? 'refused' : 'not_accepted',
      reasons: input.reasons ?? null,
      on,
      by,
    };
  const after = {
    ...app,
    stages: [...app.stages, record],
    decision: $set.decision ?? app.decision,
    status: 'in_progress',
  };
  if (input.outcome === 'not_accepted' || nextStages(after as ApplicationDoc, pack).length === 0)
    $set.status = 'closed';
  Object.assign($set, deadlineFields({ ...after, ...$set } as ApplicationDoc, pack, today));

  const event = decided ? 'decision' : 'stage';
  const note = decided ? zh(`applications:outcomes.${input.outcome}`) : stage.name['zh-CN'];
  const saved = await Application.findOneAndUpdate(
    { _id: app._id, revision: app.revision },
    withOutbox(
      { $set, $push: { stages: record }, $inc: { revision: 1 } },
      applicantUpdate(app, event, on, note),
    ),
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (!saved) throw new AppError(409, 'stale_revision', { revision: app.revision });
  return saved;
}
