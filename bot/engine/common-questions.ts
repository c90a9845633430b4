import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The common questions of each place: `flows/_defaults/questions.yaml` for every place, and
 * `flows/<place>/questions.yaml` adding or replacing entries by id. See the defaults file for the format.
 */

const localized = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

export const questionEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  asks: z.array(z.string().min(2)).min(1),
  words: z.array(z.string().min(1)).default([]),
  answer: localized,
  source: z.string().min(1),
  then: z.array(z.string().min(1)).default([]),
});
export type QuestionEntry = z.infer<typeof questionEntrySchema>;

const questionsFileSchema = z.strictObject({
  normalise: z.record(z.string().min(1), z.string()).default({}),
  entries: z.array(questionEntrySchema).default([]),
});

export interface PlaceQuestions {
  /** Words people say → the words the questions use, longest first. */
  normalise: [string, string][];
  entries: QuestionEntry[];
}

export const QUESTIONS_FILE = 'questions.yaml';

/** A questions.yaml that does not pass: names the file and the field. */
export class QuestionsError extends Error {}

function readFile(file: string): z.infer<typeof questionsFileSchema> | null {
  if (!fs.existsSync(file)) return null;
  const parsed = questionsFileSchema.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuestionsError(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** The common questions of every place folder in `flowsDir`, by place id (folders starting with _ are not). */
export function loadQuestions(flowsDir: string): Map<string, PlaceQuestions> {
  const defaults = readFile(path.join(flowsDir, '_defaults', QUESTIONS_FILE)) ?? {
    normalise: {},
    entries: [],
  };
  const places = new Map<string, PlaceQuestions>();
  for (const dir of fs.readdirSync(flowsDir, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name.startsWith('_')) continue;
    const own = readFile(path.join(flowsDir, dir.name, QUESTIONS_FILE));
    const byId = new Map(defaults.entries.map((e) => [e.id, e]));
    for (const entry of own?.entries ?? []) byId.set(entry.id, entry);
    const normalise = Object.entries({ ...defaults.normalise, ...own?.normalise });
    normalise.sort((a, b) => b[0].length - a[0].length);
    places.set(dir.name, { normalise, entries: [...byId.values()] });
  }
  return places;
}
