import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type Koa from 'koa';
import { AppError, fileTooLarge } from './errors';
import type { AppState } from './state';

/** A route that takes files: which form field carries them, how many, and how large each may be. */
export interface MultipartSpec {
  /** The form field of the file(s), e.g. "file". */
  field: string;
  maxFiles: number;
  maxFileBytes: number;
}

export interface UploadedFile {
  field: string;
  /** As the client named it: informative only, never trusted. */
  filename: string;
  /** As the client declared it: informative only, never trusted. */
  declaredType: string;
  data: Buffer;
  /** Of the bytes as received, hex (the idempotency fingerprint uses it). */
  sha256: string;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 8 * 1024;
/** Allowance for boundaries and part headers on top of the files and fields themselves. */
const FRAMING_BYTES = 64 * 1024;

/** What makes a form the same request again (for Idempotency-Key): its fields and the hash of each file. */
export function formIdentity(form: MultipartForm) {
  return {
    fields: Object.entries(form.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    files: form.files.map((f) => ({ field: f.field, sha256: f.sha256 })),
  };
}

/**
 * Reads a multipart/form-data body as it streams in, keeping files in memory only up to their limit:
 * the first file over `maxFileBytes`, a file too many, too many or too long fields, or a body larger
 * than all of that together stops the parsing at once with 413. Whatever the client still sends is
 * discarded (and the connection dropped if it goes on well past the limit). A form without a file is 400.
 */
export function readMultipart(
  koa: Koa.ParameterizedContext<AppState>,
  spec: MultipartSpec,
): Promise<MultipartForm> {
  if (!koa.request.is('multipart/form-data')) throw new AppError(415, 'multipart_required');
  const cap = spec.maxFiles * spec.maxFileBytes + MAX_FIELDS * MAX_FIELD_BYTES + FRAMING_BYTES;
  if (Number(koa.get('Content-Length')) > cap) throw fileTooLarge(spec.maxFileBytes);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: koa.req.headers,
      defParamCharset: 'utf8',
      limits: {
        files: spec.maxFiles,
        // busboy signals the limit on reaching it; one byte more lets a file of exactly the limit through.
        fileSize: spec.maxFileBytes + 1,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        parts: spec.maxFiles + MAX_FIELDS,
        headerPairs: 20,
      },
    });
  } catch {
    throw new AppError(400, 'bad_request'); // no boundary in the Content-Type
  }

  const req = koa.req;
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    const files: UploadedFile[] = [];
    let received = 0;
    let failed = false;

    const fail = (err: AppError) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume(); // drain and discard the rest
      reject(err);
    };
    const formTooLarge = () => fail(new AppError(413, 'form_too_large'));

    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > 2 * cap) req.socket.destroy();
      else if (received > cap) fail(fileTooLarge(spec.maxFileBytes));
    });
    // A client that goes away mid-upload: settle instead of waiting for a form that never completes.
    req.on('close', () => {
      if (!req.complete) fail(new AppError(400, 'bad_request'));
    });

    parser.on('file', (name, stream, info) => {
      if (name !== spec.field) {
        stream.resume();
        return fail(new AppError(400, 'unexpected_file_field', { field: name, expected: spec.field }));
      }
      const chunks: Buffer[] = [];
      const hash = createHash('sha256');
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        hash.update(chunk);
      });
      stream.on('limit', () => fail(fileTooLarge(spec.maxFileBytes)));
      stream.on('end', () => {
        if (stream.truncated || failed) return;
        files.push({
          field: name,
          filename: info.filename ?? '',
          declaredType: info.mimeType,
          data: Buffer.concat(chunks),
          sha256: hash.digest('hex'),
        });
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) return formTooLarge();
      fields.set(name, value);
    });
    parser.on('filesLimit', () => fail(new AppError(413, 'too_many_files', { max: spec.maxFiles })));
    parser.on('fieldsLimit', formTooLarge);
    parser.on('partsLimit', formTooLarge);
    parser.on('error', () => fail(new AppError(400, 'bad_request')));
    parser.on('close', () => {
      if (failed) return;
      if (files.length === 0) reject(new AppError(400, 'file_required', { field: spec.field }));
      else resolve({ fields: Object.fromEntries(fields), files });
    });
    req.pipe(parser);
  });
}
