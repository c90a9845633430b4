import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** The chat a call is made for: set around each turn, read when the call leaves. */
const currentChat = new AsyncLocalStorage<string>();

/** Runs `fn` with its API calls counted against `chatKey` (a hash of the chat id) rather than the bot's address. */
export function forChat<T>(chatKey: string, fn: () => Promise<T>): Promise<T> {
  return currentChat.run(chatKey, fn);
}

/**
 * The one way the bot reaches the backend: a client typed from the generated contract, so a changed endpoint
 * breaks the bot's type-check rather than a conversation. Every call says it comes from the bot (the audit
 * trail records the channel). With the secret it shares with the server, a call also names the chat it is made
 * for, signed, so that the server's rate limits count each resident and not the bot as one client.
 */
export function apiClient(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  sharedSecret?: string,
): ApiClient {
  const client = createClient<paths>({ baseUrl, headers: { 'X-Channel': 'bot' }, fetch: fetchImpl });
  if (sharedSecret)
    client.use({
      onRequest({ request }) {
        const chat = currentChat.getStore();
        if (!chat) return request;
        request.headers.set('X-Bot-Chat', chat);
        request.headers.set(
          'X-Bot-Signature',
          createHmac('sha256', sharedSecret).update(`bot-chat:${chat}`).digest('hex'),
        );
        return request;
      },
    });
  return client;
}

/** The localised message of an API error answer, when it has one. */
export function errorMessage(error: unknown): string | undefined {
  const message = (error as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message : undefined;
}
