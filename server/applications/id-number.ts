import { z } from 'zod';
import { idNumberProblem } from './gb11643';

export { birthDateOf, checkCharacter } from './gb11643';

/** Upper-cases a trailing x, then checks shape, check character and birth date (not in the future). */
export const idNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v, new Date().toISOString().slice(0, 10));
    if (problem) ctx.addIssue({ code: 'custom', message: `validation:${problem}` });
  });
