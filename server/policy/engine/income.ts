import { INCOME_KINDS, STUDENT_LEVELS, isEmployed, ownAnnualIncome } from '../household';
import { RATIO_SCALE, applyRatio, divideRoundHalfUp, toRatioUnits } from '../money';
import type { AppliedRule } from '../pack-schema';
import type { Resolved } from '../parameters';
import type { IncomeSummary, Step } from '../results';
import { type Context, applied, missingStep, param, standardParam, step } from './context';

/**
 * Income accounting (收入核算), shared by every programme: the household's annual income, the deductions the pack
 * enables (work cost, then rigid expenses), and where per-capita income stands against the 低保 standard and the
 * 低保边缘 band. Comparisons are exact integers: annual income against standard × 12 × size (× ratio).
 */

type Position = IncomeSummary['position'];

export interface IncomeAssessment {
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
export function compareToLine(
  annualFen: number,
  monthlyFen: number,
  size: number,
  ratioUnits = RATIO_SCALE,
): number {
  return Math.sign(annualFen * RATIO_SCALE - monthlyFen * 12 * size * ratioUnits);
}

/** Gross annual income: the four kinds over members and shared income, or the monthly total × 12. */
function grossIncome(ctx: Context, steps: Step[], assumptions: Step[]): number {
  const { household, size } = ctx;
  const source = applied(ctx, 'incomeKinds')?.source ?? null;
  const total = household.householdIncome;
  if (total) {
    const annual = total.monthlyFen * 12;
    const wages = total.earners.reduce((sum, e) => sum + e.monthlyWagesFen * 12, 0);
    steps.push(
      step(
        'rules.incomeKinds',
        'income.household_total',
        { monthlyFen: total.monthlyFen, totalFen: annual, size },
        source,
      ),
    );
    assumptions.push(
      step(
        'householdIncome',
        'income.assumed_twelve_months',
        { monthlyFen: total.monthlyFen, totalFen: annual },
        null,
      ),
    );
    assumptions.push(
      total.earners.length > 0
        ? step(
            'householdIncome',
            'income.assumed_earners',
            { members: total.earners.map((e) => String(e.member)), wagesFen: wages },
            null,
          )
        : step('householdIncome', 'income.assumed_no_earners', {}, null),
    );
    return annual;
  }
  const byKind = { wages: 0, businessNet: 0, propertyNet: 0, transferNet: 0 };
  for (const income of [...household.members.map((m) => m.income), household.sharedIncome]) {
    for (const kind of INCOME_KINDS) byKind[kind] += income[kind];
  }
  const gross = byKind.wages + byKind.businessNet + byKind.propertyNet + byKind.transferNet;
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
      source,
    ),
  );
  return gross;
}

/**
 * Work cost (就业成本): months × minimum wage per employed member, never more than that member's own income (for a
 * monthly total, the wages named for them). Returns the amount deducted, or the parameters missing to compute it.
 */
function workCost(ctx: Context, steps: Step[]): { deducted: number; pending: string[] } {
  const workRule = applied(ctx, 'workCostDeduction');
  const employed = ctx.household.members.map((_, i) => i).filter((i) => isEmployed(ctx.household, i));
  if (!workRule || employed.length === 0) return { deducted: 0, pending: [] };
  const wage = param(ctx, 'minimumWageMonthly');
  const months = param(ctx, 'workCostMonths');
  if (wage.available && months.available) {
    const perMember = wage.value * months.value;
    const deducted = employed.reduce(
      (sum, i) => sum + Math.min(perMember, ownAnnualIncome(ctx.household, i) ?? 0),
      0,
    );
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
    return { deducted, pending: [] };
  }
  const pending: string[] = [];
  for (const [id, r] of [
    ['parameters.minimumWageMonthly', wage],
    ['parameters.workCostMonths', months],
  ] as const) {
    if (r.available) continue;
    steps.push(missingStep(id, r));
    pending.push(id);
  }
  steps.push(
    step(
      'rules.workCostDeduction',
      'income.work_cost_unknown',
      { employed: employed.length },
      workRule.source,
    ),
  );
  return { deducted: 0, pending };
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

/**
 * Rigid expenses (刚性支出扣减) are deducted only when income is not below the standard and the receipted costs
 * bring it below; costs without receipts that could do so leave the position unknown.
 */
function applyRigidExpenses(
  ctx: Context,
  counted: number,
  standard: number,
  steps: Step[],
): { counted: number; position: 'below' | 'margin' | 'unknown' } {
  const rule = applied(ctx, 'rigidExpenseDeduction');
  if (!rule) return { counted, position: 'margin' };
  const rigid = rigidExpenses(ctx, rule);
  if (rigid.receipted > 0) {
    const after = Math.max(0, counted - rigid.receipted);
    const crosses = compareToLine(after, standard, ctx.size) < 0;
    steps.push(
      step(
        'rules.rigidExpenseDeduction',
        crosses ? 'income.rigid_applied' : 'income.rigid_not_enough',
        { deductedFen: rigid.receipted },
        rule.source,
      ),
    );
    if (crosses) return { counted: after, position: 'below' };
  }
  if (rigid.unreceipted > 0) {
    const withAll = Math.max(0, counted - rigid.receipted - rigid.unreceipted);
    if (compareToLine(withAll, standard, ctx.size) < 0) {
      steps.push(
        step(
          'rules.rigidExpenseDeduction',
          'income.rigid_needs_receipts',
          { unreceiptedFen: rigid.unreceipted },
          rule.source,
        ),
      );
      return { counted, position: 'unknown' };
    }
  }
  return { counted, position: 'margin' };
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

export function assessIncome(ctx: Context): IncomeAssessment {
  const { size } = ctx;
  const steps: Step[] = [];
  const assumptions: Step[] = [];
  const gross = grossIncome(ctx, steps, assumptions);
  const work = workCost(ctx, steps);
  let counted = gross - work.deducted;

  const { id: standardId, resolved: standardResolved } = standardParam(ctx);
  const standard = standardResolved.available ? standardResolved.value : undefined;
  let position: Position;
  if (!standardResolved.available) {
    steps.push(missingStep(`parameters.${standardId}`, standardResolved));
    // Any standard is above zero, so a household with no income at all is below it whatever its value.
    position = counted === 0 ? 'below' : 'unknown';
    if (position === 'below')
      steps.push(step('rules.incomeKinds', 'income.zero_below_any_standard', {}, null));
  } else {
    const line = standardResolved.value;
    steps.push(
      step(
        `parameters.${standardId}`,
        'income.standard',
        { standardFen: line, area: ctx.household.residenceArea },
        standardResolved.source,
      ),
    );
    position = compareToLine(counted, line, size) < 0 ? 'below' : 'margin';
    if (position !== 'below') {
      const rigid = applyRigidExpenses(ctx, counted, line, steps);
      counted = rigid.counted;
      position = rigid.position;
    }
    if (position !== 'below' && work.pending.length > 0) position = 'unknown';
    if (position === 'margin') position = marginPosition(ctx, counted, line, steps);
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
      assumptions,
      steps,
    },
    standard,
    standardResolved,
    standardId,
    countedAnnual: counted,
    pendingDeduction: work.pending,
  };
}
