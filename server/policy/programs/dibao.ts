import { divideRoundHalfUp, applyRatio, toRatioUnits } from '../money';
import type { Resolved } from '../parameters';
import type { ProgramResult, Step, Verdict } from '../results';
import { type AgeThreshold, singlePersonCategories, topUpCategories } from '../engine/categories';
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
import type { IncomeAssessment } from '../engine/income';
import type { Outcome } from '../engine/outcome';

/**
 * 最低生活保障 (低保): a household registered here whose per-capita income is below the standard and whose assets
 * pass gets the difference (差额救助) plus the top-up (加发) per person in a category; a margin household may keep
 * 低保 during gradual exit (渐退) or have members covered alone (单人户).
 */

/** Top-up (加发) for a set of members: per-person amount × people in any category, counted once each. */
function topUpFor(
  ctx: Context,
  members: readonly number[],
  standard: number,
  steps: Step[],
): { fen: number } | { missing: string[]; resolved: Resolved<unknown> } {
  const rule = applied(ctx, 'topUp');
  if (!rule) {
    steps.push(step('rules.topUp', 'topup.not_in_document', {}, null));
    return { fen: 0 };
  }
  const rate = param(ctx, 'topUpRate');
  if (!rate.available) {
    steps.push(missingStep('parameters.topUpRate', rate));
    return { missing: ['parameters.topUpRate'], resolved: rate };
  }
  const perPerson = applyRatio(standard, rate.value);
  let people = 0;
  const undecided = new Set<AgeThreshold>();
  for (const i of members) {
    const m = ctx.household.members[i];
    if (!m) continue;
    const match = topUpCategories(ctx, m, ctx.ages[i] ?? 0, rule);
    if (match.categories.length > 0) {
      people += 1;
      steps.push(
        step(
          'rules.topUp',
          'topup.member',
          { member: i + 1, categories: match.categories, perPersonFen: perPerson },
          rule.source,
        ),
      );
    } else {
      match.undecided.forEach((u) => undecided.add(u));
    }
  }
  if (undecided.size > 0) {
    const missing = [...undecided].map((id) => ({ id: `parameters.${id}`, resolved: param(ctx, id) }));
    for (const m of missing) steps.push(missingStep(m.id, m.resolved));
    return { missing: missing.map((m) => m.id), resolved: missing[0]?.resolved ?? rate };
  }
  steps.push(
    step(
      'rules.topUp',
      'topup.total',
      {
        people,
        ratePercent: toRatioUnits(rate.value) / 100,
        perPersonFen: perPerson,
        totalFen: perPerson * people,
      },
      rule.source,
    ),
  );
  return { fen: perPerson * people };
}

/** 单人户: each qualifying member is covered alone at the per-capita subsidy level plus the top-up. */
function singlePersonAmount(
  ctx: Context,
  members: number[],
  standard: number,
  steps: Step[],
  verdict: Verdict,
): ProgramResult {
  const rule = applied(ctx, 'singlePerson');
  const covered = members.length;
  const subsidy = param(ctx, 'singlePersonSubsidy');
  const rate = param(ctx, 'topUpRate');
  steps.push(
    decisive(step('rules.singlePerson', 'single.covered', { people: covered }, rule?.source ?? null)),
  );
  if (!subsidy.available || !rate.available) {
    const missing: string[] = [];
    if (!subsidy.available) {
      steps.push(missingStep('parameters.singlePersonSubsidy', subsidy));
      missing.push('parameters.singlePersonSubsidy');
    }
    if (!rate.available) {
      steps.push(missingStep('parameters.topUpRate', rate));
      missing.push('parameters.topUpRate');
    }
    return result('dibao', verdict, steps, {
      unavailable: unavailable(subsidy.available ? rate : subsidy, missing),
      covered,
      coverage: 'single_person',
    });
  }
  const perPerson = subsidy.value + applyRatio(standard, rate.value);
  steps.push(
    step(
      'rules.singlePerson',
      'single.amount',
      {
        subsidyFen: subsidy.value,
        topUpFen: applyRatio(standard, rate.value),
        perPersonFen: perPerson,
        totalFen: perPerson * covered,
      },
      rule?.source ?? null,
    ),
  );
  return result('dibao', verdict, steps, { fen: perPerson * covered, covered, coverage: 'single_person' });
}

/** Income below the standard: the difference plus top-ups, when every figure is known. */
function belowStandard(
  ctx: Context,
  income: IncomeAssessment,
  assets: Outcome,
  steps: Step[],
): ProgramResult {
  const { household, size } = ctx;
  if (assets === 'fail') return result('dibao', 'unlikely', steps, none('not_eligible'));
  const verdict: Verdict = assets === 'unknown' ? 'needs_judgment' : 'likely';
  steps.push(decisive(step('rules.incomeKinds', 'dibao.below_standard', {}, null)));
  const standard = income.standard;
  if (standard === undefined) {
    return result('dibao', verdict, steps, {
      unavailable: unavailable(income.standardResolved, [`parameters.${income.standardId}`]),
    });
  }
  if (income.pendingDeduction.length > 0) {
    return result('dibao', verdict, steps, {
      unavailable: { reason: 'parameter_not_provided', parameters: income.pendingDeduction },
      covered: size,
      coverage: 'household',
    });
  }
  // 差额救助: standard × size − counted income / 12, one rounding.
  const base = divideRoundHalfUp(standard * 12 * size - income.countedAnnual, 12);
  steps.push(
    step('rules.incomeKinds', 'dibao.difference', { standardFen: standard, size, baseFen: base }, null),
  );
  const topUp = topUpFor(
    ctx,
    household.members.map((_, i) => i),
    standard,
    steps,
  );
  if ('missing' in topUp)
    return result('dibao', verdict, steps, {
      unavailable: unavailable(topUp.resolved, topUp.missing),
      covered: size,
      coverage: 'household',
    });
  steps.push(decisive(step('rules.incomeKinds', 'dibao.amount', { totalFen: base + topUp.fen }, null)));
  return result('dibao', verdict, steps, { fen: base + topUp.fen, covered: size, coverage: 'household' });
}

export function screenDibao(
  ctx: Context,
  income: IncomeAssessment,
  assets: Outcome,
  assetSteps: Step[],
): ProgramResult {
  // The asset steps are shared with 低保边缘: marked on a copy.
  const steps: Step[] = assetSteps.map((s) =>
    assets !== 'pass' && s.messageKey !== 'param.not_provided' ? { ...s, decisive: true } : s,
  );
  const { household, size } = ctx;
  const hukouRule = applied(ctx, 'hukouPlace');
  if (!household.hukouInJurisdiction) {
    if (hukouRule) {
      steps.push(decisive(step('rules.hukouPlace', 'dibao.hukou_elsewhere', {}, hukouRule.source)));
      return result('dibao', 'unlikely', steps, none('not_eligible'));
    }
    steps.push(decisive(step('rules.hukouPlace', 'dibao.hukou_unclear', {}, null)));
    return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
  }
  const position = income.summary.position;
  if (position === 'below') return belowStandard(ctx, income, assets, steps);

  if (position === 'unknown') {
    steps.push(decisive(step('rules.incomeKinds', 'dibao.income_undecided', {}, null)));
    return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
  }

  const exitRule = applied(ctx, 'gradualExit');
  if (household.currentAssistance.dibao && exitRule) {
    if (position === 'margin') {
      steps.push(
        decisive(
          step('rules.gradualExit', 'dibao.gradual_exit', { months: exitRule.months }, exitRule.source),
        ),
      );
      return result('dibao', 'likely', steps, {
        unavailable: { reason: 'amount_rule_not_stated', parameters: [] },
        covered: size,
        coverage: 'gradual_exit',
      });
    }
    if (position === 'above_unknown_margin') {
      steps.push(decisive(step('rules.gradualExit', 'dibao.gradual_exit_undecided', {}, exitRule.source)));
      return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
    }
  }

  const singleRule = applied(ctx, 'singlePerson');
  if (singleRule && position !== 'above_margin') {
    const qualifying = household.members.flatMap((m, i) => {
      const cats = singlePersonCategories(m, singleRule);
      if (cats.length > 0)
        steps.push(
          step('rules.singlePerson', 'single.member', { member: i + 1, categories: cats }, singleRule.source),
        );
      return cats.length > 0 ? [i] : [];
    });
    if (qualifying.length > 0) {
      if (position === 'above_unknown_margin') {
        steps.push(decisive(step('rules.singlePerson', 'single.margin_undecided', {}, singleRule.source)));
        return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
      }
      const standard = income.standard;
      if (standard === undefined) throw new Error('a margin position implies a known standard');
      return singlePersonAmount(
        ctx,
        qualifying,
        standard,
        steps,
        assets === 'unknown' ? 'needs_judgment' : 'likely',
      );
    }
  }
  steps.push(decisive(step('rules.incomeKinds', 'dibao.not_below_standard', {}, null)));
  return result('dibao', 'unlikely', steps, none('not_eligible'));
}
