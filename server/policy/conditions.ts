import { z } from 'zod';
import type { Outcome } from './engine/outcome';
import {
  type Household,
  type Member,
  CIVIL_STATUSES,
  SUPPORTER_RECEIVES,
  isEmployed,
  memberAge,
  ownAnnualIncome,
} from './household';

/**
 * A small declarative condition language over household facts, written in pack YAML:
 *
 *   always: true
 *   household: { relatedToStaff: true }
 *   anyMember: { disabilityGrade: exists }
 *   anyMember: { age: { gte: 60 }, employed: false }      # all listed facts hold for the same member
 *   all: [ ...conditions ] / any: [ ...conditions ] / not: condition
 *
 * A predicate is `exists`, `absent`, a literal (equality), or one of `{ in: [...] }`, `{ gte: n }`, `{ lte: n }`.
 * The same predicates describe a person in the 特困 rules (rules.tekunUnableToWork, rules.tekunSupporterUnable).
 */

type FactValue = string | number | boolean | undefined;

interface MemberAt {
  asOf: string;
  household: Household;
  index: number;
}

const MEMBER_FACTS = {
  age: (m: Member, at: MemberAt) => memberAge(m, at.asOf),
  disabilityGrade: (m: Member) => m.disability?.grade,
  disabilityKind: (m: Member) => m.disability?.kind,
  seriousIllness: (m: Member) => m.seriousIllness,
  studentLevel: (m: Member) => m.studentLevel,
  employed: (_m: Member, at: MemberAt) => isEmployed(at.household, at.index),
  workCapacity: (m: Member) => m.workCapacity,
  disabledServicemanGrade: (m: Member) => m.disabledServicemanGrade,
  hasIncome: (_m: Member, at: MemberAt) => (ownAnnualIncome(at.household, at.index) ?? 0) > 0,
  hasRigidExpense: (m: Member) => m.rigidExpenses.length > 0,
  hasMedicalExpense: (m: Member) => m.rigidExpenses.some((e) => e.kind !== 'education'),
} satisfies Record<string, (m: Member, at: MemberAt) => FactValue>;

const HOUSEHOLD_FACTS = {
  size: (h: Household) => h.members.length,
  residenceArea: (h: Household) => h.residenceArea,
  hukouInJurisdiction: (h: Household) => h.hukouInJurisdiction,
  residesInJurisdiction: (h: Household) => h.residesInJurisdiction,
  hasContractedLand: (h: Household) => h.hasContractedLand,
  relatedToStaff: (h: Household) => h.relatedToStaff,
  appliedOnBehalf: (h: Household) => h.appliedOnBehalf,
  receivesDibao: (h: Household) => h.currentAssistance.dibao,
  hasIncident: (h: Household) => h.incidents.length > 0,
  hasLegalSupporters: (h: Household) => h.legalSupporters.length > 0,
} satisfies Record<string, (h: Household) => FactValue>;

/**
 * What is known of a legal supporter (赡养/抚养/扶养义务人). `undefined` is unknown; `null` is known to be absent
 * (no disability certificate).
 */
export interface SupporterFacts {
  age: number | undefined;
  receives: (typeof SUPPORTER_RECEIVES)[number] | undefined;
  disabilityGrade: number | null | undefined;
  disabilityKind: string | null | undefined;
  civilStatus: (typeof CIVIL_STATUSES)[number] | undefined;
  /** Own income below the previous year's per-capita disposable income (parameters.disposableIncomePerCapita). */
  incomeBelowDisposableIncome: boolean | undefined;
  /** Property within the local low-income household limits. */
  assetsWithinLowIncomeLimits: boolean | undefined;
}

type MemberFact = keyof typeof MEMBER_FACTS;
type HouseholdFact = keyof typeof HOUSEHOLD_FACTS;
type SupporterFact = keyof SupporterFacts;

const literal = z.union([z.string(), z.number(), z.boolean()]);
export const predicateSchema = z.union([
  z.enum(['exists', 'absent']),
  literal,
  z.strictObject({ in: z.array(literal).min(1) }),
  z.strictObject({ gte: z.number() }),
  z.strictObject({ lte: z.number() }),
]);
export type Predicate = z.infer<typeof predicateSchema>;

const memberFactNames = Object.keys(MEMBER_FACTS) as [MemberFact, ...MemberFact[]];
const householdFactNames = Object.keys(HOUSEHOLD_FACTS) as [HouseholdFact, ...HouseholdFact[]];
const supporterFactNames = [
  'age',
  'receives',
  'disabilityGrade',
  'disabilityKind',
  'civilStatus',
  'incomeBelowDisposableIncome',
  'assetsWithinLowIncomeLimits',
] as const satisfies readonly SupporterFact[];

export type MemberPredicates = Partial<Record<MemberFact, Predicate>>;
export type SupporterPredicates = Partial<Record<SupporterFact, Predicate>>;

export const memberPredicatesSchema: z.ZodType<MemberPredicates> = z.partialRecord(
  z.enum(memberFactNames),
  predicateSchema,
);
export const supporterPredicatesSchema: z.ZodType<SupporterPredicates> = z.partialRecord(
  z.enum(supporterFactNames),
  predicateSchema,
);

export type Condition =
  | { always: boolean }
  | { household: Partial<Record<HouseholdFact, Predicate>> }
  | { anyMember: MemberPredicates }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.boolean() }),
    z.strictObject({ household: z.partialRecord(z.enum(householdFactNames), predicateSchema) }),
    z.strictObject({ anyMember: memberPredicatesSchema }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export function matches(value: FactValue, predicate: Predicate): boolean {
  if (predicate === 'exists') return value !== undefined;
  if (predicate === 'absent') return value === undefined;
  if (typeof predicate !== 'object') return value === predicate;
  if ('in' in predicate) return value !== undefined && predicate.in.includes(value);
  if (typeof value !== 'number') return false;
  return 'gte' in predicate ? value >= predicate.gte : value <= predicate.lte;
}

// A pack's predicates never change once loaded, and the engine reads them for every person it screens: list each
// record's entries once.
const entryLists = new WeakMap<object, [string, Predicate][]>();

function entries<K extends string>(record: Partial<Record<K, Predicate>>): [K, Predicate][] {
  let list = entryLists.get(record);
  if (!list) entryLists.set(record, (list = Object.entries(record) as [string, Predicate][]));
  return list as [K, Predicate][];
}

/** Whether every listed fact holds for member `index` (0-based) of the household. */
export function memberMatches(
  predicates: MemberPredicates,
  household: Household,
  index: number,
  asOf: string,
): boolean {
  const member = household.members[index];
  if (!member) return false;
  const at = { asOf, household, index };
  return entries(predicates).every(([fact, p]) => matches(MEMBER_FACTS[fact](member, at), p));
}

/** Whether every listed fact holds for a supporter; unknown when a fact it needs is unknown and none fails. */
export function supporterMatches(predicates: SupporterPredicates, facts: SupporterFacts): Outcome {
  let outcome: Outcome = 'pass';
  for (const [fact, p] of entries(predicates)) {
    const value = facts[fact];
    if (value === undefined) outcome = 'unknown';
    else if (!matches(value ?? undefined, p)) return 'fail';
  }
  return outcome;
}

export function evaluate(condition: Condition, household: Household, asOf: string): boolean {
  if ('always' in condition) return condition.always;
  if ('household' in condition) {
    return entries(condition.household).every(([fact, p]) => matches(HOUSEHOLD_FACTS[fact](household), p));
  }
  if ('anyMember' in condition) {
    const predicates = condition.anyMember;
    return household.members.some((_, i) => memberMatches(predicates, household, i, asOf));
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, household, asOf));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, household, asOf));
  return !evaluate(condition.not, household, asOf);
}
