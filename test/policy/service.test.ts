import { z } from 'zod';
import { AppError } from '../../server/http/errors';
import type { Language } from '../../server/i18n';
import { loadPacks } from '../../server/policy/packs';
import {
  jurisdictionList,
  jurisdictionListSchema,
  jurisdictionPolicySchema,
  screeningAnswerSchema,
} from '../../server/policy/policy-views';
import { jurisdictionPolicy, runScreening, screeningRequestSchema } from '../../server/policy/service';

const packs = loadPacks();
const elderAlone = {
  residenceArea: 'urban' as const,
  members: [{ relation: 'self' as const, age: 80, workCapacity: 'unable' as const }],
  legalSupporters: [{ relation: 'child' as const, ableToSupport: 'no' as const }],
};

function screenIn(lng: Language, body: unknown, detail: 'summary' | 'full' = 'summary') {
  return runScreening(packs, screeningRequestSchema.parse(body), {
    language: lng,
    today: '2026-01-01',
    detail,
  });
}

/** Three people, as a family would describe themselves: one earner, a spouse at home, a schoolchild. */
const family = {
  residenceArea: 'urban' as const,
  members: [
    { relation: 'self' as const, age: 45, employed: true, income: { wages: 1_800_000 } },
    { relation: 'spouse' as const, age: 43, workCapacity: 'able' as const },
    { relation: 'child' as const, age: 10, studentLevel: 'primary' as const },
  ],
};

/** Three people with most programmes in question: illness, a grandchild, a supporter nobody knows about. */
const hardPressed = {
  residenceArea: 'rural' as const,
  relatedToStaff: true,
  members: [
    {
      relation: 'self' as const,
      age: 67,
      disability: { grade: 2, kind: 'physical' as const },
      seriousIllness: true,
    },
    { relation: 'spouse' as const, age: 64 },
    { relation: 'grandchild' as const, age: 9 },
  ],
  legalSupporters: [{ relation: 'child' as const, ableToSupport: 'unknown' as const }],
  incidents: [
    {
      kind: 'serious_illness' as const,
      occurredOn: '2026-01-10',
      inJurisdiction: true,
      basicLivingAtRisk: true,
    },
  ],
  householdIncome: { monthlyFen: 80_000 },
};

describe('the screening answer', () => {
  test('gives verdicts, amounts, the reasons that decided them, materials and the next step', () => {
    const r = screenIn('zh-CN', { jurisdiction: 'yichun', household: elderAlone, asOf: '2026-02-10' });
    expect(() => screeningAnswerSchema.parse(r)).not.toThrow();
    const tekun = r.programs.find((p) => p.program === 'tekun');
    expect(tekun?.verdictText).toBe('很可能符合');
    expect(tekun?.amountText).toContain('特困人员基本生活标准');
    expect(tekun?.reasons.join('')).toContain('三无');
    expect(r.materials.required.map((m) => m.id)).toContain('social_security_card');
    // 20 working days from 2026-02-10 across the Spring Festival holiday and its make-up days.
    expect(r.nextStep.decisions.find((d) => d.program === 'dibao')?.due).toBe('2026-03-16');
    expect(r.nextStep.text).toContain('乡镇人民政府');
  });

  test('carries the full explanation and the timelines only on request', () => {
    const body = { jurisdiction: 'yichun', household: elderAlone, asOf: '2026-02-10' };
    expect(screenIn('zh-CN', body).detail).toBeUndefined();
    const full = screenIn('zh-CN', body, 'full');
    const tekun = full.detail?.programs.find((p) => p.program === 'tekun');
    expect(tekun?.explanation.some((s) => s.sourceText?.includes('第十四条'))).toBe(true);
    expect(tekun?.coveredMembers).toBe(1);
    const dibao = full.detail?.timelines.find((t) => t.program === 'dibao');
    expect(dibao).toMatchObject({ decisionDue: '2026-03-16', extendedDue: '2026-03-30' });
    expect(dibao?.lines.join('\n')).toContain('2026-03-16');
  });

  test.each(['zh-CN', 'en'] as const)(
    'fits in 3 KB for a three-person household in every place (%s)',
    (lng) => {
      for (const jurisdiction of packs.keys()) {
        for (const household of [family, hardPressed]) {
          const answer = screenIn(lng, { jurisdiction, household, asOf: '2026-03-02' });
          const bytes = Buffer.byteLength(JSON.stringify(answer));
          expect({ jurisdiction, size: bytes <= 3 * 1024 ? 'fits' : bytes }).toEqual({
            jurisdiction,
            size: 'fits',
          });
        }
      }
      // The full answer is what the short one leaves out, and much larger.
      const full = screenIn(lng, { jurisdiction: 'yichun', household: family, asOf: '2026-03-02' }, 'full');
      expect(Buffer.byteLength(JSON.stringify(full))).toBeGreaterThan(6 * 1024);
    },
  );

  test('says what it assumed when the household gives a monthly total', () => {
    const r = screenIn('en', {
      jurisdiction: 'yichun',
      asOf: '2026-03-01',
      household: {
        ...family,
        members: family.members.map((m) => ({ ...m, income: undefined })),
        householdIncome: { monthlyFen: 250_000, earners: [{ member: 1, monthlyWagesFen: 200_000 }] },
      },
    });
    expect(r.income.countedAnnualFen).toBe(3_000_000);
    expect(r.income.assumptions).toEqual([
      'The monthly income of CNY 2500.00 is taken to be the same every month: CNY 30000.00 a year.',
      'Taken to be in work: household member(s) 1, with wages of CNY 24000.00 a year in all; the rest of the income is not itemised.',
    ]);
  });

  test('formats money in yuan in English', () => {
    const r = screenIn(
      'en',
      {
        jurisdiction: 'yichun',
        asOf: '2026-03-01',
        household: {
          residenceArea: 'urban',
          members: [{ relation: 'self', age: 50, income: { transferNet: 600000 } }],
        },
      },
      'full',
    );
    expect(r.detail?.income.explanation[0]?.text).toContain('CNY 6000.00');
    expect(r.asOf).toBe('2026-03-01');
  });

  test('answers an unknown place with the one localised 404', () => {
    expect(() => screenIn('en', { jurisdiction: 'nowhere', household: elderAlone })).toThrow(
      expect.objectContaining({ status: 404, code: 'unknown_jurisdiction', params: { id: 'nowhere' } }),
    );
    expect(() => screenIn('en', { jurisdiction: 'nowhere', household: elderAlone })).toThrow(AppError);
  });

  test('refuses a household without exactly one applicant', () => {
    const parsed = screeningRequestSchema.safeParse({
      jurisdiction: 'yichun',
      household: { residenceArea: 'urban', members: [{ relation: 'spouse', age: 40 }] },
    });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['household', 'members'], message: 'validation:oneApplicant' }),
    ]);
  });
});

describe('places and their policy', () => {
  test('list and policy match their schemas', () => {
    const list = jurisdictionList(packs, 'en');
    expect(jurisdictionListSchema.parse(list).map((j) => j.id)).toContain('dengkou');
    const policy = jurisdictionPolicy(packs, 'dengkou', { language: 'zh-CN', today: '2026-03-02' });
    expect(() => jurisdictionPolicySchema.parse(policy)).not.toThrow();
    expect(policy.areaTerms.decidingBody).toContain('苏木镇人民政府');
    expect(policy.contacts.provided).toBe(false);
    expect(policy.materials.items.find((m) => m.id === 'identity_card')?.obtainedByGovernment).toBe(true);
  });

  test('shows each parameter by the unit the pack declares', () => {
    const zh = jurisdictionPolicy(packs, 'yichun', { language: 'zh-CN', today: '2026-03-02' });
    const en = jurisdictionPolicy(packs, 'yichun', { language: 'en', today: '2026-03-02' });
    const row = (p: typeof zh, id: string) => p.parameters.find((r) => r.id === id);
    expect(row(zh, 'samplingRate')).toMatchObject({ unit: 'percent', display: '50%' });
    expect(row(zh, 'topUpRate')).toMatchObject({ unit: 'percent', display: '15%' });
    expect(row(zh, 'workCostMonths')).toMatchObject({ unit: 'months', display: '2 个月' });
    expect(row(en, 'workCostMonths')).toMatchObject({
      name: 'months of work-cost deduction',
      display: '2 months',
    });
    expect(row(zh, 'elderlyAge')).toMatchObject({ unit: 'years', display: '60 周岁' });
    expect(row(zh, 'elderlyAge')?.sourceText).toContain('老年人权益保障法');
    expect(row(en, 'minorAge')).toMatchObject({ display: '18 years of age' });
    expect(row(en, 'monthlyCutoffs')?.display).toBe(
      "the month's data ledger finished before the 24th; the month's payment made before the 10th",
    );
    expect(row(en, 'standard.urban')).toMatchObject({
      unit: 'fen_per_person_month',
      status: 'not_provided',
      note: 'document 002 asks for the difference to the guiding standard but gives no standard amount',
    });
  });

  test('request and response schemas convert to JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(screeningRequestSchema, { io: 'input' })).not.toThrow();
    for (const schema of [screeningAnswerSchema, jurisdictionListSchema, jurisdictionPolicySchema]) {
      expect(() => z.toJSONSchema(schema)).not.toThrow();
    }
  });
});
