import type { ProgramResult, Step } from '../results';
import { type Context, applied, decisive, none, result, step } from '../engine/context';
import type { IncomeAssessment } from '../engine/income';
import type { Outcome } from '../engine/outcome';

/** 低保边缘家庭: per-capita income not below the 低保 standard but below marginRatio × standard; no cash. */
export function screenEdge(
  ctx: Context,
  income: IncomeAssessment,
  assets: Outcome,
  assetSteps: Step[],
): ProgramResult {
  const steps: Step[] = [...assetSteps];
  const src = applied(ctx, 'dibaoEdge')?.source ?? null;
  const noCash = none('not_a_cash_benefit');
  const reason = (key: string) => steps.push(decisive(step('rules.dibaoEdge', key, {}, src)));
  switch (income.summary.position) {
    case 'below':
      reason('edge.below_standard');
      return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
    case 'margin':
      if (assets === 'fail') {
        reason('edge.assets_over_limit');
        return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
      }
      reason('edge.in_band');
      if (assets === 'unknown') reason('edge.assets_unchecked');
      return result('dibao_edge', assets === 'unknown' ? 'needs_judgment' : 'likely', steps, noCash);
    case 'above_margin':
      reason('edge.above_band');
      return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
    default:
      reason('edge.undecided');
      return result('dibao_edge', 'needs_judgment', steps, noCash);
  }
}
