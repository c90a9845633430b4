import type { OutboxSource } from '../outbox/dispatcher';
import { Report } from './report-model';

/** Reports deliver their outbox: the WeCom message telling the routed office a report arrived. */
export const reportOutbox: OutboxSource = { name: 'report', model: Report };
