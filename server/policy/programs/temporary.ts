import type { ProgramResult, Step, Verdict } from '../results';
import {
  type Context,
  applied,
  decisive,
  missingStep,
  none,
  param,
  result,
  step,
  unavailable,
} from '../engine/context';

/**
 * 临时救助: one-off help after a sudden hardship the pack lists; where the pack lifts the registration limit, it can
 * be asked for where the hardship happened (急难发生地), and in an emergency given first (先行救助).
 */
export function screenTemporary(ctx: Context): ProgramResult {
  const steps: Step[] = [];
  const rule = applied(ctx, 'temporary');
  const { household } = ctx;
  if (household.incidents.length === 0) {
    steps.push(decisive(step('rules.temporary', 'temporary.no_incident', {}, rule?.source ?? null)));
    return result('temporary', 'unlikely', steps, none('not_eligible'));
  }
  if (!rule) {
    steps.push(decisive(step('rules.temporary', 'temporary.rule_not_provided', {}, null)));
    return result('temporary', 'needs_judgment', steps, none('needs_judgment'));
  }
  const registeredHere = household.hukouInJurisdiction || household.residesInJurisdiction;
  const triggers = household.incidents.filter((i) => rule.triggers.includes(i.kind));
  const applicable = triggers.filter((i) => registeredHere || (rule.anyRegistration && i.inJurisdiction));
  if (triggers.length === 0) {
    steps.push(decisive(step('rules.temporary', 'temporary.not_a_trigger', {}, rule.source)));
    return result('temporary', 'needs_judgment', steps, none('needs_judgment'));
  }
  if (applicable.length === 0) {
    steps.push(decisive(step('rules.temporary', 'temporary.apply_elsewhere', {}, rule.source)));
    return result('temporary', 'unlikely', steps, none('not_eligible'));
  }
  if (!registeredHere)
    steps.push(decisive(step('rules.temporary', 'temporary.any_registration', {}, rule.source)));
  const atRisk = applicable.some((i) => i.basicLivingAtRisk);
  steps.push(
    decisive(
      step(
        'rules.temporary',
        atRisk ? 'temporary.trigger' : 'temporary.trigger_not_at_risk',
        { kind: applicable[0]?.kind ?? '' },
        rule.source,
      ),
    ),
  );
  if (atRisk && rule.helpFirst)
    steps.push(decisive(step('rules.temporary', 'temporary.help_first', {}, rule.source)));
  const amount = param(ctx, 'temporaryAssistance');
  if (!amount.available) steps.push(missingStep('parameters.temporaryAssistance', amount));
  const verdict: Verdict = atRisk ? 'likely' : 'needs_judgment';
  return amount.available
    ? result('temporary', verdict, steps, {
        fen: amount.value,
        covered: household.members.length,
        coverage: 'household',
      })
    : result('temporary', verdict, steps, {
        unavailable: unavailable(amount, ['parameters.temporaryAssistance']),
        covered: household.members.length,
        coverage: 'household',
      });
}
