import type Koa from 'koa';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import { actorOf } from '../identity/principal';
import type { AppState } from './state';

export type RequestAudit = (
  event: Pick<AuditEvent, 'action' | 'record' | 'areaId' | 'details'>,
) => Promise<void>;

/** Records who read or changed which record in this request: actor, channel and request id filled in. */
export function requestAudit(koa: Koa.ParameterizedContext<AppState>): RequestAudit {
  return (event) =>
    appendAudit({
      ...event,
      actor: actorOf(koa.state.principal),
      channel: koa.state.channel,
      requestId: koa.state.requestId,
    });
}
