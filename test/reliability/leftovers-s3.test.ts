import { createLogger } from '../../server/logger';
import { logLines } from '../support/log-lines';
import { blobStoreFor } from '../../server/storage/blob-store-for';
import { sweepLeftovers } from '../../server/storage/leftovers';
import { adminEnvOf, runAdmin } from '../support/admin-cli';
import { pdf } from '../support/files';
import { seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { newDraft, residentToken } from '../support/cases';
import { s3Env, startS3Server, LOCAL_S3 } from '../support/s3-server';

const HOUR = 3_600_000;
// The CLI command is a cold start of the runtime: seconds on a busy machine.
jest.setTimeout(120_000);

let s3: Awaited<ReturnType<typeof startS3Server>>;
let app: TestApp;
const { lines, sink } = logLines();
const logger = createLogger('info', sink);

/** An object as a crash would leave it in the bucket, dated `hoursAgo`. */
function leave(key: string, hoursAgo: number): string {
  s3.objects.set(key, {
    body: Buffer.from('left behind'),
    contentType: 'application/octet-stream',
    modifiedAt: new Date(Date.now() - hoursAgo * HOUR),
  });
  return key;
}

const sweep = async () => {
  const store = blobStoreFor(app.runtime.deps.config);
  try {
    return await sweepLeftovers(store, { graceMs: 24 * HOUR, logger });
  } finally {
    store.close?.();
  }
};

const listings = () => s3.requests.filter((r) => r.method === 'GET' && r.query['list-type'] === '2');

beforeAll(async () => {
  s3 = await startS3Server(LOCAL_S3);
  app = await startTestApp({ DEV_LOGIN: 'true', ...s3Env(s3) });
  await seedAreas();
});
afterAll(async () => {
  await app.close();
  await s3.close();
});

describe('the leftovers sweep on an S3 bucket', () => {
  let linkedKey = '';
  let recentOrphan = '';

  it('removes old objects no record names, keeps linked and recent ones, and counts them', async () => {
    const token = await residentToken(app, 's3-sweep-owner');
    const auth = { Authorization: `Bearer ${token}` };
    const draft = await newDraft(app, token, '150822201');
    const linked = await app.http
      .post(`/api/v1/applications/${draft.id}/attachments`)
      .set(auth)
      .set('Idempotency-Key', 's3-sweep-upload-1')
      .field('materialId', 'honesty_declaration')
      .attach('file', pdf(), { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(201);
    linkedKey = `applications/${draft.id}/${linked.body.attachment.id}`;
    s3.objects.get(linkedKey)!.modifiedAt = new Date(Date.now() - 48 * HOUR);

    const orphan = leave(`applications/${draft.id}/00000000-0000-4000-8000-000000000001`, 30);
    const orphanReport = leave('reports/abc/00000000-0000-4000-8000-000000000003', 25);
    recentOrphan = leave(`applications/${draft.id}/00000000-0000-4000-8000-000000000002`, 1);

    const result = await sweep();
    expect(result).toEqual({ orphanBlobs: 2, tempFiles: 0, seen: 4 });
    expect(s3.objects.has(orphan)).toBe(false);
    expect(s3.objects.has(orphanReport)).toBe(false);
    expect([...s3.objects.keys()].sort()).toEqual([linkedKey, recentOrphan].sort());
    expect(lines.at(-1)).toMatchObject({
      msg: 'leftovers sweep done',
      orphanBlobs: 2,
      tempFiles: 0,
      seen: 4,
    });
    // Removed by DeleteObject, one signed request each, after one ListObjectsV2.
    expect(listings()).toHaveLength(1);
    expect(s3.requests.filter((r) => r.method === 'DELETE').map((r) => r.key)).toEqual(
      expect.arrayContaining([orphan, orphanReport]),
    );
    // The linked file still opens.
    await app.http
      .get(`/api/v1/applications/${draft.id}/attachments/${linked.body.attachment.id}`)
      .set(auth)
      .expect(200);
  });

  it('pages through a bucket holding more objects than one listing returns', async () => {
    s3.requests.length = 0;
    const left = Array.from({ length: 1_050 }, (_, i) =>
      leave(`reports/bulk/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 30),
    );
    const result = await sweep();
    expect(result).toEqual({ orphanBlobs: left.length, tempFiles: 0, seen: left.length + 2 });
    expect([...s3.objects.keys()].sort()).toEqual([linkedKey, recentOrphan].sort());
    // S3 answers at most 1,000 keys a page: the second listing continues where the first stopped.
    const [first, second, ...more] = listings();
    expect(more).toEqual([]);
    expect(first!.query['continuation-token']).toBeUndefined();
    expect(second!.query['continuation-token']).toEqual(expect.any(String));
  });

  it('is what the admin command sweeps when the product stores uploads in S3', async () => {
    leave('reports/xyz/00000000-0000-4000-8000-000000000009', 50);
    leave('reports/xyz/00000000-0000-4000-8000-000000000010', 2);
    const run = await runAdmin(['storage:sweep', '--grace-hours', '24'], {
      ...adminEnvOf(app),
      LANG: 'en_US.UTF-8',
      ...s3Env(s3),
    });
    expect(run.err).toBe('');
    expect(run.out).toMatch(/removed 1 blobs no record names and 0 temporary files/);
    expect(s3.objects.has('reports/xyz/00000000-0000-4000-8000-000000000009')).toBe(false);
    expect(s3.objects.has('reports/xyz/00000000-0000-4000-8000-000000000010')).toBe(true);
    expect(s3.objects.has(linkedKey)).toBe(true);
  });
});
