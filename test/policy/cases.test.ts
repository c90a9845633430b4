import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { screen } from '../../server/policy/eligibility';
import { isoDate } from '../../server/policy/household';
import { requiredMaterials } from '../../server/policy/materials';
import {
  NOT_COUNTED_PERIODS,
  PROGRAM_IDS,
  type Pack,
  programIdSchema,
} from '../../server/policy/pack-schema';
import { FLOWS_DIR, loadPacks, mergeLayers, validatePack } from '../../server/policy/packs';
import {
  type StageRecordLike,
  complaintDeadline,
  planProcedure,
  procedureTimeline,
  stagesOf,
} from '../../server/policy/procedure';
import { AMOUNT_UNAVAILABLE_REASONS, coverageSchema, verdictSchema } from '../../server/policy/results';
import { screeningRequestSchema } from '../../server/policy/service';

/** Runs every flows/<place>/cases/*.yaml: household in, verdicts and amounts out; or acceptance date in, deadlines out. */

const programExpectation = z.strictObject({
  verdict: verdictSchema,
  monthlyAmountFen: z.number().int().nullable().optional(),
  amountUnavailable: z.enum(AMOUNT_UNAVAILABLE_REASONS).optional(),
  unavailableParameters: z.array(z.string()).optional(),
  coverage: coverageSchema.nullable().optional(),
  coveredMembers: z.number().int().optional(),
  /** The message keys of the steps that decided the verdict, in order. */
  reasons: z.array(z.string()).optional(),
});

const period = z.enum(NOT_COUNTED_PERIODS);
const month = z.string().regex(/^\d{4}-\d{2}$/);

/** Deadlines from an acceptance date; with `recorded`, the timeline of a case after the stages staff recorded. */
const deadlinesSchema = z.strictObject({
  program: programIdSchema,
  acceptedOn: isoDate,
  /** The due date of each named stage, as the timeline from acceptance dates it. */
  stages: z.record(z.string(), isoDate.nullable()).optional(),
  /** Exactly the stages whose dates are projected from another stage's deadline. */
  projected: z.array(z.string()).optional(),
  /** Exactly the stages (and `decision`) whose dates leave out a period that does not count. */
  excludes: z.record(z.string(), z.array(period)).optional(),
  /** Exactly the stages the timeline says do not count toward the limits. */
  notCounted: z.array(z.string()).optional(),
  rounds: z.record(z.string(), month).optional(),
  decisionDue: isoDate.nullable(),
  extendedDue: isoDate.nullable().optional(),
  payment: z.strictObject({ rule: z.string(), from: z.string().nullable() }).nullable().optional(),
  estimated: z.boolean(),
  /** Stages staff recorded after acceptance, in order (`event: objection` for an objection). */
  recorded: z
    .array(
      z.strictObject({
        stage: z.string(),
        on: isoDate,
        event: z.enum(['done', 'objection']).optional(),
        outcome: z.string().optional(),
        emergency: z.boolean().optional(),
      }),
    )
    .optional(),
  /** The case's timeline after `recorded`: every stage in order, and what may be recorded next. */
  timeline: z
    .strictObject({
      stages: z.array(
        z.strictObject({
          id: z.string(),
          state: z.enum(['done', 'current', 'upcoming']),
          on: isoDate.optional(),
          until: isoDate.optional(),
          due: isoDate.nullable(),
          projected: z.boolean().optional(),
          excludes: z.array(period).optional(),
          objection: isoDate.optional(),
          round: month.optional(),
        }),
      ),
      expected: z.array(z.string()).describe('stage ids; `id:objection` for an objection, `id:emergency`'),
      payment: z.strictObject({ rule: z.string(), from: z.string().nullable() }).nullable().optional(),
    })
    .optional(),
});
type Deadlines = z.infer<typeof deadlinesSchema>;

const caseSchema = z.strictObject({
  description: z.string().min(1),
  asOf: isoDate,
  parameterOverrides: z
    .strictObject({ label: z.string().min(1), patch: z.record(z.string(), z.unknown()) })
    .optional(),
  household: screeningRequestSchema.shape.household.optional(),
  expect: z
    .strictObject({
      income: z
        .strictObject({
          position: z.enum(['below', 'margin', 'above_margin', 'above_unknown_margin', 'unknown']).optional(),
          countedAnnualFen: z.number().int().optional(),
          perCapitaMonthlyFen: z.number().int().optional(),
          /** The message keys of what was assumed to count the income. */
          assumptions: z.array(z.string()).optional(),
        })
        .optional(),
      programs: z.partialRecord(programIdSchema, programExpectation).optional(),
      notices: z.array(z.string()).optional(),
      materials: z
        .strictObject({ required: z.array(z.string()), lookedUpByGovernment: z.array(z.string()).optional() })
        .optional(),
    })
    .optional(),
  deadlines: deadlinesSchema.optional(),
  complaint: z.strictObject({ receivedOn: isoDate, answerDue: isoDate.nullable() }).optional(),
});
type Case = z.infer<typeof caseSchema>;

const packs = loadPacks();

function packFor(place: string, c: Case, file: string): Pack {
  const base = packs.get(place);
  if (!base) throw new Error(`no pack ${place}`);
  if (!c.parameterOverrides) return base;
  return validatePack(mergeLayers(base, c.parameterOverrides.patch), file);
}

const cases: { name: string; place: string; file: string; data: Case }[] = [];
for (const place of fs.readdirSync(FLOWS_DIR)) {
  const dir = path.join(FLOWS_DIR, place, 'cases');
  if (place.startsWith('_') || !fs.existsSync(dir)) continue;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const raw = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'));
    cases.push({
      name: `${place}/${file}`,
      place,
      file: `flows/${place}/cases/${file}`,
      data: caseSchema.parse(raw),
    });
  }
}

test('there are at least 40 cases across all five places', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((c) => c.place))).toEqual(
    new Set(['chaohu', 'huaiyang', 'yichun', 'dengkou', 'jiamusi']),
  );
});

/** 申请 and 受理 on the acceptance date, then what the case file says staff recorded. */
function caseRecords(pack: Pack, want: Deadlines): StageRecordLike[] {
  const stages = stagesOf(pack, [want.program]);
  const acceptIndex = stages.findIndex((s) => s.decides === 'acceptance');
  const upToAcceptance = stages
    .slice(0, acceptIndex + 1)
    .filter((s) => s.when === 'always')
    .map((s) => ({ stage: s.id, on: want.acceptedOn, outcome: s.decides ? 'accepted' : null }));
  return [
    ...upToAcceptance,
    ...(want.recorded ?? []).map((r) => ({
      stage: r.stage,
      on: r.on,
      event: r.event ?? 'done',
      outcome: r.outcome ?? null,
      details: r.emergency ? { emergency: true } : null,
    })),
  ];
}

describe.each(cases)('$name', ({ place, file, data }) => {
  const pack = packFor(place, data, file);

  if (data.household) {
    const household = data.household;
    test('verdicts, amounts and income', () => {
      const result = screen(pack, household, { asOf: data.asOf });
      const byProgram = new Map(result.programs.map((p) => [p.program, p]));
      expect(result.programs.map((p) => p.program)).toEqual(PROGRAM_IDS.filter((p) => pack.programs[p]));
      for (const [program, want] of Object.entries(data.expect?.programs ?? {})) {
        const got = byProgram.get(program as (typeof PROGRAM_IDS)[number]);
        expect(got).toBeDefined();
        if (!got || !want) continue;
        expect({ program, verdict: got.verdict }).toEqual({ program, verdict: want.verdict });
        if (want.monthlyAmountFen !== undefined) expect(got.monthlyAmountFen).toBe(want.monthlyAmountFen);
        if (want.amountUnavailable) expect(got.amountUnavailable?.reason).toBe(want.amountUnavailable);
        if (want.unavailableParameters)
          expect(got.amountUnavailable?.parameters).toEqual(want.unavailableParameters);
        if (want.coverage !== undefined) expect(got.coverage).toBe(want.coverage);
        if (want.coveredMembers !== undefined) expect(got.coveredMembers).toBe(want.coveredMembers);
        if (want.reasons)
          expect({ program, reasons: got.steps.filter((s) => s.decisive).map((s) => s.messageKey) }).toEqual({
            program,
            reasons: want.reasons,
          });
        // Every step names a message key and, unless it is arithmetic or a missing figure, its source.
        for (const s of got.steps) expect(s.messageKey).toMatch(/^[a-z_]+\.[a-z_0-9]+$/);
      }
      const { assumptions, ...income } = data.expect?.income ?? {};
      expect(result.income).toMatchObject(income);
      if (assumptions) expect(result.income.assumptions.map((s) => s.messageKey)).toEqual(assumptions);
      if (data.expect?.notices) expect(result.notices.map((n) => n.messageKey)).toEqual(data.expect.notices);
    });

    if (data.expect?.materials) {
      const want = data.expect.materials;
      test('materials', () => {
        const got = requiredMaterials(pack, household, { asOf: data.asOf });
        expect(got.required.map((m) => m.id).sort()).toEqual([...want.required].sort());
        if (want.lookedUpByGovernment) {
          expect(got.lookedUpByGovernment.map((m) => m.id).sort()).toEqual(
            [...want.lookedUpByGovernment].sort(),
          );
        }
      });
    }
  }

  if (data.deadlines) {
    const want = data.deadlines;
    test('deadlines', () => {
      const t = procedureTimeline(pack, want.program, want.acceptedOn);
      expect(t.decision.status === 'limited' ? t.decision.due : null).toBe(want.decisionDue);
      if (want.extendedDue !== undefined) {
        expect(t.decision.status === 'limited' ? t.decision.extendedDue : null).toBe(want.extendedDue);
      }
      if (want.payment !== undefined)
        expect(t.payment ? { rule: t.payment.rule, from: t.payment.from } : null).toEqual(want.payment);
      expect(t.estimated).toBe(want.estimated);
      for (const [stage, due] of Object.entries(want.stages ?? {})) {
        expect({ stage, due: t.stages.find((s) => s.id === stage)?.due }).toEqual({ stage, due });
      }
      if (want.projected)
        expect(t.stages.filter((s) => s.projected).map((s) => s.id)).toEqual(want.projected);
      if (want.excludes) {
        const got: Record<string, string[]> = {};
        for (const s of t.stages) if (s.excludes.length) got[s.id] = s.excludes;
        if (t.decision.status === 'limited' && t.decision.excludes.length) got.decision = t.decision.excludes;
        expect(got).toEqual(want.excludes);
      }
      if (want.notCounted)
        expect(t.stages.filter((s) => s.notCounted).map((s) => s.id)).toEqual(want.notCounted);
      for (const [stage, round] of Object.entries(want.rounds ?? {}))
        expect({ stage, round: t.stages.find((s) => s.id === stage)?.round }).toEqual({ stage, round });
    });

    if (want.timeline) {
      const wanted = want.timeline;
      test('the case timeline after the recorded stages', () => {
        const plan = planProcedure(pack, [want.program], caseRecords(pack, want));
        const got = plan.stages.map((p) => ({
          id: p.stage.id,
          state: p.state,
          ...(p.on ? { on: p.on } : {}),
          ...(p.until && p.on ? { until: p.until } : {}),
          due: p.due,
          ...(p.projected ? { projected: true } : {}),
          ...(p.excludes.length ? { excludes: p.excludes } : {}),
          ...(p.objection ? { objection: p.objection } : {}),
          ...(p.round ? { round: p.round } : {}),
        }));
        const expectedStages = wanted.stages.map((s) => ({
          ...s,
          ...(s.projected === false ? { projected: undefined } : {}),
        }));
        expect(got).toEqual(JSON.parse(JSON.stringify(expectedStages)));
        expect(
          plan.expected.map(
            (a) => a.stage.id + (a.event === 'objection' ? ':objection' : a.emergency ? ':emergency' : ''),
          ),
        ).toEqual(wanted.expected);
        if (wanted.payment !== undefined) {
          const p = plan.payments[0];
          expect(p ? { rule: p.rule, from: p.from } : null).toEqual(wanted.payment);
        }
      });
    }
  }

  if (data.complaint) {
    const want = data.complaint;
    test('complaint answer deadline', () => {
      expect(complaintDeadline(pack, want.receivedOn)?.date ?? null).toBe(want.answerDue);
    });
  }
});
