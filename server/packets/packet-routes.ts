import { z } from 'zod';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { AppError } from '../http/errors';
import { fileResponse } from '../http/file-response';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { packFor } from '../policy/packs';
import { intakePacket } from './intake-packet';

/** The printable intake packet of a submitted case, for the office that handles it. */
export function packetRoutes(routes: Routes, font: { path: string; name: string }): void {
  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id/packet',
    operationId: 'getIntakePacket',
    errors: { 404: ['not_found'], 409: ['packet_before_submission'] },
    summary:
      'The intake packet as a PDF: application form, household, declarations, materials index and photos',
    tags: ['cases'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadApplication(params.id) },
    params: z.strictObject({ id: applicationIdSchema }),
    response: { description: 'The packet', schema: fileResponse(['application/pdf']) },
    handler: async ({ record, koa, lng, audit }) => {
      if (record.status === 'draft' || !record.caseNumber)
        throw new AppError(409, 'packet_before_submission');
      const pack = packFor(koa.deps.packs, record.jurisdiction);
      const data = await intakePacket(
        record,
        pack,
        { crypto: koa.deps.crypto, blobs: koa.deps.blobs, font },
        lng,
      );
      await audit({
        action: 'packet.download',
        record: { type: 'application', id: String(record._id) },
        areaId: record.areaId,
        details: { bytes: data.length },
      });
      return { data, contentType: 'application/pdf', filename: `${record.caseNumber}-受理材料.pdf` };
    },
  });
}
