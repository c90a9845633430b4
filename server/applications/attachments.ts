import { z } from 'zod';
import { AppError, notFound } from '../http/errors';
import type { Language } from '../i18n';
import { forPrograms } from '../policy/materials';
import type { Pack, ProgramId } from '../policy/pack-schema';
import { EXTENSIONS, UPLOAD_TYPES, type UploadType } from '../uploads/inspect';
import type { StoredUpload } from '../uploads/store-upload';
import { Application, type ApplicationDoc } from './application-model';
import { stillDraft } from './drafts';

/**
 * Files linked to the material items of an application. Each is added or removed by one atomic update
 * conditioned on the application still being a draft; the bytes live sealed in the blob store.
 */

export type AttachmentDoc = ApplicationDoc['attachments'][number];

/** What callers see of an attachment: never where it is stored. */
export const attachmentViewSchema = z.object({
  id: z.string(),
  materialId: z.string(),
  contentType: z.enum(UPLOAD_TYPES),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  sha256: z.string().describe('Of the stored file (images are re-encoded without metadata), hex'),
  uploadedBy: z.object({ kind: z.string(), role: z.string().nullable() }),
  uploadedAt: z.string(),
});

/** The fields of an attachment, as stored or as just uploaded. */
type AttachmentFields = Pick<
  AttachmentDoc,
  'id' | 'materialId' | 'contentType' | 'bytes' | 'sha256' | 'uploadedAt'
> & {
  width?: number | null;
  height?: number | null;
  uploadedBy: { kind: string; role?: string | null };
};

export const attachmentView = (a: AttachmentFields): z.input<typeof attachmentViewSchema> => ({
  id: a.id,
  materialId: a.materialId,
  contentType: a.contentType as UploadType,
  bytes: a.bytes,
  width: a.width ?? null,
  height: a.height ?? null,
  sha256: a.sha256,
  uploadedBy: { kind: a.uploadedBy.kind, role: a.uploadedBy.role ?? null },
  uploadedAt: new Date(a.uploadedAt).toISOString(),
});

/**
 * The pack's material item an upload is for: it must exist, concern one of the application's programs and
 * be something the applicant brings (items the government looks up itself are never uploaded).
 */
export function checkUploadableMaterial(app: ApplicationDoc, pack: Pack, materialId: string): void {
  const items = pack.materials.items;
  const material = Object.hasOwn(items, materialId) ? items[materialId] : undefined;
  if (!material || material.obtainedByGovernment || !forPrograms(material, app.programs as ProgramId[]))
    throw new AppError(400, 'material_unknown', { materialId });
}

/** The name the file is offered under: the material's name in the caller's language. */
export function attachmentFilename(a: AttachmentDoc, pack: Pack | undefined, lng: Language): string {
  const material =
    pack && Object.hasOwn(pack.materials.items, a.materialId)
      ? pack.materials.items[a.materialId]
      : undefined;
  const name = material?.name[lng] ?? a.materialId;
  return `${name}-${a.id.slice(0, 8)}.${EXTENSIONS[a.contentType as UploadType]}`;
}

export function findAttachment(app: ApplicationDoc, attachmentId: string): AttachmentDoc {
  const found = app.attachments.find((a) => a.id === attachmentId);
  if (!found) throw notFound();
  return found;
}

/** Adds the stored upload to the draft's attachments (and bumps its revision); 409 if it is no longer a draft. */
export async function linkAttachment(
  id: string,
  stored: StoredUpload,
  materialId: string,
): Promise<ApplicationDoc> {
  const saved = await Application.findOneAndUpdate(
    { _id: id, status: 'draft' },
    { $push: { attachments: { ...stored, materialId } }, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  if (saved) return saved;
  await stillDraft(id);
  throw new Error('draft update matched nothing');
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
