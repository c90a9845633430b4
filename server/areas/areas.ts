import { z } from 'zod';
import { AppError } from '../http/errors';
import { Area, AREA_LEVELS, type AreaDoc } from './area-model';
import type { ScopedRecord } from '../identity/access';
import { pageWindow, type PageQuery } from '../http/paging';

export const areaIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const newAreaSchema = z.strictObject({
  id: areaIdSchema,
  name: z.string().trim().min(1).max(60),
  level: z.enum(AREA_LEVELS),
  kind: z.string().trim().min(1).max(20),
  parentId: areaIdSchema.nullable().default(null),
  policyPack: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable()
    .default(null),
});

export type NewArea = z.input<typeof newAreaSchema>;

/** Creates an area under its parent; a child must sit at a deeper level than its parent. */
export async function createArea(input: NewArea): Promise<AreaDoc> {
  const area = newAreaSchema.parse(input);
  let path = [area.id];
  if (area.parentId) {
    const parent = await Area.findById(area.parentId).lean<AreaDoc>();
    if (!parent) throw new AppError(404, 'area_parent_missing', { id: area.parentId });
    if (AREA_LEVELS.indexOf(area.level) <= AREA_LEVELS.indexOf(parent.level)) {
      throw new AppError(400, 'area_level_order', { level: area.level, parentLevel: parent.level });
    }
    path = [...parent.path, area.id];
  }
  if (await Area.exists({ _id: area.id })) throw new AppError(409, 'area_exists', { id: area.id });
  const { id, ...rest } = area;
  const created = await Area.create({ _id: id, ...rest, path });
  return created.toObject() as AreaDoc;
}

/** An area with its place in the tree, for the access check of routes about it. */
export async function loadArea(id: string): Promise<ScopedRecord<AreaDoc> | null> {
  const area = await Area.findById(id).lean<AreaDoc>();
  return area ? { areaPath: area.path, record: area } : null;
}

export async function childAreas(id: string, page: PageQuery): Promise<{ items: AreaDoc[]; total: number }> {
  const { skip, limit } = pageWindow(page);
  const [items, total] = await Promise.all([
    Area.find({ parentId: id }).sort({ _id: 1 }).skip(skip).limit(limit).lean<AreaDoc[]>(),
    Area.countDocuments({ parentId: id }),
  ]);
  return { items, total };
}

export async function rootAreaIds(): Promise<string[]> {
  const roots = await Area.find({ parentId: null }, { _id: 1 }).sort({ _id: 1 }).lean<AreaDoc[]>();
  return roots.map((a) => a._id);
}

/** The whole subtree under an area, itself included, ordered by path. */
export async function subtree(id: string): Promise<AreaDoc[]> {
  const areas = await Area.find({ path: id }).lean<AreaDoc[]>();
  return areas.sort((a, b) => a.path.join('/').localeCompare(b.path.join('/')));
}

/** The policy pack that governs an area: its own, or the nearest ancestor's. */
export async function policyPackFor(area: AreaDoc): Promise<string | null> {
  if (area.policyPack) return area.policyPack;
  const ancestors = await Area.find({ _id: { $in: area.path } }, { policyPack: 1, path: 1 }).lean<
    AreaDoc[]
  >();
  const nearest = ancestors.filter((a) => a.policyPack).sort((a, b) => b.path.length - a.path.length)[0];
  return nearest?.policyPack ?? null;
}
