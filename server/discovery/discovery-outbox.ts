import type { OutboxSource } from '../outbox/dispatcher';
import { Discovery } from './discovery-model';

/** Discovery reports deliver their outbox: the WeCom notice telling the township a household was found. */
export const discoveryOutbox: OutboxSource = { name: 'discovery', model: Discovery };
