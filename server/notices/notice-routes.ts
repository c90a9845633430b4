import { z } from 'zod';
import { areaIdSchema } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { pageFields } from '../http/paging';
import type { Routes } from '../http/route';
import { publicNotice, publicNoticeSchema } from './public-notices';
import { noticePage } from './notice-page';

const byArea = z.strictObject({ id: areaIdSchema });

/** The public notice of a village or township: as JSON for the mini-program and the bot, and as a web page. */
export function noticeRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/notices',
    operationId: 'getPublicNotice',
    errors: { 404: ['not_found'] },
    summary:
      'The public notice (公示) of a village or township: masked names, household size, programme, amount, and how to object',
    tags: ['notices'],
    access: 'public',
    params: byArea,
    query: z.object(pageFields(50)),
    response: { description: 'The notice, one page', schema: publicNoticeSchema },
    handler: async ({ params, query, lng, koa }) =>
      publicNotice(params.id, koa.deps.packs, chinaToday(), lng, query),
  });

  routes.router.get('/notices/:id', async (koa) => {
    const id = areaIdSchema.safeParse(koa.params.id);
    if (!id.success) return;
    const page = Math.max(1, Number(koa.query.page) || 1);
    const notice = await publicNotice(id.data, koa.deps.packs, chinaToday(), koa.state.lng, {
      page,
      size: 50,
    });
    koa.type = 'text/html; charset=utf-8';
    koa.body = noticePage(notice, koa.state.lng);
  });
}
