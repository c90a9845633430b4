import { assessAssets } from './engine/assets';
import type { Context } from './engine/context';
import { assessIncome } from './engine/income';
import { notices } from './engine/notices';
import { type Household, memberAge } from './household';
import type { Pack } from './pack-schema';
import { screenDibao } from './programs/dibao';
import { screenEdge } from './programs/dibao-edge';
import { screenLowIncome } from './programs/low-income';
import { screenTekun } from './programs/tekun';
import { screenTemporary } from './programs/temporary';
import type { ProgramResult, ScreeningResult, Step } from './results';

/**
 * The eligibility engine: pure, synchronous, no I/O. `screen` applies a pack's rules to household facts as of a
 * date: the shared income and asset rules once (engine/), then each programme the pack offers (programs/, one
 * file each). Money is integer fen, rounded once per figure, half up (see money.ts).
 */

export interface ScreenOptions {
  /** The date whose parameters apply, YYYY-MM-DD. */
  asOf: string;
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
    const assets = assessAssets(ctx, 'assetLimits', assetSteps);
    if (offered.dibao) programs.push(screenDibao(ctx, income, assets, assetSteps));
    if (offered.dibao_edge) programs.push(screenEdge(ctx, income, assets, assetSteps));
  }
  if (offered.tekun) programs.push(screenTekun(ctx, income));
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
