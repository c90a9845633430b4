import createClient from 'openapi-fetch';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];
export type ApiClient = ReturnType<typeof createClient<paths>>;

/**
 * The one way the bot reaches the backend: a client typed from the generated contract, so a changed endpoint
 * breaks the bot's type-check rather than a conversation. Every call says it comes from the bot (the audit
 * trail records the channel) and asks for answers in the chat's language.
 */
export function apiClient(baseUrl: string, fetchImpl: typeof fetch = fetch): ApiClient {
  return createClient<paths>({
    baseUrl,
    headers: { 'X-Channel': 'bot' },
    fetch: fetchImpl,
  });
}

/** The localised message of an API error answer, when it has one. */
export function errorMessage(error: unknown): string | undefined {
  const message = (error as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message : undefined;
}
