import { z } from 'zod';
import { Application, type ApplicationDoc } from '../applications/application-model';
import { Area, type AreaDoc } from '../areas/area-model';
import { policyPackFor } from '../areas/areas';
import { AppError } from '../http/errors';
import { pageOfList, pageSchema, type PageQuery } from '../http/paging';
import { type Language, translator } from '../i18n';
import type { Pack } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import { noticeEntryOf, noticeEntrySchema } from './notice-views';

/**
 * The public notice (公示) of a village or a township: generated from the cases under it, never typed by hand, so
 * what is published is what was decided. Open to anyone: the mini-program shows it, and so does the public page.
 */

export const publicNoticeSchema = pageSchema(noticeEntrySchema)
  .extend({
    area: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    howToObject: z.string().describe('How and where to object, in the reader’s language'),
    contacts: z.array(z.object({ label: z.string(), value: z.string() })),
  })
  .meta({ id: 'PublicNotice' });
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

/** What a notice reads of a case: no ID numbers, phones, declarations, files or outbox. */
const NOTICE_FIELDS = {
  areaId: 1,
  programs: 1,
  status: 1,
  'members.name': 1,
  stages: 1,
  decision: 1,
  createdAt: 1,
};

export async function publicNotice(
  areaId: string,
  packs: ReadonlyMap<string, Pack>,
  today: string,
  lng: Language,
  page: PageQuery,
): Promise<PublicNotice> {
  const area = await Area.findById(areaId).lean<AreaDoc>();
  if (!area || (area.level !== 'village' && area.level !== 'township')) throw new AppError(404, 'not_found');
  const packId = await policyPackFor(area);
  if (!packId) throw new AppError(404, 'not_found');
  const pack = packFor(packs, packId);
  const publications = pack.procedure.stages.filter((s) => s.kind === 'publication').map((s) => s.id);
  const cases = await Application.find(
    {
      areaPath: area._id,
      status: { $in: ['in_progress', 'closed'] },
      $or: [{ 'decision.outcome': 'approved' }, { 'stages.stage': { $in: publications } }],
    },
    NOTICE_FIELDS,
  )
    .sort({ createdAt: 1 })
    .lean<ApplicationDoc[]>();
  const villages = new Map(
    (
      await Area.find({ _id: { $in: [...new Set(cases.map((c) => c.areaId))] } }, { name: 1 }).lean<
        AreaDoc[]
      >()
    ).map((a) => [a._id, a.name]),
  );
  const entries = cases
    .map((c) => noticeEntryOf(c, pack, villages.get(c.areaId) ?? c.areaId, today, lng))
    .filter((e) => e !== null)
    // Those open to objection first, then the decided ones.
    .sort((a, b) => Number(b.state === 'in_publication') - Number(a.state === 'in_publication'));
  const t = translator(lng);
  const contacts = Array.isArray(pack.contacts)
    ? pack.contacts.map((c) => ({ label: c.label[lng], value: c.value }))
    : [];
  return {
    ...pageOfList(entries, page),
    area: { id: area._id, name: area.name, kind: area.kind },
    howToObject: t('notices:howToObject', { supervisor: pack.areaTerms.supervisor[lng] }),
    contacts,
  };
}
