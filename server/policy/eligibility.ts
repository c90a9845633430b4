import {
  INCOME_KINDS,
  STUDENT_LEVELS,
  type Household,
  type Member,
  incomeTotal,
  memberAge,
} from './household';
import { applyRatio, divideRoundHalfUp, toRatioUnits, RATIO_SCALE } from './money';
import type {
  Pack,
  Param,
  ParameterId,
  Parameters,
  ProgramId,
  Rules,
  SinglePersonCategory,
  Source,
  TopUpCategory,
} from './pack-schema';
import { type Resolved, resolveParam } from './parameters';
import type {
  AmountUnavailable,
  IncomeSummary,
  ProgramResult,
  ScreeningResult,
  Step,
  StepParam,
  Verdict,
} from './results';

/**
 * The eligibility engine: pure, synchronous, no I/O. `screen` applies a pack's rules to household facts as of a
 * date. Comparisons with the standard are made on exact integers (annual income against standard × 12 × size);
 * money is rounded once per figure, half up to a whole fen (see money.ts).
 */

export interface ScreenOptions {
  /** The date whose parameters apply, YYYY-MM-DD. */
  asOf: string;
}

/** The value type of a flat parameter (`standard` is nested and resolved through standardParam). */
type ParamValue<K extends ParameterId> =
  Extract<Parameters[K], { value: unknown }> extends { value: infer V } ? V : never;
type FlatParameterId = Exclude<ParameterId, 'standard'>;

interface Context {
  pack: Pack;
  household: Household;
  asOf: string;
  size: number;
  ages: number[];
}

type AppliedRule<K extends keyof Rules> = Exclude<Rules[K], { status: 'not_provided' }>;

function step(
  ruleId: string,
  messageKey: string,
  params: Record<string, StepParam>,
  source: Source | null,
): Step {
  return { ruleId, messageKey, params, source };
}

function param<K extends FlatParameterId>(ctx: Context, id: K): Resolved<ParamValue<K>> {
  return resolveParam(ctx.pack.parameters[id] as Param<ParamValue<K>>, ctx.asOf);
}

function standardParam(ctx: Context): { id: string; resolved: Resolved<number> } {
  const area = ctx.household.residenceArea;
  return { id: `standard.${area}`, resolved: resolveParam(ctx.pack.parameters.standard[area], ctx.asOf) };
}

function applied<K extends keyof Rules>(ctx: Context, id: K): AppliedRule<K> | undefined {
  const r = ctx.pack.rules[id];
  return 'applies' in r ? (r as AppliedRule<K>) : undefined;
}

function missingStep(ruleId: string, resolved: Resolved<unknown>): Step {
  if (resolved.available) throw new Error('parameter is available');
  return resolved.reason === 'not_provided'
    ? step(ruleId, 'param.not_provided', { parameter: ruleId, note: resolved.note }, null)
    : step(
        ruleId,
        'param.not_yet_effective',
        { parameter: ruleId, effectiveFrom: resolved.effectiveFrom },
        resolved.source,
      );
}

function unavailable(resolved: Resolved<unknown>, parameters: string[]): AmountUnavailable {
  const reason =
    !resolved.available && resolved.reason === 'not_yet_effective'
      ? 'parameter_not_yet_effective'
      : 'parameter_not_provided';
  return { reason, parameters };
}

// ---------------------------------------------------------------- income

type Position = IncomeSummary['position'];

interface IncomeAssessment {
  summary: IncomeSummary;
  standard: number | undefined;
  standardResolved: Resolved<number>;
  standardId: string;
  /** Income the verdicts compare, after every deduction that applied. */
  countedAnnual: number;
  /** Parameters of a deduction that applies but cannot be computed: any amount would be understated. */
  pendingDeduction: string[];
}

/** Sign of (annual income) − (monthly line × 12 × size × ratio), computed exactly. */
function compareToLine(
  annualFen: number,
  monthlyFen: number,
  size: number,
  ratioUnits = RATIO_SCALE,
): number {
  return Math.sign(annualFen * RATIO_SCALE - monthlyFen * 12 * size * ratioUnits);
}

function rigidExpenses(
  ctx: Context,
  rule: AppliedRule<'rigidExpenseDeduction'>,
): { receipted: number; unreceipted: number } {
  const highest = STUDENT_LEVELS.indexOf(rule.highestStudentLevel);
  let receipted = 0;
  let unreceipted = 0;
  for (const m of ctx.household.members) {
    for (const e of m.rigidExpenses) {
      if (!rule.kinds.includes(e.kind)) continue;
      if (e.kind === 'education' && (!m.studentLevel || STUDENT_LEVELS.indexOf(m.studentLevel) > highest))
        continue;
      if (e.receipted || !rule.receiptsRequired) receipted += e.annualFen;
      else unreceipted += e.annualFen;
    }
  }
  return { receipted, unreceipted };
}

function assessIncome(ctx: Context): IncomeAssessment {
  const { household, size } = ctx;
  const steps: Step[] = [];
  const byKind = { wages: 0, businessNet: 0, propertyNet: 0, transferNet: 0 };
  for (const income of [...household.members.map((m) => m.income), household.sharedIncome]) {
    for (const kind of INCOME_KINDS) byKind[kind] += income[kind];
  }
  const gross = byKind.wages + byKind.businessNet + byKind.propertyNet + byKind.transferNet;
  const kindsRule = applied(ctx, 'incomeKinds');
  steps.push(
    step(
      'rules.incomeKinds',
      'income.total',
      {
        wagesFen: byKind.wages,
        businessNetFen: byKind.businessNet,
        propertyNetFen: byKind.propertyNet,
        transferNetFen: byKind.transferNet,
        totalFen: gross,
        size,
      },
      kindsRule?.source ?? null,
    ),
  );

  // Work cost (就业成本): months × minimum wage per employed member, never more than that member's own income.
  let counted = gross;
  const pendingDeduction: string[] = [];
  const employed = household.members.filter((m) => m.employed);
  const workRule = applied(ctx, 'workCostDeduction');
  if (workRule && employed.length > 0) {
    const wage = param(ctx, 'minimumWageMonthly');
    const months = param(ctx, 'workCostMonths');
    if (wage.available && months.available) {
      const perMember = wage.value * months.value;
      const deducted = employed.reduce((sum, m) => sum + Math.min(perMember, incomeTotal(m.income)), 0);
      counted -= deducted;
      steps.push(
        step(
          'rules.workCostDeduction',
          'income.work_cost',
          {
            employed: employed.length,
            months: months.value,
            minimumWageFen: wage.value,
            perMemberFen: perMember,
            deductedFen: deducted,
          },
          workRule.source,
        ),
      );
    } else {
      for (const [id, r] of [
        ['parameters.minimumWageMonthly', wage],
        ['parameters.workCostMonths', months],
      ] as const) {
        if (r.available) continue;
        steps.push(missingStep(id, r));
        pendingDeduction.push(id);
      }
      steps.push(
        step(
          'rules.workCostDeduction',
          'income.work_cost_unknown',
          { employed: employed.length },
          workRule.source,
        ),
      );
    }
  }

  const { id: standardId, resolved: standardResolved } = standardParam(ctx);
  const standard = standardResolved.available ? standardResolved.value : undefined;
  let position: Position;
  if (!standardResolved.available || standard === undefined) {
    steps.push(missingStep(`parameters.${standardId}`, standardResolved));
    // Any standard is above zero, so a household with no income at all is below it whatever its value.
    position = counted === 0 ? 'below' : 'unknown';
    if (position === 'below')
      steps.push(step('rules.incomeKinds', 'income.zero_below_any_standard', {}, null));
  } else {
    steps.push(
      step(
        `parameters.${standardId}`,
        'income.standard',
        { standardFen: standard, area: household.residenceArea },
        standardResolved.source,
      ),
    );
    position = compareToLine(counted, standard, size) < 0 ? 'below' : 'margin';
    const rigidRule = applied(ctx, 'rigidExpenseDeduction');
    if (position !== 'below' && rigidRule) {
      // Deducted only when income is above the standard because of these costs (刚性支出扣减).
      const rigid = rigidExpenses(ctx, rigidRule);
      if (rigid.receipted > 0) {
        const after = Math.max(0, counted - rigid.receipted);
        const crosses = compareToLine(after, standard, size) < 0;
        steps.push(
          step(
            'rules.rigidExpenseDeduction',
            crosses ? 'income.rigid_applied' : 'income.rigid_not_enough',
            { deductedFen: rigid.receipted },
            rigidRule.source,
          ),
        );
        if (crosses) {
          counted = after;
          position = 'below';
        }
      }
      if (position !== 'below' && rigid.unreceipted > 0) {
        const withAll = Math.max(0, counted - rigid.receipted - rigid.unreceipted);
        if (compareToLine(withAll, standard, size) < 0) {
          steps.push(
            step(
              'rules.rigidExpenseDeduction',
              'income.rigid_needs_receipts',
              { unreceiptedFen: rigid.unreceipted },
              rigidRule.source,
            ),
          );
          position = 'unknown';
        }
      }
    }
    if (position !== 'below' && pendingDeduction.length > 0) position = 'unknown';
    if (position === 'margin') position = marginPosition(ctx, counted, standard, steps);
  }

  const perCapita = divideRoundHalfUp(counted, 12 * size);
  steps.push(
    step(
      'rules.incomeKinds',
      'income.per_capita',
      { countedAnnualFen: counted, perCapitaMonthlyFen: perCapita, size },
      null,
    ),
  );
  return {
    summary: {
      householdSize: size,
      grossAnnualFen: gross,
      countedAnnualFen: counted,
      perCapitaMonthlyFen: perCapita,
      standardMonthlyFen: standard ?? null,
      position,
      steps,
    },
    standard,
    standardResolved,
    standardId,
    countedAnnual: counted,
    pendingDeduction,
  };
}

/** Not below the standard: inside the 低保边缘 band (below ratio × standard) or above it. */
function marginPosition(ctx: Context, counted: number, standard: number, steps: Step[]): Position {
  const ratio = param(ctx, 'marginRatio');
  if (!ratio.available) {
    steps.push(step('rules.incomeKinds', 'income.not_below_standard', { standardFen: standard }, null));
    steps.push(missingStep('parameters.marginRatio', ratio));
    return 'above_unknown_margin';
  }
  const ceiling = applyRatio(standard, ratio.value);
  const inside = compareToLine(counted, standard, ctx.size, toRatioUnits(ratio.value)) < 0;
  steps.push(
    step(
      'parameters.marginRatio',
      inside ? 'income.in_margin' : 'income.above_margin',
      { ratio: ratio.value, ceilingFen: ceiling, standardFen: standard },
      ratio.source,
    ),
  );
  return inside ? 'margin' : 'above_margin';
}

// ---------------------------------------------------------------- assets

function assessAssets(ctx: Context, steps: Step[]): 'pass' | 'fail' | 'unknown' {
  const a = ctx.household.assets;
  const limits = param(ctx, 'assetLimits');
  if (limits.available) {
    const l = limits.value;
    const over =
      a.otherHousingUnits > l.otherHousingUnits ||
      a.motorVehicles > l.motorVehicles ||
      a.savingsFen > l.savingsPerCapitaFen * ctx.size;
    steps.push(
      step('parameters.assetLimits', over ? 'assets.over_limit' : 'assets.within_limit', {}, limits.source),
    );
    if (over) return 'fail';
    if (a.businessRegistered) steps.push(step('parameters.assetLimits', 'assets.business', {}, null));
    return a.businessRegistered ? 'unknown' : 'pass';
  }
  const declared = a.otherHousingUnits > 0 || a.motorVehicles > 0 || a.businessRegistered;
  if (declared) {
    steps.push(missingStep('parameters.assetLimits', limits));
    steps.push(
      step(
        'parameters.assetLimits',
        'assets.declared_unchecked',
        { otherHousingUnits: a.otherHousingUnits, motorVehicles: a.motorVehicles },
        null,
      ),
    );
    return 'unknown';
  }
  if (a.savingsFen > 0)
    steps.push(
      step('parameters.assetLimits', 'assets.savings_unchecked', { savingsFen: a.savingsFen }, null),
    );
  return 'pass';
}

// ---------------------------------------------------------------- categories

function inGrades(grade: number | undefined, range: { min: number; max: number }): boolean {
  return grade !== undefined && grade >= range.min && grade <= range.max;
}

type AgeThreshold = 'elderlyAge' | 'minorAge';

interface CategoryMatch<C> {
  categories: C[];
  /** Age-based categories that could not be decided because the age threshold is not provided. */
  undecided: AgeThreshold[];
}

function topUpCategories(
  ctx: Context,
  m: Member,
  age: number,
  rule: AppliedRule<'topUp'>,
): CategoryMatch<TopUpCategory> {
  const out: TopUpCategory[] = [];
  const undecided: AgeThreshold[] = [];
  for (const c of rule.categories) {
    switch (c) {
      case 'severe_disability':
        if (inGrades(m.disability?.grade, rule.severeDisabilityGrades)) out.push(c);
        break;
      case 'disabled_serviceman':
        if (inGrades(m.disabledServicemanGrade, rule.disabledServicemanGrades)) out.push(c);
        break;
      case 'serious_illness':
        if (m.seriousIllness) out.push(c);
        break;
      case 'military_martyr_family':
        if (m.militaryOrMartyrFamily) out.push(c);
        break;
      case 'demobilised_veteran':
        if (m.demobilisedVeteranInVillage) out.push(c);
        break;
      case 'elderly': {
        const t = param(ctx, 'elderlyAge');
        if (!t.available) undecided.push('elderlyAge');
        else if (age >= t.value) out.push(c);
        break;
      }
      case 'minor': {
        const t = param(ctx, 'minorAge');
        if (!t.available) undecided.push('minorAge');
        else if (age < t.value) out.push(c);
        break;
      }
    }
  }
  return { categories: out, undecided };
}

function singlePersonCategories(m: Member, rule: AppliedRule<'singlePerson'>): SinglePersonCategory[] {
  const d = m.disability;
  const tests: Record<SinglePersonCategory, boolean> = {
    severe_disability: inGrades(d?.grade, rule.severeDisabilityGrades),
    intellectual_mental_grade3: d?.grade === 3 && (d.kind === 'intellectual' || d.kind === 'mental'),
    major_disease: m.seriousIllness,
    disabled_serviceman: inGrades(m.disabledServicemanGrade, rule.disabledServicemanGrades),
    priority_care: m.priorityCarePension,
    clergy: (m.clergyYearsAtReligiousSite ?? 0) >= rule.clergyMinYears,
  };
  return rule.categories.filter((c) => tests[c]);
}

// ---------------------------------------------------------------- programs

function result(
  program: ProgramId,
  verdict: Verdict,
  steps: Step[],
  amount:
    | { fen: number; covered: number; coverage: ProgramResult['coverage'] }
    | { unavailable: AmountUnavailable; covered?: number; coverage?: ProgramResult['coverage'] },
): ProgramResult {
  if ('fen' in amount) {
    return {
      program,
      verdict,
      coverage: amount.coverage,
      coveredMembers: amount.covered,
      monthlyAmountFen: amount.fen,
      amountUnavailable: null,
      steps,
    };
  }
  return {
    program,
    verdict,
    coverage: amount.coverage ?? null,
    coveredMembers: amount.covered ?? 0,
    monthlyAmountFen: null,
    amountUnavailable: amount.unavailable,
    steps,
  };
}

function none(reason: AmountUnavailable['reason']): { unavailable: AmountUnavailable } {
  return { unavailable: { reason, parameters: [] } };
}

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

function screenDibao(
  ctx: Context,
  income: IncomeAssessment,
  assets: 'pass' | 'fail' | 'unknown',
  assetSteps: Step[],
): ProgramResult {
  const steps: Step[] = [...assetSteps];
  const { household, size } = ctx;
  const hukouRule = applied(ctx, 'hukouPlace');
  if (!household.hukouInJurisdiction) {
    if (hukouRule) {
      steps.push(step('rules.hukouPlace', 'dibao.hukou_elsewhere', {}, hukouRule.source));
      return result('dibao', 'unlikely', steps, none('not_eligible'));
    }
    steps.push(step('rules.hukouPlace', 'dibao.hukou_unclear', {}, null));
    return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
  }
  const position = income.summary.position;
  const standard = income.standard;

  if (position === 'below') {
    if (assets === 'fail') return result('dibao', 'unlikely', steps, none('not_eligible'));
    const verdict: Verdict = assets === 'unknown' ? 'needs_judgment' : 'likely';
    steps.push(step('rules.incomeKinds', 'dibao.below_standard', {}, null));
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
    steps.push(step('rules.incomeKinds', 'dibao.amount', { totalFen: base + topUp.fen }, null));
    return result('dibao', verdict, steps, { fen: base + topUp.fen, covered: size, coverage: 'household' });
  }

  if (position === 'unknown') {
    steps.push(step('rules.incomeKinds', 'dibao.income_undecided', {}, null));
    return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
  }

  const exitRule = applied(ctx, 'gradualExit');
  if (household.currentAssistance.dibao && exitRule) {
    if (position === 'margin') {
      steps.push(
        step('rules.gradualExit', 'dibao.gradual_exit', { months: exitRule.months }, exitRule.source),
      );
      return result('dibao', 'likely', steps, {
        unavailable: { reason: 'amount_rule_not_stated', parameters: [] },
        covered: size,
        coverage: 'gradual_exit',
      });
    }
    if (position === 'above_unknown_margin') {
      steps.push(step('rules.gradualExit', 'dibao.gradual_exit_undecided', {}, exitRule.source));
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
        steps.push(step('rules.singlePerson', 'single.margin_undecided', {}, singleRule.source));
        return result('dibao', 'needs_judgment', steps, none('needs_judgment'));
      }
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
  steps.push(step('rules.incomeKinds', 'dibao.not_below_standard', {}, null));
  return result('dibao', 'unlikely', steps, none('not_eligible'));
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
  steps.push(step('rules.singlePerson', 'single.covered', { people: covered }, rule?.source ?? null));
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

function screenEdge(
  ctx: Context,
  income: IncomeAssessment,
  assets: 'pass' | 'fail' | 'unknown',
  assetSteps: Step[],
): ProgramResult {
  const steps: Step[] = [...assetSteps];
  const rule = applied(ctx, 'dibaoEdge');
  const src = rule?.source ?? null;
  const noCash = none('not_a_cash_benefit');
  switch (income.summary.position) {
    case 'below':
      steps.push(step('rules.dibaoEdge', 'edge.below_standard', {}, src));
      return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
    case 'margin':
      if (assets === 'fail') return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
      steps.push(step('rules.dibaoEdge', 'edge.in_band', {}, src));
      return result('dibao_edge', assets === 'unknown' ? 'needs_judgment' : 'likely', steps, noCash);
    case 'above_margin':
      steps.push(step('rules.dibaoEdge', 'edge.above_band', {}, src));
      return result('dibao_edge', 'unlikely', steps, none('not_eligible'));
    default:
      steps.push(step('rules.dibaoEdge', 'edge.undecided', {}, src));
      return result('dibao_edge', 'needs_judgment', steps, noCash);
  }
}

function screenTekun(ctx: Context): ProgramResult {
  const steps: Step[] = [];
  const rule = applied(ctx, 'tekun');
  if (!rule) {
    steps.push(step('rules.tekun', 'tekun.rule_not_provided', {}, null));
    return result('tekun', 'needs_judgment', steps, none('needs_judgment'));
  }
  const { household } = ctx;
  const candidates: number[] = [];
  let uncertain = 0;
  household.members.forEach((m, i) => {
    if (incomeTotal(m.income) > 0 || m.workCapacity === 'able') return;
    if (m.workCapacity === 'unable') candidates.push(i);
    else uncertain += 1;
  });
  if (candidates.length === 0) {
    steps.push(
      step('rules.tekun', uncertain > 0 ? 'tekun.capacity_unknown' : 'tekun.no_candidate', {}, rule.source),
    );
    return result(
      'tekun',
      uncertain > 0 ? 'needs_judgment' : 'unlikely',
      steps,
      uncertain > 0 ? none('needs_judgment') : none('not_eligible'),
    );
  }
  steps.push(step('rules.tekun', 'tekun.candidates', { people: candidates.length }, rule.source));
  const supporters = household.legalSupporters;
  if (supporters.some((s) => s.ableToSupport === 'yes')) {
    steps.push(step('rules.tekun', 'tekun.supporter_able', {}, rule.source));
    return result('tekun', 'unlikely', steps, none('not_eligible'));
  }
  if (supporters.some((s) => s.ableToSupport === 'unknown')) {
    steps.push(step('rules.tekun', 'tekun.supporter_unknown', {}, rule.source));
    return result('tekun', 'needs_judgment', steps, none('needs_judgment'));
  }
  steps.push(step('rules.tekun', 'tekun.three_nos', { supporters: supporters.length }, rule.source));
  const support = param(ctx, 'tekunSupport');
  if (!support.available) {
    steps.push(missingStep('parameters.tekunSupport', support));
    return result('tekun', 'likely', steps, {
      unavailable: unavailable(support, ['parameters.tekunSupport']),
      covered: candidates.length,
      coverage: 'single_person',
    });
  }
  return result('tekun', 'likely', steps, {
    fen: support.value * candidates.length,
    covered: candidates.length,
    coverage: 'single_person',
  });
}

function screenTemporary(ctx: Context): ProgramResult {
  const steps: Step[] = [];
  const rule = applied(ctx, 'temporary');
  const { household } = ctx;
  if (household.incidents.length === 0) {
    steps.push(step('rules.temporary', 'temporary.no_incident', {}, rule?.source ?? null));
    return result('temporary', 'unlikely', steps, none('not_eligible'));
  }
  if (!rule) {
    steps.push(step('rules.temporary', 'temporary.rule_not_provided', {}, null));
    return result('temporary', 'needs_judgment', steps, none('needs_judgment'));
  }
  const registeredHere = household.hukouInJurisdiction || household.residesInJurisdiction;
  const triggers = household.incidents.filter((i) => rule.triggers.includes(i.kind));
  const applicable = triggers.filter((i) => registeredHere || (rule.anyRegistration && i.inJurisdiction));
  if (triggers.length === 0) {
    steps.push(step('rules.temporary', 'temporary.not_a_trigger', {}, rule.source));
    return result('temporary', 'needs_judgment', steps, none('needs_judgment'));
  }
  if (applicable.length === 0) {
    steps.push(step('rules.temporary', 'temporary.apply_elsewhere', {}, rule.source));
    return result('temporary', 'unlikely', steps, none('not_eligible'));
  }
  if (!registeredHere) steps.push(step('rules.temporary', 'temporary.any_registration', {}, rule.source));
  const atRisk = applicable.some((i) => i.basicLivingAtRisk);
  steps.push(
    step(
      'rules.temporary',
      atRisk ? 'temporary.trigger' : 'temporary.trigger_not_at_risk',
      { kind: applicable[0]?.kind ?? '' },
      rule.source,
    ),
  );
  if (atRisk && rule.helpFirst) steps.push(step('rules.temporary', 'temporary.help_first', {}, rule.source));
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

function screenLowIncome(ctx: Context): ProgramResult {
  const source = ctx.pack.programs.low_income?.source ?? null;
  return result(
    'low_income',
    'needs_judgment',
    [step('programs.low_income', 'low_income.criteria_not_provided', {}, source)],
    {
      unavailable: { reason: 'not_a_cash_benefit', parameters: [] },
    },
  );
}

function notices(ctx: Context): Step[] {
  const out: Step[] = [];
  const { household } = ctx;
  const relatives = applied(ctx, 'relativesOfStaff');
  if (household.relatedToStaff) {
    const months = relatives?.reviewMonths;
    out.push(
      months === undefined
        ? step('rules.relativesOfStaff', 'notice.relatives_of_staff', {}, relatives?.source ?? null)
        : step(
            'rules.relativesOfStaff',
            'notice.relatives_of_staff_review',
            { months },
            relatives?.source ?? null,
          ),
    );
  }
  if (household.hukouInJurisdiction && !household.residesInJurisdiction) {
    out.push(step('rules.hukouPlace', 'notice.lives_elsewhere', {}, null));
  }
  return out;
}

export function screen(pack: Pack, household: Household, options: ScreenOptions): ScreeningResult {
  const ctx: Context = {
    pack,
    household,
    asOf: options.asOf,
    size: household.members.length,
    ages: household.members.map((m) => memberAge(m, options.asOf)),
  };
  const income = assessIncome(ctx);
  const programs: ProgramResult[] = [];
  const offered = pack.programs;
  if (offered.dibao || offered.dibao_edge) {
    const assetSteps: Step[] = [];
    const assets = assessAssets(ctx, assetSteps);
    if (offered.dibao) programs.push(screenDibao(ctx, income, assets, assetSteps));
    if (offered.dibao_edge) programs.push(screenEdge(ctx, income, assets, assetSteps));
  }
  if (offered.tekun) programs.push(screenTekun(ctx));
  if (offered.temporary) programs.push(screenTemporary(ctx));
  if (offered.low_income) programs.push(screenLowIncome(ctx));
  return {
    jurisdiction: pack.id,
    asOf: options.asOf,
    income: income.summary,
    programs,
    notices: notices(ctx),
  };
}
