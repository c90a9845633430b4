import { z } from 'zod';
import { isIsoDate } from '../calendar/working-days';

/**
 * Household facts: the screening input and the body of `POST /api/v1/screenings` (field `household`).
 * Money is integer fen (1 yuan = 100 fen: a client sends yuan × 100, rounded to a whole number). Members' income
 * and expenses are annual, as income accounting (收入核算) works on a year of income; a household that knows only
 * its monthly total sends `householdIncome` instead.
 */

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' })
  .describe('A local China calendar date, YYYY-MM-DD');

/** Money in integer fen; every error names the unit, so a client sending yuan learns what to send instead. */
export const fen = z
  .number({ error: 'validation:moneyFen' })
  .int({ error: 'validation:moneyFen' })
  .nonnegative({ error: 'validation:moneyFen' });

/** Relations to the applicant (self = the applicant). */
export const RELATIONS = [
  'self',
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const INCOME_KINDS = ['wages', 'businessNet', 'propertyNet', 'transferNet'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const incomeSchema = z
  .object({
    wages: fen.default(0).describe('工资性收入: annual wages and labour income, fen'),
    businessNet: fen.default(0).describe('经营净收入: annual net business income (farming, trade), fen'),
    propertyNet: fen.default(0).describe('财产净收入: annual net property income (rent, interest), fen'),
    transferNet: fen
      .default(0)
      .describe('转移净收入: annual net transfer income (pensions, support received), fen'),
  })
  .describe('Annual income by the four kinds of income accounting (收入核算), integer fen')
  .meta({ id: 'Income' });

export const RIGID_EXPENSE_KINDS = ['serious_illness', 'disability_rehabilitation', 'education'] as const;
export type RigidExpenseKind = (typeof RIGID_EXPENSE_KINDS)[number];

export const STUDENT_LEVELS = [
  'preschool',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'vocational',
  'associate',
  'bachelor',
  'postgraduate',
] as const;

export const DISABILITY_KINDS = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'mental',
  'multiple',
] as const;

const rigidExpenseSchema = z.object({
  kind: z
    .enum(RIGID_EXPENSE_KINDS)
    .describe('serious_illness 重病治疗, disability_rehabilitation 残疾康复, education 在校就读'),
  annualFen: fen.describe('Self-paid (自负) annual cost, fen'),
  receipted: z.boolean().describe('Whether receipts (支出凭据) exist for this cost'),
});

const disabilitySchema = z
  .object({
    grade: z.number().int().min(1).max(4).describe('Disability certificate grade, 1 (most severe) to 4'),
    kind: z.enum(DISABILITY_KINDS).describe('Kind of disability on the certificate'),
  })
  .describe('Disability certificate (残疾证), if any');

/** A member's facts without the age rule, for callers that know the age another way (an ID number). */
export const memberFieldsSchema = z.object({
  relation: z.enum(RELATIONS).describe('Relation to the applicant (self = the applicant)'),
  age: z.number().int().min(0).max(130).optional().describe('Age in whole years; give this or birthDate'),
  birthDate: isoDate.optional().describe('Date of birth; used to compute age at the screening date'),
  disability: disabilitySchema.optional(),
  seriousIllness: z
    .boolean()
    .default(false)
    .describe('Has a serious or major illness recognised by the local authorities (重病/重特大疾病)'),
  studentLevel: z.enum(STUDENT_LEVELS).optional().describe('Current level of full-time study, if a student'),
  employed: z.boolean().default(false).describe('In employment (已就业)'),
  workCapacity: z
    .enum(['able', 'unable', 'unknown'])
    .default('unknown')
    .describe('Capacity to work (劳动能力)'),
  disabledServicemanGrade: z
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .describe('Disabled serviceman grade (伤残军人等级), 1 to 10'),
  militaryOrMartyrFamily: z
    .boolean()
    .default(false)
    .describe('Member of a military or martyr family (军烈属)'),
  demobilisedVeteranInVillage: z
    .boolean()
    .default(false)
    .describe('Old demobilised serviceman living in the countryside (在乡老复员军人)'),
  priorityCarePension: z
    .boolean()
    .default(false)
    .describe('Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)'),
  clergyYearsAtReligiousSite: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('For clergy who left their family: whole years living at a religious site'),
  income: incomeSchema.prefault({}),
  rigidExpenses: z
    .array(rigidExpenseSchema)
    .default([])
    .describe('Large self-paid costs of illness, disability rehabilitation or study (刚性支出)'),
});

export const memberSchema = memberFieldsSchema
  .refine((m) => m.age !== undefined || m.birthDate !== undefined, {
    message: 'validation:ageOrBirthDate',
    path: ['age'],
  })
  .meta({ id: 'HouseholdMember' });

export const SUPPORTER_RECEIVES = ['none', 'dibao', 'tekun'] as const;
export const CIVIL_STATUSES = ['normal', 'no_civil_capacity', 'missing', 'in_prison'] as const;

/** A legal supporter's own situation, judged by the pack's rule (rules.tekunSupporterUnable). */
export const supporterMeansSchema = z
  .object({
    age: z.number().int().min(0).max(130).describe('Age in whole years'),
    annualIncomeFen: fen
      .optional()
      .describe('The supporter’s own income over a year, fen; leave out if unknown'),
    receives: z
      .enum(SUPPORTER_RECEIVES)
      .default('none')
      .describe('Assistance the supporter receives: none, 低保 (dibao) or 特困 (tekun)'),
    disability: disabilitySchema.optional(),
    civilStatus: z
      .enum(CIVIL_STATUSES)
      .default('normal')
      .describe(
        'no_civil_capacity 无民事行为能力, missing 被宣告失踪, in_prison 在监狱服刑; normal otherwise',
      ),
    assetsWithinLowIncomeLimits: z
      .enum(['yes', 'no', 'unknown'])
      .default('unknown')
      .describe('Whether the supporter’s property is within the local low-income household limits'),
  })
  .describe('The supporter’s means: the pack’s rule decides from them whether they can support');

export const legalSupporterSchema = z
  .object({
    relation: z.enum(RELATIONS).exclude(['self']),
    ableToSupport: z
      .enum(['yes', 'no', 'unknown'])
      .default('unknown')
      .describe(
        'Whether this legal supporter (赡养/抚养/扶养义务人) can support the applicant, as the applicant sees it; ' +
          'used only when `means` do not decide it',
      ),
    means: supporterMeansSchema.optional(),
  })
  .meta({ id: 'LegalSupporter' });

export const INCIDENT_KINDS = [
  'accident',
  'fire',
  'natural_disaster',
  'serious_illness',
  'sudden_event',
  'other',
] as const;

export const incidentSchema = z.object({
  kind: z
    .enum(INCIDENT_KINDS)
    .describe(
      'accident 意外事故, fire 火灾, natural_disaster 自然灾害, serious_illness 罹患重病, sudden_event 突发事件',
    ),
  occurredOn: isoDate,
  inJurisdiction: z.boolean().describe('Whether the hardship happened inside this jurisdiction (急难发生地)'),
  basicLivingAtRisk: z.boolean().describe('Whether it leaves the household unable to meet basic needs'),
});

/**
 * The household's income as people know it: one monthly total for everyone, with the members in work named so
 * their work cost can be deducted. Given instead of members' `income` and `sharedIncome`, never with them.
 */
export const householdIncomeSchema = z
  .object({
    monthlyFen: fen.describe(
      'The whole household’s income in a month, every member and every kind together, fen (2,500 yuan → 250000)',
    ),
    earners: z
      .array(
        z.object({
          member: z
            .number()
            .int()
            .min(1)
            .describe('The member in work, by position in `members` (1 = first)'),
          monthlyWagesFen: fen.describe('That member’s wages in a month (part of monthlyFen), fen'),
        }),
      )
      .default([])
      .describe('Members in work: each is allowed the work-cost deduction, at most their own wages'),
  })
  .describe('Household income as one monthly total, instead of each member’s annual income')
  .meta({ id: 'HouseholdIncome' });

export const householdSchema = z
  .object({
    members: z
      .array(memberSchema)
      .min(1)
      .describe('Members living together (共同生活家庭成员), applicant included'),
    residenceArea: z.enum(['urban', 'rural']).describe('Urban or rural standard applies (城市/农村)'),
    hukouInJurisdiction: z
      .boolean()
      .default(true)
      .describe('Household registration (户籍) is in this jurisdiction'),
    residesInJurisdiction: z
      .boolean()
      .default(true)
      .describe('Household actually lives in this jurisdiction'),
    sharedIncome: incomeSchema
      .prefault({})
      .describe('Income not attributable to one member (e.g. contracted land), annual, fen'),
    householdIncome: householdIncomeSchema.optional(),
    assets: z
      .object({
        otherHousingUnits: z
          .number()
          .int()
          .min(0)
          .default(0)
          .describe('Housing units besides the home lived in'),
        motorVehicles: z.number().int().min(0).default(0).describe('Motor vehicles owned'),
        savingsFen: fen.default(0).describe('Bank savings and securities, fen'),
        businessRegistered: z.boolean().default(false).describe('A member runs a registered business'),
      })
      .prefault({})
      .describe('Household assets (财产状况)'),
    hasContractedLand: z
      .boolean()
      .default(false)
      .describe('Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)'),
    legalSupporters: z
      .array(legalSupporterSchema)
      .default([])
      .describe('Legal supporters living outside the household'),
    currentAssistance: z
      .object({
        dibao: z.boolean().default(false).describe('Currently receives 低保'),
      })
      .prefault({})
      .describe('Assistance the household receives now (for 渐退 gradual exit)'),
    incidents: z
      .array(incidentSchema)
      .default([])
      .describe('Sudden hardships (for 临时救助 temporary assistance)'),
    relatedToStaff: z
      .boolean()
      .default(false)
      .describe(
        'A member is a close relative (近亲属) of social-assistance staff or of a village committee member',
      ),
    appliedOnBehalf: z
      .boolean()
      .default(false)
      .describe(
        'Someone applies on the household’s behalf (代为申请); set by the application, not the applicant',
      ),
  })
  .describe('Household facts for screening');

export type HouseholdInput = z.input<typeof householdSchema>;
export type Household = z.output<typeof householdSchema>;
export type Member = Household['members'][number];
export type Income = z.output<typeof incomeSchema>;

export type LegalSupporter = Household['legalSupporters'][number];

export function incomeTotal(income: Income): number {
  return income.wages + income.businessNet + income.propertyNet + income.transferNet;
}

/** The earner entry naming member `index` (0-based) in a household given as a monthly total. */
function earnerOf(household: Household, index: number) {
  return household.householdIncome?.earners.find((e) => e.member === index + 1);
}

/** Whether member `index` is in work: marked employed, or named as an earner of the household total. */
export function isEmployed(household: Household, index: number): boolean {
  return household.members[index]?.employed === true || earnerOf(household, index) !== undefined;
}

/**
 * Member `index`'s own annual income: their four kinds, or for a household given as a monthly total the wages
 * named for them × 12; undefined when the total does not say (their share of it is unknown).
 */
export function ownAnnualIncome(household: Household, index: number): number | undefined {
  if (!household.householdIncome) {
    const m = household.members[index];
    return m ? incomeTotal(m.income) : undefined;
  }
  const earner = earnerOf(household, index);
  return earner ? earner.monthlyWagesFen * 12 : undefined;
}

type Problem = { path: (string | number)[]; message: string };

/**
 * What the household schema alone cannot check: one applicant; a monthly total given instead of (never with)
 * members' income; earners who exist, once each, whose wages fit inside the total. Messages are i18n keys.
 */
export function householdProblems(
  household: Pick<Household, 'members' | 'sharedIncome' | 'householdIncome'>,
): Problem[] {
  const problems: Problem[] = [];
  if (household.members.filter((m) => m.relation === 'self').length !== 1)
    problems.push({ path: ['members'], message: 'validation:oneApplicant' });
  const total = household.householdIncome;
  if (!total) return problems;
  const itemised =
    incomeTotal(household.sharedIncome) +
    household.members.reduce((sum, m) => sum + incomeTotal(m.income), 0);
  if (itemised > 0) problems.push({ path: ['householdIncome'], message: 'validation:incomeTwice' });
  const seen = new Set<number>();
  total.earners.forEach((e, i) => {
    if (e.member > household.members.length)
      problems.push({
        path: ['householdIncome', 'earners', i, 'member'],
        message: 'validation:earnerMember',
      });
    if (seen.has(e.member))
      problems.push({ path: ['householdIncome', 'earners', i, 'member'], message: 'validation:earnerTwice' });
    seen.add(e.member);
  });
  if (total.earners.reduce((sum, e) => sum + e.monthlyWagesFen, 0) > total.monthlyFen)
    problems.push({ path: ['householdIncome', 'earners'], message: 'validation:earnersOverTotal' });
  return problems;
}

/** Age in whole years on `asOf`: the given age, or computed from the birth date. */
export function memberAge(member: Member, asOf: string): number {
  if (member.age !== undefined) return member.age;
  const birth = member.birthDate ?? asOf;
  const years = Number(asOf.slice(0, 4)) - Number(birth.slice(0, 4));
  return asOf.slice(5) < birth.slice(5) ? years - 1 : years;
}
