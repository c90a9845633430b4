import type { Household } from '../household';
import type {
  AppliedRule,
  Pack,
  Param,
  ParameterId,
  Parameters,
  ProgramId,
  Rules,
  Source,
} from '../pack-schema';
import { type Resolved, resolveParam } from '../parameters';
import type { AmountUnavailable, ProgramResult, Step, StepParam, Verdict } from '../results';

/** What every rule reads: the pack, the household, the date whose figures apply, sizes and ages worked out once. */
export interface Context {
  pack: Pack;
  household: Household;
  asOf: string;
  size: number;
  ages: number[];
}

/** The value type of a flat parameter (`standard` is nested and resolved through standardParam). */
type ParamValue<K extends ParameterId> =
  Extract<Parameters[K], { value: unknown }> extends { value: infer V } ? V : never;
export type FlatParameterId = Exclude<ParameterId, 'standard'>;

export function step(
  ruleId: string,
  messageKey: string,
  params: Record<string, StepParam>,
  source: Source | null,
): Step {
  return { ruleId, messageKey, params, source, decisive: false };
}

/** Marks a step the caller created as one of the few reasons deciding a verdict. */
export function decisive(s: Step): Step {
  s.decisive = true;
  return s;
}

export function param<K extends FlatParameterId>(ctx: Context, id: K): Resolved<ParamValue<K>> {
  return resolveParam(ctx.pack.parameters[id] as Param<ParamValue<K>>, ctx.asOf);
}

export function standardParam(ctx: Context): { id: string; resolved: Resolved<number> } {
  const area = ctx.household.residenceArea;
  return { id: `standard.${area}`, resolved: resolveParam(ctx.pack.parameters.standard[area], ctx.asOf) };
}

export function applied<K extends keyof Rules>(ctx: Context, id: K): AppliedRule<K> | undefined {
  const r = ctx.pack.rules[id];
  return 'applies' in r ? (r as AppliedRule<K>) : undefined;
}

/** The step saying a figure is not given (with the pack's note) or not yet in force. */
export function missingStep(ruleId: string, resolved: Resolved<unknown>): Step {
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

export function unavailable(resolved: Resolved<unknown>, parameters: string[]): AmountUnavailable {
  const reason =
    !resolved.available && resolved.reason === 'not_yet_effective'
      ? 'parameter_not_yet_effective'
      : 'parameter_not_provided';
  return { reason, parameters };
}

export function none(reason: AmountUnavailable['reason']): { unavailable: AmountUnavailable } {
  return { unavailable: { reason, parameters: [] } };
}

export type Amount =
  | { fen: number; covered: number; coverage: ProgramResult['coverage'] }
  | { unavailable: AmountUnavailable; covered?: number; coverage?: ProgramResult['coverage'] };

export function result(program: ProgramId, verdict: Verdict, steps: Step[], amount: Amount): ProgramResult {
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
