import type { BodyOf, Schemas } from './api';
import { fenToYuan } from './money';

/**
 * The pre-screen's form and the household the server screens. The form asks three things (town or countryside,
 * each person's age, the monthly total); a household handed off from the chat may know more (relations,
 * disability, wages, large costs), which is kept under what the person corrects here.
 */

/** A pre-screen handed off from the chat: its place and the household as told there. */
export type Handoff = Schemas['ScreeningRequestOutput'];
type HandedOff = Handoff['household'];
type Residence = Schemas['Household']['residenceArea'];

export interface ScreenForm {
  residence: Residence;
  ages: number[];
  monthlyFen: number;
}

/** A handed-off household as the form's fields: residence, ages "70,68", income in yuan. */
export function formOf(household: HandedOff): { residence: Residence; ages: string; income: string } {
  return {
    residence: household.residenceArea,
    ages: household.members.map((m) => (m.age === undefined ? '' : String(m.age))).join(','),
    income: household.householdIncome ? fenToYuan(household.householdIncome.monthlyFen) : '',
  };
}

type Household = BodyOf<'screenHousehold'>['household'];

/**
 * The household to screen. Without a hand-off: the form alone, the first person the applicant. With one: the
 * form's answers replace the hand-off's; its members keep what else was said of them while the form still lists
 * as many people (otherwise they are listed afresh, and wages said per person go with them), and the monthly
 * total typed here replaces any income given otherwise.
 */
export function householdOf(form: ScreenForm, handedOff?: HandedOff): Household {
  const sameMembers = handedOff?.members.length === form.ages.length;
  const members = sameMembers
    ? handedOff!.members.map((m, i) => ({
        ...m,
        age: form.ages[i]!,
        birthDate: undefined,
        income: undefined,
      }))
    : form.ages.map((age, i) => ({ relation: i === 0 ? ('self' as const) : ('other' as const), age }));
  const earners = sameMembers ? (handedOff!.householdIncome?.earners ?? []) : [];
  // The contract's shared Household component lists the fields the server defaults as present: it fills them.
  return {
    ...handedOff,
    members,
    residenceArea: form.residence,
    sharedIncome: undefined,
    householdIncome: { monthlyFen: form.monthlyFen, earners },
  } as unknown as Household;
}
