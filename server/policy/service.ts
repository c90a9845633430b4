import { z } from 'zod';
import { type Language, translator } from '../i18n';
import { screen } from './eligibility';
import { formatMoney, parameterName, renderSource, renderSteps, renderedStepSchema } from './explain';
import { householdSchema, isoDate } from './household';
import { type MaterialsResult, requiredMaterials } from './materials';
import { PROGRAM_IDS, type Pack, type ProgramId, programIdSchema, sourceSchema } from './pack-schema';
import { type Resolved, resolveParam } from './parameters';
import { type Timeline, complaintDeadline, procedureTimeline, timelineSchema } from './procedure';
import { renderTimeline } from './timeline-text';
import {
  amountUnavailableSchema,
  coverageSchema,
  incomeSummarySchema,
  stepSchema,
  verdictSchema,
} from './results';

/**
 * Pure service functions behind three endpoints; the HTTP layer validates with the request schemas, passes the
 * loaded packs, the response language and today's date, and returns the result (which matches the response
 * schemas). Nothing here reads files, clocks or the network.
 *
 *   POST /api/v1/screenings               → runScreening(packs, body, { language, today })
 *   GET  /api/v1/jurisdictions            → listJurisdictions(packs, language)
 *   GET  /api/v1/jurisdictions/:id/policy → jurisdictionPolicy(packs, id, { language, today })
 */

export class UnknownJurisdictionError extends Error {
  constructor(readonly jurisdiction: string) {
    super(`unknown jurisdiction: ${jurisdiction}`);
    this.name = 'UnknownJurisdictionError';
  }
}

export interface ServiceOptions {
  language: Language;
  /** Today's local China date, YYYY-MM-DD: the default screening date and the assumed acceptance date. */
  today: string;
}

// ---------------------------------------------------------------- schemas

export const screeningRequestSchema = z.object({
  jurisdiction: z.string().min(1).describe('Pack id, e.g. "yichun" (see GET /api/v1/jurisdictions)'),
  household: householdSchema,
  asOf: isoDate.optional().describe('Date whose rules and figures apply; today when absent'),
});
/** A request already validated by screeningRequestSchema (the HTTP layer parses it once). */
export type ScreeningRequest = z.output<typeof screeningRequestSchema>;

const jurisdictionRefSchema = z.object({ id: z.string(), name: z.string(), divisionCode: z.string() });

const renderedMaterialSchema = z.object({
  id: z.string(),
  name: z.string(),
  reason: z.string(),
  certainty: z.enum(['required', 'ask_staff']),
  ruleId: z.string(),
  source: sourceSchema,
  sourceText: z.string(),
});

export const materialsResponseSchema = z.object({
  listed: z.boolean().describe('False when the local document lists no materials: the list is incomplete'),
  note: z.string().nullable(),
  required: z.array(renderedMaterialSchema),
  lookedUpByGovernment: z.array(z.object({ id: z.string(), name: z.string(), sourceText: z.string() })),
});

const renderedTimelineSchema = z.object({
  program: programIdSchema,
  lines: z.array(z.string()).describe('The timeline in plain language'),
  timeline: timelineSchema,
});

export const screeningResponseSchema = z.object({
  jurisdiction: jurisdictionRefSchema,
  asOf: z.string(),
  language: z.string(),
  income: incomeSummarySchema.omit({ steps: true }).extend({ explanation: z.array(renderedStepSchema) }),
  programs: z.array(
    z.object({
      program: programIdSchema,
      name: z.string(),
      verdict: verdictSchema,
      verdictText: z.string(),
      coverage: coverageSchema.nullable(),
      coveredMembers: z.number().int(),
      monthlyAmountFen: z.number().int().nullable(),
      amountText: z.string().describe('The amount in words, or why there is none'),
      amountUnavailable: amountUnavailableSchema.nullable(),
      explanation: z.array(renderedStepSchema),
      steps: z.array(stepSchema).describe('The explanation as data, for audit'),
    }),
  ),
  notices: z.array(renderedStepSchema),
  materials: materialsResponseSchema,
  nextSteps: z.array(renderedTimelineSchema).describe('Deadlines if the application were accepted on asOf'),
});
export type ScreeningResponse = z.infer<typeof screeningResponseSchema>;

export const jurisdictionListSchema = z.array(
  jurisdictionRefSchema.extend({
    nameZh: z.string(),
    nameEn: z.string(),
    programs: z.array(z.object({ id: programIdSchema, name: z.string() })),
  }),
);
export type JurisdictionList = z.infer<typeof jurisdictionListSchema>;

export const jurisdictionPolicySchema = z.object({
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
  process: z.array(renderedTimelineSchema),
  complaints: z.array(z.string()),
  contacts: z.object({
    provided: z.boolean(),
    text: z.string().nullable(),
    entries: z.array(z.object({ kind: z.string(), label: z.string(), value: z.string() })),
  }),
  parameters: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['provided', 'not_provided', 'not_yet_effective']),
      display: z.string().nullable(),
      effectiveFrom: z.string().nullable(),
      note: z.string().nullable(),
      sourceText: z.string().nullable(),
    }),
  ),
});
export type JurisdictionPolicy = z.infer<typeof jurisdictionPolicySchema>;

// ---------------------------------------------------------------- helpers

function findPack(packs: ReadonlyMap<string, Pack>, id: string): Pack {
  const pack = packs.get(id);
  if (!pack) throw new UnknownJurisdictionError(id);
  return pack;
}

function ref(pack: Pack, lng: Language) {
  return { id: pack.id, name: pack.name[lng], divisionCode: pack.divisionCode };
}

function offeredPrograms(pack: Pack): ProgramId[] {
  return PROGRAM_IDS.filter((p) => pack.programs[p]);
}

// A timeline depends only on the pack, the program, the acceptance day and the language, and is
// asked for on every screening: render each one once per pack (bounded; starts over when full).
const TIMELINE_MEMO_LIMIT = 5_000;
type RenderedTimeline = { program: ProgramId; lines: string[]; timeline: Timeline };
const timelineMemo = new WeakMap<Pack, Map<string, RenderedTimeline>>();

function timelines(pack: Pack, programs: readonly ProgramId[], acceptedOn: string, lng: Language) {
  let memo = timelineMemo.get(pack);
  if (!memo) timelineMemo.set(pack, (memo = new Map()));
  return programs.map((program) => {
    const id = `${program}|${acceptedOn}|${lng}`;
    let rendered = memo.get(id);
    if (!rendered) {
      const timeline = procedureTimeline(pack, program, acceptedOn);
      rendered = { program, lines: renderTimeline(timeline, lng), timeline };
      if (memo.size >= TIMELINE_MEMO_LIMIT) memo.clear();
      memo.set(id, rendered);
    }
    return rendered;
  });
}

/** The materials list in the reader's language: for a screening, and for an application's one-time notice. */
export function renderMaterials(
  materials: MaterialsResult,
  lng: Language,
): z.infer<typeof materialsResponseSchema> {
  const tr = translator(lng);
  return {
    listed: materials.listed.status === 'listed',
    note: materials.listed.status === 'listed' ? null : tr('policy:materials.not_listed'),
    required: materials.required.map((m) => ({
      id: m.id,
      name: m.name[lng],
      reason:
        m.certainty === 'ask_staff'
          ? `${m.reason[lng]} — ${tr('policy:materials.ask_staff')}`
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

// ---------------------------------------------------------------- endpoints

export function runScreening(
  packs: ReadonlyMap<string, Pack>,
  request: ScreeningRequest,
  options: ServiceOptions,
): ScreeningResponse {
  const { language: lng } = options;
  const pack = findPack(packs, request.jurisdiction);
  const asOf = request.asOf ?? options.today;
  const result = screen(pack, request.household, { asOf });
  const tr = translator(lng);

  const programs = result.programs.map((p) => {
    const amountText =
      p.monthlyAmountFen !== null
        ? tr('policy:amount', { amount: formatMoney(p.monthlyAmountFen, lng) })
        : tr(`policy:amountUnavailable.${p.amountUnavailable?.reason ?? 'needs_judgment'}`, {
            parameters: (p.amountUnavailable?.parameters ?? [])
              .map((id) => parameterName(id, lng))
              .join(tr('policy:listSeparator')),
          });
    return {
      program: p.program,
      name: tr(`policy:program.${p.program}`),
      verdict: p.verdict,
      verdictText: tr(`policy:verdict.${p.verdict}`),
      coverage: p.coverage,
      coveredMembers: p.coveredMembers,
      monthlyAmountFen: p.monthlyAmountFen,
      amountText,
      amountUnavailable: p.amountUnavailable,
      explanation: renderSteps(p.steps, lng),
      steps: p.steps,
    };
  });

  const pursued = result.programs.filter((p) => p.verdict !== 'unlikely').map((p) => p.program);
  const materialPrograms = pursued.length > 0 ? pursued : offeredPrograms(pack);
  const materials = requiredMaterials(pack, request.household, { asOf, programs: materialPrograms });
  const { steps: incomeSteps, ...income } = result.income;

  return {
    jurisdiction: ref(pack, lng),
    asOf,
    language: lng,
    income: { ...income, explanation: renderSteps(incomeSteps, lng) },
    programs,
    notices: renderSteps(result.notices, lng),
    materials: renderMaterials(materials, lng),
    nextSteps: timelines(pack, pursued, asOf, lng),
  };
}

export function listJurisdictions(packs: ReadonlyMap<string, Pack>, lng: Language): JurisdictionList {
  const tr = translator(lng);
  return [...packs.values()].map((pack) => ({
    ...ref(pack, lng),
    nameZh: pack.name['zh-CN'],
    nameEn: pack.name.en,
    programs: offeredPrograms(pack).map((id) => ({ id, name: tr(`policy:program.${id}`) })),
  }));
}

const MONEY_PARAMETERS = new Set([
  'minimumWageMonthly',
  'singlePersonSubsidy',
  'tekunSupport',
  'temporaryAssistance',
]);
const PERCENT_PARAMETERS = new Set(['topUpRate', 'samplingRate']);

function displayValue(id: string, value: unknown, lng: Language): string {
  if (typeof value === 'number') {
    if (id.startsWith('standard.') || MONEY_PARAMETERS.has(id)) return formatMoney(value, lng);
    if (PERCENT_PARAMETERS.has(id)) return `${Math.round(value * 10_000) / 100}%`;
    return id === 'marginRatio' ? `× ${value}` : String(value);
  }
  if (Array.isArray(value)) {
    return value
      .map(
        (v: { households: Record<Language, string>; months: number }) => `${v.households[lng]}: ${v.months}`,
      )
      .join('; ');
  }
  if (typeof value === 'object' && value !== null && lng in value)
    return (value as Record<Language, string>)[lng];
  return Object.entries(value as object)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

function parameterRows(pack: Pack, asOf: string, lng: Language): JurisdictionPolicy['parameters'] {
  const { standard, ...flat } = pack.parameters;
  const all: [string, Resolved<unknown>][] = [
    ['standard.urban', resolveParam(standard.urban, asOf)],
    ['standard.rural', resolveParam(standard.rural, asOf)],
    ...Object.entries(flat).map(([id, p]): [string, Resolved<unknown>] => [
      id,
      resolveParam<unknown>(p, asOf),
    ]),
  ];
  return all.map(([id, r]) => {
    if (r.available) {
      return {
        id,
        status: 'provided' as const,
        display: displayValue(id, r.value, lng),
        effectiveFrom: r.effectiveFrom,
        note: null,
        sourceText: renderSource(r.source, lng),
      };
    }
    if (r.reason === 'not_provided') {
      return {
        id,
        status: 'not_provided' as const,
        display: null,
        effectiveFrom: null,
        note: r.note,
        sourceText: null,
      };
    }
    return {
      id,
      status: 'not_yet_effective' as const,
      display: null,
      effectiveFrom: r.effectiveFrom,
      note: null,
      sourceText: renderSource(r.source, lng),
    };
  });
}

export function jurisdictionPolicy(
  packs: ReadonlyMap<string, Pack>,
  id: string,
  options: ServiceOptions,
): JurisdictionPolicy {
  const { language: lng, today } = options;
  const pack = findPack(packs, id);
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
    process: timelines(pack, offeredPrograms(pack), today, lng),
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
