import type { Step } from '../results';
import { type Context, missingStep, param, step } from './context';
import type { Outcome } from './outcome';

/**
 * The household's property against a pack's limits: 低保 reads `assetLimits`, 特困 its own property rule
 * (`tekunAssetLimits`, 《特困人员认定办法》第七条). Where the document gives no limits, declared housing, vehicles or
 * a business leave the question to staff; savings alone are examined during verification.
 */
export function assessAssets(
  ctx: Context,
  limitsId: 'assetLimits' | 'tekunAssetLimits',
  steps: Step[],
): Outcome {
  const a = ctx.household.assets;
  const ruleId = `parameters.${limitsId}`;
  const limits = param(ctx, limitsId);
  if (limits.available) {
    const l = limits.value;
    const over =
      a.otherHousingUnits > l.otherHousingUnits ||
      a.motorVehicles > l.motorVehicles ||
      a.savingsFen > l.savingsPerCapitaFen * ctx.size;
    steps.push(step(ruleId, over ? 'assets.over_limit' : 'assets.within_limit', {}, limits.source));
    if (over) return 'fail';
    if (a.businessRegistered) steps.push(step(ruleId, 'assets.business', {}, null));
    return a.businessRegistered ? 'unknown' : 'pass';
  }
  const declared = a.otherHousingUnits > 0 || a.motorVehicles > 0 || a.businessRegistered;
  if (declared) {
    steps.push(missingStep(ruleId, limits));
    steps.push(
      step(
        ruleId,
        'assets.declared_unchecked',
        { otherHousingUnits: a.otherHousingUnits, motorVehicles: a.motorVehicles },
        null,
      ),
    );
    return 'unknown';
  }
  if (a.savingsFen > 0)
    steps.push(step(ruleId, 'assets.savings_unchecked', { savingsFen: a.savingsFen }, null));
  return 'pass';
}
