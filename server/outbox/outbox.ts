import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { areaIdSchema } from '../areas/areas';

/** A WeCom group-robot message to the staff of an area (township or county), in markdown. */
export const weComPayloadSchema = z.strictObject({
  areaId: areaIdSchema,
  markdown: z.string().trim().min(1),
});
export type WeComPayload = z.infer<typeof weComPayloadSchema>;

/**
 * A WeChat subscribe message to a resident: the page of the mini-program it opens and the template's data,
 * by the template's keys (thing1, phrase2, time3, character_string4 …).
 */
export const subscribePayloadSchema = z.strictObject({
  residentId: z.string().regex(/^[0-9a-f]{24}$/),
  page: z.string().min(1).max(1024),
  data: z
    .record(z.string().regex(/^[a-z_]+\d+$/), z.string().min(1))
    .refine((data) => Object.keys(data).length > 0, 'a template needs data'),
});
export type SubscribePayload = z.infer<typeof subscribePayloadSchema>;

/**
 * A case update for the chats bound to the case (server/chat): the bot is told which case and what happened, in
 * the words of the subscribe message; which chats is read from the case when it is sent.
 */
export const chatPushPayloadSchema = z.strictObject({
  applicationId: z.string().regex(/^[0-9a-f]{24}$/),
  caseNumber: z.string().min(1),
  event: z.enum(['notice', 'submitted', 'stage', 'decision']),
  on: z.string(),
  text: z.string().min(1),
});
export type ChatPushPayload = z.infer<typeof chatPushPayloadSchema>;

export const outboxPayloadSchemas = {
  /** The case forwarded to its township: delivered by WeCom, then the application is marked forwarded. */
  forward: weComPayloadSchema,
  /** Any other notice to staff by WeCom (a new report, say). */
  wecom: weComPayloadSchema,
  subscribe: subscribePayloadSchema,
  chat: chatPushPayloadSchema,
  /** A case whose row in the case index is to be written again (applications/case-index.ts). */
  caseIndex: z.strictObject({ caseId: z.string().regex(/^[0-9a-f]{24}$/) }),
};

export type OutboxPayloads = {
  [K in keyof typeof outboxPayloadSchemas]: z.infer<(typeof outboxPayloadSchemas)[K]>;
};
export type OutboxKind = keyof OutboxPayloads;

export type OutboxMessage = {
  [K in OutboxKind]: {
    id: string;
    kind: K;
    payload: OutboxPayloads[K];
    status: 'pending';
    attempts: 0;
    nextAttemptAt: Date;
    lastError: null;
    sentAt: null;
  };
}[OutboxKind];

/** A new message; the payload is checked here, so a malformed one fails the change that enqueues it. */
export function outboxMessage<K extends OutboxKind>(
  kind: K,
  payload: OutboxPayloads[K],
  now = new Date(),
): OutboxMessage {
  return {
    id: randomUUID(),
    kind,
    payload: outboxPayloadSchemas[kind].parse(payload),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    sentAt: null,
  } as OutboxMessage;
}

type Update = { $set?: Record<string, unknown>; $push?: Record<string, unknown> } & Record<string, unknown>;

/**
 * Adds messages to the same atomic update as the change that causes them, so a change is never saved without
 * its messages nor a message queued for a change that failed. Once the update is saved, call `markDue` (due.ts)
 * to put the record on the dispatcher's due list, then `deps.outbox.kick()` to deliver at once rather than at the
 * next scheduled pass.
 */
export function withOutbox<U extends Update>(update: U, messages: OutboxMessage[], now = new Date()): U {
  if (messages.length === 0) return update;
  return {
    ...update,
    $push: { ...update.$push, outbox: { $each: messages } },
    $set: { ...update.$set, outboxDueAt: now },
  };
}

/** What a sender made of a message. */
export type SendResult =
  | { status: 'sent' }
  /** Refused for good (the resident has no subscription, nowhere to send it): recorded, never retried. */
  | { status: 'skipped'; reason: string }
  /** Not delivered this time: retried with backoff, no sooner than `retryAfterSeconds` if given. */
  | { status: 'failed'; error: string; retryAfterSeconds?: number };

/** A message handed to a sender; receivers can use `id` to drop a repeat (delivery is at least once). */
export interface OutgoingMessage<K extends OutboxKind> {
  id: string;
  kind: K;
  payload: OutboxPayloads[K];
  /** Attempts made before this one. */
  attempts: number;
}

export type Sender<K extends OutboxKind> = (message: OutgoingMessage<K>) => Promise<SendResult>;
export type Senders = { [K in OutboxKind]: Sender<K> };
