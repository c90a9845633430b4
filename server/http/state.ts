import type { TFunction } from 'i18next';
import type { Language } from '../i18n';
import type { Principal } from '../identity/principal';
import type { Logger } from '../logger';

export const CHANNELS = ['miniprogram', 'bot', 'console', 'api'] as const;
export type Channel = (typeof CHANNELS)[number] | 'cli' | 'system';

/** What the middleware chain establishes for every request. */
export interface AppState {
  requestId: string;
  lng: Language;
  t: TFunction;
  channel: Channel;
  log: Logger;
  principal?: Principal;
  /** The bearer token the principal was resolved from. */
  sessionToken?: string;
}
