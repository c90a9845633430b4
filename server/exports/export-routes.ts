import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { fileResponse } from '../http/file-response';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { yearMonth } from '../recipients/recipients';
import { recipientWorkbookFile, XLSX } from './recipient-workbook';

/** Excel exports for the provincial system, of the caller's own jurisdiction. */
export function exportRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/exports/recipients',
    operationId: 'exportRecipients',
    summary:
      'The recipients register and the month’s changes (新增、增发、减发、停发) as an Excel workbook for the provincial system',
    tags: ['recipients'],
    access: { allow: AUDIENCES.office },
    query: z.strictObject({
      month: yearMonth.optional().describe('The month whose changes are listed; this month when absent'),
    }),
    response: { description: 'The workbook', schema: fileResponse([XLSX]) },
    handler: async ({ query, principal, koa, lng, audit }) =>
      recipientWorkbookFile(
        principal.areaId,
        query.month ?? chinaToday().slice(0, 7),
        lng,
        koa.deps.crypto,
        audit,
      ),
  });
}
