import { z } from 'zod';
import { localizedSchema, programIdSchema, sourceSchema } from './pack-schema';

/**
 * The shapes the engine returns. They are zod schemas (no transforms) so the HTTP layer can reuse them in
 * response schemas and OpenAPI generation; the TypeScript types are inferred from them.
 */

export const verdictSchema = z
  .enum(['likely', 'unlikely', 'needs_judgment'])
  .describe('likely: the rules point to eligibility; needs_judgment: staff must decide or data is missing')
  .meta({ id: 'Verdict' });
export type Verdict = z.infer<typeof verdictSchema>;

/** A value shown in a step's message; a pair of texts (a note from the pack) is shown in the reader's language. */
export const stepParamSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  localizedSchema,
]);
export type StepParam = z.infer<typeof stepParamSchema>;

export const stepSchema = z
  .object({
    ruleId: z.string().describe('Pack rule or parameter the step applies, e.g. rules.topUp'),
    messageKey: z.string().describe('Key in the policy i18n namespace'),
    params: z
      .record(z.string(), stepParamSchema)
      .describe('Values interpolated into the message; *Fen are fen'),
    source: sourceSchema.nullable().describe('Document and clause behind the step; null for arithmetic only'),
    decisive: z
      .boolean()
      .optional()
      .describe('One of the few reasons that decided the verdict (shown in the short answer)'),
  })
  .describe('One step of an explanation');
export type Step = z.infer<typeof stepSchema>;

export const AMOUNT_UNAVAILABLE_REASONS = [
  'parameter_not_provided',
  'parameter_not_yet_effective',
  'amount_rule_not_stated',
  'not_a_cash_benefit',
  'not_eligible',
  'needs_judgment',
] as const;

export const amountUnavailableSchema = z
  .object({
    reason: z.enum(AMOUNT_UNAVAILABLE_REASONS),
    parameters: z.array(z.string()).describe('Parameters whose absence prevents an estimate'),
  })
  .meta({ id: 'AmountUnavailable' });
export type AmountUnavailable = z.infer<typeof amountUnavailableSchema>;

export const coverageSchema = z
  .enum(['household', 'single_person', 'gradual_exit'])
  .describe('household: whole household; single_person: members covered alone (单人户); gradual_exit: 渐退');

export const programResultSchema = z.object({
  program: programIdSchema,
  verdict: verdictSchema,
  coverage: coverageSchema.nullable(),
  coveredMembers: z.number().int().nonnegative().describe('People the estimate covers'),
  monthlyAmountFen: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('Estimated monthly amount, integer fen'),
  amountUnavailable: amountUnavailableSchema.nullable(),
  steps: z.array(stepSchema),
});
export type ProgramResult = z.infer<typeof programResultSchema>;

export const incomePositionSchema = z
  .enum(['below', 'margin', 'above_margin', 'above_unknown_margin', 'unknown'])
  .describe(
    'Per-capita income against the standard: below it; in the 低保边缘 band; above the band; above the standard ' +
      'with no band given; or not known',
  )
  .meta({ id: 'IncomePosition' });

export const incomeSummarySchema = z.object({
  householdSize: z.number().int().positive(),
  grossAnnualFen: z.number().int().nonnegative().describe('Sum of the four kinds of income'),
  countedAnnualFen: z.number().int().nonnegative().describe('After the deductions that applied'),
  perCapitaMonthlyFen: z
    .number()
    .int()
    .nonnegative()
    .describe('countedAnnualFen / 12 / householdSize, rounded half up'),
  standardMonthlyFen: z.number().int().nonnegative().nullable(),
  position: incomePositionSchema,
  assumptions: z
    .array(stepSchema)
    .describe('What was assumed to count the income (e.g. a monthly total taken as twelve equal months)'),
  steps: z.array(stepSchema),
});
export type IncomeSummary = z.infer<typeof incomeSummarySchema>;

export const screeningResultSchema = z.object({
  jurisdiction: z.string(),
  asOf: z.string(),
  income: incomeSummarySchema,
  programs: z.array(programResultSchema),
  notices: z
    .array(stepSchema)
    .describe('Procedural points for this household (declarations, where to apply)'),
});
export type ScreeningResult = z.infer<typeof screeningResultSchema>;
