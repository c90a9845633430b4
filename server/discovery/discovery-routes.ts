import { z } from 'zod';
import { loadArea } from '../areas/areas';
import type { Config } from '../config';
import { pageAnswer, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { AUDIENCES, STAFF_ROLES } from '../identity/principal';
import {
  createDiscovery,
  recordFollowUp,
  followUpSchema,
  listDiscoveries,
  listQuerySchema,
  loadDiscovery,
  newDiscoverySchema,
  type FollowUpDays,
} from './discoveries';
import {
  discoveryDetailOf,
  discoveryDetailSchema,
  discoverySummaryOf,
  discoverySummarySchema,
} from './discovery-views';

const byId = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) });
/** Who finds and reports households: village workers (村/社区 协理员, grid workers) and the township itself. */
const REPORTERS = ['village_worker', 'township_staff'] as const;

/** 主动发现报告: village and grid workers report households in hardship; the township follows them up. */
export function discoveryRoutes(routes: Routes, config: Config): void {
  const days: FollowUpDays = {
    urgent: config.DISCOVERY_URGENT_FOLLOW_UP_DAYS,
    ordinary: config.DISCOVERY_FOLLOW_UP_DAYS,
  };

  routes.add({
    method: 'post',
    path: '/api/v1/discoveries',
    operationId: 'reportDiscovery',
    errors: { 400: ['discovery_area_level'] },
    summary:
      'Report a household found in hardship (主动发现报告) to the township, with a follow-up date in working days; urgent (急难) ones are flagged',
    tags: ['discovery'],
    access: { allow: REPORTERS, scope: ({ body }) => loadArea(body.areaId) },
    idempotent: true,
    body: newDiscoverySchema,
    response: {
      status: 201,
      description: 'The report as the township sees it',
      schema: discoveryDetailSchema,
    },
    handler: async ({ body, record: area, principal, koa, t, audit, requestKey }) => {
      const doc = await createDiscovery(body, area, principal, koa.deps.crypto, days, requestKey);
      await audit({
        action: 'create',
        record: { type: 'discovery', id: String(doc._id) },
        areaId: doc.areaId,
        details: { urgency: doc.urgency, hardships: doc.hardships },
      });
      koa.deps.outbox.kick();
      return discoveryDetailOf(doc, t, koa.deps.crypto);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/discoveries',
    operationId: 'listDiscoveries',
    summary:
      'Discovery reports within the caller’s area: open and urgent first, then by follow-up date (no names)',
    tags: ['discovery'],
    access: { allow: STAFF_ROLES },
    query: listQuerySchema,
    response: { description: 'One page', schema: pageSchema(discoverySummarySchema) },
    handler: async ({ query, principal, t }) => {
      const { items, total } = await listDiscoveries(principal.areaId, query);
      return pageAnswer(
        items.map((d) => discoverySummaryOf(d, t)),
        total,
        query,
      );
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/discoveries/:id',
    operationId: 'getDiscovery',
    summary: 'One discovery report with the household and its follow-ups; the read is audited',
    tags: ['discovery'],
    access: { allow: STAFF_ROLES, scope: ({ params }) => loadDiscovery(params.id) },
    params: byId,
    response: { description: 'The report', schema: discoveryDetailSchema },
    handler: async ({ params, record, koa, t, audit }) => {
      await audit({ action: 'read', record: { type: 'discovery', id: params.id }, areaId: record.areaId });
      return discoveryDetailOf(record, t, koa.deps.crypto);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/discoveries/:id/follow-ups',
    operationId: 'recordDiscoveryFollowUp',
    errors: { 409: ['discovery_closed', 'discovery_changed'] },
    summary:
      'Record a follow-up: a visit sets the next date in working days; helping to apply, emergency aid, a referral or no need closes the report',
    tags: ['discovery'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadDiscovery(params.id) },
    params: byId,
    body: followUpSchema,
    response: { description: 'The report after the follow-up', schema: discoveryDetailSchema },
    handler: async ({ params, body, record, principal, koa, t, audit }) => {
      const doc = await recordFollowUp(record, body, principal, koa.deps.crypto, days);
      await audit({
        action: 'update',
        record: { type: 'discovery', id: params.id },
        areaId: doc.areaId,
        details: { outcome: body.outcome, status: doc.status },
      });
      return discoveryDetailOf(doc, t, koa.deps.crypto);
    },
  });
}
