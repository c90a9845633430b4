import { z } from 'zod';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { pageAnswer, pageFields, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { auditPageOf } from './audit-log';

const entrySchema = z
  .object({
    seq: z.number().int().nullable().describe('Position in the sealed chain; null until sealed (seconds)'),
    at: z.string(),
    actor: z.object({ kind: z.string(), id: z.string(), role: z.string().nullable() }),
    channel: z.string(),
    action: z.string(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

const scope = ({ params }: { params: { id: string } }) => loadApplication(params.id);

/** The trail of a case, for the staff who reach it (the console shows it beside the case). */
export function auditRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id/audit',
    operationId: 'listCaseAudit',
    summary:
      'Who read or changed the case, when and through which channel, oldest first; the read is audited too',
    tags: ['cases'],
    access: { allow: ['village_worker', ...AUDIENCES.office], scope },
    params: z.strictObject({ id: applicationIdSchema }),
    query: z.strictObject(pageFields(20)),
    response: {
      description: 'One page of the trail and how many entries it has',
      schema: pageSchema(entrySchema),
    },
    handler: async ({ params, query, record, audit }) => {
      const target = { type: 'application', id: params.id };
      const { total, items } = await auditPageOf(target, query);
      await audit({
        action: 'read_audit',
        record: target,
        areaId: record.areaId,
        details: { page: query.page },
      });
      return pageAnswer(
        items.map((e) => ({
          seq: e.seq,
          at: e.at.toISOString(),
          actor: { kind: e.actor.kind, id: e.actor.id, role: e.actor.role ?? null },
          channel: e.channel,
          action: e.action,
          details: e.details,
        })),
        total,
        query,
      );
    },
  });
}
