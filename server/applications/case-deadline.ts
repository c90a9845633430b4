import type { Localized, Pack } from '../policy/pack-schema';
import type { ApplicationDoc } from './application-model';
import { planOf } from './stages';

/** The stage a case is at and its due date: what a deadline sweep or an inbox badge needs. */
export interface CurrentStage {
  stage: string;
  name: Localized;
  due: string | null;
  overdue: boolean;
  projected: boolean;
}

export const isOverdue = (due: string | null, today: string) => due !== null && due < today;

/** From the procedure's plan for the case (the timeline shows the same, tracking.ts). */
export function currentStageOf(app: ApplicationDoc, pack: Pack, today: string): CurrentStage | null {
  const current = planOf(app, pack).current;
  if (!current) return null;
  return {
    stage: current.stage.id,
    name: current.stage.name,
    due: current.due,
    overdue: isOverdue(current.due, today),
    projected: current.projected,
  };
}

/**
 * The current stage and its deadline, kept on the application so the inbox and the daily sweep read them instead
 * of planning the procedure per case. Set in the same atomic update as every change that moves the case
 * (submission, a stage, acceptance, a notice that sends it back to draft). Whether it is overdue is read from the
 * date (`isOverdue`), never stored, so it cannot go stale as days pass.
 */
export function deadlineFields(after: ApplicationDoc, pack: Pack, today: string) {
  const current = currentStageOf(after, pack, today);
  return { currentStage: current?.stage ?? null, currentDue: current?.due ?? null };
}
