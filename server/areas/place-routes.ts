import { z } from 'zod';
import { pageAnswer, pageFields, pageOfList, pageSchema } from '../http/paging';
import { AppError } from '../http/errors';
import type { Routes } from '../http/route';
import { Area, AREA_LEVELS, type AreaDoc } from './area-model';
import { areaIdSchema, childAreas, policyPackFor } from './areas';

const place = z
  .object({
    id: z.string(),
    name: z.string(),
    level: z.enum(AREA_LEVELS),
    kind: z.string(),
    jurisdiction: z
      .string()
      .nullable()
      .describe('The policy pack that governs the place (see /api/v1/jurisdictions/{id}/policy)'),
    hasChildren: z.boolean(),
  })
  .meta({ id: 'Place' });

/**
 * The place tree as anyone may read it (names of counties, townships and villages are public): a resident
 * chooses county → township → village to see the policy that applies there and to apply.
 */
export function placeRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/places',
    operationId: 'listPlaces',
    errors: { 404: ['area_missing'] },
    summary:
      'The places directly under a place (the top places without parentId), each with the policy pack that governs it',
    tags: ['areas'],
    access: 'public',
    query: z.strictObject({
      ...pageFields(50),
      parentId: areaIdSchema.optional().describe('The place whose children to list; absent: the top places'),
    }),
    response: { description: 'One page of places, by division code', schema: pageSchema(place) },
    handler: async ({ query }) => {
      let parentPack: string | null = null;
      let items: AreaDoc[];
      let total: number;
      if (query.parentId) {
        const parent = await Area.findById(query.parentId).lean<AreaDoc>();
        if (!parent) throw new AppError(404, 'area_missing', { id: query.parentId });
        parentPack = await policyPackFor(parent);
        ({ items, total } = await childAreas(parent._id, query));
      } else {
        const filter = { parentId: null };
        const window = { skip: (query.page - 1) * query.size, limit: query.size };
        [items, total] = await Promise.all([
          Area.find(filter).sort({ _id: 1 }).skip(window.skip).limit(window.limit).lean<AreaDoc[]>(),
          Area.countDocuments(filter),
        ]);
      }
      const withChildren = new Set(
        (await Area.distinct('parentId', { parentId: { $in: items.map((a) => a._id) } })) as string[],
      );
      return pageAnswer(
        items.map((a) => ({
          id: a._id,
          name: a.name,
          level: a.level as (typeof AREA_LEVELS)[number],
          kind: a.kind,
          jurisdiction: a.policyPack ?? parentPack,
          hasChildren: withChildren.has(a._id),
        })),
        total,
        query,
      );
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/places/search',
    operationId: 'findPlaces',
    summary:
      'Townships and villages whose name contains the words given, each with the names above it (what a report is about)',
    tags: ['areas'],
    access: 'public',
    query: z.strictObject({ name: z.string().trim().min(2).max(40), ...pageFields(20) }),
    response: {
      description: 'Places whose name contains the words, with the names above them',
      schema: pageSchema(
        z.object({
          id: z.string(),
          name: z.string(),
          level: z.enum(AREA_LEVELS),
          within: z.array(z.string()).describe('The names of the areas above it, county first'),
        }),
      ),
    },
    handler: async ({ query }) => {
      const escaped = query.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const found = await Area.find({ name: { $regex: escaped }, level: { $in: ['township', 'village'] } })
        .limit(100)
        .lean<AreaDoc[]>();
      const above = await Area.find({ _id: { $in: [...new Set(found.flatMap((a) => a.path))] } }).lean<
        AreaDoc[]
      >();
      const names = new Map(above.map((a) => [a._id, a.name]));
      const items = found.map((a) => ({
        id: a._id,
        name: a.name,
        level: a.level as (typeof AREA_LEVELS)[number],
        within: a.path.filter((id) => id !== a._id && names.has(id)).map((id) => names.get(id)!),
      }));
      return pageOfList(items, query);
    },
  });
}
