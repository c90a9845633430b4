import { z } from 'zod';
import { type Language, translator } from '../i18n';
import {
  formatMoney,
  parameterName,
  renderSource,
  stepText,
  renderSteps,
  renderedStepSchema,
} from './explain';
import { MATERIAL_CERTAINTIES, type MaterialsResult } from './materials';
import {
  ACTORS,
  PARAMETER_DECLARATIONS,
  PARAMETER_UNITS,
  PROGRAM_IDS,
  type Localized,
  type Pack,
  type Param,
  type ParameterPath,
  type ParameterUnit,
  type ProgramId,
  programIdSchema,
  sourceSchema,
} from './pack-schema';
import { type Resolved, resolveParam } from './parameters';
import { type Timeline, complaintDeadline, procedureTimeline } from './procedure';
import { renderTimeline } from './timeline-text';
import {
  type ScreeningResult,
  amountUnavailableSchema,
  coverageSchema,
  incomePositionSchema,
  verdictSchema,
} from './results';

/**
 * What the policy endpoints answer, and the functions that turn packs and engine results into those answers in
 * one language. The API returns them and the staff console renders the same views. Every text comes from the
 * `policy` i18n namespace or from the pack's own pair of texts, so an answer is wholly in the reader's language
 * (Chinese appears in an English answer only inside quoted source clauses and proper names).
 */

// ---------------------------------------------------------------- shared pieces

export const jurisdictionRefSchema = z
  .object({ id: z.string(), name: z.string(), divisionCode: z.string() })
  .meta({ id: 'JurisdictionRef' });

function ref(pack: Pack, lng: Language) {
  return { id: pack.id, name: pack.name[lng], divisionCode: pack.divisionCode };
}

function offeredPrograms(pack: Pack): ProgramId[] {
  return PROGRAM_IDS.filter((p) => pack.programs[p]);
}

// ---------------------------------------------------------------- materials

const renderedMaterialSchema = z.object({
  id: z.string(),
  name: z.string(),
  reason: z.string(),
  certainty: z.enum(MATERIAL_CERTAINTIES),
  ruleId: z.string(),
  source: sourceSchema,
  sourceText: z.string(),
});

export const materialsResponseSchema = z
  .object({
    listed: z.boolean().describe('False when the local document lists no materials: the list is incomplete'),
    note: z.string().nullable(),
    required: z.array(renderedMaterialSchema),
    lookedUpByGovernment: z.array(z.object({ id: z.string(), name: z.string(), sourceText: z.string() })),
  })
  .meta({ id: 'MaterialsList' });
export type MaterialsResponse = z.infer<typeof materialsResponseSchema>;

const materialsSummarySchema = z
  .object({
    listed: z.boolean().describe('False when the local document lists no materials: the list is incomplete'),
    note: z.string().nullable(),
    required: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        certainty: z.enum(MATERIAL_CERTAINTIES).describe('ask_staff: staff say whether it applies'),
      }),
    ),
    lookedUpByGovernment: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .describe('Looked up by the government: not to be brought'),
  })
  .meta({ id: 'MaterialsSummary' });

/** The materials list in the reader's language: for a screening, and for an application's one-time notice. */
export function renderMaterials(materials: MaterialsResult, lng: Language): MaterialsResponse {
  const tr = translator(lng);
  return {
    listed: materials.listed.status === 'listed',
    note: materials.listed.status === 'listed' ? null : tr('policy:materials.not_listed'),
    required: materials.required.map((m) => ({
      id: m.id,
      name: m.name[lng],
      reason:
        m.certainty === 'ask_staff'
          ? tr('policy:materials.reason_ask_staff', { reason: m.reason[lng] })
          : m.reason[lng],
      certainty: m.certainty,
      ruleId: m.ruleId,
      source: m.source,
      sourceText: renderSource(m.source, lng) ?? '',
    })),
    lookedUpByGovernment: materials.lookedUpByGovernment.map((m) => ({
      id: m.id,
      name: m.name[lng],
      sourceText: renderSource(m.source, lng) ?? '',
    })),
  };
}

function materialsSummary(materials: MaterialsResult, lng: Language): z.infer<typeof materialsSummarySchema> {
  return {
    listed: materials.listed.status === 'listed',
    note: materials.listed.status === 'listed' ? null : translator(lng)('policy:materials.not_listed'),
    required: materials.required.map((m) => ({ id: m.id, name: m.name[lng], certainty: m.certainty })),
    lookedUpByGovernment: materials.lookedUpByGovernment.map((m) => ({ id: m.id, name: m.name[lng] })),
  };
}

// ---------------------------------------------------------------- timelines

export const timelineViewSchema = z
  .object({
    program: programIdSchema,
    lines: z.array(z.string()).describe('The timeline in plain language'),
    stages: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        actor: z.enum(ACTORS),
        due: z.string().nullable().describe('YYYY-MM-DD; null when the stage has no limit or is conditional'),
      }),
    ),
    decisionDue: z.string().nullable().describe('YYYY-MM-DD: the overall limit from acceptance'),
    extendedDue: z.string().nullable().describe('YYYY-MM-DD: the limit when extended in special cases'),
    paymentFrom: z
      .string()
      .nullable()
      .describe(
        'When payment starts: YYYY-MM (the month after approval) or YYYY-MM-DD (on approval); null when unknown',
      ),
    estimated: z.boolean().describe('A year without holiday data was crossed; dates count weekends only'),
  })
  .meta({ id: 'ProcedureTimeline' });
export type TimelineView = z.infer<typeof timelineViewSchema>;

function timelineView(t: Timeline, lng: Language): TimelineView {
  const limited = t.decision.status === 'limited' ? t.decision : null;
  return {
    program: t.program,
    lines: renderTimeline(t, lng),
    stages: t.stages.map((s) => ({ id: s.id, name: s.name[lng], actor: s.actor, due: s.due })),
    decisionDue: limited?.due ?? null,
    extendedDue: limited?.extendedDue ?? null,
    paymentFrom: t.payment?.from ?? null,
    estimated: t.estimated,
  };
}

// A timeline depends only on the pack, the program, the acceptance day and the language, and is
// asked for on every screening: render each one once per pack (bounded; starts over when full).
const TIMELINE_MEMO_LIMIT = 5_000;
const timelineMemo = new WeakMap<Pack, Map<string, TimelineView>>();

/** The procedure of each programme if the application were accepted on `acceptedOn`, in the reader's language. */
export function timelineViews(
  pack: Pack,
  programs: readonly ProgramId[],
  acceptedOn: string,
  lng: Language,
): TimelineView[] {
  let memo = timelineMemo.get(pack);
  if (!memo) timelineMemo.set(pack, (memo = new Map()));
  return programs.map((program) => {
    const id = `${program}|${acceptedOn}|${lng}`;
    let view = memo.get(id);
    if (!view) {
      view = timelineView(procedureTimeline(pack, program, acceptedOn), lng);
      if (memo.size >= TIMELINE_MEMO_LIMIT) memo.clear();
      memo.set(id, view);
    }
    return view;
  });
}

// ---------------------------------------------------------------- screening

export const SCREENING_DETAILS = ['summary', 'full'] as const;
export type ScreeningDetail = (typeof SCREENING_DETAILS)[number];

/** At most this many reasons per verdict in the short answer; the full explanation has every step. */
const MAX_REASONS = 2;

const screeningDetailSchema = z
  .object({
    income: z.object({
      grossAnnualFen: z.number().int().nonnegative().describe('Before deductions, fen a year'),
      explanation: z.array(renderedStepSchema),
    }),
    programs: z.array(
      z.object({
        program: programIdSchema,
        coverage: coverageSchema.nullable(),
        coveredMembers: z.number().int().describe('People the estimate covers'),
        amountUnavailable: amountUnavailableSchema.nullable(),
        explanation: z.array(renderedStepSchema).describe('Every rule applied, with its source'),
      }),
    ),
    notices: z.array(renderedStepSchema),
    materials: materialsResponseSchema,
    timelines: z
      .array(timelineViewSchema)
      .describe('Deadlines of each programme still in question if the application were accepted on asOf'),
  })
  .describe('The full explanation and timelines: only with ?detail=full')
  .meta({ id: 'ScreeningDetail' });

export const screeningAnswerSchema = z
  .object({
    jurisdiction: jurisdictionRefSchema,
    asOf: z.string().describe('YYYY-MM-DD: the date whose rules and figures were applied'),
    language: z.string(),
    income: z.object({
      householdSize: z.number().int().positive(),
      countedAnnualFen: z
        .number()
        .int()
        .nonnegative()
        .describe('After the deductions that applied, fen a year'),
      perCapitaMonthlyFen: z.number().int().nonnegative().describe('Per person per month, fen'),
      standardMonthlyFen: z
        .number()
        .int()
        .nonnegative()
        .nullable()
        .describe('The 低保 standard per person per month, fen; null when the document gives none'),
      position: incomePositionSchema,
      assumptions: z
        .array(z.string())
        .describe('What was assumed to count the income (a monthly total, the members in work)'),
    }),
    programs: z.array(
      z.object({
        program: programIdSchema,
        name: z.string(),
        verdict: verdictSchema,
        verdictText: z.string(),
        monthlyAmountFen: z.number().int().nullable().describe('Estimated monthly amount, fen'),
        amountText: z.string().describe('The amount in words, or why there is none'),
        reasons: z
          .array(z.string())
          .describe(`The few reasons that decided the verdict (at most ${MAX_REASONS})`),
      }),
    ),
    notices: z.array(z.string()).describe('Procedural points for this household'),
    materials: materialsSummarySchema,
    nextStep: z.object({
      text: z.string().describe('What to do next'),
      decisions: z
        .array(z.object({ program: programIdSchema, due: z.string().nullable(), text: z.string() }))
        .describe('When a decision is due for each programme still in question, if accepted on asOf'),
    }),
    detail: screeningDetailSchema.optional(),
  })
  .meta({ id: 'ScreeningAnswer' });
export type ScreeningAnswer = z.infer<typeof screeningAnswerSchema>;

function amountText(p: ScreeningResult['programs'][number], lng: Language): string {
  const tr = translator(lng);
  if (p.monthlyAmountFen !== null)
    return tr('policy:amount', { amount: formatMoney(p.monthlyAmountFen, lng) });
  return tr(`policy:amountUnavailable.${p.amountUnavailable?.reason ?? 'needs_judgment'}`, {
    parameters: (p.amountUnavailable?.parameters ?? [])
      .map((id) => parameterName(id, lng))
      .join(tr('policy:listSeparator')),
  });
}

function nextStep(pack: Pack, timelines: TimelineView[], lng: Language): ScreeningAnswer['nextStep'] {
  const tr = translator(lng);
  const body = pack.areaTerms.decidingBody.map((t) => t[lng]).join(tr('policy:orSeparator'));
  const village = pack.areaTerms.village.map((t) => t[lng]).join(tr('policy:orSeparator'));
  return {
    text: tr(timelines.length > 0 ? 'policy:next.apply' : 'policy:next.apply_anyway', { body, village }),
    decisions: timelines.map((t) => {
      const program = tr(`policy:programShort.${t.program}`);
      return {
        program: t.program,
        due: t.decisionDue,
        text: t.decisionDue
          ? tr('policy:next.decision', { program, due: t.decisionDue })
          : tr('policy:next.decision_no_limit', { program }),
      };
    }),
  };
}

export interface ScreeningParts {
  pack: Pack;
  result: ScreeningResult;
  materials: MaterialsResult;
  /** Timelines of the programmes still in question (not unlikely). */
  timelines: TimelineView[];
}

/** The screening answer: short by default, with the full explanation and timelines under `detail` on request. */
export function screeningAnswer(
  parts: ScreeningParts,
  lng: Language,
  detail: ScreeningDetail,
): ScreeningAnswer {
  const { pack, result, materials, timelines } = parts;
  const tr = translator(lng);
  const { income } = result;
  const answer: ScreeningAnswer = {
    jurisdiction: ref(pack, lng),
    asOf: result.asOf,
    language: lng,
    income: {
      householdSize: income.householdSize,
      countedAnnualFen: income.countedAnnualFen,
      perCapitaMonthlyFen: income.perCapitaMonthlyFen,
      standardMonthlyFen: income.standardMonthlyFen,
      position: income.position,
      assumptions: income.assumptions.map((s) => stepText(s, lng)),
    },
    programs: result.programs.map((p) => ({
      program: p.program,
      name: tr(`policy:program.${p.program}`),
      verdict: p.verdict,
      verdictText: tr(`policy:verdict.${p.verdict}`),
      monthlyAmountFen: p.monthlyAmountFen,
      amountText: amountText(p, lng),
      reasons: p.steps
        .filter((s) => s.decisive)
        .slice(0, MAX_REASONS)
        .map((s) => stepText(s, lng)),
    })),
    notices: result.notices.map((s) => stepText(s, lng)),
    materials: materialsSummary(materials, lng),
    nextStep: nextStep(pack, timelines, lng),
  };
  if (detail === 'summary') return answer;
  return {
    ...answer,
    detail: {
      income: {
        grossAnnualFen: income.grossAnnualFen,
        explanation: renderSteps([...income.assumptions, ...income.steps], lng),
      },
      programs: result.programs.map((p) => ({
        program: p.program,
        coverage: p.coverage,
        coveredMembers: p.coveredMembers,
        amountUnavailable: p.amountUnavailable,
        explanation: renderSteps(p.steps, lng),
      })),
      notices: renderSteps(result.notices, lng),
      materials: renderMaterials(materials, lng),
      timelines,
    },
  };
}

// ---------------------------------------------------------------- jurisdictions

export const jurisdictionListSchema = z.array(
  jurisdictionRefSchema
    .extend({
      nameZh: z.string(),
      nameEn: z.string(),
      programs: z.array(z.object({ id: programIdSchema, name: z.string() })),
    })
    .meta({ id: 'Jurisdiction' }),
);
export type JurisdictionList = z.infer<typeof jurisdictionListSchema>;

export function jurisdictionList(packs: ReadonlyMap<string, Pack>, lng: Language): JurisdictionList {
  const tr = translator(lng);
  return [...packs.values()].map((pack) => ({
    ...ref(pack, lng),
    nameZh: pack.name['zh-CN'],
    nameEn: pack.name.en,
    programs: offeredPrograms(pack).map((id) => ({ id, name: tr(`policy:program.${id}`) })),
  }));
}

// ---------------------------------------------------------------- one place's policy

const parameterRowSchema = z
  .object({
    id: z.string().describe('Path below `parameters` in the pack, e.g. standard.urban'),
    name: z.string(),
    unit: z.enum(PARAMETER_UNITS).describe('The unit the pack declares the parameter in'),
    status: z.enum(['provided', 'not_provided', 'not_yet_effective']),
    display: z.string().nullable().describe('The value in words, in its unit'),
    effectiveFrom: z.string().nullable(),
    note: z.string().nullable().describe('Why the document gives no figure'),
    sourceText: z.string().nullable(),
  })
  .meta({ id: 'ParameterRow' });
type ParameterRow = z.infer<typeof parameterRowSchema>;

export const jurisdictionPolicySchema = z
  .object({
    jurisdiction: jurisdictionRefSchema,
    language: z.string(),
    document: z.object({ id: z.string(), title: z.string(), issuedBy: z.string(), issuedOn: z.string() }),
    areaTerms: z.object({
      decidingBody: z.array(z.string()),
      village: z.array(z.string()),
      supervisor: z.string(),
    }),
    programs: z.array(
      z.object({ id: programIdSchema, name: z.string(), summary: z.string(), sourceText: z.string() }),
    ),
    materials: z.object({
      listed: z.boolean(),
      note: z.string().nullable(),
      items: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          reason: z.string(),
          conditional: z.boolean().describe('Only needed in some situations'),
          obtainedByGovernment: z.boolean(),
          sourceText: z.string(),
        }),
      ),
    }),
    process: z.array(timelineViewSchema).describe('Each programme’s procedure if accepted today'),
    complaints: z.array(z.string()),
    contacts: z.object({
      provided: z.boolean(),
      text: z.string().nullable(),
      entries: z.array(z.object({ kind: z.string(), label: z.string(), value: z.string() })),
    }),
    parameters: z.array(parameterRowSchema),
  })
  .meta({ id: 'JurisdictionPolicy' });
export type JurisdictionPolicy = z.infer<typeof jurisdictionPolicySchema>;

type AssetLimits = { otherHousingUnits: number; motorVehicles: number; savingsPerCapitaFen: number };
type Cutoffs = Partial<Record<string, number | true>>;

/** A parameter's value in words, by the unit the pack declares it in. */
function displayValue(unit: ParameterUnit, value: unknown, lng: Language): string {
  const tr = translator(lng);
  switch (unit) {
    case 'fen_per_person_month':
    case 'fen_per_month':
    case 'fen_per_person_year':
    case 'fen_once':
      return tr(`policy:unit.${unit}`, { amount: formatMoney(value as number, lng) });
    case 'percent':
      return tr('policy:unit.percent', { value: Math.round((value as number) * 10_000) / 100 });
    case 'ratio':
    case 'months':
    case 'years':
      return tr(`policy:unit.${unit}`, { value: value as number });
    case 'text':
      return (value as Localized)[lng];
    case 'asset_limits': {
      const l = value as AssetLimits;
      return tr('policy:unit.asset_limits', {
        housing: l.otherHousingUnits,
        vehicles: l.motorVehicles,
        savings: formatMoney(l.savingsPerCapitaFen, lng),
      });
    }
    case 'review_intervals':
      return (value as { households: Localized; months: number }[])
        .map((v) => tr('policy:unit.review_interval', { households: v.households[lng], months: v.months }))
        .join(tr('policy:clauseSeparator'));
    case 'monthly_cutoffs':
      return Object.entries(value as Cutoffs)
        .map(([key, day]) => tr(`policy:unit.cutoff.${key}`, { day }))
        .join(tr('policy:clauseSeparator'));
  }
}

function parameterOf(pack: Pack, path: ParameterPath): Param<unknown> {
  if (path === 'standard.urban') return pack.parameters.standard.urban;
  if (path === 'standard.rural') return pack.parameters.standard.rural;
  return pack.parameters[path] as Param<unknown>;
}

function parameterRows(pack: Pack, asOf: string, lng: Language): ParameterRow[] {
  return PARAMETER_DECLARATIONS.map(({ path, unit }) => {
    const r: Resolved<unknown> = resolveParam(parameterOf(pack, path), asOf);
    const row = { id: path, name: parameterName(path, lng), unit };
    if (r.available) {
      return {
        ...row,
        status: 'provided' as const,
        display: displayValue(unit, r.value, lng),
        effectiveFrom: r.effectiveFrom,
        note: null,
        sourceText: renderSource(r.source, lng),
      };
    }
    if (r.reason === 'not_provided') {
      return {
        ...row,
        status: 'not_provided' as const,
        display: null,
        effectiveFrom: null,
        note: r.note[lng],
        sourceText: null,
      };
    }
    return {
      ...row,
      status: 'not_yet_effective' as const,
      display: null,
      effectiveFrom: r.effectiveFrom,
      note: null,
      sourceText: renderSource(r.source, lng),
    };
  });
}

/** One place's policy in plain language, as of `today`. */
export function policyView(pack: Pack, today: string, lng: Language): JurisdictionPolicy {
  const tr = translator(lng);
  const complaints: string[] = [];
  const answer = complaintDeadline(pack, today);
  complaints.push(
    answer
      ? tr('policy:complaints.answer', { workingDays: answer.workingDays })
      : tr('policy:complaints.answer_not_provided'),
  );
  const media = pack.complaints.mediaReports;
  if (!('status' in media))
    complaints.push(tr('policy:complaints.media', { workingDays: media.workingDays }));
  const routing = pack.complaints.routing;
  if (!('status' in routing)) complaints.push(routing.text[lng]);

  const contacts = pack.contacts;
  const listedBy = pack.materials.listedBy;
  return {
    jurisdiction: ref(pack, lng),
    language: lng,
    document: pack.document,
    areaTerms: {
      decidingBody: pack.areaTerms.decidingBody.map((t) => t[lng]),
      village: pack.areaTerms.village.map((t) => t[lng]),
      supervisor: pack.areaTerms.supervisor[lng],
    },
    programs: offeredPrograms(pack).map((p) => ({
      id: p,
      name: tr(`policy:program.${p}`),
      summary: tr(`policy:programSummary.${p}`),
      sourceText: renderSource(pack.programs[p]?.source ?? null, lng) ?? '',
    })),
    materials: {
      listed: !('status' in listedBy),
      note: 'status' in listedBy ? tr('policy:materials.not_listed') : null,
      items: Object.entries(pack.materials.items).map(([mid, m]) => ({
        id: mid,
        name: m.name[lng],
        reason: m.reason[lng],
        conditional: !('always' in m.requiredWhen && m.requiredWhen.always) || m.listedWithoutCondition,
        obtainedByGovernment: m.obtainedByGovernment,
        sourceText: renderSource(m.source, lng) ?? '',
      })),
    },
    process: timelineViews(pack, offeredPrograms(pack), today, lng),
    complaints,
    contacts: Array.isArray(contacts)
      ? {
          provided: true,
          text: null,
          entries: contacts.map((c) => ({ kind: c.kind, label: c.label[lng], value: c.value })),
        }
      : { provided: false, text: tr('policy:contacts.not_provided'), entries: [] },
    parameters: parameterRows(pack, today, lng),
  };
}
