import { model, Schema } from 'mongoose';
import { outboxFields } from '../outbox/outbox-fields';
import type { OutboxSource } from '../outbox/dispatcher';
import { markDue } from '../outbox/due';
import type { OutboxMessage } from '../outbox/outbox';
import { inserted } from '../store/duplicate-key';

/**
 * A message to staff that belongs to no single case or report — a township's deadline warnings of the day, a
 * county's daily audit checkpoint — kept with its outbox so the dispatcher delivers it like any other. The id
 * names the bulletin and its day, so posting it twice (two instances, a rerun from the CLI) posts it once.
 */
const bulletinSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** 'deadline-sweep', 'audit-checkpoint' … */
    kind: { type: String, required: true },
    areaId: { type: String, required: true },
    ...outboxFields,
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export const Bulletin = model('Bulletin', bulletinSchema);

export const bulletinOutbox: OutboxSource = { name: 'bulletin', model: Bulletin };

/** Posts a bulletin with its messages; false if one with this id was posted already. */
export async function postBulletin(
  bulletin: { id: string; kind: string; areaId: string },
  messages: OutboxMessage[],
): Promise<boolean> {
  // As withOutbox does for a change: the messages with the document, due at once, then on the due list.
  const now = new Date();
  const posted = await inserted(
    Bulletin.create({
      _id: bulletin.id,
      kind: bulletin.kind,
      areaId: bulletin.areaId,
      outbox: messages,
      outboxDueAt: messages.length ? now : null,
    }),
  );
  if (!posted) return false;
  if (messages.length) await markDue(bulletinOutbox, bulletin.id, now);
  return true;
}
