import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import type { Language } from '../i18n';
import { translator } from '../i18n';
import { householdSchema, type Household } from '../policy/household';
import { requiredMaterials, type MaterialRequirement, type MaterialsResult } from '../policy/materials';
import type { Localized, Pack, ProgramId, Source } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import { materialsResponseSchema, renderMaterials } from '../policy/policy-views';
import type { ApplicationDoc, NoticeItemKind } from './application-model';
import { declaredRelated } from './declarations';

/**
 * What an application still lacks, against its pack: the facts and declarations the procedure needs and every
 * required material not yet uploaded (or signed in the app), each with why it is needed. This is the content of
 * the one-time notice (一次性告知). Once a notice was given, only its items (and items added because the
 * applicant's own facts changed) can be required; anything else is listed as not required.
 */

/** A missing fact or material, in both languages: what a notice records. */
export interface MissingItem {
  kind: NoticeItemKind;
  code: string;
  member: string | null;
  name: Localized;
  reason: Localized | null;
  source: Source | null;
}

export const itemKey = (i: Pick<MissingItem, 'kind' | 'code' | 'member'>) =>
  `${i.kind}:${i.code}:${i.member ?? ''}`;

/** Declarations every application needs, whatever the pack: consent to process personal data (个人信息保护法
 * 第十三条、第二十九条) and the yes-or-no relatives-of-staff declaration the packs build on. */
export const ALWAYS_DECLARED = ['privacy_consent', 'relatives_of_staff'] as const;

/** The household as the policy engine reads it, or null while the draft has none. */
export function householdOf(app: ApplicationDoc): Household | null {
  if (!app.household) return null;
  return householdSchema.parse({
    ...app.household,
    relatedToStaff: declaredRelated(app) ?? (app.household as { relatedToStaff?: boolean }).relatedToStaff,
    appliedOnBehalf: app.onBehalf !== null && app.onBehalf !== undefined,
    members: app.members.map((m) => m.facts),
  });
}

function providedBy(app: ApplicationDoc, material: MaterialRequirement): 'upload' | 'declaration' | null {
  if (app.attachments.some((a) => a.materialId === material.id)) return 'upload';
  if (material.signedAs && app.declarations.some((d) => d.kind === material.signedAs)) return 'declaration';
  return null;
}

const zh = translator('zh-CN');
const en = translator('en');

function factItem(code: string, member: string | null = null): MissingItem {
  const key = `applications:missing.${code}`;
  return {
    kind: 'fact',
    code,
    member,
    name: { 'zh-CN': zh(key, { member }), en: en(key, { member }) },
    reason: null,
    source: null,
  };
}

export interface MissingReport {
  items: MissingItem[];
  materials:
    (MaterialsResult & { provided: { id: string; name: Localized; by: 'upload' | 'declaration' }[] }) | null;
}

/** Everything missing now, before any notice is taken into account. */
export function missingNow(app: ApplicationDoc, pack: Pack, asOf: string): MissingReport {
  const items: MissingItem[] = [];
  const household = householdOf(app);
  if (!household) items.push(factItem('household'));
  for (const m of app.members) if (!m.idNumberSealed) items.push(factItem('idNumber', m.name));
  if (!app.phoneSealed) items.push(factItem('phone'));
  for (const kind of ALWAYS_DECLARED)
    if (!app.declarations.some((d) => d.kind === kind)) items.push(factItem(`declaration_${kind}`));
  if (!household) return { items, materials: null };

  const all = requiredMaterials(pack, household, { asOf, programs: app.programs as ProgramId[] });
  const provided: NonNullable<MissingReport['materials']>['provided'] = [];
  const required = all.required.filter((m) => {
    const by = providedBy(app, m);
    if (by) provided.push({ id: m.id, name: m.name, by });
    return !by;
  });
  for (const m of required)
    items.push({
      kind: 'material',
      code: m.id,
      member: null,
      name: m.name,
      reason: m.reason,
      source: m.source,
    });
  return { items, materials: { ...all, required, provided } };
}

/** The items a notice allows to be required: those it listed and those added after a change of facts. */
export function allowedByNotice(app: ApplicationDoc): Set<string> | null {
  if (!app.notice) return null;
  const items = [...app.notice.items, ...app.notice.additions.flatMap((a) => a.items)];
  return new Set(items.map((i) => itemKey({ kind: i.kind, code: i.code, member: i.member ?? null })));
}

export const completenessSchema = z
  .object({
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
    notRequired: z
      .array(z.object({ code: z.string(), name: z.string() }))
      .describe('Missing now but not on the one-time notice, and the facts did not change: never asked for'),
  })
  .meta({ id: 'Completeness' });
export type Completeness = z.infer<typeof completenessSchema>;

/** What is still missing, in the reader's language, with the one-time notice applied. */
export function completeness(app: ApplicationDoc, pack: Pack, asOf: string, lng: Language): Completeness {
  const t = translator(lng);
  const report = missingNow(app, pack, asOf);
  const allowed = allowedByNotice(app);
  const isRequired = (i: Pick<MissingItem, 'kind' | 'code' | 'member'>) =>
    !allowed || allowed.has(itemKey(i));
  const notRequired = report.items
    .filter((i) => !isRequired(i))
    .map((i) => ({ code: i.code, name: i.name[lng] }));
  const facts = report.items
    .filter((i) => i.kind === 'fact' && isRequired(i))
    .map((i) => ({
      code: i.code,
      member: i.member,
      message: t(`applications:missing.${i.code}`, { member: i.member }),
    }));
  if (!report.materials) return { complete: false, facts, materials: null, notRequired };
  const required = report.materials.required.filter((m) =>
    isRequired({ kind: 'material', code: m.id, member: null }),
  );
  const materials = {
    ...renderMaterials({ ...report.materials, required }, lng),
    provided: report.materials.provided.map((p) => ({ id: p.id, name: p.name[lng], by: p.by })),
  };
  return { complete: facts.length === 0 && required.length === 0, facts, materials, notRequired };
}

/** What the application lacks today, against the pack of its own jurisdiction. */
export function missingToday(
  app: ApplicationDoc,
  packs: ReadonlyMap<string, Pack>,
  lng: Language,
): Completeness {
  return completeness(app, packFor(packs, app.jurisdiction), chinaToday(), lng);
}
