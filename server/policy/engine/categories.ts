import { memberMatches } from '../conditions';
import type { Member } from '../household';
import type { AppliedRule, Localized, SinglePersonCategory, Source, TopUpCategory } from '../pack-schema';
import { type Context, applied, param } from './context';
import type { Outcome } from './outcome';

/**
 * The categories of people the rules name: who earns a top-up (加发) and who may be covered alone as a
 * single-person household (单人户). Ages come from the pack's `elderlyAge` and `minorAge`, which the national
 * defaults give (老年人权益保障法, 未成年人保护法) where the local document is silent.
 */

function inGrades(grade: number | undefined, range: { min: number; max: number }): boolean {
  return grade !== undefined && grade >= range.min && grade <= range.max;
}

export type AgeThreshold = 'elderlyAge' | 'minorAge';

export interface CategoryMatch<C> {
  categories: C[];
  /** Age-based categories that could not be decided because the age threshold is not provided. */
  undecided: AgeThreshold[];
}

export function topUpCategories(
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

export function singlePersonCategories(m: Member, rule: AppliedRule<'singlePerson'>): SinglePersonCategory[] {
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

/** Whether a member counts as unable to work (无劳动能力), and why. */
export interface WorkCapacityFinding {
  /** pass: unable to work; fail: able; unknown: staff must assess. */
  outcome: Outcome;
  /** The situation of rules.tekunUnableToWork that applies, when one does, and the rule's source. */
  label?: Localized;
  source: Source | null;
}

/**
 * A member in a situation the pack lists (ages ≥ 60, under 16, the disability grades named: 《特困人员认定办法》
 * 第五条) counts as unable to work whatever was answered; otherwise the answer given decides, and none leaves it
 * to staff.
 */
export function unableToWork(ctx: Context, index: number): WorkCapacityFinding {
  const rule = applied(ctx, 'tekunUnableToWork');
  const situation = rule?.when.find((w) => memberMatches(w.facts, ctx.household, index, ctx.asOf));
  if (situation) return { outcome: 'pass', label: situation.label, source: rule?.source ?? null };
  const capacity = ctx.household.members[index]?.workCapacity ?? 'unknown';
  return { outcome: capacity === 'unable' ? 'pass' : capacity === 'able' ? 'fail' : 'unknown', source: null };
}
