import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { BotLanguage } from './i18n';

/** A multi-turn dialogue in progress: which one, its step and what has been said so far. */
export interface DialogueState {
  name: 'prescreen' | 'report';
  step: string;
  data: Record<string, unknown>;
  /** ms since epoch of the last turn: an idle dialogue starts over. */
  at: number;
}

/** What the bot remembers of one chat, in Redis with an expiry renewed at each message. */
export interface ChatState {
  lang: BotLanguage;
  /** The policy pack id of the user's place, asked once. */
  place?: string;
  /** A question asked before the place was known, answered once it is. */
  pendingQuestion?: string;
  dialogue?: DialogueState;
  /** The follow-ups last suggested: "1" asks the first. */
  followUps?: string[];
  /** The user's last few questions, for the summary a township gets on a hand-off. */
  recent?: string[];
  /** Cases bound to this chat: the credential reads only that case's timeline. */
  bindings?: { caseNumber: string; token: string }[];
}

function seenKey(kind: string, id: string): string {
  return `seen:${kind}:${createHash('sha256').update(id).digest('base64url').slice(0, 22)}`;
}

function parseState(raw: string | null): ChatState {
  if (!raw) return newState();
  try {
    return { ...newState(), ...(JSON.parse(raw) as ChatState) };
  } catch {
    return newState();
  }
}

export function newState(): ChatState {
  return { lang: 'zh-CN' };
}

/**
 * Chat states and per-chat counters in Redis. Keys carry a hash of the chat id, never the id itself, so an
 * openid or a WeChat contact id does not appear in Redis key listings.
 */
export class ChatStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
  ) {}

  static keyOf(chat: string): string {
    return createHash('sha256').update(chat).digest('base64url').slice(0, 22);
  }

  async load(chat: string): Promise<ChatState> {
    return parseState(await this.redis.get(`chat:${ChatStore.keyOf(chat)}`));
  }

  /**
   * A message arrives: its chat's state and whether the chat is over `limit` messages this minute, in one round
   * trip to Redis.
   */
  async arrive(chat: string, limit: number): Promise<{ state: ChatState; overLimit: boolean }> {
    const key = ChatStore.keyOf(chat);
    const rate = `rate:${key}:${Math.floor(Date.now() / 60_000)}`;
    const [[, raw], [, count]] = (await this.redis
      .multi()
      .get(`chat:${key}`)
      .incr(rate)
      .expire(rate, 61)
      .exec()) as [[null, string | null], [null, number]];
    return { state: parseState(raw), overLimit: count > limit };
  }

  async save(chat: string, state: ChatState): Promise<void> {
    await this.redis.set(`chat:${ChatStore.keyOf(chat)}`, JSON.stringify(state), 'EX', this.ttlSeconds);
  }

  /** True the first time `id` is seen within `ttlSeconds` (a push or a webhook delivery answered once). */
  async firstTime(kind: string, id: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.set(seenKey(kind, id), '1', 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  /** Forgets that `id` was seen, so that a retry is taken (it was not handled after all). */
  async forget(kind: string, id: string): Promise<void> {
    await this.redis.del(seenKey(kind, id));
  }
}
