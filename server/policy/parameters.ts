import type { Absent, Localized, Param, ParamEntry, Source } from './pack-schema';

export type Resolved<T> =
  | { available: true; value: T; effectiveFrom: string; source: Source }
  | { available: false; reason: 'not_provided'; note: Localized }
  | { available: false; reason: 'not_yet_effective'; effectiveFrom: string; source: Source };

function isAbsent<T>(param: Param<T>): param is Absent {
  return !Array.isArray(param) && 'status' in param;
}

/** The value in force on `asOf`: the entry with the latest `effectiveFrom` not after `asOf`. */
export function resolveParam<T>(param: Param<T>, asOf: string): Resolved<T> {
  if (isAbsent(param)) return { available: false, reason: 'not_provided', note: param.note };
  const entries: ParamEntry<T>[] = Array.isArray(param) ? param : [param];
  let current: ParamEntry<T> | undefined;
  for (const e of entries) {
    if (e.effectiveFrom <= asOf && (!current || e.effectiveFrom > current.effectiveFrom)) current = e;
  }
  if (current) {
    return {
      available: true,
      value: current.value,
      effectiveFrom: current.effectiveFrom,
      source: current.source,
    };
  }
  const earliest = entries.reduce((a, b) => (b.effectiveFrom < a.effectiveFrom ? b : a));
  return {
    available: false,
    reason: 'not_yet_effective',
    effectiveFrom: earliest.effectiveFrom,
    source: earliest.source,
  };
}
