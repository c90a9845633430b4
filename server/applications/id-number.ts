import { z } from 'zod';

/**
 * The 18-character resident ID number (GB 11643-1999): 6-digit area code, birth date
 * YYYYMMDD, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** The birth date inside an ID number, as YYYY-MM-DD, or null when it is not a real date. */
export function birthDateOf(idNumber: string): string | null {
  const y = Number(idNumber.slice(6, 10));
  const m = Number(idNumber.slice(10, 12));
  const d = Number(idNumber.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Upper-cases a trailing x, then checks shape, check character and birth date (not in the future). */
export const idNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    if (!SHAPE.test(v) || checkCharacter(v.slice(0, 17)) !== v[17]) {
      ctx.addIssue({ code: 'custom', message: 'validation:idNumber' });
      return;
    }
    const born = birthDateOf(v);
    if (!born || born > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', message: 'validation:idNumberBirthDate' });
    }
  });
