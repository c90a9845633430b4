import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ApplicationDoc } from '../applications/application-model';
import type { AreaDoc } from '../areas/area-model';
import { AppError } from '../http/errors';
import type { Actor } from '../identity/principal';
import { isoDate } from '../policy/household';
import type { Pack } from '../policy/pack-schema';
import { resolveParam } from '../policy/parameters';
import { casesUnder, supervisedCounty } from './county-scope';
import { effectivePack } from '../parameters/county-parameters';
import type Redis from 'ioredis';
import { Sampling, type SamplingDoc } from './sampling-model';
import type { RequestAudit as Audit } from '../http/request-audit';

/**
 * 抽查: of the township decisions in a period, each township's share at least the pack's rate (Dengkou 30 %, 003
 * 六(二); Yichun 50 %, 002 二(四)1) is drawn at random. The draw ranks every decision by sha256(seed, case id) and
 * takes the first ones of each township, so the same seed over the same decisions draws the same cases.
 */

export const samplingRequestSchema = z
  .strictObject({
    from: isoDate.describe('First day of the decisions sampled'),
    to: isoDate.describe('Last day of the decisions sampled'),
    seed: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional()
      .describe('Reproduces an earlier draw; a random one is chosen and recorded when absent'),
    rate: z
      .number()
      .positive()
      .max(1)
      .optional()
      .describe('The share to draw, if above the pack’s rate or where the pack sets none'),
  })
  .refine((b) => b.from <= b.to, { message: 'validation:periodOrder', path: ['to'] })
  .meta({ id: 'SamplingRequest' });
export type SamplingRequest = z.output<typeof samplingRequestSchema>;

const basisPoints = (rate: number) => Math.round(rate * 10_000);

function rateFor(pack: Pack, request: SamplingRequest) {
  const resolved = resolveParam(pack.parameters.samplingRate, request.to);
  if (!resolved.available) {
    if (request.rate === undefined) throw new AppError(400, 'sampling_rate_required');
    return { points: basisPoints(request.rate), source: null };
  }
  const packPoints = basisPoints(resolved.value);
  if (request.rate !== undefined && basisPoints(request.rate) < packPoints)
    throw new AppError(400, 'sampling_rate_below_pack', {
      rate: packPoints / 100,
      source: `${resolved.source.document} ${resolved.source.clause.split(/\s/)[0]}`,
    });
  return {
    points: Math.max(packPoints, request.rate === undefined ? 0 : basisPoints(request.rate)),
    source: resolved.source,
  };
}

const rank = (seed: string, id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');

/** The cases a seed draws: per township, ceil(rate × decisions) of them, by rank. Pure, so it can be re-run. */
export function draw(decided: readonly ApplicationDoc[], seed: string, points: number): ApplicationDoc[] {
  const byTownship = new Map<string, ApplicationDoc[]>();
  for (const app of decided) {
    const key = app.townshipId ?? app.areaId;
    byTownship.set(key, [...(byTownship.get(key) ?? []), app]);
  }
  const drawn: ApplicationDoc[] = [];
  for (const [, cases] of [...byTownship].sort(([a], [b]) => a.localeCompare(b))) {
    const take = Math.ceil((cases.length * points) / 10_000);
    const ranked = cases
      .map((app) => ({ app, key: rank(seed, String(app._id)) }))
      .sort((a, b) => a.key.localeCompare(b.key));
    drawn.push(...ranked.slice(0, take).map((r) => r.app));
  }
  return drawn.sort((a, b) => (a.caseNumber ?? '').localeCompare(b.caseNumber ?? ''));
}

const decidedIn = (app: ApplicationDoc, from: string, to: string) =>
  (app.decision?.outcome === 'approved' || app.decision?.outcome === 'refused') &&
  app.decision.on >= from &&
  app.decision.on <= to;

export async function drawSample(
  county: AreaDoc,
  pack: Pack,
  request: SamplingRequest,
  by: Actor,
): Promise<SamplingDoc> {
  const rate = rateFor(pack, request);
  const seed = request.seed ?? randomBytes(8).toString('hex');
  const decided = (await casesUnder(county._id)).filter((app) => decidedIn(app, request.from, request.to));
  const drawn = draw(decided, seed, rate.points);
  const created = await Sampling.create({
    countyAreaId: county._id,
    areaPath: county.path,
    from: request.from,
    to: request.to,
    seed,
    rateBasisPoints: rate.points,
    rateSource: rate.source,
    population: decided.length,
    drawn: drawn.map((app) => ({
      applicationId: String(app._id),
      caseNumber: app.caseNumber!,
      townshipId: app.townshipId ?? app.areaId,
      outcome: app.decision!.outcome,
      decidedOn: app.decision!.on,
    })),
    by: { kind: by.kind, id: by.id, role: by.role },
  });
  return created.toObject() as SamplingDoc;
}

/** A county supervisor's draw, as the API and the console make it: on the county's pack in force, audited. */
export async function drawForCounty(
  area: AreaDoc,
  request: SamplingRequest,
  deps: { packs: ReadonlyMap<string, Pack>; redis: Redis },
  by: Actor,
  audit: Audit,
): Promise<SamplingDoc> {
  const county = supervisedCounty(area);
  const doc = await drawSample(county, await effectivePack(deps, county.policyPack), request, by);
  await audit({
    action: 'sampling.draw',
    record: { type: 'sampling', id: String(doc._id) },
    areaId: county._id,
    details: {
      from: doc.from,
      to: doc.to,
      seed: doc.seed,
      rateBasisPoints: doc.rateBasisPoints,
      population: doc.population,
      drawn: doc.drawn.map((d) => d.caseNumber),
    },
  });
  return doc;
}

export const samplingSchema = z
  .object({
    id: z.string(),
    from: z.string(),
    to: z.string(),
    seed: z.string().describe('Draw again with this seed to get the same cases'),
    rate: z.number().describe('The share drawn per township, e.g. 0.3'),
    rateSource: z.object({ document: z.string(), clause: z.string() }).nullable(),
    population: z.number().int().describe('Decisions in the period'),
    drawn: z.array(
      z.object({
        applicationId: z.string(),
        caseNumber: z.string(),
        townshipId: z.string(),
        outcome: z.string(),
        decidedOn: z.string(),
      }),
    ),
    at: z.string(),
  })
  .meta({ id: 'Sampling' });

export function samplingView(doc: SamplingDoc): z.infer<typeof samplingSchema> {
  return {
    id: String(doc._id),
    from: doc.from,
    to: doc.to,
    seed: doc.seed,
    rate: doc.rateBasisPoints / 10_000,
    rateSource: (doc.rateSource as { document: string; clause: string } | null) ?? null,
    population: doc.population,
    drawn: doc.drawn.map((d) => ({ ...d })),
    at: (doc as { createdAt?: Date }).createdAt?.toISOString() ?? '',
  };
}
