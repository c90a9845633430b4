import { randomBytes } from 'node:crypto';
import type { Response, Test } from 'supertest';
import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { auditTrailOf, type TrailEntry } from '../../server/audit/audit-log';
import { AuditPending } from '../../server/audit/audit-model';
import { decodeEntry, recordKey } from '../../server/audit/audit-entry';
import { Report } from '../../server/reports/report-model';
import { completeDraft, residentToken } from '../support/cases';
import { pdf } from '../support/files';
import { seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A crash can fall between a write reaching the store and its answer being kept in Redis. What it leaves is a
 * record and a key whose lease runs out; these tests put the product in exactly that state (the kept answer
 * gone, the record there) and retry with the same key. `npm run chaos` does the same with kill -9.
 */
let app: TestApp;
let alice: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const newKey = () => `retry-${randomBytes(8).toString('hex')}`;

/** Forgets the kept answer of every slot with this key, as a crash before keeping it would. */
async function loseAnswer(key: string): Promise<void> {
  const { redis, config } = app.runtime.deps;
  const slots = await redis.keys(`${config.REDIS_KEY_PREFIX}idem:*:${key}`);
  expect(slots.length).toBe(1);
  await redis.del(...slots.map((s) => s.slice(config.REDIS_KEY_PREFIX.length)));
}

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  alice = await residentToken(app, 'resident-alice');
});
afterAll(() => app.close());

async function newDraft(): Promise<string> {
  const draft = await app.http
    .post('/api/v1/applications')
    .set(as(alice))
    .send({ areaId: '150822201', programs: ['dibao'] })
    .expect(201);
  const first17 = '15082219500312123';
  await app.http
    .put(`/api/v1/applications/${draft.body.id}/household`)
    .set(as(alice))
    .send({
      revision: 0,
      phone: '13912345678',
      members: [{ name: '巴特尔', idNumber: first17 + checkCharacter(first17), facts: { relation: 'self' } }],
      household: { residenceArea: 'rural' },
    })
    .expect(200);
  return draft.body.id as string;
}

/** Submits a draft of alice's at a revision under an Idempotency-Key, once per call of what it returns. */
const submitOf = (id: string, key: string, revision: number) => () =>
  app.http
    .post(`/api/v1/applications/${id}/submit`)
    .set(as(alice))
    .set('Idempotency-Key', key)
    .send({ revision });

/** Sends a PDF to a draft of alice's under an Idempotency-Key, once per call of what it returns. */
const uploadTo = (id: string, key: string, content: string) => () =>
  app.http
    .post(`/api/v1/applications/${id}/attachments`)
    .set(as(alice))
    .set('Idempotency-Key', key)
    .field('materialId', 'honesty_declaration')
    .attach('file', pdf(content), { filename: 'a.pdf', contentType: 'application/pdf' });

describe('a retry after a crash', () => {
  it('answers the upload that reached the store instead of adding the file again', async () => {
    const id = await newDraft();
    const key = newKey();
    const send = uploadTo(id, key, 'the same file');
    const first = await send().expect(201);
    await loseAnswer(key);
    const retry = await send().expect(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body.attachment.id).toBe(first.body.attachment.id);
    const app1 = await Application.findById(id).lean();
    expect(app1!.attachments).toHaveLength(1);
  });

  it('answers the submission that reached the store instead of submitting again', async () => {
    const id = await newDraft();
    const key = newKey();
    const { body: draft } = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    const submit = submitOf(id, key, draft.revision);
    const first = await submit().expect(200);
    await loseAnswer(key);
    const retry = await submit().expect(200);
    expect(retry.body.outcome).toBe(first.body.outcome);
    expect(retry.body.application.revision).toBe(first.body.application.revision);
    const stored = await Application.findById(id).lean();
    expect(stored!.snapshots.length + (stored!.notice ? 1 : 0)).toBe(1);
  });

  it('answers the report that was stored, with a new secret that opens it, instead of filing it twice', async () => {
    const key = newKey();
    const body = {
      kind: 'fraud',
      areaId: '150822201',
      people: [{ name: '某某', position: '低保户' }],
      description: '家里开着商铺还在领低保，请核查。',
      reporter: { anonymous: true },
    };
    const send = () => app.http.post('/api/v1/reports').set('Idempotency-Key', key).send(body);
    const first = await send().expect(201);
    await loseAnswer(key);
    const retry = await send().expect(201);
    expect(retry.body.receiptCode).toBe(first.body.receiptCode);
    expect(await Report.countDocuments({ receiptCode: first.body.receiptCode })).toBe(1);
    await app.http
      .post('/api/v1/reports/follow')
      .send({ receiptCode: retry.body.receiptCode, secret: retry.body.secret })
      .expect(200);
    // The secret of the lost answer never reached anyone and opens nothing now.
    await app.http
      .post('/api/v1/reports/follow')
      .send({ receiptCode: first.body.receiptCode, secret: first.body.secret })
      .expect(404);

    const evidenceKey = newKey();
    const evidence = () =>
      app.http
        .post('/api/v1/reports/attachments')
        .set('Idempotency-Key', evidenceKey)
        .field('receiptCode', retry.body.receiptCode)
        .field('secret', retry.body.secret)
        .attach('file', pdf('evidence'), { filename: 'e.pdf', contentType: 'application/pdf' });
    const added = await evidence().expect(201);
    await loseAnswer(evidenceKey);
    const again = await evidence().expect(201);
    expect(again.body.attachment).toEqual(added.body.attachment);
    expect(again.body.attachments).toBe(1);
  });
});

type AuditedRecord = { type: string; id: string };

/** What an entry says, beside its own id, time and request (a retry is another request). */
const said = ({ actor, channel, action, record, areaId, details }: TrailEntry) => ({
  actor,
  channel,
  action,
  record,
  areaId,
  details,
});

/** The entries about a record with this action, sealed or not. */
async function entriesOf(record: AuditedRecord, action: string) {
  return (await auditTrailOf(record)).filter((e) => e.action === action).map(said);
}

/**
 * Removes a record's entries with this action from the log, as a crash before they were stored would have left
 * it. No sealer runs in these tests, so the entries are still pending, in their groups.
 */
async function loseEntries(record: AuditedRecord, action: string): Promise<void> {
  const key = recordKey(record);
  const lost = (text: string) => {
    const e = decodeEntry(text);
    return recordKey(e.record) === key && e.action === action;
  };
  for (const group of await AuditPending.find({ records: key }).lean()) {
    const kept = group.entries.filter((e) => !lost(e));
    const records = [...new Set(kept.map((e) => recordKey(decodeEntry(e).record)))];
    if (kept.length)
      await AuditPending.collection.updateOne({ _id: group._id }, { $set: { entries: kept, records } });
    else await AuditPending.collection.deleteOne({ _id: group._id });
  }
  expect(await entriesOf(record, action)).toEqual([]);
}

/**
 * Sends a change, then loses its kept answer and its audit entry, as a process killed between them would have,
 * and sends it again with the same key: the retry must answer the same change and write the same entry.
 */
async function retriedAfterCrash(
  key: string,
  send: () => Test,
  status: number,
  recordOf: (first: Response) => AuditedRecord | Promise<AuditedRecord>,
  action: string,
): Promise<{ first: Response; retry: Response; entries: ReturnType<typeof said>[] }> {
  const first = await send().expect(status);
  const record = await recordOf(first);
  const entries = await entriesOf(record, action);
  expect(entries).toHaveLength(1);
  await loseAnswer(key);
  await loseEntries(record, action);
  const retry = await send().expect(status);
  expect(await entriesOf(record, action)).toEqual(entries);
  return { first, retry, entries };
}

/** The next audit insert fails, as when the store refuses it for a moment. */
const failNextAuditInsert = () =>
  jest.spyOn(AuditPending.collection, 'insertOne').mockRejectedValueOnce(new Error('audit insert refused'));

const report = {
  kind: 'fraud',
  areaId: '150822201',
  people: [{ name: '某某', position: '低保户' }],
  description: '家里开着商铺还在领低保，请核查。',
  reporter: { anonymous: true },
};

async function reportIdOf(receiptCode: string): Promise<string> {
  const stored = await Report.findOne({ receiptCode }).lean();
  return String(stored!._id);
}

describe('a retry after a crash that came before the audit entry was stored', () => {
  afterEach(() => jest.restoreAllMocks());

  it('audits the upload it answers, as the first attempt would have', async () => {
    const id = await newDraft();
    const key = newKey();
    const send = uploadTo(id, key, 'audited once more');
    const { first, retry } = await retriedAfterCrash(
      key,
      send,
      201,
      () => ({ type: 'application', id }),
      'attach',
    );
    expect(retry.body).toEqual(first.body);
  });

  it('audits the submission it answers, with the version that request froze', async () => {
    const { id, revision } = await completeDraft(app, {
      token: alice,
      areaId: '150822201',
      programs: ['dibao'],
    });
    const key = newKey();
    const submit = submitOf(id, key, revision);
    const { first, retry, entries } = await retriedAfterCrash(
      key,
      submit,
      200,
      () => ({ type: 'application', id }),
      'submit',
    );
    expect(first.body.outcome).toBe('submitted');
    expect(entries[0]!.details).toMatchObject({ caseNumber: first.body.application.caseNumber, version: 1 });
    expect(retry.body.outcome).toBe('submitted');
    expect(retry.body.application.caseNumber).toBe(first.body.application.caseNumber);
  });

  it('audits the one-time notice a submission issued when it answers it', async () => {
    const id = await newDraft();
    const key = newKey();
    const { body: draft } = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    const submit = submitOf(id, key, draft.revision);
    const { first, retry } = await retriedAfterCrash(
      key,
      submit,
      200,
      () => ({ type: 'application', id }),
      'notice',
    );
    expect(first.body.outcome).toBe('notice_issued');
    expect(retry.body.outcome).toBe('notice_issued');
  });

  it('audits the report it answers, as the first attempt would have', async () => {
    const key = newKey();
    const send = () => app.http.post('/api/v1/reports').set('Idempotency-Key', key).send(report);
    const { first, retry } = await retriedAfterCrash(
      key,
      send,
      201,
      async (made) => ({ type: 'report', id: await reportIdOf(made.body.receiptCode) }),
      'create',
    );
    expect(retry.body.receiptCode).toBe(first.body.receiptCode);
  });

  it('audits the evidence it answers, as the first attempt would have', async () => {
    const { body: receipt } = await app.http
      .post('/api/v1/reports')
      .set('Idempotency-Key', newKey())
      .send(report)
      .expect(201);
    const record = { type: 'report', id: await reportIdOf(receipt.receiptCode) };
    const key = newKey();
    const send = () =>
      app.http
        .post('/api/v1/reports/attachments')
        .set('Idempotency-Key', key)
        .field('receiptCode', receipt.receiptCode)
        .field('secret', receipt.secret)
        .attach('file', pdf('evidence audited'), { filename: 'e.pdf', contentType: 'application/pdf' });
    const { first, retry } = await retriedAfterCrash(key, send, 201, () => record, 'attach');
    expect(retry.body).toEqual(first.body);
  });

  it('keeps the report it found when its audit fails, and the next retry audits and answers it', async () => {
    const key = newKey();
    const send = () => app.http.post('/api/v1/reports').set('Idempotency-Key', key).send(report);
    const first = await send().expect(201);
    const record = { type: 'report', id: await reportIdOf(first.body.receiptCode) };
    const created = await entriesOf(record, 'create');
    await loseAnswer(key);
    await loseEntries(record, 'create');

    failNextAuditInsert();
    const refused = await send().expect(503);
    expect(refused.body.error.code).toBe('audit_unavailable');
    expect(await Report.countDocuments({ receiptCode: first.body.receiptCode })).toBe(1);

    const retry = await send().expect(201);
    expect(retry.body.receiptCode).toBe(first.body.receiptCode);
    expect(await entriesOf(record, 'create')).toEqual(created);
  });
});

describe('a retry after the audit insert failed', () => {
  afterEach(() => jest.restoreAllMocks());

  it('audits the submission that stood, which the failed attempt could not', async () => {
    const id = await newDraft();
    const key = newKey();
    const { body: draft } = await app.http.get(`/api/v1/applications/${id}`).set(as(alice)).expect(200);
    const submit = submitOf(id, key, draft.revision);
    const record = { type: 'application', id };

    failNextAuditInsert();
    await submit().expect(503);
    // The notice was issued before its entry failed; the key was released for the retry.
    expect((await Application.findById(id).lean())!.notice).not.toBeNull();
    expect(await entriesOf(record, 'notice')).toEqual([]);

    const retry = await submit().expect(200);
    expect(retry.body.outcome).toBe('notice_issued');
    expect(await entriesOf(record, 'notice')).toHaveLength(1);
  });
});
