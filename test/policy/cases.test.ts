import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { screen } from '../../server/policy/eligibility';
import { isoDate } from '../../server/policy/household';
import { requiredMaterials } from '../../server/policy/materials';
import { PROGRAM_IDS, type Pack, programIdSchema } from '../../server/policy/pack-schema';
import { FLOWS_DIR, loadPacks, mergeLayers, validatePack } from '../../server/policy/packs';
import { complaintDeadline, procedureTimeline } from '../../server/policy/procedure';
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
  deadlines: z
    .strictObject({
      program: programIdSchema,
      acceptedOn: isoDate,
      stages: z.record(z.string(), isoDate.nullable()).optional(),
      decisionDue: isoDate.nullable(),
      extendedDue: isoDate.nullable().optional(),
      paymentFromMonth: z.string().nullable().optional(),
      estimated: z.boolean(),
    })
    .optional(),
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
      if (want.paymentFromMonth !== undefined) expect(t.paymentFromMonth).toBe(want.paymentFromMonth);
      expect(t.estimated).toBe(want.estimated);
      for (const [stage, due] of Object.entries(want.stages ?? {})) {
        expect({ stage, due: t.stages.find((s) => s.id === stage)?.due }).toEqual({ stage, due });
      }
    });
  }

  if (data.complaint) {
    const want = data.complaint;
    test('complaint answer deadline', () => {
      expect(complaintDeadline(pack, want.receivedOn)?.date ?? null).toBe(want.answerDue);
    });
  }
});
