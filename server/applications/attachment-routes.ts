import { z } from 'zod';
import { fileResponse } from '../http/file-response';
import type { Routes } from '../http/route';
import { actorOf, AUDIENCES } from '../identity/principal';
import { UPLOAD_TYPES } from '../uploads/inspect';
import { discardUpload } from '../uploads/store-upload';
import { uploadIdSchema } from '../uploads/upload-view';
import {
  attachmentView,
  attachmentViewSchema,
  attachToDraft,
  findAttachment,
  readAttachment,
  unlinkAttachment,
} from './attachments';
import { completenessSchema, missingToday } from './completeness';
import { applicationIdSchema, loadApplication } from './drafts';

const byId = z.strictObject({ id: applicationIdSchema });
const byAttachment = z.strictObject({
  id: applicationIdSchema,
  attachmentId: uploadIdSchema,
});
const uploadFields = z.strictObject({
  materialId: z
    .string()
    .regex(/^[a-z0-9_]{1,64}$/)
    .describe('The id of a material item of the application’s pack, as listed in `missing.materials`'),
});

/** Who may add or remove files: the resident owner, the village's worker, and the township window (受理窗口)
 * scanning paper copies brought in person; the access rule keeps each to their own cases. */
const UPLOADERS = ['resident', 'village_worker', 'township_staff'] as const;
const changed = z.object({ revision: z.number().int(), missing: completenessSchema });

/** Materials uploaded to a draft: one file per request, sealed at rest, every read audited. */
export function attachmentRoutes(routes: Routes, maxFileBytes: number): void {
  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/attachments',
    operationId: 'uploadAttachment',
    errors: { 400: ['material_unknown'], 409: ['not_a_draft', 'attachments_full'] },
    summary:
      'Upload a file for one material item (draft only): JPEG, PNG, WebP or PDF; images are stored without metadata',
    tags: ['applications'],
    access: { allow: UPLOADERS, scope: ({ params }) => loadApplication(params.id) },
    params: byId,
    body: uploadFields,
    multipart: { field: 'file', maxFiles: 1, maxFileBytes },
    idempotent: true,
    response: {
      status: 201,
      description: 'The stored file and what the application still lacks',
      schema: changed.extend({ attachment: attachmentViewSchema }),
    },
    handler: async ({ params, body, files, record: app, principal, koa, lng, audit, requestKey }) => {
      const { deps } = koa;
      // A retry of an upload that was linked before its answer could be kept answers that one, and audits it
      // again: the crash may have come before the entry was stored. The revision is then the draft's now, the
      // one the link made unless the draft has changed since.
      const made = app.attachments.find((a) => requestKey && a.requestKey === requestKey);
      const { attachment, linked } = made
        ? { attachment: made, linked: app }
        : await attachToDraft(
            deps,
            app,
            body.materialId,
            { data: files[0]!.data, folder: `applications/${params.id}`, requestKey },
            actorOf(principal),
          );
      await audit({
        action: 'attach',
        record: { type: 'application', id: params.id },
        areaId: app.areaId,
        details: {
          attachmentId: attachment.id,
          materialId: attachment.materialId,
          contentType: attachment.contentType,
          bytes: attachment.bytes,
          sha256: attachment.sha256,
          revision: linked.revision,
        },
      });
      return {
        attachment: attachmentView(attachment),
        revision: linked.revision,
        missing: missingToday(linked, deps.packs, lng),
      };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id/attachments/:attachmentId',
    operationId: 'getAttachment',
    summary: 'One uploaded file, to those who may see the case; every read is audited',
    tags: ['applications'],
    access: { allow: AUDIENCES.signedIn, scope: ({ params }) => loadApplication(params.id) },
    params: byAttachment,
    response: { description: 'The file as stored', schema: fileResponse(UPLOAD_TYPES) },
    handler: async ({ params, record: app, koa, lng, audit }) =>
      readAttachment(app, params.attachmentId, { deps: koa.deps, audit, lng }),
  });

  routes.add({
    method: 'delete',
    path: '/api/v1/applications/:id/attachments/:attachmentId',
    operationId: 'deleteAttachment',
    errors: { 409: ['not_a_draft', 'stale_revision'] },
    summary: 'Remove an uploaded file from a draft; the file itself is deleted',
    tags: ['applications'],
    access: { allow: UPLOADERS, scope: ({ params }) => loadApplication(params.id) },
    params: byAttachment,
    response: { description: 'What the application still lacks', schema: changed },
    handler: async ({ params, record: app, koa, lng, audit }) => {
      const attachment = findAttachment(app, params.attachmentId);
      const saved = await unlinkAttachment(params.id, attachment);
      await discardUpload(koa.deps, attachment.storageKey);
      await audit({
        action: 'detach',
        record: { type: 'application', id: params.id },
        areaId: app.areaId,
        details: { attachmentId: attachment.id, materialId: attachment.materialId, revision: saved.revision },
      });
      return { revision: saved.revision, missing: missingToday(saved, koa.deps.packs, lng) };
    },
  });
}
