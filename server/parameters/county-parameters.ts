import type Redis from 'ioredis';
import { z } from 'zod';
import type { AreaDoc } from '../areas/area-model';
import { AppError } from '../http/errors';
import { parseInput } from '../http/validation';
import type { Actor } from '../identity/principal';
import { isoDate } from '../policy/household';
import {
  PARAMETER_DECLARATIONS,
  type Pack,
  type ParamEntry,
  type ParameterPath,
  packSchema,
} from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import { CountyParameter, type CountyParameterDoc } from './parameter-model';
import type { RequestAudit as Audit } from '../http/request-audit';
import { isDuplicateKey } from '../store/duplicate-key';

/**
 * County parameters: the figures a county publishes each year, entered by its supervisor and laid over the pack's
 * own parameters from their effective date. Screenings and every other reader take the packs through
 * `effectivePacks`, so a figure counts from the day it is in force and never before; a decision keeps the amounts
 * it granted (they are stored on the case), so a new figure never changes a past decision.
 */

export const PARAMETER_PATHS = PARAMETER_DECLARATIONS.map((d) => d.path) as [
  ParameterPath,
  ...ParameterPath[],
];

export const enterParameterSchema = z
  .strictObject({
    parameter: z.enum(PARAMETER_PATHS).describe('The parameter, as the pack schema names it'),
    value: z
      .unknown()
      .describe('The figure in the unit the pack declares for it: money in integer fen, shares as decimals'),
    effectiveFrom: isoDate.describe('The day the figure is in force from'),
    document: z.string().trim().min(1).max(100).describe('Number (文号) of the document publishing it'),
    clause: z.string().trim().min(1).max(200).describe('Where in the document the figure is given'),
  })
  .meta({ id: 'CountyParameterRequest' });
export type EnterParameter = z.output<typeof enterParameterSchema>;

/** The pack schema's own schema for one parameter (a union: not provided, one entry, a history). */
function parameterSchema(path: ParameterPath): z.ZodType {
  const parameters = packSchema.shape.parameters.shape;
  const [head, tail] = path.split('.') as [string, string | undefined];
  const top = (parameters as Record<string, z.ZodType>)[head]!;
  return tail ? ((top as z.ZodObject).shape[tail] as z.ZodType) : top;
}

/** The schema of a single dated entry of a parameter: `{ value, effectiveFrom, source }`, as a pack writes it. */
function entrySchema(path: ParameterPath): z.ZodObject {
  const union = parameterSchema(path) as z.ZodUnion<readonly z.ZodType[]>;
  return union.options[1] as z.ZodObject;
}

/** The county area whose own pack the figures amend: only a county that carries its pack enters figures. */
export function countyPackOf(area: AreaDoc, packs: ReadonlyMap<string, Pack>): Pack {
  if (area.level !== 'county' || !area.policyPack)
    throw new AppError(409, 'parameters_need_county_pack', { id: area._id });
  return packFor(packs, area.policyPack);
}

const VERSION_KEY = 'parameters:version';

export async function enterParameter(
  area: AreaDoc,
  packs: ReadonlyMap<string, Pack>,
  input: EnterParameter,
  by: Actor,
  redis: Redis,
  audit: Audit,
): Promise<CountyParameterDoc> {
  const pack = countyPackOf(area, packs);
  // Validated exactly as a pack entry of this parameter would be (unit, range, shape).
  const entry = entrySchema(input.parameter);
  const { value } = parseInput(z.object({ value: entry.shape.value! }), 'body', {
    value: input.value,
  }) as { value: unknown };
  const exists = await CountyParameter.exists({
    jurisdiction: pack.id,
    path: input.parameter,
    effectiveFrom: input.effectiveFrom,
  });
  if (exists)
    throw new AppError(409, 'parameter_exists', {
      parameter: input.parameter,
      effectiveFrom: input.effectiveFrom,
    });
  const created = await CountyParameter.create({
    jurisdiction: pack.id,
    countyAreaId: area._id,
    areaPath: area.path,
    path: input.parameter,
    value,
    effectiveFrom: input.effectiveFrom,
    document: input.document,
    clause: input.clause,
    enteredBy: { kind: by.kind, id: by.id, role: by.role ?? null },
  }).catch((err: unknown) => {
    if (isDuplicateKey(err))
      throw new AppError(409, 'parameter_exists', {
        parameter: input.parameter,
        effectiveFrom: input.effectiveFrom,
      });
    throw err;
  });
  await redis.incr(VERSION_KEY);
  // A read of the version sent before the increment must not serve the screenings that follow it here.
  versionReads.delete(redis);
  const doc = created.toObject() as CountyParameterDoc;
  await audit({
    action: 'parameter.enter',
    record: { type: 'parameters', id: doc.jurisdiction },
    areaId: area._id,
    details: {
      parameter: doc.path,
      value: doc.value,
      effectiveFrom: doc.effectiveFrom,
      document: doc.document,
      clause: doc.clause,
    },
  });
  return doc;
}

export async function countyEntries(jurisdiction: string): Promise<CountyParameterDoc[]> {
  return CountyParameter.find({ jurisdiction })
    .sort({ path: 1, effectiveFrom: 1 })
    .lean<CountyParameterDoc[]>();
}

function asEntry(doc: CountyParameterDoc): ParamEntry<unknown> {
  return {
    value: doc.value,
    effectiveFrom: doc.effectiveFrom,
    source: { document: doc.document, clause: doc.clause },
  };
}

/** The pack with the county's figures laid over its parameters; on the same date the county's figure wins. */
export function withCountyFigures(pack: Pack, entries: readonly CountyParameterDoc[]): Pack {
  if (entries.length === 0) return pack;
  const parameters = structuredClone(pack.parameters) as Record<string, unknown>;
  const byPath = new Map<string, CountyParameterDoc[]>();
  for (const e of entries) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  for (const [path, docs] of byPath) {
    const [head, tail] = path.split('.') as [string, string | undefined];
    const holder = (tail ? parameters[head] : parameters) as Record<string, unknown>;
    const key = tail ?? head;
    const current = holder[key];
    const own: ParamEntry<unknown>[] = Array.isArray(current)
      ? current
      : current && typeof current === 'object' && 'value' in current
        ? [current as ParamEntry<unknown>]
        : [];
    const dates = new Set(docs.map((d) => d.effectiveFrom));
    holder[key] = [...own.filter((e) => !dates.has(e.effectiveFrom)), ...docs.map(asEntry)];
  }
  return { ...pack, parameters: parameters as Pack['parameters'] };
}

const cache = new WeakMap<
  ReadonlyMap<string, Pack>,
  { version: string | null; loadedAt: number; packs: ReadonlyMap<string, Pack> }
>();
/** Figures are read from the store again at least this often, even when Redis lost its version counter. */
const MAX_AGE_MS = 60_000;

/**
 * The packs as in force today and later: each with its county's figures. Cached per process and reloaded when any
 * process has entered a figure since (a version counter in Redis), so one Redis read is all a screening pays.
 * Redis is only a hint: while it is away the cached figures serve, and they are reloaded from the store once a
 * minute whatever it says.
 */
export async function effectivePacks(deps: {
  packs: ReadonlyMap<string, Pack>;
  redis: Redis;
}): Promise<ReadonlyMap<string, Pack>> {
  const version = await versionOf(deps.redis);
  const hit = cache.get(deps.packs);
  const fresh = hit && Date.now() - hit.loadedAt < MAX_AGE_MS;
  if (hit && fresh && (version === undefined || hit.version === version)) return hit.packs;
  // The requests that find the cache stale together wait for one load, unless it began before the version they
  // saw (a figure entered meanwhile).
  const current = loading.get(deps.packs);
  if (current && current.version === (version ?? null)) return current.load;
  const load = loadEffectivePacks(deps.packs, version ?? null).finally(() => {
    if (loading.get(deps.packs)?.load === load) loading.delete(deps.packs);
  });
  loading.set(deps.packs, { version: version ?? null, load });
  return load;
}

/**
 * The figures' version. Requests arriving while a read of it is on its way share that read rather than each
 * making its own: under load a screening then pays a fraction of a Redis round trip. A figure entered by another
 * process while the read is on its way counts from the next read, as if it had been entered a moment later.
 */
function versionOf(redis: Redis): Promise<string | null | undefined> {
  const shared = versionReads.get(redis);
  if (shared) return shared;
  const read: Promise<string | null | undefined> = redis
    .get(VERSION_KEY)
    .catch(() => undefined)
    .finally(() => {
      // A figure entered here meanwhile may have made way for a newer read already.
      if (versionReads.get(redis) === read) versionReads.delete(redis);
    });
  versionReads.set(redis, read);
  return read;
}
const versionReads = new WeakMap<Redis, Promise<string | null | undefined>>();

const loading = new WeakMap<
  ReadonlyMap<string, Pack>,
  { version: string | null; load: Promise<ReadonlyMap<string, Pack>> }
>();

async function loadEffectivePacks(
  base: ReadonlyMap<string, Pack>,
  version: string | null,
): Promise<ReadonlyMap<string, Pack>> {
  const all = await CountyParameter.find({}).lean<CountyParameterDoc[]>();
  const packs = new Map<string, Pack>();
  for (const [id, pack] of base)
    packs.set(
      id,
      withCountyFigures(
        pack,
        all.filter((e) => e.jurisdiction === id),
      ),
    );
  cache.set(base, { version, loadedAt: Date.now(), packs });
  return packs;
}

/** One place's pack with its county's figures (404 `unknown_jurisdiction` when there is none). */
export async function effectivePack(
  deps: { packs: ReadonlyMap<string, Pack>; redis: Redis },
  id: string,
): Promise<Pack> {
  return packFor(await effectivePacks(deps), id);
}
