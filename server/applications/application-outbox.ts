import type { OutboxSource } from '../outbox/dispatcher';
import { Application } from './application-model';

/** Applications deliver their outbox; a delivered `forward` marks the case forwarded to its township. */
export const applicationOutbox: OutboxSource = {
  name: 'application',
  model: Application,
  afterSent: { forward: (_payload, sentAt) => ({ forwardedAt: sentAt }) },
};
