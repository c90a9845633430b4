import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { auditTrailOf } from '../../server/audit/audit-log';
import { FieldCrypto } from '../../server/privacy/field-crypto';
import { Report } from '../../server/reports/report-model';
import { MAX_REPORT_ATTACHMENTS } from '../../server/reports/reports';
import { asBuffer, jpegWithGps, pdf, png } from '../support/files';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';

/** Evidence added to a report by whoever holds its receipt (投诉举报 with attachments, issue item 7). */

let app: TestApp;
const tokens: Record<string, string> = {};
let aliceId: string;

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true', TRUST_PROXY: 'true', REPORT_FOLLOW_RATE_LIMIT: '4' });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'village.worker', 'village_worker', '150822101');
  for (const name of ['bayan.staff', 'shajin.staff', 'dengkou.county', 'village.worker']) {
    tokens[name] = await signIn(app, name);
  }
  const res = await app.http.post('/api/v1/auth/dev').send({ openid: 'resident-alice' }).expect(200);
  tokens.alice = res.body.token;
  aliceId = res.body.resident.id;
});
afterAll(() => app.close());

let counter = 0;
const next = () => (counter += 1);
const freshIp = () => `198.51.100.${next() % 250}`;
const freshKey = () => `evidence-key-${next()}-${Date.now()}`;

interface Receipt {
  id: string;
  receiptCode: string;
  secret: string;
}

/** An anonymous fraud report about 东风村, handled by 巴彦高勒镇. */
async function newReport(): Promise<Receipt> {
  const res = await app.http
    .post('/api/v1/reports')
    .set('X-Forwarded-For', freshIp())
    .set('Idempotency-Key', freshKey())
    .send({
      kind: 'fraud',
      areaId: '150822101',
      description: '东风村某户家里新盖了楼房，还在领低保。',
      reporter: { anonymous: true },
    })
    .expect(201);
  const raw = await Report.findOne({ receiptCode: res.body.receiptCode }).lean();
  return { id: String(raw!._id), receiptCode: res.body.receiptCode, secret: res.body.secret };
}

interface AddOptions {
  key?: string | null;
  ip?: string;
  token?: string;
  lang?: string;
  filename?: string;
}

function addEvidence(receipt: Pick<Receipt, 'receiptCode' | 'secret'>, file: Buffer, opts: AddOptions = {}) {
  const req = app.http
    .post('/api/v1/reports/attachments')
    .set('X-Forwarded-For', opts.ip ?? freshIp())
    .set('Accept-Language', opts.lang ?? 'zh-CN');
  if (opts.key !== null) req.set('Idempotency-Key', opts.key ?? freshKey());
  if (opts.token) req.set('Authorization', `Bearer ${opts.token}`);
  return req
    .field('receiptCode', receipt.receiptCode)
    .field('secret', receipt.secret)
    .attach('file', file, { filename: opts.filename ?? 'photo.jpg', contentType: 'image/jpeg' });
}

const staffGet = (url: string, token: string | undefined, lang = 'zh-CN') => {
  const req = app.http.get(url).set('X-Forwarded-For', freshIp()).set('Accept-Language', lang);
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.buffer(true).parse(asBuffer);
};
const fileOf = (receipt: Receipt, attachmentId: string, token?: string, lang?: string) =>
  staffGet(`/api/v1/reports/${receipt.id}/attachments/${attachmentId}`, token, lang);

const blobsOf = (receipt: Receipt) => {
  const folder = path.join(app.runtime.deps.config.dataDir, 'uploads', 'reports', receipt.id);
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
};
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('adding evidence to a report', () => {
  let receipt: Receipt;
  let photoId: string;

  beforeAll(async () => {
    receipt = await newReport();
  });

  it('takes a photo from whoever holds the receipt, stored upright without EXIF or GPS, sealed', async () => {
    const res = await addEvidence(receipt, await jpegWithGps(64, 32)).expect(201);
    // The reporter learns what arrived, not where it is kept nor how to fetch it.
    const sent = {
      contentType: 'image/jpeg',
      bytes: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      uploadedAt: expect.any(String),
    };
    expect(res.body).toEqual({ attachment: sent, attachments: 1 });
    const stored = (await Report.findById(receipt.id).lean())!.attachments;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sha256).toBe(res.body.attachment.sha256);
    photoId = stored[0]!.id;

    expect(blobsOf(receipt)).toEqual([photoId]);
    const raw = fs.readFileSync(
      path.join(app.runtime.deps.config.dataDir, 'uploads', 'reports', receipt.id, photoId),
    );
    expect(FieldCrypto.keyIdOfBytes(raw)).toBe('dev1');
    expect(raw.includes(Buffer.from('SecretCam'))).toBe(false);

    const follow = await app.http
      .post('/api/v1/reports/follow')
      .set('X-Forwarded-For', freshIp())
      .send({ receiptCode: receipt.receiptCode, secret: receipt.secret })
      .expect(200);
    expect(follow.body.attachments).toEqual([res.body.attachment]);
  });

  it('tells the office by WeCom in the same update, naming the receipt and never the reporter', async () => {
    const raw = await Report.collection.findOne({ receiptCode: receipt.receiptCode });
    expect(raw!.outbox).toHaveLength(2);
    const added = raw!.outbox[1];
    expect(added).toMatchObject({ kind: 'wecom', payload: { areaId: '150822100' } });
    expect(added.payload.markdown).toContain(receipt.receiptCode);
    expect(added.payload.markdown).toContain('现有材料：1 份');
    expect(added.payload.markdown).not.toContain(receipt.secret);
  });

  it('shows the office the files and serves each, named and unmodified; every read is audited', async () => {
    const detail = await staffGet(`/api/v1/reports/${receipt.id}`, tokens['bayan.staff']).expect(200);
    const listed = JSON.parse((detail.body as Buffer).toString('utf8'));
    expect(listed.attachments).toEqual([
      expect.objectContaining({
        id: photoId,
        contentType: 'image/jpeg',
        uploadedBy: { kind: 'reporter', role: null },
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain('storageKey');

    const served = await fileOf(receipt, photoId, tokens['bayan.staff']).expect(200);
    const bytes = served.body as Buffer;
    expect(sha256(bytes)).toBe(listed.attachments[0].sha256);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(meta.exif).toBeUndefined();
    expect(served.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`举报材料-${photoId.slice(0, 8)}.jpg`)}`,
    );
    const en = await fileOf(receipt, photoId, tokens['dengkou.county'], 'en').expect(200);
    expect(en.headers['content-disposition']).toContain(
      `filename="report-evidence-${photoId.slice(0, 8)}.jpg"`,
    );

    const trail = await auditTrailOf({ type: 'report', id: receipt.id });
    const reads = trail.filter(
      (e) => e.action === 'read' && (e.details as { attachmentId?: string } | null)?.attachmentId === photoId,
    );
    expect(reads.map((e) => e.actor?.kind)).toEqual(['staff', 'staff']);
  });

  it('keeps the file from other townships, village workers and the public', async () => {
    const other = await fileOf(receipt, photoId, tokens['shajin.staff'], 'en').expect(403);
    expect(other.body.toString('utf8')).toContain('outside_jurisdiction');
    await fileOf(receipt, photoId, tokens['village.worker']).expect(403);
    await fileOf(receipt, photoId, tokens.alice).expect(403);
    await fileOf(receipt, photoId).expect(401);
    await fileOf(receipt, '00000000-0000-4000-8000-000000000000', tokens['bayan.staff']).expect(404);
  });

  it('ties nothing to a signed-in sender: not the file, the audit trail, nor the idempotency slot', async () => {
    const res = await addEvidence(receipt, pdf('Receipt of a new car'), {
      token: tokens.alice,
      filename: 'car.pdf',
    }).expect(201);
    expect(res.body).toMatchObject({ attachment: { contentType: 'application/pdf' }, attachments: 2 });
    const raw = await Report.collection.findOne({ receiptCode: receipt.receiptCode });
    expect(raw!.attachments[1].uploadedBy).toEqual({ kind: 'reporter', id: '-', role: null });
    expect(JSON.stringify(raw)).not.toContain(aliceId);
    const attach = (await auditTrailOf({ type: 'report', id: receipt.id })).filter(
      (e) => e.action === 'attach',
    );
    expect(attach).toHaveLength(2);
    for (const event of attach)
      expect(event).toMatchObject({ actor: { kind: 'anonymous', id: '-' }, requestId: null });
    const prefix = app.runtime.deps.config.REDIS_KEY_PREFIX;
    const slots = await app.runtime.deps.redis.keys(`${prefix}idem:*/api/v1/reports/attachments:*`);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot).not.toContain(aliceId);
  });

  it('replays a retry with one file stored, and refuses the key with another file (422)', async () => {
    const key = freshKey();
    const file = await png(12, 12);
    const first = await addEvidence(receipt, file, { key }).expect(201);
    const retry = await addEvidence(receipt, file, { key }).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const other = await addEvidence(receipt, await png(13, 13), { key }).expect(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(blobsOf(receipt)).toHaveLength(3);
    expect((await Report.findById(receipt.id).lean())!.attachments).toHaveLength(3);
  });
});

describe('refusals store nothing', () => {
  let receipt: Receipt;

  beforeAll(async () => {
    receipt = await newReport();
  });
  const nothingStored = async () => {
    expect(blobsOf(receipt)).toEqual([]);
    const raw = await Report.findById(receipt.id).lean();
    expect(raw!.attachments).toEqual([]);
    expect(raw!.outbox).toHaveLength(1);
  };

  it('a wrong secret or code, alike, in the caller’s language', async () => {
    const wrong = { receiptCode: receipt.receiptCode, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    const res = await addEvidence(wrong, await png(), { lang: 'en' }).expect(404);
    expect(res.body.error).toMatchObject({
      code: 'report_receipt_invalid',
      message: 'The receipt code or the secret is not right; please check them and try again.',
    });
    await addEvidence({ ...receipt, receiptCode: 'JB-2222222222' }, await png()).expect(404);
    await nothingStored();
  });

  it('shares the budget of following: a client trying secrets gets 429', async () => {
    const ip = '203.0.113.41';
    const wrong = { receiptCode: receipt.receiptCode, secret: 'BBBB-BBBB-BBBB-BBBB-BBBB-BBBB' };
    for (let i = 0; i < 4; i += 1) await addEvidence(wrong, await png(), { ip }).expect(404);
    const limited = await addEvidence(receipt, await png(), { ip }).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    await nothingStored();
  });

  it('a file that is not a photo or a PDF (415), and a malformed receipt (400)', async () => {
    const text = await addEvidence(receipt, Buffer.from('just some text, named .jpg')).expect(415);
    expect(text.body.error.code).toBe('upload_type_not_allowed');
    const malformed = await addEvidence({ ...receipt, receiptCode: 'nonsense' }, await png(), {
      lang: 'en',
    }).expect(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    await nothingStored();
  });

  it('a request without an Idempotency-Key', async () => {
    const res = await addEvidence(receipt, await png(), { key: null }).expect(400);
    expect(res.body.error.code).toBe('idempotency_key_required');
    await nothingStored();
  });
});

describe('limits', () => {
  it(`stops at ${MAX_REPORT_ATTACHMENTS} files`, async () => {
    const receipt = await newReport();
    const file = await png(8, 8);
    for (let i = 0; i < MAX_REPORT_ATTACHMENTS; i += 1) await addEvidence(receipt, file).expect(201);
    const full = await addEvidence(receipt, file, { lang: 'en' }).expect(409);
    expect(full.body.error).toMatchObject({
      code: 'report_attachments_full',
      message: `A complaint or report can have at most ${MAX_REPORT_ATTACHMENTS} files attached; this one has reached that limit.`,
    });
    expect(blobsOf(receipt)).toHaveLength(MAX_REPORT_ATTACHMENTS);
    expect((await Report.findById(receipt.id).lean())!.attachments).toHaveLength(MAX_REPORT_ATTACHMENTS);
  });

  it('takes no more once the report is answered, and deletes the file it was sent', async () => {
    const receipt = await newReport();
    await app.http
      .post(`/api/v1/reports/${receipt.id}/answer`)
      .set('Authorization', `Bearer ${tokens['bayan.staff']}`)
      .send({
        outcome: 'unsubstantiated',
        handling: '入户核查，新房系子女所建。',
        answer: '经核查，反映的问题不属实。',
      })
      .expect(200);
    const res = await addEvidence(receipt, await png()).expect(409);
    expect(res.body.error.code).toBe('report_answered_no_evidence');
    expect(res.body.error.message).toContain('已经答复，不能再补充材料');
    expect(blobsOf(receipt)).toEqual([]);
  });
});
