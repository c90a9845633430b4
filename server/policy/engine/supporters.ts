import { type SupporterFacts, supporterMatches } from '../conditions';
import type { LegalSupporter } from '../household';
import type { Localized } from '../pack-schema';
import { type Context, applied, param } from './context';
import { type Outcome, anyOf } from './outcome';

/**
 * Legal supporters (法定赡养、抚养、扶养义务人) judged by the pack's rule (rules.tekunSupporterUnable, from
 * 《特困人员认定办法》第八条): a supporter in any situation listed cannot support; one in none of them can; and
 * when the facts given cannot tell, the applicant's own answer stands until staff check it.
 */

export interface SupporterJudgement {
  /** pass: unable to support; fail: able to support; unknown: cannot be told. */
  unable: Outcome;
  /** What decided: the pack's rule, the applicant's answer, or nothing. */
  by: 'rule' | 'answer' | 'none';
  /** The situation that makes the supporter unable, when the rule found one. */
  label?: Localized;
}

/** Own income below the previous year's per-capita disposable income; no income is below any such line. */
function incomeBelowLine(ctx: Context, annualIncome: number | undefined): boolean | undefined {
  if (annualIncome === undefined) return undefined;
  if (annualIncome === 0) return true;
  const line = param(ctx, 'disposableIncomePerCapita');
  return line.available ? annualIncome < line.value : undefined;
}

/** What the household says of a supporter living elsewhere: nothing is known unless their means are described. */
export function declaredSupporterFacts(ctx: Context, s: LegalSupporter): SupporterFacts {
  const m = s.means;
  if (!m) {
    return {
      age: undefined,
      receives: undefined,
      disabilityGrade: undefined,
      disabilityKind: undefined,
      civilStatus: undefined,
      incomeBelowDisposableIncome: undefined,
      assetsWithinLowIncomeLimits: undefined,
    };
  }
  return {
    age: m.age,
    receives: m.receives,
    disabilityGrade: m.disability?.grade ?? null,
    disabilityKind: m.disability?.kind ?? null,
    civilStatus: m.civilStatus,
    incomeBelowDisposableIncome: incomeBelowLine(ctx, m.annualIncomeFen),
    assetsWithinLowIncomeLimits:
      m.assetsWithinLowIncomeLimits === 'unknown' ? undefined : m.assetsWithinLowIncomeLimits === 'yes',
  };
}

/**
 * A household member as a supporter of another: age and disability are known; the household's 低保 is theirs;
 * someone living in the household is taken to be neither missing nor in prison; their own income is known when
 * itemised; property against the low-income limits is not asked, so unknown.
 */
export function memberSupporterFacts(
  ctx: Context,
  index: number,
  ownIncome: number | undefined,
): SupporterFacts {
  const m = ctx.household.members[index];
  return {
    age: ctx.ages[index],
    receives: ctx.household.currentAssistance.dibao ? 'dibao' : 'none',
    disabilityGrade: m?.disability?.grade ?? null,
    disabilityKind: m?.disability?.kind ?? null,
    civilStatus: 'normal',
    incomeBelowDisposableIncome: incomeBelowLine(ctx, ownIncome),
    assetsWithinLowIncomeLimits: undefined,
  };
}

export function judgeSupporter(
  ctx: Context,
  facts: SupporterFacts,
  answer: LegalSupporter['ableToSupport'],
): SupporterJudgement {
  const rule = applied(ctx, 'tekunSupporterUnable');
  if (rule) {
    const found = rule.when.map((w) => ({ w, outcome: supporterMatches(w.facts, facts) }));
    const unableBy = found.find((f) => f.outcome === 'pass');
    if (unableBy) return { unable: 'pass', by: 'rule', label: unableBy.w.label };
    if (anyOf(found.map((f) => f.outcome)) === 'fail') return { unable: 'fail', by: 'rule' };
  }
  if (answer === 'no') return { unable: 'pass', by: 'answer' };
  if (answer === 'yes') return { unable: 'fail', by: 'answer' };
  return { unable: 'unknown', by: 'none' };
}
