import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { sameSignature } from './adapters/wechat-crypto';
import type { ChatStore } from './engine/chat-state';
import type { BotLogger } from './logger';

/** A push older or newer than this is refused (a replayed capture). */
const MAX_SKEW_SECONDS = 300;
const SEEN_SECONDS = 7 * 24 * 3600;

const pushSchema = z.object({
  id: z.string().min(1).max(100),
  caseNumber: z.string().min(1),
  text: z.string().min(1).max(4000),
  chats: z.array(z.string().min(1)).max(20),
});

/** Where pushed text goes: the adapter whose chats start with its prefix. */
export interface PushTarget {
  owns(chat: string): boolean;
  deliver(chat: string, text: string): Promise<boolean>;
}

export interface PushAnswer {
  status: number;
  body: { delivered?: number; error?: string };
}

/**
 * Receives the server's case updates (POST /push, see server/chat/chat-push.ts): the HMAC signature over
 * "<timestamp>.<body>" with BOT_PUSH_SECRET and a fresh timestamp are required; each push is delivered once (by
 * its id) and only to chats that still follow the case — a chat that sent "解绑" hears nothing more.
 */
export class PushReceiver {
  constructor(
    private readonly o: { secret: string; store: ChatStore; targets: PushTarget[]; logger: BotLogger },
  ) {}

  async receive(headers: { timestamp?: string; signature?: string }, body: string): Promise<PushAnswer> {
    const timestamp = headers.timestamp ?? '';
    const expected = `sha256=${createHmac('sha256', this.o.secret).update(`${timestamp}.${body}`).digest('hex')}`;
    if (!sameSignature(headers.signature ?? '', expected))
      return { status: 401, body: { error: 'bad signature' } };
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS)
      return { status: 401, body: { error: 'stale timestamp' } };
    let push: z.infer<typeof pushSchema>;
    try {
      push = pushSchema.parse(JSON.parse(body));
    } catch {
      return { status: 400, body: { error: 'not a push' } };
    }
    if (!(await this.o.store.firstTime('push', push.id, SEEN_SECONDS)))
      return { status: 200, body: { delivered: 0 } };
    let delivered = 0;
    try {
      for (const chat of new Set(push.chats)) {
        const state = await this.o.store.load(chat);
        if (!state.bindings?.some((b) => b.caseNumber === push.caseNumber && b.token)) continue;
        const target = this.o.targets.find((t) => t.owns(chat));
        if (target && (await target.deliver(chat, push.text))) delivered++;
      }
    } catch (err) {
      // Not delivered: forget the id so that the server's retry is taken.
      await this.o.store.forget('push', push.id);
      this.o.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'push not delivered');
      return { status: 502, body: { error: 'not delivered' } };
    }
    return { status: 200, body: { delivered } };
  }
}
