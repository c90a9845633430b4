import type { ProgramResult } from '../results';
import { type Context, decisive, result, step } from '../engine/context';

/** 低收入家庭认定: no document states the criteria, so staff decide; a recognition, not a cash benefit. */
export function screenLowIncome(ctx: Context): ProgramResult {
  const source = ctx.pack.programs.low_income?.source ?? null;
  return result(
    'low_income',
    'needs_judgment',
    [decisive(step('programs.low_income', 'low_income.criteria_not_provided', {}, source))],
    { unavailable: { reason: 'not_a_cash_benefit', parameters: [] } },
  );
}
