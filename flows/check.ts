/**
 * Checks the policy packs: `npx tsx flows/check.ts` (or pass another flows folder). Prints each place with how
 * many of its parameters the document provides, or the first error with its file and field, and exits non-zero.
 */
import path from 'node:path';
import { QuestionsError, loadQuestions } from '../bot/engine/common-questions';
import { PackError, loadPacks } from '../server/policy/packs';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
try {
  for (const pack of loadPacks(dir).values()) {
    const { standard, ...flat } = pack.parameters;
    const values = [standard.urban, standard.rural, ...Object.values(flat)];
    const provided = values.filter((p) => Array.isArray(p) || !('status' in p)).length;
    console.log(
      `${pack.id} (${pack.name['zh-CN']}, ${pack.divisionCode}): ${provided}/${values.length} parameters provided`,
    );
  }
  // The chat bot's common questions (questions.yaml), checked alike: a bad file names itself and the field.
  for (const [place, questions] of loadQuestions(dir ?? path.join(__dirname))) {
    console.log(`${place}: ${questions.entries.length} common questions for the chat bot`);
  }
} catch (error) {
  if (!(error instanceof PackError) && !(error instanceof QuestionsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
