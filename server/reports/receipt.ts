import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { FieldCrypto } from '../privacy/field-crypto';

/**
 * The receipt a reporter follows their report with, no account needed: a short code to quote (JB-7KQ3M9XPAD) and
 * a long secret to prove it is theirs. Both use 31 characters that cannot be mistaken for one another when read
 * aloud or copied by hand (no 0/O, 1/I/L), drawn from the system's cryptographic generator.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_PREFIX = 'JB-';
const CODE_LENGTH = 10; // 31^10 ≈ 2^49.5 codes
const SECRET_LENGTH = 24; // 31^24 ≈ 2^118.9 secrets
const SECRET_GROUP = 4;

/** Characters from the unambiguous alphabet, for any code a person reads or types (a chat-binding code too). */
export function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export const newReceiptCode = () => CODE_PREFIX + randomChars(CODE_LENGTH);

/** Shown grouped (7KQ3-M9XP-…) so it can be written down; the groups' hyphens are not part of it. */
export function newSecret(): string {
  return (randomChars(SECRET_LENGTH).match(new RegExp(`.{${SECRET_GROUP}}`, 'g')) ?? []).join('-');
}

const CHARS = `[${ALPHABET}]`;

/** Accepts any case, spaces, and the code with or without its hyphen; yields the stored form. */
export const receiptCodeSchema = z
  .string()
  .max(40)
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^JB-?${CHARS}{${CODE_LENGTH}}$`), 'validation:receiptCode'))
  .transform((v) => CODE_PREFIX + v.slice(-CODE_LENGTH));

/** Accepts any case, spaces and hyphens; yields the bare characters the hash is taken of. */
export const secretSchema = z
  .string()
  .max(80)
  .transform((v) => v.replace(/[\s-]+/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^${CHARS}{${SECRET_LENGTH}}$`), 'validation:reportSecret'));

/** The stored form of a secret: an HMAC under the blind-index key, compared by exact match. */
export const secretHash = (crypto: FieldCrypto, secret: string) =>
  crypto.blindIndex('reportSecret', secret.replace(/-/g, ''));
