import { z } from 'zod';
import type { Language } from '../i18n';
import { screen } from './eligibility';
import { householdProblems, householdSchema, isoDate } from './household';
import { requiredMaterials } from './materials';
import { PROGRAM_IDS, type Pack } from './pack-schema';
import { packFor } from './packs';
import {
  type JurisdictionPolicy,
  type ScreeningAnswer,
  type ScreeningDetail,
  policyView,
  screeningAnswer,
  timelineViews,
} from './policy-views';

/**
 * The pure functions behind the public policy endpoints: find the pack, run the engine, pick the materials and
 * timelines, and hand them to the views (policy-views.ts). Nothing here reads files, clocks or the network; the
 * HTTP layer passes the packs, the language and today's date.
 *
 *   POST /api/v1/screenings               → runScreening(packs, body, { language, today, detail })
 *   GET  /api/v1/jurisdictions/:id/policy → jurisdictionPolicy(packs, id, { language, today })
 */

export interface ServiceOptions {
  language: Language;
  /** Today's local China date, YYYY-MM-DD: the default screening date and the assumed acceptance date. */
  today: string;
}

export const screeningRequestSchema = z
  .object({
    jurisdiction: z.string().min(1).describe('Pack id, e.g. "yichun" (see GET /api/v1/jurisdictions)'),
    household: householdSchema
      .superRefine((household, ctx) => {
        for (const p of householdProblems(household)) ctx.addIssue({ code: 'custom', ...p });
      })
      .meta({ id: 'Household' }),
    asOf: isoDate.optional().describe('Date whose rules and figures apply; today when absent'),
  })
  .meta({ id: 'ScreeningRequest' });
/** A request already validated by screeningRequestSchema (the HTTP layer parses it once). */
export type ScreeningRequest = z.output<typeof screeningRequestSchema>;

export function runScreening(
  packs: ReadonlyMap<string, Pack>,
  request: ScreeningRequest,
  options: ServiceOptions & { detail?: ScreeningDetail },
): ScreeningAnswer {
  const pack = packFor(packs, request.jurisdiction);
  const asOf = request.asOf ?? options.today;
  const result = screen(pack, request.household, { asOf });
  // Materials and deadlines for the programmes still in question; every programme when none is.
  const pursued = result.programs.filter((p) => p.verdict !== 'unlikely').map((p) => p.program);
  const materialPrograms = pursued.length > 0 ? pursued : PROGRAM_IDS.filter((p) => pack.programs[p]);
  const materials = requiredMaterials(pack, request.household, { asOf, programs: materialPrograms });
  const timelines = timelineViews(pack, pursued, asOf, options.language);
  return screeningAnswer(
    { pack, result, materials, timelines },
    options.language,
    options.detail ?? 'summary',
  );
}

export function jurisdictionPolicy(
  packs: ReadonlyMap<string, Pack>,
  id: string,
  options: ServiceOptions,
): JurisdictionPolicy {
  return policyView(packFor(packs, id), options.today, options.language);
}
