import { Schema } from 'mongoose';

/**
 * A message still to deliver (forwarding to the township, a subscribe message to the applicant), kept in the
 * same document as the change that caused it so both are written together; a dispatcher delivers, retries
 * with backoff and resumes after a crash.
 */
const outboxMessageSchema = new Schema(
  {
    id: { type: String, required: true },
    /** What to deliver and how (outbox.ts): 'forward' and 'wecom' by WeCom robot, 'subscribe' by WeChat. */
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: ['pending', 'sent', 'failed', 'skipped'], default: 'pending' },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    /** Why the last attempt failed, or why the message was skipped. */
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { _id: false },
);

/** The outbox fields a model adds to its schema to deliver messages reliably (applications, reports). */
export const outboxFields = {
  outbox: { type: [outboxMessageSchema], default: [] },
  /** The earliest time a pending message is due; null when nothing is pending. */
  outboxDueAt: { type: Date, default: null, index: true },
  /** A dispatcher holds the document's outbox until this time; another waits rather than sending twice. */
  outboxLeaseUntil: { type: Date, default: null },
};
