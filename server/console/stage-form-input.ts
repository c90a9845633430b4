/**
 * A stage form as the browser sends it (every value a string), read into the body the stage service takes
 * (`StageRequest`, stage-rules.ts). Only the shape changes here — yuan to fen, digits to numbers, one name per line
 * — so a value that is not what it should be reaches the service's validation as it was typed, and is named there.
 */

const DIGITS = /^\d{1,9}$/;
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** "520" or "520.5" yuan → 52000 or 52050 fen, exactly; anything else is passed on to be refused. */
export function yuanToFen(text: string): number | string {
  const match = YUAN.exec(text.trim());
  if (!match) return text;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const asNumber = (v: unknown) => (typeof v === 'string' && DIGITS.test(v.trim()) ? Number(v.trim()) : v);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

export function stageRequestFromForm(form: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ['stage', 'on', 'note', 'outcome', 'reasons'] as const)
    if (form[key] !== undefined) body[key] = form[key];
  if (form.event === 'objection') body.event = 'objection';
  if (form.emergency === 'true') body.emergency = true;

  const amounts: Record<string, unknown> = {};
  const vote: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith('amountsFen.')) amounts[key.slice('amountsFen.'.length)] = yuanToFen(String(value));
    if (key.startsWith('vote.')) vote[key.slice('vote.'.length)] = asNumber(value);
  }
  // A refusal carries no amount: the amount fields of an approval form left filled in are not sent with it.
  if (Object.keys(amounts).length && form.outcome !== 'refused') body.amountsFen = amounts;
  if (Object.keys(vote).length) body.vote = vote;

  const investigators = [
    ...list(form.investigatorStaff).map((staffId) => ({ staffId })),
    ...list(form.investigatorNames)
      .flatMap((text) => text.split(/[\n,，、]/))
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
  ];
  if (investigators.length || form.stageForm === 'home_visit') body.investigators = investigators;
  return body;
}
