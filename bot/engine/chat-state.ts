import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { BotLogger } from '../logger';
import type { CredentialSeal } from './credential-seal';
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
  /**
   * Cases bound to this chat: the credential reads only that case's timeline. A binding without one is a binding
   * whose sealed credential no longer opened: the user is asked to bind that case again.
   */
  bindings?: { caseNumber: string; token?: string }[];
}

/** A chat state as kept in Redis: each binding's credential sealed (CredentialSeal). */
type StoredState = Omit<ChatState, 'bindings'> & {
  bindings?: { caseNumber: string; sealedToken?: string }[];
};

function seenKey(kind: string, id: string): string {
  return `seen:${kind}:${createHash('sha256').update(id).digest('base64url').slice(0, 22)}`;
}

function parseState(raw: string | null): StoredState {
  if (!raw) return newState();
  try {
    return { ...newState(), ...(JSON.parse(raw) as StoredState) };
  } catch {
    return newState();
  }
}

export function newState(): ChatState {
  return { lang: 'zh-CN' };
}

/**
 * Chat states and per-chat counters in Redis. Keys carry a hash of the chat id, never the id itself, so an
 * openid or a WeChat contact id does not appear in Redis key listings. Case credentials are kept sealed, bound to
 * the chat's key and the case number.
 */
export class ChatStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
    private readonly seal: CredentialSeal,
    private readonly logger: BotLogger,
  ) {}

  static keyOf(chat: string): string {
    return createHash('sha256').update(chat).digest('base64url').slice(0, 22);
  }

  async load(chat: string): Promise<ChatState> {
    const key = ChatStore.keyOf(chat);
    return this.opened(key, parseState(await this.redis.get(`chat:${key}`)));
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
    return { state: this.opened(key, parseState(raw)), overLimit: count > limit };
  }

  async save(chat: string, state: ChatState): Promise<void> {
    const key = ChatStore.keyOf(chat);
    const stored: StoredState = {
      ...state,
      bindings: state.bindings?.map(({ caseNumber, token }) =>
        token === undefined
          ? { caseNumber }
          : { caseNumber, sealedToken: this.seal.seal(token, `${key}:${caseNumber}`) },
      ),
    };
    await this.redis.set(`chat:${key}`, JSON.stringify(stored), 'EX', this.ttlSeconds);
  }

  /**
   * The state with its credentials opened. A credential that does not open (key changed, value altered) is left
   * out: its binding keeps the case number only, and the user is asked to bind again.
   */
  private opened(key: string, { bindings, ...rest }: StoredState): ChatState {
    if (!bindings) return rest;
    let refused = 0;
    const state: ChatState = {
      ...rest,
      bindings: bindings.map(({ caseNumber, sealedToken }) => {
        const token =
          sealedToken === undefined ? undefined : this.seal.open(sealedToken, `${key}:${caseNumber}`);
        if (sealedToken !== undefined && token === undefined) refused++;
        return token === undefined ? { caseNumber } : { caseNumber, token };
      }),
    };
    // Logged once: saved again, such a binding keeps its case number only.
    if (refused)
      this.logger.warn({ bindings: refused }, 'case credential did not open: asking to bind again');
    return state;
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
