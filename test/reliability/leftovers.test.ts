import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../server/logger';
import { logLines } from '../support/log-lines';
import { sweepLeftovers } from '../../server/storage/leftovers';
import { LocalBlobStore } from '../../server/storage/local-store';
import { checkCharacter } from '../../server/applications/id-number';
import { adminEnvOf, runAdmin } from '../support/admin-cli';
import { pdf } from '../support/files';
import { seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { newDraft, residentToken } from '../support/cases';

let app: TestApp;
const uploads = () => path.join(app.runtime.deps.config.dataDir, 'uploads');
const { lines, sink } = logLines();
const logger = createLogger('info', sink);

/** Writes a file as a crash would leave it, dated `hoursAgo`. */
function leave(relative: string, hoursAgo: number): string {
  const file = path.join(uploads(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'left behind');
  const when = new Date(Date.now() - hoursAgo * 3_600_000);
  fs.utimesSync(file, when, when);
  return file;
}

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
});
afterAll(() => app.close());

describe('the leftovers sweep', () => {
  it('removes old blobs no record names and old temp files, keeps linked and recent ones, and counts them', async () => {
    const token = await residentToken(app, 'sweep-owner');
    const draft = await newDraft(app, token, '150822201');
    const first17 = '15082219500312123';
    await app.http
      .put(`/api/v1/applications/${draft.id}/household`)
      .set('Authorization', `Bearer ${token}`)
      .send({
        revision: 0,
        members: [
          { name: '巴特尔', idNumber: first17 + checkCharacter(first17), facts: { relation: 'self' } },
        ],
        household: { residenceArea: 'rural' },
      })
      .expect(200);
    const linked = await app.http
      .post(`/api/v1/applications/${draft.id}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'sweep-upload-1')
      .field('materialId', 'honesty_declaration')
      .attach('file', pdf(), { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(201);
    const linkedFile = path.join(uploads(), 'applications', draft.id, linked.body.attachment.id);
    const old = new Date(Date.now() - 48 * 3_600_000);
    fs.utimesSync(linkedFile, old, old);

    const orphan = leave(`applications/${draft.id}/00000000-0000-4000-8000-000000000001`, 30);
    const temp = leave(`reports/abc/.tmp-0123456789abcdef`, 30);
    const recentOrphan = leave(`applications/${draft.id}/00000000-0000-4000-8000-000000000002`, 1);
    const recentTemp = leave(`applications/${draft.id}/.tmp-fedcba9876543210`, 1);

    const result = await sweepLeftovers(new LocalBlobStore(uploads()), { graceMs: 24 * 3_600_000, logger });
    expect(result).toEqual({ orphanBlobs: 1, tempFiles: 1, seen: 5 });
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(temp)).toBe(false);
    for (const kept of [linkedFile, recentOrphan, recentTemp]) expect(fs.existsSync(kept)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ msg: 'leftovers sweep done', orphanBlobs: 1, tempFiles: 1 });
    // The linked file still opens.
    await app.http
      .get(`/api/v1/applications/${draft.id}/attachments/${linked.body.attachment.id}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  });

  it('is an admin command that says what it removed', async () => {
    leave('reports/xyz/00000000-0000-4000-8000-000000000009', 50);
    const run = await runAdmin(['storage:sweep', '--grace-hours', '24'], {
      ...adminEnvOf(app),
      LANG: 'en_US.UTF-8',
    });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/removed 1 blobs no record names and 0 temporary files/);
  });
});
