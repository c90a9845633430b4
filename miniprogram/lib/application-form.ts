import type { BodyOf, Schemas } from './api';
import { valuesOf } from './enum-values';
import { idNumberProblem } from './gb11643';
import type { Messages } from './i18n';
import { fenToYuan, yuanToFen } from './money';
import type { Handoff } from './screen-form';

/**
 * The application as the steps of the form hold it, and the two ways between it and the API: the household body
 * to save, and a saved draft read back to resume (also one started on another phone or by the bot).
 */

export type Relation = Schemas['HouseholdMember']['relation'];
type Residence = Schemas['Household']['residenceArea'];

export const RELATIONS = valuesOf<Relation>()([
  'self',
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'other',
]);

export interface MemberForm {
  name: string;
  idNumber: string;
  /** A masked number read back from the server: kept as it is unless retyped. */
  idMasked: boolean;
  relation: Relation;
  age: string;
  /** A serious illness recognised locally (重病): it brings its own papers and, in some places, a top-up. */
  seriousIllness: boolean;
  idError: string;
  idOk: boolean;
  nameError: string;
  ageError: string;
}

export interface HouseholdForm {
  members: MemberForm[];
  residence: Residence;
  phone: string;
  /** The saved phone number as read back (last 4 digits), to be typed whole again before the household is saved. */
  phoneMasked: string;
  incomeYuan: string;
}

export const STEPS = {
  programmes: 0,
  household: 1,
  income: 2,
  declarations: 3,
  materials: 4,
  submit: 5,
} as const;

export const emptyMember = (relation: Relation): MemberForm => ({
  name: '',
  idNumber: '',
  idMasked: false,
  relation,
  age: '',
  seriousIllness: false,
  idError: '',
  idOk: false,
  nameError: '',
  ageError: '',
});

const today = () => new Date().toISOString().slice(0, 10);

/** Checks an ID number as it is typed: nothing until all 18 characters are there, then the GB 11643 rule. */
export function checkTypedId(typed: string, t: Messages): { value: string; idError: string; idOk: boolean } {
  const value = typed.trim().toUpperCase();
  if (value.length < 18) return { value, idError: '', idOk: false };
  const problem = idNumberProblem(value, today());
  return { value, idError: problem ? t.apply.idNumberProblem[problem] : '', idOk: !problem };
}

/**
 * Field messages placed beside their fields: members' own (name, ID number, age) and the form's (income, phone).
 * `problems` are by API path (members.0.idNumber, household.householdIncome.monthlyFen …), ours or the server's.
 */
export function placeProblems(
  form: HouseholdForm,
  problems: Record<string, string>,
): { members: MemberForm[]; errors: Record<string, string> } {
  const members = form.members.map((m, i) => ({
    ...m,
    nameError: problems[`members.${i}.name`] ?? '',
    idError: problems[`members.${i}.idNumber`] ?? m.idError,
    ageError: problems[`members.${i}.facts.age`] ?? '',
  }));
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems)) {
    if (path.startsWith('household.householdIncome')) errors.income = message;
    else if (path === 'phone') errors.phone = message;
    else if (!path.startsWith('members.')) errors.general = message;
  }
  return { members, errors };
}

/** What must be fixed before the household is saved, by field path (members.0.name …). */
export function householdProblems(
  form: HouseholdForm,
  t: Messages,
  withIncome: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  form.members.forEach((m, i) => {
    if (!m.name.trim()) out[`members.${i}.name`] = t.apply.needName;
    // The server keeps an ID number only when it is sent whole, and shows it back masked.
    if (m.idMasked) out[`members.${i}.idNumber`] = t.apply.retypeId;
    else if (m.idNumber) {
      const check = checkTypedId(m.idNumber, t);
      if (!check.idOk) out[`members.${i}.idNumber`] = check.idError || t.apply.idNumberProblem.idNumber;
    }
    if (!m.idNumber && !/^\d{1,3}$/.test(m.age)) out[`members.${i}.facts.age`] = t.apply.needAgeOrId;
  });
  if (form.phoneMasked && !form.phone) out.phone = t.apply.retypePhone;
  if (withIncome && yuanToFen(form.incomeYuan) === null)
    out['household.householdIncome.monthlyFen'] = t.apply.needIncome;
  return out;
}

/** The body of PUT …/household: income typed in yuan a month becomes fen here and nowhere else. */
export function householdBody(form: HouseholdForm, revision: number): BodyOf<'saveHousehold'> {
  const monthlyFen = yuanToFen(form.incomeYuan);
  const body = {
    revision,
    ...(form.phone ? { phone: form.phone } : {}),
    members: form.members.map((m) => ({
      name: m.name.trim(),
      // A masked number read back is never sent (householdProblems asks for it whole first).
      ...(m.idNumber && !m.idMasked ? { idNumber: m.idNumber } : {}),
      facts: {
        relation: m.relation,
        seriousIllness: m.seriousIllness,
        ...(m.age ? { age: Number(m.age) } : {}),
      },
    })),
    household: {
      residenceArea: form.residence,
      ...(monthlyFen !== null ? { householdIncome: { monthlyFen, earners: [] } } : {}),
    },
  };
  // The contract's Household component lists the fields the server defaults as present: it fills them.
  return body as unknown as BodyOf<'saveHousehold'>;
}

/** A saved draft read back into the form. */
export function formOf(app: Schemas['Application']): HouseholdForm {
  const household = (app.household ?? {}) as {
    residenceArea?: Residence;
    householdIncome?: { monthlyFen: number };
  };
  return {
    members: app.members.length
      ? app.members.map((m) => {
          const facts = m.facts as { relation?: Relation; age?: number; seriousIllness?: boolean };
          return {
            ...emptyMember(facts.relation ?? 'other'),
            name: m.name,
            idNumber: m.idNumber ?? '',
            idMasked: m.idNumber !== null,
            age: facts.age !== undefined ? String(facts.age) : '',
            seriousIllness: facts.seriousIllness === true,
          };
        })
      : [emptyMember('self')],
    residence: household.residenceArea ?? 'rural',
    phone: '',
    phoneMasked: app.phone ?? '',
    incomeYuan: household.householdIncome ? fenToYuan(household.householdIncome.monthlyFen) : '',
  };
}

/**
 * The household told in the chat, in the form: its people (relation, age, serious illness) in order, keeping any
 * name or ID number already typed at the same place, where they live and the monthly total.
 */
export function withHandoff(form: HouseholdForm, household: Handoff['household']): HouseholdForm {
  return {
    ...form,
    members: household.members.map((m, i) => ({
      ...(form.members[i] ?? emptyMember(m.relation)),
      relation: m.relation,
      age: m.age === undefined ? '' : String(m.age),
      seriousIllness: m.seriousIllness,
      ageError: '',
    })),
    residence: household.residenceArea,
    incomeYuan: household.householdIncome ? fenToYuan(household.householdIncome.monthlyFen) : form.incomeYuan,
  };
}

/** The declarations step is done when every one of them is signed. */
const DECLARATION_KINDS = valuesOf<Schemas['SignDeclarationRequest']['kind']>()([
  'privacy_consent',
  'honesty',
  'verification_authorization',
  'income_assets',
  'relatives_of_staff',
]);

/** Where to carry on: the first step the saved draft has not done. */
export function firstOpenStep(app: Schemas['Application']): number {
  const household = app.household as { householdIncome?: unknown } | null;
  if (!household || app.members.length === 0) return STEPS.household;
  if (!household.householdIncome) return STEPS.income;
  const signed = new Set(app.declarations.map((d) => d.kind));
  if (!DECLARATION_KINDS.every((k) => signed.has(k))) return STEPS.declarations;
  return (app.missing.materials?.required.length ?? 0) > 0 ? STEPS.materials : STEPS.submit;
}
