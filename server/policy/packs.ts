import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../http/errors';
import { PROJECT_ROOT } from '../runtime/project-root';
import { type Pack, packSchema } from './pack-schema';

/** The flows/ folder at the repository root. */
export const FLOWS_DIR = path.join(PROJECT_ROOT, 'flows');
export const DEFAULTS_FOLDER = '_defaults';
export const PACK_FILE = 'pack.yaml';

/** A pack that cannot be read or validated; the message names the file and the field path. */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(field ? `${file}: ${field}: ${detail}` : `${file}: ${detail}`);
    this.name = 'PackError';
  }
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects carrying their own provenance (a rule, parameter, stage, material) are replaced whole, never mixed. */
function isLeaf(value: Plain): boolean {
  return 'source' in value || 'status' in value || 'value' in value;
}

/**
 * The merge rule between flows/_defaults/pack.yaml and a place's pack (and between a pack and a case's
 * parameterOverrides): objects merge key by key and the upper layer wins; arrays, scalars and leaf objects
 * (those with `source`, `status` or `value`) from the upper layer replace the lower one whole.
 */
export function mergeLayers(lower: unknown, upper: unknown): unknown {
  if (upper === undefined) return lower;
  if (!isPlain(lower) || !isPlain(upper) || isLeaf(upper)) return upper;
  const merged: Plain = { ...lower };
  for (const [key, value] of Object.entries(upper)) merged[key] = mergeLayers(lower[key], value);
  return merged;
}

type Issue = z.core.$ZodIssue;

/**
 * For a union, report the branch that came closest — one that got inside the value, with the fewest issues —
 * rather than zod's bare "Invalid input".
 */
function deepestIssue(issue: Issue, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string } {
  const here = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const ranked = issue.errors
      .map((branch) => ({ branch, inside: branch.some((i) => i.path.length > 0) }))
      .sort((a, b) => Number(b.inside) - Number(a.inside) || a.branch.length - b.branch.length);
    const closest = ranked[0]?.branch[0];
    if (closest) return deepestIssue(closest, here);
  }
  return { path: here, message: issue.message };
}

export function validatePack(raw: unknown, file: string): Pack {
  const result = packSchema.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (!first) throw new PackError(file, undefined, 'invalid pack');
  const { path: fieldPath, message } = deepestIssue(first);
  throw new PackError(file, fieldPath.map(String).join('.') || undefined, message);
}

function readYaml(filePath: string, displayName: string): unknown {
  try {
    return parseYaml(fs.readFileSync(filePath, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) throw new PackError(displayName, undefined, error.message);
    throw error;
  }
}

/**
 * Reads every flows/<place>/pack.yaml (folders starting with `_` are not places), merges each over
 * flows/_defaults/pack.yaml, validates, and returns the packs by id. Throws PackError on the first bad pack.
 */
export function loadPacks(dir: string = FLOWS_DIR): ReadonlyMap<string, Pack> {
  const display = (...parts: string[]) => [path.basename(dir), ...parts].join('/');
  const defaultsPath = path.join(dir, DEFAULTS_FOLDER, PACK_FILE);
  const defaults = fs.existsSync(defaultsPath)
    ? readYaml(defaultsPath, display(DEFAULTS_FOLDER, PACK_FILE))
    : {};
  const packs = new Map<string, Pack>();
  const places = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !d.name.startsWith('_') && fs.existsSync(path.join(dir, d.name, PACK_FILE)),
    )
    .map((d) => d.name)
    .sort();
  for (const place of places) {
    const file = display(place, PACK_FILE);
    const pack = validatePack(mergeLayers(defaults, readYaml(path.join(dir, place, PACK_FILE), file)), file);
    if (pack.id !== place) throw new PackError(file, 'id', `must equal the folder name "${place}"`);
    packs.set(pack.id, pack);
  }
  return packs;
}

/**
 * The pack of a jurisdiction, for every caller (a screening, a policy page, an application, a report): an id with
 * no pack answers a localised 404 that points to the list of places.
 */
export function packFor(packs: ReadonlyMap<string, Pack>, id: string): Pack {
  const pack = packs.get(id);
  if (!pack) throw new AppError(404, 'unknown_jurisdiction', { id });
  return pack;
}
