import type { Step } from '../results';
import { type Context, applied, step } from './context';

/** Procedural points for this household: the relatives-of-staff declaration, and living away from the hukou. */
export function notices(ctx: Context): Step[] {
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
