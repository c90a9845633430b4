import { createHmac } from 'node:crypto';
import { isValidObjectId } from 'mongoose';
import { Application, type ApplicationDoc } from '../applications/application-model';
import type { Logger } from '../logger';
import { callJson } from '../notify/http-call';
import type { Sender } from '../outbox/outbox';
import type { FieldCrypto } from '../privacy/field-crypto';

/** The signature of a push: HMAC-SHA256 over "<timestamp>.<body>", hex, sent as X-Signature: sha256=<hex>. */
export function pushSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Pushes a case update to the chats bound to the case: one signed POST to the bot (BOT_PUSH_URL) naming the
 * chats, read from the case when sent, so a chat bound after the change still hears of the next one and an
 * unbound chat no longer does. Without BOT_PUSH_URL, or with no chat bound, the message is skipped.
 */
export function chatPush(opts: {
  url?: string;
  secret?: string;
  crypto: FieldCrypto;
  timeoutMs: number;
  logger: Logger;
}): Sender<'chat'> {
  return async (message) => {
    const { applicationId, caseNumber, event, on, text } = message.payload;
    if (!opts.url || !opts.secret) return { status: 'skipped', reason: 'BOT_PUSH_URL is not configured' };
    const app = isValidObjectId(applicationId)
      ? await Application.findById(applicationId).lean<ApplicationDoc>()
      : null;
    const chats = (app?.chatBindings ?? []).map((b) => opts.crypto.decrypt(b.chatSealed));
    if (chats.length === 0) return { status: 'skipped', reason: 'no chat is bound to the case' };
    const body = { id: message.id, caseNumber, event, on, text, chats };
    const timestamp = String(Math.floor(Date.now() / 1000));
    const answer = await callJson(opts.url, {
      method: 'POST',
      body,
      headers: {
        'X-Timestamp': timestamp,
        'X-Signature': pushSignature(opts.secret, timestamp, JSON.stringify(body)),
      },
      timeoutMs: opts.timeoutMs,
    });
    if ('error' in answer) return { status: 'failed', error: `bot push: ${answer.error}` };
    opts.logger.debug({ message: message.id, chats: chats.length }, 'case update pushed to bound chats');
    return { status: 'sent' };
  };
}
