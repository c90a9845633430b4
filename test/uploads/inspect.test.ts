import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { AppDeps } from '../../server/http/deps';
import { AppError } from '../../server/http/errors';
import { createLogger } from '../../server/logger';
import type { BlobStore } from '../../server/storage/blob-store';
import { inspectUpload, sniffType } from '../../server/uploads/inspect';
import { storeAndLink, storeUpload } from '../../server/uploads/store-upload';
import { corruptJpeg, jpegWithGps, pdf, png, webp } from '../support/files';

const limits = { maxBytes: 100_000, maxPixels: 1_000_000 };

const refusal = async (promise: Promise<unknown>) => {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return { status: (err as AppError).status, code: (err as AppError).code, params: (err as AppError).params };
};

describe('inspecting an upload', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes and nothing else', async () => {
    expect(sniffType(await jpegWithGps())).toBe('image/jpeg');
    expect(sniffType(await png())).toBe('image/png');
    expect(sniffType(await webp())).toBe('image/webp');
    expect(sniffType(pdf())).toBe('application/pdf');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffType(Buffer.from(' %PDF-1.4'))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
    expect(sniffType(Buffer.from('GIF89a'))).toBeNull();
  });

  it('turns a sideways photo upright and drops EXIF, GPS, XMP and ICC', async () => {
    const original = await jpegWithGps(60, 20);
    expect((await sharp(original).metadata()).orientation).toBe(6);
    const clean = await inspectUpload(original, limits);
    expect(clean).toMatchObject({ contentType: 'image/jpeg', width: 20, height: 60 });
    const meta = await sharp(clean.data).metadata();
    expect([meta.exif, meta.xmp, meta.icc, meta.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps each image format, and the PDF exactly', async () => {
    expect((await sharp((await inspectUpload(await png(), limits)).data).metadata()).format).toBe('png');
    const fromWebp = await inspectUpload(await webp(), limits);
    expect((await sharp(fromWebp.data).metadata()).exif).toBeUndefined();
    expect(fromWebp.contentType).toBe('image/webp');
    const document = pdf();
    const kept = await inspectUpload(document, limits);
    expect(kept.data).toBe(document);
    // Some writers append a little after %%EOF; that is still a whole file.
    const padded = Buffer.concat([document, Buffer.alloc(500, 0x20)]);
    expect((await inspectUpload(padded, limits)).contentType).toBe('application/pdf');
  });

  it('refuses by content, size, pixels and damage, whatever the caller claims', async () => {
    expect(await refusal(inspectUpload(Buffer.from('plain text'), limits))).toMatchObject({
      status: 415,
      code: 'upload_type_not_allowed',
    });
    expect(await refusal(inspectUpload(Buffer.alloc(limits.maxBytes + 1, 0xff), limits))).toEqual({
      status: 413,
      code: 'upload_too_large',
      params: { limit: '0.0954 MB' },
    });
    expect(await refusal(inspectUpload(await png(1001, 1000), limits))).toEqual({
      status: 413,
      code: 'upload_too_many_pixels',
      params: { megapixels: '1' },
    });
    expect((await inspectUpload(await png(1000, 1000), limits)).width).toBe(1000);
    expect(await refusal(inspectUpload(await corruptJpeg(), limits))).toMatchObject({
      status: 400,
      code: 'upload_corrupt',
    });
    const noEnd = Buffer.concat([pdf().subarray(0, -7), Buffer.alloc(2000, 0x20)]);
    expect(await refusal(inspectUpload(noEnd, limits))).toMatchObject({
      status: 400,
      code: 'upload_corrupt',
    });
    const fakePng = Buffer.concat([(await png()).subarray(0, 8), Buffer.from('not really a png at all')]);
    expect(await refusal(inspectUpload(fakePng, limits))).toMatchObject({
      status: 400,
      code: 'upload_corrupt',
    });
  });
});

describe('storing an upload', () => {
  const logged: string[] = [];
  const memory = () => {
    const blobs = new Map<string, Buffer>();
    const store: BlobStore & { failDelete?: boolean } = {
      put: async (key, data) => void blobs.set(key, data),
      get: async (key) => blobs.get(key)!,
      delete: async (key) => {
        if (store.failDelete) throw new Error('store unreachable');
        blobs.delete(key);
      },
    };
    const deps = {
      blobs: store,
      config: { UPLOAD_MAX_BYTES: limits.maxBytes, UPLOAD_MAX_PIXELS: limits.maxPixels },
      logger: createLogger('error', { write: (line: string) => logged.push(line) }),
    } as unknown as AppDeps;
    return { blobs, store, deps };
  };
  const actor = { kind: 'resident', id: 'r1' };

  it('files the cleaned bytes under the folder, with their hash, size and who uploaded them', async () => {
    const { blobs, deps } = memory();
    const stored = await storeUpload(deps, { data: await jpegWithGps(), folder: 'complaints/c1' }, actor);
    expect(stored.storageKey).toBe(`complaints/c1/${stored.id}`);
    const data = blobs.get(stored.storageKey)!;
    expect(stored).toMatchObject({
      contentType: 'image/jpeg',
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      uploadedBy: { kind: 'resident', id: 'r1', role: null },
    });
  });

  it('stores nothing when the file is refused, and never calls the link', async () => {
    const { blobs, deps } = memory();
    const link = jest.fn();
    await expect(storeAndLink(deps, { data: Buffer.from('text'), folder: 'x' }, actor, link)).rejects.toThrow(
      AppError,
    );
    expect(link).not.toHaveBeenCalled();
    expect(blobs.size).toBe(0);
  });

  it('deletes the blob when the link fails and passes the link’s error on', async () => {
    const { blobs, deps } = memory();
    const failure = new AppError(409, 'not_a_draft');
    await expect(
      storeAndLink(deps, { data: pdf(), folder: 'x' }, actor, async (stored) => {
        expect(blobs.has(stored.storageKey)).toBe(true);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(blobs.size).toBe(0);
  });

  it('logs a blob it could not delete, and still passes the link’s error on', async () => {
    const { store, deps } = memory();
    store.failDelete = true;
    await expect(
      storeAndLink(deps, { data: pdf(), folder: 'x' }, actor, async () => {
        throw new Error('store write failed');
      }),
    ).rejects.toThrow('store write failed');
    expect(logged.join('')).toContain('could not delete an unlinked upload');
    expect(logged.join('')).toContain('"storageKey":"x/');
  });
});
