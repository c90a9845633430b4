import { z } from 'zod';
import { conditionSchema, memberPredicatesSchema, supporterPredicatesSchema } from './conditions';
import { INCIDENT_KINDS, RELATIONS, RIGID_EXPENSE_KINDS, STUDENT_LEVELS, isoDate } from './household';

/**
 * The schema of a policy pack (flows/<place>/pack.yaml after merging flows/_defaults/pack.yaml).
 * Every rule and parameter names its source; a figure a document does not give is `status: not_provided`.
 */

export const PROGRAM_IDS = ['dibao', 'dibao_edge', 'tekun', 'temporary', 'low_income'] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];
export const programIdSchema = z.enum(PROGRAM_IDS).meta({ id: 'ProgramId' });

export const sourceSchema = z
  .strictObject({
    document: z.string().min(1).describe('Document id, e.g. "002", or the national regulation cited'),
    clause: z.string().min(1).describe('Section or clause, quoted in Chinese'),
  })
  .describe('Where a rule or figure comes from')
  .meta({ id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;

export const notProvidedSchema = z.strictObject({
  status: z.literal('not_provided'),
  note: z.string().min(1),
});
export type NotProvided = z.infer<typeof notProvidedSchema>;

export const localizedSchema = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

/** A figure or rule the document does not give, with a note in both languages (shown to readers). */
export const absentSchema = z.strictObject({ status: z.literal('not_provided'), note: localizedSchema });
export type Absent = z.infer<typeof absentSchema>;

function entry<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, effectiveFrom: isoDate, source: sourceSchema });
}

/** A parameter: not provided, one value, or a history of values each in force from its date. */
function param<T extends z.ZodType>(value: T) {
  return z.union([absentSchema, entry(value), z.array(entry(value)).min(1)]);
}

export interface ParamEntry<T> {
  value: T;
  effectiveFrom: string;
  source: Source;
}
export type Param<T> = Absent | ParamEntry<T> | ParamEntry<T>[];

/**
 * The unit each parameter is written in, declared with the parameter: the engine reads values in it and the
 * policy view displays them by it. Money is integer fen; `ratio` is a multiple (1.5 → "1.5 times"), `percent` a
 * share written as a decimal (0.15 → 15 %).
 */
export const PARAMETER_UNITS = [
  'fen_per_person_month',
  'fen_per_month',
  'fen_per_person_year',
  'fen_once',
  'ratio',
  'percent',
  'months',
  'years',
  'text',
  'asset_limits',
  'review_intervals',
  'monthly_cutoffs',
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

const fen = z.number().int().nonnegative();
/** Rates and ratios are read as exact ten-thousandths (0.15 → 1500), so at most four decimals. */
const ratio = z
  .number()
  .positive()
  .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, {
    message: 'at most four decimal places',
  });
const dayOfMonth = z.number().int().min(1).max(31);
const wholeNumber = z.number().int().positive();

function declare<U extends ParameterUnit, T extends z.ZodType>(unit: U, value: T, description: string) {
  return { unit, schema: param(value).describe(description) };
}

const STANDARD = {
  urban: declare('fen_per_person_month', fen, 'Urban 低保 standard, fen per person per month'),
  rural: declare('fen_per_person_month', fen, 'Rural 低保 standard, fen per person per month'),
};

const PARAMETERS = {
  marginRatio: declare('ratio', ratio, '低保边缘 ceiling as a multiple of the 低保 standard'),
  topUpRate: declare('percent', ratio, '低保金加发 as a share of the local standard, per person'),
  elderlyAge: declare('years', wholeNumber, 'Age from which a person counts as elderly (老年人)'),
  minorAge: declare('years', wholeNumber, 'Age below which a person counts as a minor (未成年人)'),
  minimumWageMonthly: declare('fen_per_month', fen, 'Monthly minimum wage of the place of work, fen'),
  workCostMonths: declare('months', wholeNumber, 'Months of minimum wage deducted as work cost'),
  singlePersonSubsidy: declare('fen_per_person_month', fen, 'Per-capita 低保 subsidy level (人均补助水平)'),
  tekunSupport: declare('fen_per_person_month', fen, '特困 basic support standard, fen per person per month'),
  disposableIncomePerCapita: declare(
    'fen_per_person_year',
    fen,
    'Per-capita disposable income of the previous year (上年人均可支配收入), fen a year',
  ),
  temporaryAssistance: declare('fen_once', fen, '临时救助 amount rule, fen'),
  assetLimits: declare(
    'asset_limits',
    z.strictObject({
      otherHousingUnits: z.number().int().min(0),
      motorVehicles: z.number().int().min(0),
      savingsPerCapitaFen: fen,
    }),
    'Asset limits for 低保 (财产条件)',
  ),
  tekunAssetLimits: declare(
    'asset_limits',
    z.strictObject({
      otherHousingUnits: z.number().int().min(0),
      motorVehicles: z.number().int().min(0),
      savingsPerCapitaFen: fen,
    }),
    'Property rule for 特困 (特困人员财产状况认定标准)',
  ),
  reviewIntervals: declare(
    'review_intervals',
    z.array(z.strictObject({ households: localizedSchema, months: z.number().int().positive() })).min(1),
    'Periodic review (复核) intervals',
  ),
  samplingRate: declare('percent', ratio.max(1), 'Minimum share of township decisions the county samples'),
  monthlyCutoffs: declare(
    'monthly_cutoffs',
    z.strictObject({
      newApprovalsBeforeDay: dayOfMonth
        .optional()
        .describe('Next month’s new cases approved before this day'),
      paymentListFromDay: dayOfMonth.optional(),
      paymentListBeforeDay: dayOfMonth.optional(),
      dataReportBeforeDay: dayOfMonth.optional().describe('Monthly data ledger finished before this day'),
      paidBeforeDay: dayOfMonth.optional().describe('The month’s payment made before this day'),
      paidByMonthEnd: z.literal(true).optional(),
    }),
    'Monthly cut-off days for approvals, payment lists and payment',
  ),
  staffing: declare('text', localizedSchema, 'Staffing rule for townships'),
};

type Schemas<T extends Record<string, { schema: z.ZodType }>> = { [K in keyof T]: T[K]['schema'] };
function schemasOf<T extends Record<string, { schema: z.ZodType }>>(declared: T): Schemas<T> {
  return Object.fromEntries(Object.entries(declared).map(([k, d]) => [k, d.schema])) as Schemas<T>;
}

const parametersSchema = z.strictObject({
  standard: z.strictObject(schemasOf(STANDARD)),
  ...schemasOf(PARAMETERS),
});
export type Parameters = z.infer<typeof parametersSchema>;
export type ParameterId = keyof Parameters;
/** A parameter's path below `parameters`: `standard.urban`, `marginRatio`… */
export type ParameterPath = `standard.${keyof typeof STANDARD}` | keyof typeof PARAMETERS;

/** Every parameter path in display order, with the unit it is declared in. */
export const PARAMETER_DECLARATIONS: readonly { path: ParameterPath; unit: ParameterUnit }[] = [
  ...Object.entries(STANDARD).map(([k, d]) => ({ path: `standard.${k}` as ParameterPath, unit: d.unit })),
  ...Object.entries(PARAMETERS).map(([k, d]) => ({ path: k as ParameterPath, unit: d.unit })),
];

function rule<T extends z.ZodRawShape>(shape: T) {
  return z.union([
    absentSchema,
    z.strictObject({ applies: z.literal(true), source: sourceSchema, ...shape }),
  ]);
}

export const TOP_UP_CATEGORIES = [
  'severe_disability',
  'disabled_serviceman',
  'serious_illness',
  'elderly',
  'minor',
  'military_martyr_family',
  'demobilised_veteran',
] as const;
export type TopUpCategory = (typeof TOP_UP_CATEGORIES)[number];

export const SINGLE_PERSON_CATEGORIES = [
  'severe_disability',
  'intellectual_mental_grade3',
  'major_disease',
  'disabled_serviceman',
  'priority_care',
  'clergy',
] as const;
export type SinglePersonCategory = (typeof SINGLE_PERSON_CATEGORIES)[number];

const gradeRange = z.strictObject({ min: z.number().int().min(1), max: z.number().int().max(10) });

/** One situation a rule names, as facts of one person that must all hold, with its name for readers. */
function situations<T extends z.ZodType>(facts: T) {
  return z.array(z.strictObject({ label: localizedSchema, facts })).min(1);
}

const rulesSchema = z.strictObject({
  incomeKinds: rule({}).describe('Income counts the four kinds (工资性、经营净、财产净、转移净收入)'),
  hukouPlace: rule({}).describe('Apply where the household is registered (户籍所在地)'),
  rigidExpenseDeduction: rule({
    kinds: z.array(z.enum(RIGID_EXPENSE_KINDS)).min(1),
    highestStudentLevel: z.enum(STUDENT_LEVELS),
    receiptsRequired: z.boolean(),
  }),
  workCostDeduction: rule({}),
  topUp: rule({
    categories: z.array(z.enum(TOP_UP_CATEGORIES)).min(1),
    severeDisabilityGrades: gradeRange,
    disabledServicemanGrades: gradeRange,
    oncePerPerson: z.boolean(),
  }),
  singlePerson: rule({
    categories: z.array(z.enum(SINGLE_PERSON_CATEGORIES)).min(1),
    severeDisabilityGrades: gradeRange,
    disabledServicemanGrades: gradeRange,
    clergyMinYears: z.number().int().positive(),
  }),
  gradualExit: rule({ months: z.number().int().positive().describe('Length of the 渐退 period') }),
  dibaoEdge: rule({}).describe('低保边缘: not below the standard and below marginRatio × standard'),
  tekun: rule({}).describe(
    '特困: no work capacity, no income source, no legal supporter able to support (三无)',
  ),
  tekunNoSourceOfLiving: rule({}).describe(
    '无生活来源: per-capita household income below the 低保 standard and property within the 特困 rule',
  ),
  tekunUnableToWork: rule({
    when: situations(memberPredicatesSchema),
  }).describe('Who counts as unable to work (无劳动能力) without being asked: any situation listed'),
  tekunSupporterUnable: rule({
    when: situations(supporterPredicatesSchema),
  }).describe('When a legal supporter counts as unable to support (无履行义务能力): any situation listed'),
  tekunHouseholdSupporters: rule({
    adultFromAge: z.number().int().positive().describe('Members younger than this owe no one support'),
    byRelation: z
      .partialRecord(z.enum(RELATIONS), z.array(z.enum(RELATIONS)))
      .describe('For a member of each relation to the applicant, the household members who owe them support'),
  }),
  temporary: rule({
    triggers: z.array(z.enum(INCIDENT_KINDS)).min(1),
    anyRegistration: z.boolean().describe('May apply where the hardship happened, whatever the 户籍'),
    helpFirst: z.boolean().describe('先行救助、后补材料'),
  }),
  relativesOfStaff: rule({ reviewMonths: z.number().int().positive().optional() }),
});
export type Rules = z.infer<typeof rulesSchema>;
/** A rule the pack states (not `not_provided`). */
export type AppliedRule<K extends keyof Rules> = Exclude<Rules[K], { status: 'not_provided' }>;

export const ACTORS = ['applicant', 'village', 'township', 'county'] as const;

export const STAGE_DECISIONS = ['acceptance', 'approval'] as const;

/** A step, or a publication (公示) during which objections may be raised. */
export const STAGE_KINDS = ['step', 'publication'] as const;

/** When a stage runs: always, or only after an objection or a refusal. */
export const STAGE_OCCASIONS = ['always', 'on_objection', 'on_refusal'] as const;

/** What a stage's time limit counts from: the end of the previous stage, or acceptance. */
export const LIMIT_COUNTED_FROM = ['previous', 'acceptance'] as const;

const stageIdSchema = z.string().regex(/^[a-z][a-z_]*$/, 'lower_snake_case id');

/** A share written as the document writes it, e.g. '2/3' (compared exactly, never as a decimal). */
export const fractionSchema = z
  .string()
  .regex(/^[1-9]\d*\/[1-9]\d*$/, 'a fraction such as 2/3')
  .refine((f) => Number(f.split('/')[0]) <= Number(f.split('/')[1]), { message: 'at most 1' });

/** 民主评议: who must take part and what passes (e.g. seed 000 四(三)). */
const voteRuleSchema = z.strictObject({
  members: z.strictObject({
    min: z.number().int().positive().describe('At least this many members take part'),
    odd: z.boolean().default(false).describe('The number of members must be odd'),
  }),
  villagerRepresentatives: z
    .strictObject({ atLeast: fractionSchema })
    .optional()
    .describe('Villager representatives among the members'),
  committeeMembers: z
    .strictObject({ atMost: fractionSchema })
    .optional()
    .describe('Village committee members among the members'),
  passes: z.strictObject({ atLeast: fractionSchema }).describe('Votes in favour, of the members taking part'),
  notPassedReopens: stageIdSchema
    .optional()
    .describe('A review that does not pass may send the case back to this stage (重新组织调查核实)'),
  source: sourceSchema,
});
export type VoteRule = z.infer<typeof voteRuleSchema>;

const stageSchema = z.strictObject({
  id: stageIdSchema,
  name: localizedSchema,
  actor: z.enum(ACTORS),
  kind: z.enum(STAGE_KINDS).default('step'),
  limit: z.union([
    z.strictObject({ workingDays: z.number().int().positive() }),
    z.strictObject({ calendarDays: z.number().int().positive() }),
    notProvidedSchema,
  ]),
  countFrom: z
    .enum(LIMIT_COUNTED_FROM)
    .default('previous')
    .describe('Whether the limit runs from the end of the previous stage or from acceptance'),
  when: z.enum(STAGE_OCCASIONS).default('always'),
  decides: z
    .enum(STAGE_DECISIONS)
    .optional()
    .describe('The stage records a decision: acceptance (受理) or approval (审核确认/审批)'),
  programs: z.array(programIdSchema).min(1).optional().describe('Only for these programs; all when absent'),
  objectionTo: stageIdSchema
    .optional()
    .describe('For a stage run on an objection: the publication the objection is raised against'),
  resumeAt: stageIdSchema
    .optional()
    .describe('For a stage run on an objection: the stage the procedure goes back to, which runs again'),
  round: z
    .strictObject({ every: z.literal('month'), source: sourceSchema })
    .optional()
    .describe('The stage is held in rounds, e.g. new applications approved once a month'),
  investigators: z
    .strictObject({ min: z.number().int().min(1), source: sourceSchema })
    .optional()
    .describe('A home visit: staff record who visited, at least this many'),
  vote: voteRuleSchema
    .optional()
    .describe('A community review (民主评议): staff record who took part and the votes'),
  source: sourceSchema,
});
export type Stage = z.infer<typeof stageSchema>;
export type StageDecision = (typeof STAGE_DECISIONS)[number];

const overallLimitSchema = z.union([
  notProvidedSchema,
  z.strictObject({
    workingDays: z.number().int().positive(),
    extendedTo: z.number().int().positive().optional(),
    source: sourceSchema,
  }),
]);

export const NOT_COUNTED_PERIODS = ['publication', 'verification'] as const;
export type NotCountedPeriod = (typeof NOT_COUNTED_PERIODS)[number];

const notCountedSchema = z.union([
  z.strictObject({ period: z.literal('publication'), source: sourceSchema }),
  z.strictObject({
    period: z.literal('verification'),
    stage: stageIdSchema.describe('The stage during which verification (信息核对) takes place'),
    source: sourceSchema,
  }),
]);

export const PAYMENT_START_RULES = ['month_after_approval', 'on_approval'] as const;

const paymentStartSchema = z.union([
  notProvidedSchema,
  z.strictObject({
    rule: z
      .enum(PAYMENT_START_RULES)
      .describe('次月发放, or paid promptly once approved (按批准时间及时发放)'),
    source: sourceSchema,
  }),
]);

const procedureSchema = z.strictObject({
  stages: z.array(stageSchema),
  overallLimits: z.partialRecord(programIdSchema, overallLimitSchema),
  notCounted: z.array(notCountedSchema),
  paymentStart: z
    .partialRecord(programIdSchema, paymentStartSchema)
    .describe('When payment starts, per programme; a programme the document says nothing about shows none'),
});
export type Procedure = z.infer<typeof procedureSchema>;

/**
 * The checks a procedure needs beyond its shape: for each programme one acceptance and one approval stage, and
 * every stage a stage names (objection, resumption, a failed vote, verification) present and in a sensible place.
 */
function checkProcedure(pack: { programs: object; procedure: Procedure }, ctx: z.core.$RefinementCtx): void {
  const { stages } = pack.procedure;
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['procedure', ...path], message });
  const at = (id: string) => stages.findIndex((s) => s.id === id);
  stages.forEach((stage, i) => {
    if (at(stage.id) !== i) issue(['stages', i, 'id'], `stage id ${stage.id} is used twice`);
    const forms = [stage.decides, stage.investigators, stage.vote, stage.kind === 'publication' || undefined];
    if (forms.filter(Boolean).length > 1)
      issue(['stages', i], 'a stage is one of: a decision, a home visit, a community review, a publication');
    const objection = stage.when === 'on_objection';
    if (objection !== (stage.objectionTo !== undefined) || objection !== (stage.resumeAt !== undefined))
      issue(
        ['stages', i],
        'a stage run on an objection names objectionTo and resumeAt, and only such a stage',
      );
    if (stage.objectionTo !== undefined) {
      const to = at(stage.objectionTo);
      if (to < 0 || to > i || stages[to]?.kind !== 'publication')
        issue(['stages', i, 'objectionTo'], 'must name an earlier publication stage');
      if (stages.some((s, j) => j !== i && s.objectionTo === stage.objectionTo))
        issue(['stages', i, 'objectionTo'], 'one stage answers the objections to a publication');
      const back = stage.resumeAt === undefined ? -1 : at(stage.resumeAt);
      if (back < 0 || back > to || stages[back]?.when !== 'always')
        issue(['stages', i, 'resumeAt'], 'must name a regular stage no later than the publication');
    }
    const reopens = stage.vote?.notPassedReopens;
    if (
      reopens !== undefined &&
      (at(reopens) < 0 || at(reopens) >= i || stages[at(reopens)]?.when !== 'always')
    )
      issue(['stages', i, 'vote', 'notPassedReopens'], 'must name an earlier regular stage');
  });
  pack.procedure.notCounted.forEach((entry, i) => {
    if (entry.period === 'verification' && at(entry.stage) < 0)
      issue(['notCounted', i, 'stage'], `no stage ${entry.stage}`);
  });
  for (const program of Object.keys(pack.procedure.paymentStart)) {
    if (!(program in pack.programs))
      issue(['paymentStart', program], 'the pack does not offer this programme');
  }
  if (stages.length === 0) return;
  for (const program of Object.keys(pack.programs)) {
    const applying = stages.filter((s) => !s.programs || s.programs.some((p) => p === program));
    for (const decision of STAGE_DECISIONS) {
      if (applying.filter((s) => s.decides === decision).length !== 1)
        issue(['stages'], `${program}: one stage must decide ${decision}`);
    }
  }
}

/** Declarations a pack's material item can be satisfied by, signed in the app (see applications/declarations). */
export const SIGNABLE_DECLARATIONS = [
  'honesty',
  'verification_authorization',
  'income_assets',
  'relatives_of_staff',
] as const;

const materialSchema = z.strictObject({
  name: localizedSchema,
  requiredWhen: conditionSchema,
  programs: z.array(programIdSchema).min(1).optional().describe('Only for these programs; all when absent'),
  obtainedByGovernment: z.boolean().default(false).describe('The government looks it up itself: never asked'),
  listedWithoutCondition: z
    .boolean()
    .default(false)
    .describe('The document lists it as "where relevant" without saying when: staff decide'),
  signedAs: z
    .enum(SIGNABLE_DECLARATIONS)
    .optional()
    .describe('A declaration the applicant may sign in the app instead of bringing a paper copy'),
  reason: localizedSchema,
  source: sourceSchema,
});
export type Material = z.infer<typeof materialSchema>;

const deadlineSchema = z.union([
  notProvidedSchema,
  z.strictObject({ workingDays: z.number().int().positive(), source: sourceSchema }),
]);

const contactSchema = z.strictObject({
  kind: z.enum(['hotline', 'office', 'website']),
  label: localizedSchema,
  value: z.string().min(1),
  source: sourceSchema,
});

export const packSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case slug'),
    name: localizedSchema,
    divisionCode: z.string().regex(/^\d{6}$/, 'six-digit administrative division code'),
    document: z.strictObject({
      id: z.string().min(1),
      title: z.string().min(1),
      issuedBy: z.string().min(1),
      issuedOn: isoDate,
    }),
    areaTerms: z.strictObject({
      decidingBody: z.array(localizedSchema).min(1).describe('Who decides: 乡镇、街道、苏木镇、农场公司…'),
      village: z.array(localizedSchema).min(1).describe('Village-level bodies: 村、社区、嘎查…'),
      supervisor: localizedSchema,
      source: sourceSchema,
    }),
    programs: z
      .partialRecord(programIdSchema, z.strictObject({ source: sourceSchema }))
      .refine((p) => Object.keys(p).length > 0, { message: 'a pack offers at least one program' }),
    procedure: procedureSchema,
    complaints: z.strictObject({
      answer: deadlineSchema,
      mediaReports: deadlineSchema,
      routing: z.union([notProvidedSchema, z.strictObject({ text: localizedSchema, source: sourceSchema })]),
    }),
    materials: z.strictObject({
      listedBy: z.union([notProvidedSchema, z.strictObject({ source: sourceSchema })]),
      items: z.record(z.string().regex(/^[a-z][a-z_]*$/, 'lower_snake_case id'), materialSchema),
    }),
    parameters: parametersSchema,
    rules: rulesSchema,
    contacts: z.union([notProvidedSchema, z.array(contactSchema).min(1)]),
  })
  .superRefine(checkProcedure);

export type PackInput = z.input<typeof packSchema>;
export type Pack = z.output<typeof packSchema>;
