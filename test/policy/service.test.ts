import { z } from 'zod';
import { loadPacks } from '../../server/policy/packs';
import {
  UnknownJurisdictionError,
  jurisdictionListSchema,
  jurisdictionPolicy,
  jurisdictionPolicySchema,
  listJurisdictions,
  runScreening,
  screeningRequestSchema,
  screeningResponseSchema,
} from '../../server/policy/service';

const packs = loadPacks();
const household = {
  residenceArea: 'urban' as const,
  members: [{ relation: 'self' as const, age: 80, workCapacity: 'unable' as const }],
  legalSupporters: [{ relation: 'child' as const, ableToSupport: 'no' as const }],
};

describe('policy service', () => {
  test('screening renders verdicts, reasons for missing amounts, sources and deadlines', () => {
    const r = runScreening(
      packs,
      screeningRequestSchema.parse({ jurisdiction: 'yichun', household, asOf: '2026-02-10' }),
      { language: 'zh-CN', today: '2026-01-01' },
    );
    expect(() => screeningResponseSchema.parse(r)).not.toThrow();
    const tekun = r.programs.find((p) => p.program === 'tekun');
    expect(tekun?.verdictText).toBe('很可能符合');
    expect(tekun?.amountText).toContain('特困人员基本生活标准');
    expect(tekun?.explanation.some((s) => s.sourceText?.includes('第十四条'))).toBe(true);
    const dibao = r.nextSteps.find((n) => n.program === 'dibao');
    expect(dibao?.timeline.decision).toMatchObject({ due: '2026-03-16', extendedDue: '2026-03-30' });
    expect(dibao?.lines.join('\n')).toContain('2026-03-16');
  });

  test('English rendering formats money in yuan', () => {
    const patched = {
      jurisdiction: 'yichun',
      asOf: '2026-03-01',
      household: {
        residenceArea: 'urban' as const,
        members: [{ relation: 'self' as const, age: 50, income: { transferNet: 600000 } }],
      },
    };
    const r = runScreening(packs, screeningRequestSchema.parse(patched), {
      language: 'en',
      today: '2026-03-01',
    });
    expect(r.income.explanation[0]?.text).toContain('CNY 6000.00');
    expect(r.asOf).toBe('2026-03-01');
  });

  test('unknown jurisdictions are reported as such', () => {
    expect(() =>
      runScreening(packs, screeningRequestSchema.parse({ jurisdiction: 'nowhere', household }), {
        language: 'en',
        today: '2026-03-01',
      }),
    ).toThrow(UnknownJurisdictionError);
  });

  test('jurisdiction list and policy match their schemas', () => {
    const list = listJurisdictions(packs, 'en');
    expect(jurisdictionListSchema.parse(list).map((j) => j.id)).toContain('dengkou');
    const policy = jurisdictionPolicy(packs, 'dengkou', { language: 'zh-CN', today: '2026-03-02' });
    expect(() => jurisdictionPolicySchema.parse(policy)).not.toThrow();
    expect(policy.areaTerms.decidingBody).toContain('苏木镇人民政府');
    expect(policy.contacts.provided).toBe(false);
    expect(policy.parameters.find((p) => p.id === 'samplingRate')?.display).toBe('30%');
    expect(policy.materials.items.find((m) => m.id === 'identity_card')?.obtainedByGovernment).toBe(true);
  });

  test('request and response schemas convert to JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(screeningRequestSchema, { io: 'input' })).not.toThrow();
    for (const schema of [screeningResponseSchema, jurisdictionListSchema, jurisdictionPolicySchema]) {
      expect(() => z.toJSONSchema(schema)).not.toThrow();
    }
  });
});
