import type Koa from 'koa';
import { z } from 'zod';
import type { AppState } from './state';

/** What a handler returns to answer with a file instead of JSON. */
export interface FileBody {
  data: Buffer;
  contentType: string;
  /** Offered to the browser; any characters (RFC 5987 carries the non-ASCII ones). */
  filename: string;
}

const fileSchemas = new WeakMap<z.ZodType, readonly string[]>();

/** A route's response schema for a file of one of these content types (documented as binary in OpenAPI). */
export function fileResponse(contentTypes: readonly string[]): z.ZodType<FileBody> {
  const schema = z.custom<FileBody>(
    (v) => typeof v === 'object' && v !== null && Buffer.isBuffer((v as FileBody).data),
  );
  fileSchemas.set(schema, contentTypes);
  return schema;
}

/** The content types of a file response schema, or undefined for a JSON one. */
export const fileContentTypes = (schema: z.ZodType): readonly string[] | undefined => fileSchemas.get(schema);

/** RFC 5987 ext-value: percent-encoded UTF-8, with the characters encodeURIComponent leaves alone but attr-char forbids. */
const extValue = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${fallback}"; filename*=UTF-8''${extValue(filename)}`;
}

/** Sends a file: never sniffed into something else, never cached by a shared cache or kept by the browser. */
export function sendFile(koa: Koa.ParameterizedContext<AppState>, status: number, file: FileBody): void {
  koa.status = status;
  koa.set('Content-Type', file.contentType);
  koa.set('Content-Disposition', contentDisposition(file.filename));
  koa.set('X-Content-Type-Options', 'nosniff');
  koa.set('Cache-Control', 'private, no-store');
  koa.body = file.data;
}
