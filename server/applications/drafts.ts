import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import { pageWindow, type PageQuery } from '../http/paging';
import { Area, type AreaDoc } from '../areas/area-model';
import { policyPackFor } from '../areas/areas';
import { AppError, notFound, outsideJurisdiction } from '../http/errors';
import type { ScopedRecord } from '../identity/access';
import type { Principal } from '../identity/principal';
import { phoneSchema } from '../identity/staff';
import { householdProblems, householdSchema, memberFieldsSchema } from '../policy/household';
import { programIdSchema, type Pack, type ProgramId } from '../policy/pack-schema';
import type { FieldCrypto } from '../privacy/field-crypto';
import {
  Application,
  ON_BEHALF_BASES,
  PLACE_BASES,
  type ApplicationDoc,
  type PlaceBasis,
} from './application-model';
import { birthDateOf, idNumberSchema } from './id-number';

export const newDraftSchema = z.strictObject({
  areaId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .describe('The village or township where the application is made (see placeBasis)'),
  placeBasis: z
    .enum(PLACE_BASES)
    .default('registration')
    .describe(
      'registration: the area is the household registration (户籍地); residence: where the applicant lives or the hardship happened, allowed only for 临时救助 where the pack lifts the registration limit',
    ),
  programs: z.array(programIdSchema).min(1).max(5),
  onBehalf: z
    .strictObject({ basis: z.enum(ON_BEHALF_BASES) })
    .optional()
    .describe('代为申请: required when a village worker applies for a resident, refused otherwise'),
});

export const householdUpdateSchema = z
  .strictObject({
    revision: z.number().int().min(0).describe('The revision the change is based on'),
    phone: phoneSchema.optional(),
    members: z
      .array(
        z
          .strictObject({
            name: z.string().trim().min(1).max(40),
            idNumber: idNumberSchema.optional(),
            facts: memberFieldsSchema,
          })
          // The ID number carries the birth date; without one, the age or birth date must be given.
          .refine((m) => m.idNumber || m.facts.age !== undefined || m.facts.birthDate !== undefined, {
            message: 'validation:ageOrBirthDate',
            path: ['facts', 'age'],
          }),
      )
      .min(1)
      .max(20),
    household: householdSchema.omit({ members: true }),
  })
  // One applicant, and a monthly household total never beside members' own income (the screening's rules).
  .superRefine((u, ctx) => {
    const problems = householdProblems({ ...u.household, members: u.members.map((m) => m.facts) });
    for (const p of problems)
      ctx.addIssue({
        code: 'custom',
        ...p,
        path: p.path[0] === 'members' ? p.path : ['household', ...p.path],
      });
  });

export type HouseholdUpdate = z.output<typeof householdUpdateSchema>;

export const applicationIdSchema = z.string().regex(/^[a-f0-9]{24}$/);

/** Creates a draft for a resident, or for a village worker applying on someone's behalf in their own area. */
export async function createDraft(
  input: z.output<typeof newDraftSchema>,
  principal: Principal,
  packs: ReadonlyMap<string, Pack>,
  crypto: FieldCrypto,
): Promise<{ app: ApplicationDoc; claimCode: string | null }> {
  const area = await Area.findById(input.areaId).lean<AreaDoc>();
  if (!area) throw new AppError(404, 'area_missing', { id: input.areaId });
  if (principal.kind === 'staff' && !area.path.includes(principal.areaId)) throw outsideJurisdiction();
  if (principal.kind === 'staff' && !input.onBehalf) throw new AppError(400, 'on_behalf_basis_required');
  if (principal.kind === 'resident' && input.onBehalf) throw new AppError(400, 'on_behalf_for_workers');
  const jurisdiction = await policyPackFor(area);
  const pack = jurisdiction ? packs.get(jurisdiction) : undefined;
  if (!pack) throw new AppError(400, 'area_without_policy', { id: area._id });
  const unoffered = input.programs.filter((p) => !(p in pack.programs));
  if (unoffered.length) throw new AppError(400, 'program_not_offered', { programs: unoffered.join(', ') });
  checkPlaceBasis(pack, input.programs, input.placeBasis);

  const township = await Area.findOne({ _id: { $in: area.path }, level: 'township' }).lean<AreaDoc>();
  const claimCode = principal.kind === 'staff' ? newClaimCode() : null;
  const created = await Application.create({
    jurisdiction: pack.id,
    areaId: area._id,
    areaPath: area.path,
    placeBasis: input.placeBasis,
    townshipId: township?._id ?? null,
    onBehalf:
      principal.kind === 'staff' && input.onBehalf
        ? {
            basis: input.onBehalf.basis,
            workerId: principal.staffId,
            claimCodeIndex: crypto.blindIndex('claimCode', claimCode!),
          }
        : null,
    programs: [...new Set(input.programs)],
    ownerResidentId: principal.kind === 'resident' ? principal.residentId : null,
    createdBy:
      principal.kind === 'resident'
        ? { kind: 'resident', id: principal.residentId }
        : { kind: 'staff', id: principal.staffId, role: principal.role },
  });
  return { app: created.toObject(), claimCode };
}

/**
 * An application is made where the household is registered; away from it only for 临时救助 alone, where the pack
 * lifts the registration limit (e.g. Yichun, seed 002 二(四)1: 可取消户籍地、居住地申请限制).
 */
function checkPlaceBasis(pack: Pack, programs: ProgramId[], basis: PlaceBasis): void {
  if (basis === 'registration') return;
  const temporary = pack.rules.temporary;
  const lifted = 'applies' in temporary && temporary.anyRegistration;
  if (!lifted || programs.some((p) => p !== 'temporary')) throw new AppError(400, 'place_basis_not_allowed');
}

// Unambiguous characters only: no 0/O, 1/I/L.
const CLAIM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function newClaimCode(): string {
  return Array.from(randomBytes(10), (b) => CLAIM_ALPHABET[b % CLAIM_ALPHABET.length]).join('');
}

export const claimSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase().replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[2-9A-HJKMNP-Z]{10}$/, 'validation:claimCode')),
});

/**
 * A resident takes up a case a village worker started for them, with the one-time code the worker handed over;
 * both then follow it. The code works once.
 */
export async function claimApplication(
  code: string,
  residentId: string,
  crypto: FieldCrypto,
): Promise<ApplicationDoc> {
  const claimed = await Application.findOneAndUpdate(
    { 'onBehalf.claimCodeIndex': crypto.blindIndex('claimCode', code), ownerResidentId: null },
    { $set: { ownerResidentId: residentId, 'onBehalf.claimCodeIndex': null } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (!claimed) throw new AppError(404, 'claim_code_invalid');
  return claimed;
}

export async function findApplication(id: string): Promise<ApplicationDoc | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return Application.findById(id).lean<ApplicationDoc>();
}

/** Residents reach their own applications; staff those in their area (a worker: their village). */
export async function loadApplication(id: string): Promise<ScopedRecord<ApplicationDoc> | null> {
  const app = await findApplication(id);
  if (!app) return null;
  return { areaPath: app.areaPath, ownerResidentId: app.ownerResidentId ?? undefined, record: app };
}

/**
 * Saves the household: identity (ID numbers sealed) and the screening facts. A member's birth
 * date comes from their ID number when they have one.
 */
export async function saveHousehold(
  id: string,
  update: HouseholdUpdate,
  crypto: FieldCrypto,
): Promise<ApplicationDoc> {
  const members = update.members.map((m) => ({
    name: m.name,
    idNumberSealed: m.idNumber ? crypto.encrypt(m.idNumber) : null,
    idNumberIndex: m.idNumber ? crypto.blindIndex('idNumber', m.idNumber) : null,
    facts: m.idNumber ? { ...m.facts, birthDate: birthDateOf(m.idNumber), age: undefined } : m.facts,
  }));
  const saved = await Application.findOneAndUpdate(
    { _id: id, status: 'draft', revision: update.revision },
    {
      $set: {
        members,
        household: update.household,
        phoneSealed: update.phone ? crypto.encrypt(update.phone) : null,
        phoneIndex: update.phone ? crypto.blindIndex('phone', update.phone) : null,
      },
      $inc: { revision: 1 },
    },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  return saved ?? refuseStale(id);
}

/** Why a guarded draft update matched nothing: gone, no longer a draft, or based on an old revision. */
export async function refuseStale(id: string): Promise<never> {
  const current = await stillDraft(id);
  throw new AppError(409, 'stale_revision', { revision: current.revision });
}

/** After a conditional update of a draft matched nothing: 404 when it is gone, 409 when no longer a draft. */
export async function stillDraft(id: string): Promise<ApplicationDoc> {
  const current = await findApplication(id);
  if (!current) throw notFound();
  if (current.status !== 'draft') throw new AppError(409, 'not_a_draft');
  return current;
}

/** A resident's own applications, or a village worker's village's, newest first. */
export async function listOwnApplications(
  principal: Principal,
  page: PageQuery,
): Promise<{ items: ApplicationDoc[]; total: number }> {
  // A village worker helps every applicant of their village (初审, 代为申请): they see the village's applications,
  // as the access rule lets them open each one.
  const filter =
    principal.kind === 'resident'
      ? { ownerResidentId: principal.residentId }
      : { areaPath: principal.areaId };
  const { skip, limit } = pageWindow(page);
  const [items, total] = await Promise.all([
    Application.find(filter)
      .sort({ updatedAt: -1, _id: -1 })
      .skip(skip)
      .limit(limit)
      .lean<ApplicationDoc[]>(),
    Application.countDocuments(filter),
  ]);
  return { items, total };
}
