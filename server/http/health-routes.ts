import { z } from 'zod';
import { sealingStatus } from '../audit/audit-log';
import { storeUp } from '../store/mongo';
import { AppError } from './errors';
import type { Routes } from './route';

const health = z.object({ status: z.literal('ok') });
const readiness = z.object({
  status: z.literal('ready'),
  store: z.boolean(),
  redis: z.boolean(),
  details: z.object({
    audit: z
      .object({
        sealed: z.number().int().describe('Entries sealed into the hash chain'),
        lagSeconds: z.number().describe('Age of the oldest entry not sealed yet'),
        maxLagSeconds: z.number(),
        behind: z.boolean().describe('Sealing lags more than AUDIT_MAX_LAG_SECONDS'),
      })
      .describe('The audit log: reads never wait for sealing, so a lag shows here rather than in latency'),
  }),
});

export function healthRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    summary: 'Liveness: the process answers',
    tags: ['operations'],
    access: 'public',
    response: { description: 'Alive', schema: health },
    handler: async () => ({ status: 'ok' as const }),
  });

  routes.add({
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    errors: { 503: ['not_ready'] },
    summary: 'Readiness: the store and Redis both answer',
    tags: ['operations'],
    access: 'public',
    response: { description: 'Ready to serve', schema: readiness },
    handler: async ({ koa }) => {
      // The store's state is kept from the driver's heartbeats (store/mongo.ts): a ping while it is up would queue
      // behind the operations of a busy store and could call it away when it is only busy.
      const store = await storeUp();
      // While ioredis knows Redis is away, say so at once instead of trying.
      const redis =
        koa.deps.redis.status === 'ready' &&
        (await koa.deps.redis.ping().then(
          (r) => r === 'PONG',
          () => false,
        ));
      if (!store || !redis) throw new AppError(503, 'not_ready', { store, redis });
      const audit = await sealingStatus(koa.deps.config.AUDIT_MAX_LAG_SECONDS);
      return { status: 'ready' as const, store, redis, details: { audit } };
    },
  });
}
