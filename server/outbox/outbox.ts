import { randomUUID } from 'node:crypto';

/** A WeCom group-robot message to the staff of an area (township or county), in markdown. */
export interface WeComPayload {
  areaId: string;
  markdown: string;
}

/** A WeChat subscribe message to a resident: the template's data fields and the page it opens. */
export interface SubscribePayload {
  residentId: string;
  page: string;
  data: Record<string, string>;
}

export interface OutboxPayloads {
  /** The case forwarded to its township: delivered by WeCom, then the application is marked forwarded. */
  forward: WeComPayload;
  /** Any other notice to staff by WeCom (a new report, say). */
  wecom: WeComPayload;
  subscribe: SubscribePayload;
}
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

export function outboxMessage<K extends OutboxKind>(
  kind: K,
  payload: OutboxPayloads[K],
  now = new Date(),
): OutboxMessage {
  return {
    id: randomUUID(),
    kind,
    payload,
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
 * its messages nor a message queued for a change that failed.
 */
export function withOutbox<U extends Update>(update: U, messages: OutboxMessage[], now = new Date()): U {
  if (messages.length === 0) return update;
  return {
    ...update,
    $push: { ...update.$push, outbox: { $each: messages } },
    $set: { ...update.$set, outboxDueAt: now },
  };
}
