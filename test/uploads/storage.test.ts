import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ConfigError, loadConfig } from '../../server/config';
import { FieldCrypto } from '../../server/privacy/field-crypto';
import { BlobMissingError, type BlobStore } from '../../server/storage/blob-store';
import { blobStoreFor } from '../../server/storage/blob-store-for';
import { LocalBlobStore } from '../../server/storage/local-store';
import { S3BlobStore } from '../../server/storage/s3-store';
import { sealedBlobs } from '../../server/storage/sealed-store';
import { pdf } from '../support/files';
import { seedAreas } from '../support/fixtures';
import { startTestApp, tempDir } from '../support/harness';
import { newDraft, residentToken } from '../support/cases';
import { LOCAL_S3, s3Env, startS3Server } from '../support/s3-server';

/** The same contract, whatever the backend. */
async function behavesAsABlobStore(store: BlobStore) {
  const data = randomBytes(3000);
  await store.put('applications/abc/1f0e', data, 'image/png');
  expect((await store.get('applications/abc/1f0e')).equals(data)).toBe(true);
  const replaced = randomBytes(10);
  await store.put('applications/abc/1f0e', replaced, 'image/png');
  expect((await store.get('applications/abc/1f0e')).equals(replaced)).toBe(true);
  await store.delete('applications/abc/1f0e');
  await expect(store.get('applications/abc/1f0e')).rejects.toBeInstanceOf(BlobMissingError);
  await expect(store.delete('applications/abc/1f0e')).resolves.toBeUndefined();
  for (const bad of ['../outside', 'a/../../b', '/etc/passwd', 'a\\b', '', '.hidden', 'a//b', 'a/./b']) {
    await expect(store.put(bad, data, 'image/png')).rejects.toThrow(/Invalid blob key/);
    await expect(store.get(bad)).rejects.toThrow(/Invalid blob key/);
  }
}

describe('local blob store', () => {
  const root = tempDir('blobs');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps, replaces and deletes blobs, and refuses keys that would leave its folder', async () => {
    await behavesAsABlobStore(new LocalBlobStore(root));
    expect(fs.readdirSync(root)).toEqual(['applications']);
  });

  it('writes through a temporary file renamed into place, leaving no temporary file behind', async () => {
    const store = new LocalBlobStore(root);
    const renames: string[] = [];
    const rename = jest.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      renames.push(String(from));
      // At the moment of the rename, the final name does not exist yet: nobody can read a partial file.
      expect(fs.existsSync(String(to))).toBe(false);
      expect(fs.readFileSync(String(from))).toHaveLength(5000);
      fs.renameSync(from, to);
    });
    try {
      await store.put('x/complete', randomBytes(5000));
    } finally {
      rename.mockRestore();
    }
    expect(path.basename(renames[0]!)).toMatch(/^\.tmp-/);
    expect(fs.readdirSync(path.join(root, 'x'))).toEqual(['complete']);
  });

  it('removes the temporary file when the write fails', async () => {
    const store = new LocalBlobStore(root);
    const rename = jest.spyOn(fs.promises, 'rename').mockRejectedValue(new Error('disk full'));
    try {
      await expect(store.put('y/failed', randomBytes(100))).rejects.toThrow('disk full');
    } finally {
      rename.mockRestore();
    }
    expect(fs.readdirSync(path.join(root, 'y'))).toEqual([]);
  });
});

describe('S3 blob store', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  beforeAll(async () => {
    s3 = await startS3Server(LOCAL_S3);
  });
  afterAll(() => s3.close());

  const store = (overrides: Partial<ConstructorParameters<typeof S3BlobStore>[0]> = {}) =>
    new S3BlobStore({
      endpoint: s3.endpoint,
      region: 'cn-north-1',
      forcePathStyle: true,
      ...LOCAL_S3,
      ...overrides,
    });

  it('keeps, replaces and deletes objects with signed path-style requests; NoSuchKey is a missing blob', async () => {
    await behavesAsABlobStore(store());
    expect(s3.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT', 'GET', 'DELETE', 'GET', 'DELETE']);
    expect(s3.requests[0]!.key).toBe('applications/abc/1f0e');
  });

  it('keeps the content type it is given', async () => {
    await store().put('typed/one', Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(s3.objects.get('typed/one')?.contentType).toBe('application/pdf');
  });

  it('lists every object with its last-modified time, and removes a listed one', async () => {
    const s = store();
    await s.put('listed/b', Buffer.from('b'), 'image/png');
    await s.put('listed/a', Buffer.from('a'), 'image/png');
    const listed = [];
    for await (const blob of s.list()) listed.push(blob);
    expect(listed.map((b) => b.key)).toEqual([...s3.objects.keys()].sort());
    const a = listed.find((b) => b.key === 'listed/a')!;
    expect(a.temporary).toBe(false);
    // S3 gives last-modified times to the second.
    expect(Math.abs(a.modifiedAt.getTime() - s3.objects.get('listed/a')!.modifiedAt.getTime())).toBeLessThan(
      1000,
    );
    await a.remove();
    expect(s3.objects.has('listed/a')).toBe(false);
    expect(s3.objects.has('listed/b')).toBe(true);
    s.close();
  });

  it('is listed by a local server that answers ListObjectsV2 as S3 does: prefix, max-keys, continuation', async () => {
    for (const key of ['pages/3', 'pages/1', 'pages/2', 'pagesx/1'])
      await store().put(key, Buffer.from(key), 'text/plain');
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'cn-north-1',
      forcePathStyle: true,
      credentials: { accessKeyId: LOCAL_S3.accessKeyId, secretAccessKey: LOCAL_S3.secretAccessKey },
    });
    const list = (token?: string) =>
      client.send(
        new ListObjectsV2Command({
          Bucket: LOCAL_S3.bucket,
          Prefix: 'pages/',
          MaxKeys: 2,
          ContinuationToken: token,
        }),
      );
    const first = await list();
    expect(first.Contents?.map((o) => [o.Key, o.Size])).toEqual([
      ['pages/1', 7],
      ['pages/2', 7],
    ]);
    expect(first).toMatchObject({ IsTruncated: true, KeyCount: 2, MaxKeys: 2, Prefix: 'pages/' });
    const second = await list(first.NextContinuationToken);
    expect(second.Contents?.map((o) => o.Key)).toEqual(['pages/3']);
    expect(second).toMatchObject({ IsTruncated: false, ContinuationToken: first.NextContinuationToken });
    expect(second.NextContinuationToken).toBeUndefined();
    client.destroy();
  });

  it('fails loudly with a wrong secret or an unknown bucket, and stores nothing', async () => {
    const before = s3.objects.size;
    await expect(
      store({ secretAccessKey: 'wrong' }).put('z/1', Buffer.from('x'), 'image/png'),
    ).rejects.toThrow(/SignatureDoesNotMatch|signature/i);
    await expect(
      store({ bucket: 'another-bucket' }).put('z/1', Buffer.from('x'), 'image/png'),
    ).rejects.toThrow(/NoSuchBucket|bucket/i);
    expect(s3.objects.size).toBe(before);
  });

  it('holds the uploads of a product booted with STORAGE_BACKEND=s3, sealed', async () => {
    const app = await startTestApp({ DEV_LOGIN: 'true', ...s3Env(s3) });
    try {
      await seedAreas();
      const token = await residentToken(app, 'resident-s3');
      const auth = { Authorization: `Bearer ${token}` };
      const draft = await newDraft(app, token, '150822201');
      const document = pdf('stored in the bucket');
      const res = await app.http
        .post(`/api/v1/applications/${draft.id}/attachments`)
        .set(auth)
        .set('Idempotency-Key', 'bucket-upload-1')
        .field('materialId', 'honesty_declaration')
        .attach('file', document, 'statement.pdf')
        .expect(201);
      const object = s3.objects.get(`applications/${draft.id}/${res.body.attachment.id}`)!;
      expect(object.contentType).toBe('application/octet-stream');
      expect(FieldCrypto.keyIdOfBytes(object.body)).toBe('dev1');
      expect(object.body.includes(Buffer.from('stored in the bucket'))).toBe(false);
      const served = await app.http
        .get(`/api/v1/applications/${draft.id}/attachments/${res.body.attachment.id}`)
        .set(auth)
        .expect(200);
      expect(Buffer.from(served.body as Buffer).equals(document)).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('is what STORAGE_BACKEND=s3 builds', async () => {
    const config = loadConfig(s3Env(s3));
    const built = blobStoreFor(config);
    expect(built).toBeInstanceOf(S3BlobStore);
    await built.put('built/1', Buffer.from('hello'), 'text/plain');
    expect(s3.objects.get('built/1')?.body.toString()).toBe('hello');
    built.close?.();
  });
});

describe('storage configuration', () => {
  it('defaults to a local folder under DATA_DIR, 10 MB and 40 megapixels', () => {
    const config = loadConfig({ DATA_DIR: '/srv/sa' });
    expect(config).toMatchObject({
      STORAGE_BACKEND: 'local',
      UPLOAD_MAX_BYTES: 10 * 1024 * 1024,
      UPLOAD_MAX_PIXELS: 40_000_000,
    });
    const store = blobStoreFor(config);
    expect(store).toBeInstanceOf(LocalBlobStore);
    expect((store as LocalBlobStore).pathOf('a/b')).toBe(path.resolve('/srv/sa/uploads/a/b'));
  });

  it('names every S3 setting missing when the backend is s3, and refuses a bad backend', () => {
    let message = '';
    try {
      loadConfig({ STORAGE_BACKEND: 's3', S3_BUCKET: 'ok-bucket' });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(message).toContain(`${name}: required when STORAGE_BACKEND=s3`);
    expect(message).not.toContain('S3_BUCKET');
    expect(() => loadConfig({ STORAGE_BACKEND: 'ftp' })).toThrow(/STORAGE_BACKEND/);
    expect(() => loadConfig({ STORAGE_BACKEND: 's3', S3_BUCKET: 'Bad_Bucket' })).toThrow(ConfigError);
    expect(() => loadConfig({ UPLOAD_MAX_BYTES: 'ten' })).toThrow(/UPLOAD_MAX_BYTES/);
  });
});

describe('sealed blobs', () => {
  const folders: string[] = [];
  const folder = () => {
    folders.push(tempDir('sealed'));
    return folders[folders.length - 1]!;
  };
  afterAll(() => folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true })));
  const key = (id: string) => ({ id, key: randomBytes(32) });
  const old = key('k2025');
  const current = key('k2026');
  const indexKey = randomBytes(32);

  it('stores only ciphertext naming its key, and opens it again', async () => {
    const inner = new LocalBlobStore(folder());
    const blobs = sealedBlobs(inner, new FieldCrypto([current, old], indexKey));
    const plain = Buffer.from('%PDF-1.4 the applicant’s bank statement %%EOF');
    await blobs.put('a/1', plain, 'application/pdf');
    const raw = await inner.get('a/1');
    expect(raw.includes(Buffer.from('bank statement'))).toBe(false);
    expect(FieldCrypto.keyIdOfBytes(raw)).toBe('k2026');
    expect((await blobs.get('a/1')).equals(plain)).toBe(true);
  });

  it('opens blobs sealed under a retired key after rotation, and only with that key in the ring', async () => {
    const inner = new LocalBlobStore(folder());
    await sealedBlobs(inner, new FieldCrypto([old], indexKey)).put('a/1', Buffer.from('before'), 'image/png');
    const rotated = sealedBlobs(inner, new FieldCrypto([current, old], indexKey));
    expect((await rotated.get('a/1')).toString()).toBe('before');
    await expect(sealedBlobs(inner, new FieldCrypto([current], indexKey)).get('a/1')).rejects.toThrow(
      /k2025/,
    );
  });

  it('refuses tampered bytes and a blob copied under another key', async () => {
    const crypto = new FieldCrypto([current], indexKey);
    const inner = new LocalBlobStore(folder());
    const blobs = sealedBlobs(inner, crypto);
    await blobs.put('a/1', randomBytes(64), 'image/png');
    const raw = await inner.get('a/1');
    await inner.put('a/2', raw);
    await expect(blobs.get('a/2')).rejects.toThrow();
    const flipped = Buffer.from(raw);
    const last = flipped.length - 1;
    flipped.writeUInt8(flipped.readUInt8(last) ^ 1, last);
    await inner.put('a/1', flipped);
    await expect(blobs.get('a/1')).rejects.toThrow();
    expect(() => crypto.openBytes(Buffer.from('not sealed at all'))).toThrow(/Not sealed/);
    expect(() => crypto.openBytes(raw.subarray(0, 20), 'a/1')).toThrow(/truncated/);
  });
});
