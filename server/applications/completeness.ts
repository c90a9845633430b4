import { z } from 'zod';
import type { Language } from '../i18n';
import { translator } from '../i18n';
import { householdSchema, type Household } from '../policy/household';
import { requiredMaterials } from '../policy/materials';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { materialsResponseSchema, renderMaterials } from '../policy/service';
import type { ApplicationDoc } from './application-model';

/**
 * What an application still lacks, against its pack: the facts the procedure needs and every
 * required material with why it is needed. This is the content of the one-time notice (一次性告知).
 */
export const completenessSchema = z.object({
  complete: z.boolean(),
  facts: z.array(z.object({ code: z.string(), member: z.string().nullable(), message: z.string() })),
  materials: materialsResponseSchema.nullable().describe('Null until the household is known'),
});
export type Completeness = z.infer<typeof completenessSchema>;

/** The household as the policy engine reads it, or null while the draft has none. */
export function householdOf(app: ApplicationDoc): Household | null {
  if (!app.household) return null;
  return householdSchema.parse({ ...app.household, members: app.members.map((m) => m.facts) });
}

export function completeness(app: ApplicationDoc, pack: Pack, asOf: string, lng: Language): Completeness {
  const t = translator(lng);
  const facts: Completeness['facts'] = [];
  const missing = (code: string, member: string | null = null) =>
    facts.push({ code, member, message: t(`applications:missing.${code}`, { member }) });

  const household = householdOf(app);
  if (!household) missing('household');
  for (const m of app.members) if (!m.idNumberSealed) missing('idNumber', m.name);
  if (!app.phoneSealed) missing('phone');

  const materials = household
    ? renderMaterials(
        requiredMaterials(pack, household, { asOf, programs: app.programs as ProgramId[] }),
        lng,
      )
    : null;
  return { complete: facts.length === 0 && materials?.required.length === 0, facts, materials };
}
