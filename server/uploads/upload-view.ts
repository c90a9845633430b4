import { z } from 'zod';
import { EXTENSIONS, UPLOAD_TYPES, type UploadType } from './inspect';

/** What callers see of a stored upload: never where it is stored, nor who uploaded it beyond their kind. */
export const uploadViewSchema = z.object({
  id: z.string(),
  contentType: z.enum(UPLOAD_TYPES),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  sha256: z.string().describe('Of the stored file (images are re-encoded without metadata), hex'),
  uploadedBy: z.object({ kind: z.string(), role: z.string().nullable() }),
  uploadedAt: z.string(),
});

/** An upload as stored or as just uploaded. */
export interface UploadFields {
  id: string;
  contentType: string;
  bytes: number;
  width?: number | null;
  height?: number | null;
  sha256: string;
  uploadedBy: { kind: string; role?: string | null };
  uploadedAt: Date;
}

export const uploadView = (u: UploadFields): z.input<typeof uploadViewSchema> => ({
  id: u.id,
  contentType: u.contentType as UploadType,
  bytes: u.bytes,
  width: u.width ?? null,
  height: u.height ?? null,
  sha256: u.sha256,
  uploadedBy: { kind: u.uploadedBy.kind, role: u.uploadedBy.role ?? null },
  uploadedAt: new Date(u.uploadedAt).toISOString(),
});

/** The name a file is offered under: what it is, in the caller's language, and the start of its id. */
export const uploadFilename = (what: string, u: Pick<UploadFields, 'id' | 'contentType'>): string =>
  `${what}-${u.id.slice(0, 8)}.${EXTENSIONS[u.contentType as UploadType]}`;

export const uploadIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
