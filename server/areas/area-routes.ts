import { z } from 'zod';
import { pageAnswer, pageFields, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { STAFF_ROLES } from '../identity/principal';
import { AREA_LEVELS, type AreaDoc } from './area-model';
import { areaIdSchema, childAreas, loadArea } from './areas';

const area = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(AREA_LEVELS),
  kind: z.string(),
  parentId: z.string().nullable(),
  path: z.array(z.string()),
  policyPack: z.string().nullable(),
});

const view = (a: AreaDoc) => ({
  id: a._id,
  name: a.name,
  level: a.level,
  kind: a.kind,
  parentId: a.parentId ?? null,
  path: a.path,
  policyPack: a.policyPack ?? null,
});

const byId = z.strictObject({ id: areaIdSchema });

export function areaRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id',
    operationId: 'getArea',
    errors: { 404: ['not_found'] },
    summary: 'One area of the jurisdiction tree (staff, within their own area)',
    tags: ['areas'],
    access: { allow: STAFF_ROLES, scope: ({ params }) => loadArea(params.id) },
    params: byId,
    response: { description: 'The area', schema: area },
    handler: async ({ record }) => view(record),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/children',
    operationId: 'listAreaChildren',
    errors: { 404: ['not_found'] },
    summary: 'The areas directly under an area (staff, within their own area)',
    tags: ['areas'],
    access: { allow: STAFF_ROLES, scope: ({ params }) => loadArea(params.id) },
    params: byId,
    query: z.object(pageFields(50)),
    response: { description: 'Child areas, by division code', schema: pageSchema(area) },
    handler: async ({ params, query }) => {
      const { items, total } = await childAreas(params.id, query);
      return pageAnswer(items.map(view), total, query);
    },
  });
}
