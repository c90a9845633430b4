import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import { Application, type ApplicationDoc } from './application-model';

/**
 * Members whose ID number is also in another open application. Households split and merge (a grown child moves
 * out, a widow moves in with her son), so the same person in two applications is not refused; staff are shown it
 * on both, to look into before deciding. Found by the ID numbers' blind index, never by decrypting.
 */

const OPEN = ['draft', 'submitted', 'in_progress'] as const;

export const sharedMembersSchema = z
  .array(
    z.object({
      member: z
        .number()
        .int()
        .min(1)
        .describe('The member’s position in this application’s household, from 1'),
      cases: z.array(
        z.object({
          id: z.string(),
          caseNumber: z.string().nullable(),
          status: z.enum(OPEN),
          area: z.string().describe('The name of the village or township where it was made'),
        }),
      ),
    }),
  )
  .describe('Members also listed, by ID number, in another open application');
export type SharedMembers = z.infer<typeof sharedMembersSchema>;

export async function sharedMembers(app: ApplicationDoc): Promise<SharedMembers> {
  const indexes = app.members.map((m) => m.idNumberIndex).filter((i): i is string => !!i);
  if (indexes.length === 0) return [];
  const others = await Application.find(
    { 'members.idNumberIndex': { $in: indexes }, _id: { $ne: app._id }, status: { $in: OPEN } },
    { caseNumber: 1, status: 1, areaId: 1, 'members.idNumberIndex': 1 },
  )
    .limit(50)
    .lean<Pick<ApplicationDoc, '_id' | 'caseNumber' | 'status' | 'areaId' | 'members'>[]>();
  if (others.length === 0) return [];
  const areas = await Area.find(
    { _id: { $in: [...new Set(others.map((o) => o.areaId))] } },
    { name: 1 },
  ).lean<AreaDoc[]>();
  const areaName = new Map(areas.map((a) => [a._id, a.name]));
  return app.members.flatMap((m, i) => {
    const cases = others
      .filter((o) => m.idNumberIndex && o.members.some((om) => om.idNumberIndex === m.idNumberIndex))
      .map((o) => ({
        id: String(o._id),
        caseNumber: o.caseNumber ?? null,
        status: o.status as (typeof OPEN)[number],
        area: areaName.get(o.areaId) ?? o.areaId,
      }));
    return cases.length > 0 ? [{ member: i + 1, cases }] : [];
  });
}
