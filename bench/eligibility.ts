import { screen } from '../server/policy/eligibility';
import { householdSchema } from '../server/policy/household';
import { loadPacks } from '../server/policy/packs';
import { households, withFigures } from './households';

/** Evaluations per second of `screen` over a varied, deterministic set of households. Bounded to ~3 seconds. */

const packs = [...loadPacks().values()].flatMap((p) => [p, withFigures(p)]);
const inputs = [...households(2_000)].map((h) => householdSchema.parse(h));
const asOf = '2026-03-01';

// Warm up, then run for about three seconds.
for (const pack of packs) for (const h of inputs.slice(0, 200)) screen(pack, h, { asOf });
let evaluations = 0;
let sink = 0;
const start = process.hrtime.bigint();
const budgetNs = 3_000_000_000n;
while (process.hrtime.bigint() - start < budgetNs) {
  for (const pack of packs) {
    for (const h of inputs) {
      sink += screen(pack, h, { asOf }).programs.length;
      evaluations += 1;
    }
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `${evaluations} evaluations in ${seconds.toFixed(2)} s over ${inputs.length} households × ${packs.length} packs: ` +
    `${Math.round(evaluations / seconds)} evaluations/s (checksum ${sink})`,
);
