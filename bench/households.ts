import type { HouseholdInput } from '../server/policy/household';
import type { Pack } from '../server/policy/pack-schema';
import { mergeLayers, validatePack } from '../server/policy/packs';

/** Benchmark inputs shared by the in-process and the HTTP benchmarks. */

const WHAT_IF = { document: 'what-if', clause: 'benchmark' };
const figure = (value: number) => ({ value, effectiveFrom: '2025-01-01', source: WHAT_IF });

export function withFigures(pack: Pack): Pack {
  const patch = {
    parameters: {
      standard: { urban: figure(80000), rural: figure(60000) },
      elderlyAge: figure(60),
      minorAge: figure(18),
      marginRatio: figure(1.5),
      minimumWageMonthly: figure(200000),
      singlePersonSubsidy: figure(50000),
    },
  };
  return validatePack(mergeLayers(pack, patch), `${pack.id} (benchmark figures)`);
}

/** A small deterministic generator so every run measures the same households. */
export function* households(count: number): Generator<HouseholdInput> {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < count; i += 1) {
    const size = 1 + next(5);
    yield {
      residenceArea: next(2) ? 'urban' : 'rural',
      currentAssistance: { dibao: next(4) === 0 },
      relatedToStaff: next(10) === 0,
      assets: { motorVehicles: next(8) === 0 ? 1 : 0 },
      legalSupporters: next(3)
        ? []
        : [{ relation: 'child', ableToSupport: (['yes', 'no', 'unknown'] as const)[next(3)] ?? 'no' }],
      incidents: next(5)
        ? []
        : [{ kind: 'accident', occurredOn: '2026-01-10', inJurisdiction: true, basicLivingAtRisk: true }],
      members: Array.from({ length: size }, (_, m) => ({
        relation: m === 0 ? ('self' as const) : ('child' as const),
        age: next(90),
        employed: next(3) === 0,
        workCapacity: (['able', 'unable', 'unknown'] as const)[next(3)] ?? 'able',
        seriousIllness: next(10) === 0,
        disability: next(6) === 0 ? { grade: 1 + next(4), kind: 'physical' as const } : undefined,
        studentLevel: next(5) === 0 ? ('bachelor' as const) : undefined,
        income: { wages: next(4) * 300_000, transferNet: next(3) * 200_000 },
        rigidExpenses:
          next(6) === 0
            ? [{ kind: 'education' as const, annualFen: next(5) * 50_000, receipted: next(2) === 0 }]
            : [],
      })),
    };
  }
}
