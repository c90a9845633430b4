import sharp from 'sharp';
import { AppError, fileTooLarge, readableMillions } from '../http/errors';

/**
 * What an uploaded file really is, decided by its content alone: the declared content type and the
 * file name are never trusted. Images are decoded and written again, upright (EXIF orientation applied)
 * and without any metadata, so EXIF, GPS positions and camera details never reach the store.
 */

export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

export const EXTENSIONS: Record<UploadType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

export interface UploadLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface Inspected {
  /** The bytes to store: the re-encoded image, or the PDF as it came. */
  data: Buffer;
  contentType: UploadType;
  width: number | null;
  height: number | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How far from the end a PDF's "%%EOF" may sit (trailing whitespace or junk some writers append). */
const PDF_EOF_WINDOW = 1024;

const startsWith = (data: Buffer, prefix: Buffer | string, at = 0) =>
  data.subarray(at, at + prefix.length).equals(Buffer.from(prefix as string));

/** The type the magic bytes announce, or null for anything else. */
export function sniffType(data: Buffer): UploadType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (startsWith(data, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(data, 'RIFF') && startsWith(data, 'WEBP', 8)) return 'image/webp';
  if (startsWith(data, '%PDF-')) return 'application/pdf';
  return null;
}

const corrupt = () => new AppError(400, 'upload_corrupt');

async function reencode(data: Buffer, type: Exclude<UploadType, 'application/pdf'>, maxPixels: number) {
  // failOn 'warning' (sharp's default, spelt out): a truncated photo is refused rather than stored half grey.
  const image = sharp(data, { limitInputPixels: maxPixels, failOn: 'warning' }).rotate();
  const encoded =
    type === 'image/jpeg'
      ? image.jpeg({ quality: 90 })
      : type === 'image/png'
        ? image.png()
        : image.webp({ quality: 90 });
  try {
    // No withMetadata()/keepExif(): the output carries no EXIF, XMP or ICC block.
    return await encoded.toBuffer({ resolveWithObject: true });
  } catch (err) {
    if (/pixel limit/i.test((err as Error).message))
      throw new AppError(413, 'upload_too_many_pixels', { megapixels: readableMillions(maxPixels, 1e6) });
    throw corrupt();
  }
}

export async function inspectUpload(data: Buffer, limits: UploadLimits): Promise<Inspected> {
  if (data.length > limits.maxBytes) throw fileTooLarge(limits.maxBytes);
  const type = sniffType(data);
  if (!type) throw new AppError(415, 'upload_type_not_allowed');
  if (type === 'application/pdf') {
    const tail = data.subarray(Math.max(0, data.length - PDF_EOF_WINDOW)).toString('latin1');
    if (!tail.includes('%%EOF')) throw corrupt();
    return { data, contentType: type, width: null, height: null };
  }
  const { data: clean, info } = await reencode(data, type, limits.maxPixels);
  return { data: clean, contentType: type, width: info.width, height: info.height };
}
