import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { Application } from '../../server/applications/application-model';
import { MAX_APPLICATION_ATTACHMENTS } from '../../server/applications/attachments';
import { checkCharacter } from '../../server/applications/id-number';
import { auditTrailOf } from '../../server/audit/audit-log';
import { FieldCrypto } from '../../server/privacy/field-crypto';
import { asBuffer, corruptJpeg, jpegWithGps, pdf, png, webp } from '../support/files';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { residentToken } from '../support/cases';

let app: TestApp;
let alice: string;
let bob: string;
let worker: string;
let township: string;
let otherTownship: string;
let county: string;
let id: string;

const MAX_BYTES = 300_000;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const newKey = () => `upload-${randomBytes(8).toString('hex')}`;

beforeAll(async () => {
  app = await startTestApp({
    DEV_LOGIN: 'true',
    UPLOAD_MAX_BYTES: String(MAX_BYTES),
    UPLOAD_MAX_PIXELS: '1000000',
  });
  await seedAreas();
  await addStaff(app, 'village.worker', 'village_worker', '150822201');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'county.supervisor', 'county_supervisor', '150822');
  const dev = (openid: string) => residentToken(app, openid);
  alice = await dev('resident-alice');
  bob = await dev('resident-bob');
  worker = await signIn(app, 'village.worker');
  township = await signIn(app, 'shajin.staff');
  otherTownship = await signIn(app, 'bayan.staff');
  county = await signIn(app, 'county.supervisor');

  const draft = await app.http
    .post('/api/v1/applications')
    .set(as(alice))
    .send({ areaId: '150822201', programs: ['dibao'] })
    .expect(201);
  id = draft.body.id;
  const first17 = '15082219500312123';
  await app.http
    .put(`/api/v1/applications/${id}/household`)
    .set(as(alice))
    .send({
      revision: 0,
      phone: '13912345678',
      members: [{ name: '巴特尔', idNumber: first17 + checkCharacter(first17), facts: { relation: 'self' } }],
      household: { residenceArea: 'rural' },
    })
    .expect(200);
});
afterAll(() => app.close());

interface UploadOptions {
  /** Another application than the one the tests share. */
  to?: string;
  materialId?: string;
  key?: string | null;
  filename?: string;
  contentType?: string;
  lang?: string;
}

function upload(token: string, file: Buffer, opts: UploadOptions = {}) {
  const req = app.http
    .post(`/api/v1/applications/${opts.to ?? id}/attachments`)
    .set(as(token))
    .set('Accept-Language', opts.lang ?? 'zh-CN');
  if (opts.key !== null) req.set('Idempotency-Key', opts.key ?? newKey());
  return req.field('materialId', opts.materialId ?? 'honesty_declaration').attach('file', file, {
    filename: opts.filename ?? 'photo.jpg',
    contentType: opts.contentType ?? 'image/jpeg',
  });
}

const fileOf = (token: string, attachmentId: string, lang = 'zh-CN') =>
  app.http
    .get(`/api/v1/applications/${id}/attachments/${attachmentId}`)
    .set(as(token))
    .set('Accept-Language', lang)
    .buffer(true)
    .parse(asBuffer);

/** The sealed files on disk for the application. */
const blobsOnDisk = () => {
  const folder = path.join(app.runtime.deps.config.dataDir, 'uploads', 'applications', id);
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
};
const stored = async () => (await Application.findById(id).lean())!;

describe('uploading materials to an application', () => {
  let photoId: string;

  it('stores a photo upright, without EXIF or GPS, sealed, and says what is still missing', async () => {
    const before = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    expect(before.body.missing.materials.required.map((m: { id: string }) => m.id)).toContain(
      'honesty_declaration',
    );
    const original = await jpegWithGps(64, 32);
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const res = await upload(alice, original).expect(201);
    const { attachment } = res.body;
    photoId = attachment.id;
    expect(attachment).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      materialId: 'honesty_declaration',
      contentType: 'image/jpeg',
      bytes: expect.any(Number),
      width: 32,
      height: 64,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      uploadedBy: { kind: 'resident', role: null },
      uploadedAt: expect.any(String),
    });
    expect(res.body.revision).toBe(2);
    expect(res.body.missing.materials.provided).toContainEqual({
      id: 'honesty_declaration',
      name: '社会救助诚信声明',
      by: 'upload',
    });
    expect(res.body.missing.materials.required.map((m: { id: string }) => m.id)).not.toContain(
      'honesty_declaration',
    );

    const served = await fileOf(alice, photoId).expect(200);
    const bytes = served.body as Buffer;
    expect(bytes.length).toBe(attachment.bytes);
    expect(sha256(bytes)).toBe(attachment.sha256);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    for (const secret of ['SecretCam', 'PhoneMaker', 'WGS-84']) expect(bytes.includes(secret)).toBe(false);

    // At rest: only ciphertext, sealed under the current key, never the served bytes.
    expect(blobsOnDisk()).toEqual([photoId]);
    const raw = fs.readFileSync(
      path.join(app.runtime.deps.config.dataDir, 'uploads', 'applications', id, photoId),
    );
    expect(FieldCrypto.keyIdOfBytes(raw)).toBe('dev1');
    expect(raw.includes(bytes.subarray(0, 64))).toBe(false);
    expect(raw.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
  });

  it('serves the file as an inline download named after the material, private and never sniffed', async () => {
    const zh = await fileOf(alice, photoId).expect(200);
    expect(zh.headers['content-type']).toBe('image/jpeg');
    const name = `社会救助诚信声明-${photoId.slice(0, 8)}.jpg`;
    expect(zh.headers['content-disposition']).toBe(
      `inline; filename="________-${photoId.slice(0, 8)}.jpg"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(zh.headers['x-content-type-options']).toBe('nosniff');
    expect(zh.headers['cache-control']).toBe('private, no-store');
    const en = await fileOf(alice, photoId, 'en').expect(200);
    expect(en.headers['content-disposition']).toContain(
      `filename="Social-assistance honesty declaration-${photoId.slice(0, 8)}.jpg"`,
    );
  });

  it('lists attachments in the application without where they are stored, and audits upload and every read', async () => {
    const detail = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({ id: photoId, materialId: 'honesty_declaration' }),
    ]);
    expect(JSON.stringify(detail.body)).not.toContain('storageKey');
    expect(JSON.stringify(detail.body)).not.toContain(`applications/${id}/`);

    const trail = await auditTrailOf({ type: 'application', id });
    const attach = trail.filter((e) => e.action === 'attach');
    expect(attach).toHaveLength(1);
    expect(attach[0]!.details).toMatchObject({ attachmentId: photoId, materialId: 'honesty_declaration' });
    expect(attach[0]!.actor).toMatchObject({ kind: 'resident' });
    const reads = trail.filter(
      (e) => e.action === 'read' && (e.details as { attachmentId?: string } | null)?.attachmentId === photoId,
    );
    expect(reads).toHaveLength(3); // the three reads of the two tests above
  });

  it('keeps PNG as PNG, WebP as WebP and a PDF byte for byte: the content decides, not the name or declared type', async () => {
    const pngRes = await upload(alice, await png(40, 30), {
      materialId: 'verification_authorization',
      filename: 'scan.pdf',
      contentType: 'application/pdf',
    }).expect(201);
    expect(pngRes.body.attachment).toMatchObject({ contentType: 'image/png', width: 40, height: 30 });
    const pngServed = await fileOf(alice, pngRes.body.attachment.id).expect(200);
    expect(pngServed.headers['content-type']).toBe('image/png');
    expect((await sharp(pngServed.body as Buffer).metadata()).format).toBe('png');

    const webpRes = await upload(alice, await webp(), { filename: 'a.png', contentType: 'image/png' }).expect(
      201,
    );
    expect(webpRes.body.attachment).toMatchObject({ contentType: 'image/webp', width: 20, height: 20 });
    const webpMeta = await sharp(
      (await fileOf(alice, webpRes.body.attachment.id).expect(200)).body as Buffer,
    ).metadata();
    expect(webpMeta.format).toBe('webp');
    expect(webpMeta.exif).toBeUndefined();

    const document = pdf();
    const pdfRes = await upload(alice, document, { filename: 'photo.jpg', contentType: 'image/jpeg' }).expect(
      201,
    );
    expect(pdfRes.body.attachment).toMatchObject({
      contentType: 'application/pdf',
      width: null,
      height: null,
      bytes: document.length,
      sha256: sha256(document),
    });
    const pdfServed = await fileOf(alice, pdfRes.body.attachment.id).expect(200);
    expect(pdfServed.headers['content-type']).toBe('application/pdf');
    expect((pdfServed.body as Buffer).equals(document)).toBe(true);
    expect(pdfServed.headers['content-disposition']).toMatch(/\.pdf$/);
  });

  describe('refusals leave neither a record nor a file', () => {
    let revision: number;
    let files: string[];
    beforeAll(async () => {
      revision = (await stored()).revision;
      files = blobsOnDisk();
    });
    afterEach(async () => {
      expect((await stored()).revision).toBe(revision);
      expect(blobsOnDisk()).toEqual(files);
    });

    it('refuses a text file renamed .jpg, and a GIF, with 415 naming the allowed types', async () => {
      const text = Buffer.from('I am only text pretending to be a photo.');
      const zh = await upload(alice, text, { filename: 'photo.jpg', contentType: 'image/jpeg' }).expect(415);
      expect(zh.body.error.code).toBe('upload_type_not_allowed');
      expect(zh.body.error.message).toBe('只能上传 JPEG、PNG、WebP 格式的图片或 PDF 文件。');
      const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .gif()
        .toBuffer();
      const en = await upload(alice, gif, { lang: 'en', filename: 'a.jpg' }).expect(415);
      expect(en.body.error.message).toBe('Only JPEG, PNG or WebP images and PDF files can be uploaded.');
    });

    it('refuses a file over the size limit with 413', async () => {
      const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(MAX_BYTES)]);
      const zh = await upload(alice, big).expect(413);
      expect(zh.body.error).toMatchObject({ code: 'upload_too_large' });
      expect(zh.body.error.message).toBe('文件太大，不能超过 0.286 MB。请压缩或分开上传。');
      const en = await upload(alice, big, { lang: 'en' }).expect(413);
      expect(en.body.error.message).toContain('the limit is 0.286 MB');
    });

    it('refuses an image with more pixels than allowed with 413, however small the file', async () => {
      const huge = await png(1200, 1000);
      expect(huge.length).toBeLessThan(MAX_BYTES);
      const zh = await upload(alice, huge, { contentType: 'image/png' }).expect(413);
      expect(zh.body.error.code).toBe('upload_too_many_pixels');
      expect(zh.body.error.message).toBe('图片分辨率过高（上限 1 百万像素），请缩小后再上传。');
      const en = await upload(alice, huge, { lang: 'en' }).expect(413);
      expect(en.body.error.message).toContain('the limit is 1 megapixels');
    });

    it('refuses a corrupt JPEG and a PDF without its end marker with 400', async () => {
      const zh = await upload(alice, await corruptJpeg()).expect(400);
      expect(zh.body.error).toMatchObject({ code: 'upload_corrupt' });
      expect(zh.body.error.message).toBe('文件已损坏或无法读取，请重新拍照或另存后再上传。');
      const cut = pdf().subarray(0, 200);
      const en = await upload(alice, cut, { lang: 'en', filename: 'a.pdf' }).expect(400);
      expect(en.body.error.message).toMatch(/^The file is damaged or cannot be read/);
    });

    it('refuses a material the applicant does not bring or the pack does not have (400)', async () => {
      const zh = await upload(alice, pdf(), { materialId: 'identity_card' }).expect(400);
      expect(zh.body.error).toMatchObject({ code: 'material_unknown' });
      expect(zh.body.error.message).toBe(
        '“identity_card”不是本申请需要由申请人提交的材料，请按材料清单选择。',
      );
      const en = await upload(alice, pdf(), { materialId: 'no_such_material', lang: 'en' }).expect(400);
      expect(en.body.error.message).toBe(
        '“no_such_material” is not a material this application asks the applicant for; please choose one from the list of materials.',
      );
      await upload(alice, pdf(), { materialId: '__proto__' }).expect(400);
      const shape = await upload(alice, pdf(), { materialId: 'Bad Id', lang: 'en' }).expect(400);
      expect(shape.body.error.fields[0]).toMatchObject({ path: 'body.materialId', field: 'material' });
    });

    it('keeps other residents and other townships out, and lets only applicants and the township window upload', async () => {
      const other = await upload(bob, pdf()).expect(403);
      // A resident is told in a resident's words; staff hear of jurisdictions.
      expect(other.body.error.code).toBe('not_your_application');
      expect(other.body.error.message).toContain('这份申请不是您的');
      expect(other.body.error.message).not.toContain('辖区');
      const zh = await upload(otherTownship, pdf()).expect(403);
      expect(zh.body.error).toMatchObject({ code: 'outside_jurisdiction' });
      expect(zh.body.error.message).toBe('该记录不在您负责的辖区内，无权查看或办理。');
      const en = await upload(otherTownship, pdf(), { lang: 'en' }).expect(403);
      expect(en.body.error.message).toBe(
        'This record is outside your jurisdiction; you may not see or handle it.',
      );
      expect((await upload(county, pdf()).expect(403)).body.error.code).toBe('forbidden');
      // Refused before the file is read: an outsider's oversized body gets 403, not 413.
      const big = await upload(bob, randomBytes(MAX_BYTES + 1)).expect(403);
      expect(big.body.error.code).toBe('not_your_application');
      await app.http
        .post(`/api/v1/applications/${'0'.repeat(24)}/attachments`)
        .set(as(alice))
        .set('Idempotency-Key', newKey())
        .field('materialId', 'honesty_declaration')
        .attach('file', pdf(), 'a.pdf')
        .expect(404);
    });

    it('requires an Idempotency-Key', async () => {
      const res = await upload(alice, pdf(), { key: null }).expect(400);
      expect(res.body.error.code).toBe('idempotency_key_required');
    });
  });

  it('lets the village worker and the township window of the case upload, and everyone reaching the case read', async () => {
    const byWorker = await upload(worker, pdf('worker scan')).expect(201);
    expect(byWorker.body.attachment.uploadedBy).toEqual({ kind: 'staff', role: 'village_worker' });
    const byWindow = await upload(township, pdf('window scan')).expect(201);
    expect(byWindow.body.attachment.uploadedBy).toEqual({ kind: 'staff', role: 'township_staff' });

    for (const token of [alice, worker, township, county]) await fileOf(token, photoId).expect(200);
    expect((await fileOf(bob, photoId).expect(403)).body).toBeDefined();
    await fileOf(otherTownship, photoId).expect(403);
    await fileOf(alice, '00000000-0000-4000-8000-000000000000').expect(404);
    await fileOf(alice, 'not-an-id').expect(400);
  });

  it('replays an idempotent retry with one attachment only, and refuses the key with another file (422)', async () => {
    const key = newKey();
    const photo = await jpegWithGps(48, 48);
    const countBefore = (await stored()).attachments.length;
    const first = await upload(alice, photo, { key }).expect(201);
    const retry = await upload(alice, photo, { key }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await stored()).attachments.length).toBe(countBefore + 1);
    expect(blobsOnDisk()).toHaveLength(countBefore + 1);

    const otherFile = await upload(alice, await png(), { key }).expect(422);
    expect(otherFile.body.error.code).toBe('idempotency_key_reused');
    await upload(alice, photo, { key, materialId: 'verification_authorization' }).expect(422);
    expect((await stored()).attachments.length).toBe(countBefore + 1);
  });

  it('removes an attachment and its file; a second removal finds nothing', async () => {
    const revision = (await stored()).revision;
    await app.http.delete(`/api/v1/applications/${id}/attachments/${photoId}`).set(as(bob)).expect(403);
    const res = await app.http
      .delete(`/api/v1/applications/${id}/attachments/${photoId}`)
      .set(as(alice))
      .expect(200);
    expect(res.body.revision).toBe(revision + 1);
    expect((await stored()).attachments.map((a) => a.id)).not.toContain(photoId);
    expect(blobsOnDisk()).not.toContain(photoId);
    await fileOf(alice, photoId).expect(404);
    await app.http.delete(`/api/v1/applications/${id}/attachments/${photoId}`).set(as(alice)).expect(404);
    const trail = await auditTrailOf({ type: 'application', id });
    expect(trail.filter((e) => e.action === 'detach').map((e) => e.details)).toEqual([
      expect.objectContaining({ attachmentId: photoId, revision: revision + 1 }),
    ]);
  });

  it('deletes the stored file when the application is submitted while the upload is being stored', async () => {
    const files = blobsOnDisk();
    const count = (await stored()).attachments.length;
    const original = Application.findOneAndUpdate.bind(Application);
    const spy = jest.spyOn(Application, 'findOneAndUpdate').mockImplementationOnce(((
      filter: never,
      update: never,
      options: never,
    ) => ({
      lean: async () => {
        await Application.updateOne({ _id: id }, { $set: { status: 'submitted' } });
        return original(filter, update, options).lean();
      },
    })) as never);
    try {
      const res = await upload(alice, pdf()).expect(409);
      expect(res.body.error.code).toBe('not_a_draft');
    } finally {
      spy.mockRestore();
    }
    expect(blobsOnDisk()).toEqual(files);
    expect((await stored()).attachments.length).toBe(count);
  });

  it('refuses uploads and removals once the application is no longer a draft (409), and still serves files', async () => {
    const { attachments } = await stored();
    const zh = await upload(alice, pdf()).expect(409);
    expect(zh.body.error.message).toBe('该申请已提交，不能再修改草稿。');
    const en = await upload(alice, pdf(), { lang: 'en' }).expect(409);
    expect(en.body.error.message).toBe(
      'This application has been submitted; the draft can no longer be changed.',
    );
    const kept = attachments[0]!.id;
    await app.http.delete(`/api/v1/applications/${id}/attachments/${kept}`).set(as(alice)).expect(409);
    await fileOf(alice, kept).expect(200);
    expect((await stored()).attachments).toHaveLength(attachments.length);
  });
});

it(`holds at most ${MAX_APPLICATION_ATTACHMENTS} files per application (409), storing nothing more`, async () => {
  const draft = await app.http
    .post('/api/v1/applications')
    .set(as(bob))
    .send({ areaId: '150822101', programs: ['dibao'] })
    .expect(201);
  const to = draft.body.id as string;
  const file = pdf('page');
  for (let i = 0; i < MAX_APPLICATION_ATTACHMENTS; i += 1) await upload(bob, file, { to }).expect(201);
  const full = await upload(bob, file, { to, lang: 'en' }).expect(409);
  expect(full.body.error).toMatchObject({
    code: 'attachments_full',
    message: `An application can hold at most ${MAX_APPLICATION_ATTACHMENTS} files and this one is full; remove files you do not need first.`,
  });
  const folder = path.join(app.runtime.deps.config.dataDir, 'uploads', 'applications', to);
  expect(fs.readdirSync(folder)).toHaveLength(MAX_APPLICATION_ATTACHMENTS);
  expect((await Application.findById(to).lean())!.attachments).toHaveLength(MAX_APPLICATION_ATTACHMENTS);
});
