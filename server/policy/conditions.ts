import { z } from 'zod';
import { type Household, type Member, incomeTotal, memberAge } from './household';

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
 */

type FactValue = string | number | boolean | undefined;

const MEMBER_FACTS = {
  age: (m: Member, asOf: string) => memberAge(m, asOf),
  disabilityGrade: (m: Member) => m.disability?.grade,
  disabilityKind: (m: Member) => m.disability?.kind,
  seriousIllness: (m: Member) => m.seriousIllness,
  studentLevel: (m: Member) => m.studentLevel,
  employed: (m: Member) => m.employed,
  workCapacity: (m: Member) => m.workCapacity,
  disabledServicemanGrade: (m: Member) => m.disabledServicemanGrade,
  hasIncome: (m: Member) => incomeTotal(m.income) > 0,
  hasRigidExpense: (m: Member) => m.rigidExpenses.length > 0,
  hasMedicalExpense: (m: Member) => m.rigidExpenses.some((e) => e.kind !== 'education'),
} satisfies Record<string, (m: Member, asOf: string) => FactValue>;

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

type MemberFact = keyof typeof MEMBER_FACTS;
type HouseholdFact = keyof typeof HOUSEHOLD_FACTS;

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

export type Condition =
  | { always: boolean }
  | { household: Partial<Record<HouseholdFact, Predicate>> }
  | { anyMember: Partial<Record<MemberFact, Predicate>> }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.boolean() }),
    z.strictObject({ household: z.partialRecord(z.enum(householdFactNames), predicateSchema) }),
    z.strictObject({ anyMember: z.partialRecord(z.enum(memberFactNames), predicateSchema) }),
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

function entries<K extends string>(record: Partial<Record<K, Predicate>>): [K, Predicate][] {
  return Object.entries(record) as [K, Predicate][];
}

export function evaluate(condition: Condition, household: Household, asOf: string): boolean {
  if ('always' in condition) return condition.always;
  if ('household' in condition) {
    return entries(condition.household).every(([fact, p]) => matches(HOUSEHOLD_FACTS[fact](household), p));
  }
  if ('anyMember' in condition) {
    const facts = entries(condition.anyMember);
    return household.members.some((m) => facts.every(([fact, p]) => matches(MEMBER_FACTS[fact](m, asOf), p)));
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, household, asOf));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, household, asOf));
  return !evaluate(condition.not, household, asOf);
}
