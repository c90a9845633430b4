import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { notFound } from '../http/errors';
import type { Language } from '../i18n';
import { translator } from '../i18n';
import { householdSchema, type Household } from '../policy/household';
import { requiredMaterials, type MaterialRequirement } from '../policy/materials';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { materialsResponseSchema, renderMaterials } from '../policy/service';
import type { ApplicationDoc } from './application-model';

/**
 * What an application still lacks, against its pack: the facts and declarations the procedure needs and every
 * required material not yet uploaded (or signed in the app), each with why it is needed. This is the content of
 * the one-time notice (一次性告知).
 */
export const completenessSchema = z.object({
  complete: z.boolean(),
  facts: z.array(z.object({ code: z.string(), member: z.string().nullable(), message: z.string() })),
  materials: materialsResponseSchema
    .extend({
      provided: z.array(
        z.object({ id: z.string(), name: z.string(), by: z.enum(['upload', 'declaration']) }),
      ),
    })
    .nullable()
    .describe('Null until the household is known; `required` lists only what is still missing'),
});
export type Completeness = z.infer<typeof completenessSchema>;

/** Declarations every application needs, whatever the pack: consent to process personal data (个人信息保护法
 * 第十三条、第二十九条) and the yes-or-no relatives-of-staff declaration the packs build on. */
export const ALWAYS_DECLARED = ['privacy_consent', 'relatives_of_staff'] as const;

/** The household as the policy engine reads it, or null while the draft has none. */
export function householdOf(app: ApplicationDoc): Household | null {
  if (!app.household) return null;
  return householdSchema.parse({
    ...app.household,
    appliedOnBehalf: app.onBehalf !== null && app.onBehalf !== undefined,
    members: app.members.map((m) => m.facts),
  });
}

function providedBy(app: ApplicationDoc, material: MaterialRequirement): 'upload' | 'declaration' | null {
  if (app.attachments.some((a) => a.materialId === material.id)) return 'upload';
  if (material.signedAs && app.declarations.some((d) => d.kind === material.signedAs)) return 'declaration';
  return null;
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
  for (const kind of ALWAYS_DECLARED)
    if (!app.declarations.some((d) => d.kind === kind)) missing(`declaration_${kind}`);

  if (!household) return { complete: false, facts, materials: null };
  const all = requiredMaterials(pack, household, { asOf, programs: app.programs as ProgramId[] });
  const provided: NonNullable<Completeness['materials']>['provided'] = [];
  const stillMissing = all.required.filter((m) => {
    const by = providedBy(app, m);
    if (by) provided.push({ id: m.id, name: m.name[lng], by });
    return !by;
  });
  const materials = { ...renderMaterials({ ...all, required: stillMissing }, lng), provided };
  return { complete: facts.length === 0 && stillMissing.length === 0, facts, materials };
}

/** What the application lacks today, against the pack of its own jurisdiction. */
export function missingToday(
  app: ApplicationDoc,
  packs: ReadonlyMap<string, Pack>,
  lng: Language,
): Completeness {
  const pack = packs.get(app.jurisdiction);
  if (!pack) throw notFound();
  return completeness(app, pack, chinaToday(), lng);
}
