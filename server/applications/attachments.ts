import { z } from 'zod';
import type { AppDeps } from '../http/deps';
import { AppError, notFound } from '../http/errors';
import type { FileBody } from '../http/file-response';
import type { RequestAudit } from '../http/request-audit';
import type { Language } from '../i18n';
import { forPrograms, materialItem } from '../policy/materials';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import { storeAndLink, type StoredUpload, type UploadActor, type UploadInput } from '../uploads/store-upload';
import { uploadFilename, uploadView, uploadViewSchema, type UploadFields } from '../uploads/upload-view';
import { Application, type ApplicationDoc } from './application-model';
import { stillDraft } from './drafts';

/**
 * Files linked to the material items of an application. Each is added or removed by one atomic update
 * conditioned on the application still being a draft; the bytes live sealed in the blob store.
 */

export type AttachmentDoc = ApplicationDoc['attachments'][number];

export const attachmentViewSchema = uploadViewSchema
  .extend({ materialId: z.string() })
  .meta({ id: 'Attachment' });

export const attachmentView = (
  a: UploadFields & { materialId: string },
): z.input<typeof attachmentViewSchema> => ({ ...uploadView(a), materialId: a.materialId });

/**
 * The pack's material item an upload is for: it must exist, concern one of the application's programs and
 * be something the applicant brings (items the government looks up itself are never uploaded).
 */
function checkUploadableMaterial(app: ApplicationDoc, pack: Pack, materialId: string): void {
  const material = materialItem(pack, materialId);
  if (!material || material.obtainedByGovernment || !forPrograms(material, app.programs as ProgramId[]))
    throw new AppError(400, 'material_unknown', { materialId });
}

/** The name the file is offered under: the material's name in the caller's language. */
export function attachmentFilename(a: AttachmentDoc, pack: Pack | undefined, lng: Language): string {
  const material = pack ? materialItem(pack, a.materialId) : undefined;
  return uploadFilename(material?.name[lng] ?? a.materialId, a);
}

export function findAttachment(app: ApplicationDoc, attachmentId: string): AttachmentDoc {
  const found = app.attachments.find((a) => a.id === attachmentId);
  if (!found) throw notFound();
  return found;
}

/** Room for every paper of a large household (ID cards, income and illness proofs per member), not a file store. */
export const MAX_APPLICATION_ATTACHMENTS = 100;

/**
 * Adds the stored upload to the draft's attachments (and bumps its revision); 409 if it is no longer a draft or
 * already holds the maximum of files.
 */
async function linkAttachment(id: string, stored: StoredUpload, materialId: string): Promise<ApplicationDoc> {
  const saved = await Application.findOneAndUpdate(
    { _id: id, status: 'draft', [`attachments.${MAX_APPLICATION_ATTACHMENTS - 1}`]: { $exists: false } },
    { $push: { attachments: { ...stored, materialId } }, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (saved) return saved;
  await stillDraft(id);
  throw new AppError(409, 'attachments_full', { max: MAX_APPLICATION_ATTACHMENTS });
}

/**
 * Stores a file for one material item of a draft and links it: 409 unless the application is a draft, 400 for an
 * item the applicant does not bring. If the link fails the stored file is discarded.
 */
export async function attachToDraft(
  deps: Pick<AppDeps, 'blobs' | 'config' | 'logger' | 'packs'>,
  app: ApplicationDoc,
  materialId: string,
  file: UploadInput,
  actor: UploadActor,
): Promise<{ attachment: StoredUpload & { materialId: string }; linked: ApplicationDoc }> {
  if (app.status !== 'draft') throw new AppError(409, 'not_a_draft');
  checkUploadableMaterial(app, packFor(deps.packs, app.jurisdiction), materialId);
  const { stored, linked } = await storeAndLink(deps, file, actor, (upload) =>
    linkAttachment(String(app._id), upload, materialId),
  );
  return { attachment: { ...stored, materialId }, linked };
}

/** Removes an attachment from the draft (and bumps its revision); 404 if it is not there, 409 if not a draft. */
export async function unlinkAttachment(id: string, attachment: AttachmentDoc): Promise<ApplicationDoc> {
  const saved = await Application.findOneAndUpdate(
    { _id: id, status: 'draft', 'attachments.id': attachment.id },
    // The whole element as stored: FerretDB v1 pulls by equality only, not by a condition such as { id }.
    { $pull: { attachments: attachment }, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (saved) return saved;
  findAttachment(await stillDraft(id), attachment.id);
  throw new Error('draft update matched nothing');
}

/** Opens one file of a case for someone who may see it, and records the read in the audit trail. */
export async function readAttachment(
  app: ApplicationDoc,
  attachmentId: string,
  how: { deps: Pick<AppDeps, 'blobs' | 'packs'>; audit: RequestAudit; lng: Language },
): Promise<FileBody> {
  const attachment = findAttachment(app, attachmentId);
  const data = await how.deps.blobs.get(attachment.storageKey);
  await how.audit({
    action: 'read',
    record: { type: 'application', id: String(app._id) },
    areaId: app.areaId,
    details: { attachmentId: attachment.id, materialId: attachment.materialId },
  });
  return {
    data,
    contentType: attachment.contentType,
    filename: attachmentFilename(attachment, how.deps.packs.get(app.jurisdiction), how.lng),
  };
}
