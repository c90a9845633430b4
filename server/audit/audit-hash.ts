import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Key-sorted JSON so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The hash of the entry at `position` (1, 2, …): sha256 of `position:prevHash:entry`, the entry being its stored
 * JSON text (audit-entry.ts) and `prevHash` the hash of the entry before it (GENESIS_HASH before the first).
 */
export function chainHash(position: number, prevHash: string, entry: string): string {
  return createHash('sha256').update(`${position}:${prevHash}:`).update(entry).digest('hex');
}

/** Chains `entries` at positions `first`, `first + 1` … after `prevHash`; answers the hash of the last. */
export function chainHead(first: number, prevHash: string, entries: readonly string[]): string {
  return entries.reduce((prev, entry, i) => chainHash(first + i, prev, entry), prevHash);
}
