import { ownAnnualIncome } from '../household';
import type { ProgramResult, Step, Verdict } from '../results';
import { assessAssets } from '../engine/assets';
import { unableToWork } from '../engine/categories';
import {
  type Amount,
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
import { type Outcome, allOf } from '../engine/outcome';
import {
  type SupporterJudgement,
  declaredSupporterFacts,
  judgeSupporter,
  memberSupporterFacts,
} from '../engine/supporters';

/**
 * 特困人员救助供养 (《社会救助暂行办法》第十四条): a person unable to work, without a source of living, and with no
 * legal supporter able to support them (三无). Each condition is pass / fail / unknown; one known to fail decides at
 * once — a supporter able to support makes the programme unlikely whatever else is still unknown.
 */

const RULE = 'rules.tekun';

/** The step saying what was found of one supporter, citing the rule that judged them (or the 三无 rule). */
function supporterStep(
  ctx: Context,
  judged: SupporterJudgement,
  who: Record<string, string | number>,
  prefix: 'supporter' | 'member_supporter',
): Step {
  const byRule = judged.by === 'rule';
  const ruleId = byRule ? 'rules.tekunSupporterUnable' : RULE;
  const source = (byRule ? applied(ctx, 'tekunSupporterUnable') : applied(ctx, 'tekun'))?.source ?? null;
  if (judged.unable === 'pass' && judged.label)
    return step(ruleId, `tekun.${prefix}_unable`, { ...who, label: judged.label }, source);
  const found = { pass: 'said_unable', fail: byRule ? 'able' : 'said_able', unknown: 'unknown' }[
    judged.unable
  ];
  return step(ruleId, `tekun.${prefix}_${found}`, who, source);
}

/** 无生活来源: the household's per-capita income below the 低保 standard and property within the 特困 rule. */
function noSourceOfLiving(ctx: Context, income: IncomeAssessment, steps: Step[]): Outcome {
  const source = applied(ctx, 'tekunNoSourceOfLiving')?.source ?? applied(ctx, 'tekun')?.source ?? null;
  const position = income.summary.position;
  const byIncome: Outcome = position === 'below' ? 'pass' : position === 'unknown' ? 'unknown' : 'fail';
  if (byIncome === 'fail') {
    steps.push(step('rules.tekunNoSourceOfLiving', 'tekun.has_source', {}, source));
    return 'fail';
  }
  const assets = assessAssets(ctx, 'tekunAssetLimits', steps);
  const outcome = allOf([byIncome, assets]);
  if (outcome === 'pass') steps.push(step('rules.tekunNoSourceOfLiving', 'tekun.no_source', {}, source));
  if (outcome === 'unknown')
    steps.push(step('rules.tekunNoSourceOfLiving', 'tekun.source_unknown', {}, source));
  return outcome;
}

/**
 * Whether anyone in the household who owes member `index` support (the pack's table, from the Civil Code) can
 * give it. Each member is judged as a supporter once (`judged`); the first able one decides.
 */
function householdSupporters(
  ctx: Context,
  index: number,
  judged: (member: number) => SupporterJudgement,
  steps: Step[],
): Outcome {
  const rule = applied(ctx, 'tekunHouseholdSupporters');
  const relation = ctx.household.members[index]?.relation;
  if (!rule || !relation) return 'pass';
  const owing = rule.byRelation[relation] ?? [];
  let outcome: Outcome = 'pass';
  for (const [j, m] of ctx.household.members.entries()) {
    if (j === index || !owing.includes(m.relation) || (ctx.ages[j] ?? 0) < rule.adultFromAge) continue;
    const judgement = judged(j);
    steps.push(
      supporterStep(
        ctx,
        judgement,
        { member: index + 1, supporter: j + 1, relation: m.relation },
        'member_supporter',
      ),
    );
    if (judgement.unable === 'fail') return 'fail';
    if (judgement.unable === 'unknown') outcome = 'unknown';
  }
  return outcome;
}

/** The steps that decided each verdict, by message. */
const REASONS: Record<Verdict, ReadonlySet<string>> = {
  unlikely: new Set([
    'tekun.supporter_able',
    'tekun.supporter_said_able',
    'tekun.has_source',
    'assets.over_limit',
    'tekun.member_supporter_able',
    'tekun.no_candidate',
  ]),
  likely: new Set(['tekun.three_nos']),
  needs_judgment: new Set([
    'tekun.supporter_unknown',
    'tekun.source_unknown',
    'assets.declared_unchecked',
    'assets.business',
    'tekun.capacity_unknown',
    'tekun.member_supporter_unknown',
  ]),
};

function decided(verdict: Verdict, steps: Step[], amount: Amount): ProgramResult {
  const reasons = REASONS[verdict];
  for (const s of steps) if (reasons.has(s.messageKey)) decisive(s);
  return result('tekun', verdict, steps, amount);
}

export function screenTekun(ctx: Context, income: IncomeAssessment): ProgramResult {
  const steps: Step[] = [];
  const rule = applied(ctx, 'tekun');
  if (!rule) {
    steps.push(decisive(step(RULE, 'tekun.rule_not_provided', {}, null)));
    return result('tekun', 'needs_judgment', steps, none('needs_judgment'));
  }
  const { household } = ctx;

  // A supporter outside the household able to support decides at once.
  const outside = household.legalSupporters.map((s, k) => {
    const judged = judgeSupporter(ctx, declaredSupporterFacts(ctx, s), s.ableToSupport);
    steps.push(supporterStep(ctx, judged, { supporter: k + 1, relation: s.relation }, 'supporter'));
    return judged.unable;
  });
  if (outside.includes('fail')) return decided('unlikely', steps, none('not_eligible'));

  const source = noSourceOfLiving(ctx, income, steps);
  if (source === 'fail') return decided('unlikely', steps, none('not_eligible'));

  // Each member: unable to work, and no one in the household who owes them support able to give it.
  const asSupporter: SupporterJudgement[] = [];
  const judged = (j: number) =>
    (asSupporter[j] ??= judgeSupporter(
      ctx,
      memberSupporterFacts(ctx, j, ownAnnualIncome(ctx.household, j)),
      'unknown',
    ));
  const work = household.members.map((_, i) => unableToWork(ctx, i));
  const findings = work.map((w, i): Outcome => {
    const who = { member: i + 1 };
    if (w.outcome === 'fail') {
      steps.push(step(RULE, 'tekun.able_to_work', who, rule.source));
      return 'fail';
    }
    steps.push(
      w.label
        ? step('rules.tekunUnableToWork', 'tekun.unable_to_work', { ...who, label: w.label }, w.source)
        : step(RULE, w.outcome === 'pass' ? 'tekun.unable_said' : 'tekun.capacity_unknown', who, null),
    );
    return allOf([w.outcome, householdSupporters(ctx, i, judged, steps)]);
  });

  if (findings.every((f) => f === 'fail')) {
    if (work.every((w) => w.outcome === 'fail'))
      steps.push(step(RULE, 'tekun.no_candidate', {}, rule.source));
    return decided('unlikely', steps, none('not_eligible'));
  }
  const candidates = findings.flatMap((f, i) => (f === 'pass' ? [i] : []));
  if (candidates.length === 0 || allOf([source, ...outside]) !== 'pass')
    return decided('needs_judgment', steps, none('needs_judgment'));

  steps.push(
    step(RULE, 'tekun.three_nos', { people: candidates.length, supporters: outside.length }, rule.source),
  );
  const support = param(ctx, 'tekunSupport');
  if (!support.available) {
    steps.push(missingStep('parameters.tekunSupport', support));
    return decided('likely', steps, {
      unavailable: unavailable(support, ['parameters.tekunSupport']),
      covered: candidates.length,
      coverage: 'single_person',
    });
  }
  return decided('likely', steps, {
    fen: support.value * candidates.length,
    covered: candidates.length,
    coverage: 'single_person',
  });
}
