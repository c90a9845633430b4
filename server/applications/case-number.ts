import { model, Schema } from 'mongoose';

/** One counter per jurisdiction and year, advanced with a single atomic $inc. */
const counterSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, default: 0 } },
  { versionKey: false },
);
const Counter = model('Counter', counterSchema);

/**
 * A case number: the pack's division code, the year and a sequence, e.g. 150822-2026-000042. Numbers are never
 * reused; a submission that fails after taking one leaves a gap, which the sequence tolerates.
 */
export async function nextCaseNumber(divisionCode: string, year: string): Promise<string> {
  const counter = await Counter.findOneAndUpdate(
    { _id: `case:${divisionCode}:${year}` },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ seq: number }>();
  return `${divisionCode}-${year}-${String(counter!.seq).padStart(6, '0')}`;
}
