// Generated from server/applications/gb11643.ts by `npm run api:types`: do not edit here.
/**
 * The 18-character resident ID number (GB 11643-1999): 6-digit area code, birth date YYYYMMDD, 3-digit sequence,
 * and an ISO 7064 MOD 11-2 check character (0–9 or X).
 *
 * Plain TypeScript with no imports: `npm run api:types` copies this file into the mini-program
 * (miniprogram/lib/gb11643.ts), which checks ID numbers as they are typed by the same rule.
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

/**
 * What is wrong with an ID number (upper-case it first), as the validation message key, or null when it is right:
 * `idNumber` for a wrong shape or check character, `idNumberBirthDate` for a birth date that is not real or is
 * after `today` (YYYY-MM-DD).
 */
export function idNumberProblem(value: string, today: string): 'idNumber' | 'idNumberBirthDate' | null {
  if (!SHAPE.test(value) || checkCharacter(value.slice(0, 17)) !== value[17]) return 'idNumber';
  const born = birthDateOf(value);
  return !born || born > today ? 'idNumberBirthDate' : null;
}
