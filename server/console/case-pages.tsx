import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { trackingOf } from '../applications/tracking';
import { AUDIENCES } from '../identity/principal';
import { packFor } from '../policy/packs';
import type { ConsolePages } from './console-pages';
import { Timeline } from './case-timeline';

/** One case: what the township decides on, its history, and the actions its procedure expects next. */

const byId = z.strictObject({ id: applicationIdSchema });
const scope = ({ params }: { params: { id: string } }) => loadApplication(params.id);

export function casePages(pages: ConsolePages): void {
  pages.add({
    method: 'get',
    path: '/cases/:id',
    access: { allow: AUDIENCES.office, scope },
    params: byId,
    handler: async ({ record, koa, t, lng, audit, page }) => {
      await audit({
        action: 'read',
        record: { type: 'application', id: String(record._id) },
        areaId: record.areaId,
      });
      const tracking = trackingOf(record, packFor(koa.deps.packs, record.jurisdiction), chinaToday(), lng);
      return page(
        t('console:case.title', { caseNumber: record.caseNumber ?? String(record._id) }),
        <Timeline t={t} tracking={tracking} />,
      );
    },
  });
}
