import { evaluate } from './conditions';
import type { Household } from './household';
import type { Localized, Material, Pack, ProgramId, Source } from './pack-schema';

/**
 * The one-time notice list (一次性告知): every material this household must bring, with why and the rule behind
 * it. Items the government looks up itself are never on it; they are returned apart so the applicant can be told
 * they need not bring them.
 */

/** required: the pack's condition holds; ask_staff: the document lists it "where relevant" without a condition. */
export const MATERIAL_CERTAINTIES = ['required', 'ask_staff'] as const;

export interface MaterialRequirement {
  id: string;
  name: Localized;
  reason: Localized;
  certainty: (typeof MATERIAL_CERTAINTIES)[number];
  /** A declaration signed in the app that satisfies this item instead of a paper copy. */
  signedAs?: Material['signedAs'];
  /** The pack path of the rule, e.g. materials.items.disability_certificate */
  ruleId: string;
  source: Source;
}

export interface MaterialsResult {
  /** Whether the place's document lists materials at all; when not, the list below is necessarily incomplete. */
  listed: { status: 'listed'; source: Source } | { status: 'not_provided'; note: string };
  required: MaterialRequirement[];
  lookedUpByGovernment: { id: string; name: Localized; source: Source }[];
}

/** The pack's material item of that id; undefined for any other name (never one inherited from Object). */
export function materialItem(pack: Pack, id: string): Material | undefined {
  return Object.hasOwn(pack.materials.items, id) ? pack.materials.items[id] : undefined;
}

/** Whether a material item concerns one of these programs (items without `programs` concern all). */
export function forPrograms(material: Material, programs: readonly ProgramId[]): boolean {
  return !material.programs || material.programs.some((p) => programs.includes(p));
}

export function requiredMaterials(
  pack: Pack,
  household: Household,
  options: { asOf: string; programs?: readonly ProgramId[] },
): MaterialsResult {
  const programs = options.programs ?? (Object.keys(pack.programs) as ProgramId[]);
  const required: MaterialRequirement[] = [];
  const lookedUpByGovernment: MaterialsResult['lookedUpByGovernment'] = [];
  for (const [id, material] of Object.entries(pack.materials.items)) {
    if (!forPrograms(material, programs) || !evaluate(material.requiredWhen, household, options.asOf))
      continue;
    if (material.obtainedByGovernment) {
      lookedUpByGovernment.push({ id, name: material.name, source: material.source });
      continue;
    }
    required.push({
      id,
      name: material.name,
      reason: material.reason,
      certainty: material.listedWithoutCondition ? 'ask_staff' : 'required',
      ...(material.signedAs ? { signedAs: material.signedAs } : {}),
      ruleId: `materials.items.${id}`,
      source: material.source,
    });
  }
  const listedBy = pack.materials.listedBy;
  const listed: MaterialsResult['listed'] =
    'status' in listedBy
      ? { status: 'not_provided', note: listedBy.note }
      : { status: 'listed', source: listedBy.source };
  return { listed, required, lookedUpByGovernment };
}
