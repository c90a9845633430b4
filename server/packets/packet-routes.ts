import { z } from 'zod';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { fileResponse } from '../http/file-response';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { intakePacketFile } from './intake-packet';

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
    handler: async ({ record, koa, lng, audit }) => intakePacketFile(record, koa.deps, font, lng, audit),
  });
}
