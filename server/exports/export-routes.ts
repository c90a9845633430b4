import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { fileResponse } from '../http/file-response';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { yearMonth } from '../recipients/recipients';
import { writeRecipientWorkbook } from './recipient-workbook';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    handler: async ({ query, principal, koa, lng, audit }) => {
      const month = query.month ?? chinaToday().slice(0, 7);
      const chunks: Buffer[] = [];
      const out = new PassThrough();
      out.on('data', (c: Buffer) => chunks.push(c));
      const counts = await writeRecipientWorkbook(
        { areaId: principal.areaId, month, lng },
        out,
        koa.deps.crypto,
      );
      await audit({
        action: 'export.recipients',
        record: { type: 'area', id: principal.areaId },
        areaId: principal.areaId,
        details: { month, ...counts },
      });
      return {
        data: Buffer.concat(chunks),
        contentType: XLSX,
        filename: `recipients-${principal.areaId}-${month}.xlsx`,
      };
    },
  });
}
