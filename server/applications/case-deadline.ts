import type { Pack } from '../policy/pack-schema';
import type { ApplicationDoc } from './application-model';
import { addCalendarDays, addWorkingDays } from '../calendar/working-days';
import { nextStages } from './stages';

/**
 * The current stage and its deadline, kept on the application so the inbox and the daily sweep read them
 * instead of working out a timeline per case. Set in the same atomic update as every change that moves the case
 * (submission, a stage, acceptance, a notice that sends it back); `overdue` is also raised by the sweep as days
 * pass. The timeline (tracking.ts) shows the same stage and date from the same function.
 */
/** The stage the case waits on and its deadline (null before acceptance, or when the pack sets no limit). */
export function currentDeadline(
  app: ApplicationDoc,
  pack: Pack,
): { stage: ReturnType<typeof nextStages>[number] | undefined; due: string | null } {
  const candidates = nextStages(app, pack);
  const stage = candidates.find((s) => s.when === 'always') ?? candidates[0];
  let due: string | null = null;
  if (stage && app.acceptedOn) {
    const anchor =
      stage.countFrom === 'acceptance' ? app.acceptedOn : (app.stages.at(-1)?.on ?? app.acceptedOn);
    const limit = stage.limit;
    if ('workingDays' in limit) due = addWorkingDays(anchor, limit.workingDays).date;
    else if ('calendarDays' in limit) due = addCalendarDays(anchor, limit.calendarDays);
  }
  return { stage, due };
}

export const isOverdue = (due: string | null, today: string) => due !== null && due < today;

export function deadlineFields(after: ApplicationDoc, pack: Pack, today: string) {
  const { stage, due } = currentDeadline(after, pack);
  return { currentStage: stage?.id ?? null, currentDue: due, overdue: isOverdue(due, today) };
}
