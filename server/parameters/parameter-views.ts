import { z } from 'zod';
import { type Language, translator } from '../i18n';
import { PARAMETER_DECLARATIONS, PARAMETER_UNITS, type Pack, type Param } from '../policy/pack-schema';
import { resolveParam } from '../policy/parameters';
import type { CountyParameterDoc } from './parameter-model';

/** What the API and the console show of a county's parameters: each figure in force today and the entries. */

export const countyParameterSchema = z
  .object({
    id: z.string(),
    parameter: z.string(),
    value: z.unknown(),
    effectiveFrom: z.string(),
    document: z.string(),
    clause: z.string(),
    enteredAt: z.string(),
  })
  .meta({ id: 'CountyParameter' });

export const parameterRowSchema = z
  .object({
    parameter: z.string(),
    name: z.string(),
    unit: z.enum(PARAMETER_UNITS),
    inForce: z
      .object({
        value: z.unknown(),
        effectiveFrom: z.string(),
        source: z.object({ document: z.string(), clause: z.string() }),
      })
      .nullable()
      .describe('The figure in force today; null when none is'),
    entered: z.array(countyParameterSchema).describe('Figures the county entered, oldest first'),
  })
  .meta({ id: 'ParameterRow' });
export type ParameterRow = z.infer<typeof parameterRowSchema>;

export function countyParameterView(doc: CountyParameterDoc): z.infer<typeof countyParameterSchema> {
  return {
    id: String(doc._id),
    parameter: doc.path,
    value: doc.value,
    effectiveFrom: doc.effectiveFrom,
    document: doc.document,
    clause: doc.clause,
    enteredAt: (doc as { createdAt?: Date }).createdAt?.toISOString() ?? '',
  };
}

function paramAt(pack: Pack, path: string): Param<unknown> {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const top = (pack.parameters as Record<string, unknown>)[head];
  return (tail ? (top as Record<string, unknown>)[tail] : top) as Param<unknown>;
}

/** Every parameter of the effective pack, in the pack schema's order. */
export function parameterRows(
  effective: Pack,
  entries: readonly CountyParameterDoc[],
  today: string,
  lng: Language,
): ParameterRow[] {
  const t = translator(lng);
  return PARAMETER_DECLARATIONS.map(({ path, unit }) => {
    const resolved = resolveParam(paramAt(effective, path), today);
    return {
      parameter: path,
      name: t(`policy:parameterName.${path}`),
      unit,
      inForce: resolved.available
        ? { value: resolved.value, effectiveFrom: resolved.effectiveFrom, source: resolved.source }
        : null,
      entered: entries.filter((e) => e.path === path).map(countyParameterView),
    };
  });
}
