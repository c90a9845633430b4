import { z } from 'zod';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import type { ConsolePages } from '../console/console-pages';
import { AUDIENCES } from '../identity/principal';
import { intakePacketFile } from './intake-packet';

/** The intake packet of a case, printed from the console (the same file as GET /api/v1/applications/:id/packet). */
export function packetPages(pages: ConsolePages): void {
  pages.add({
    method: 'get',
    path: '/cases/:id/packet',
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadApplication(params.id) },
    params: z.strictObject({ id: applicationIdSchema }),
    handler: async ({ record, koa, lng, audit }) => {
      const { FONT_CJK_PATH: path, FONT_CJK_NAME: name } = koa.deps.config;
      return { file: await intakePacketFile(record, koa.deps, { path, name }, lng, audit) };
    },
  });
}
