import { randomBytes } from 'node:crypto';
import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { declarationSigner } from './declarations';
import { pdf } from './files';
import type { TestApp } from './harness';

/** A valid resident ID number of the area's division, born on `birth` (YYYYMMDD). */
export function idNumberFor(division: string, birth: string, seq = '123'): string {
  const first17 = `${division.slice(0, 6)}${birth}${seq}`;
  return first17 + checkCharacter(first17);
}

const key = () => `case-${randomBytes(6).toString('hex')}`;

/** A resident signed in with the development sign-in (DEV_LOGIN): their bearer token. */
export async function residentToken(app: TestApp, openid: string): Promise<string> {
  return (await app.http.post('/api/v1/auth/dev').send({ openid }).expect(200)).body.token as string;
}

/** An empty draft of the area for the programmes, made through the API: its id and revision. */
export async function newDraft(
  app: TestApp,
  token: string,
  areaId: string,
  programs: string[] = ['dibao'],
): Promise<{ id: string; revision: number }> {
  const { body } = await app.http
    .post('/api/v1/applications')
    .set('Authorization', `Bearer ${token}`)
    .send({ areaId, programs })
    .expect(201);
  return { id: body.id as string, revision: body.revision as number };
}

export interface CaseOptions {
  /** The resident's bearer token. */
  token: string;
  areaId: string;
  programs: string[];
  household?: Record<string, unknown>;
  /** The day the case counts as submitted (申请), when earlier than today: the 申请 record is dated so. */
  submittedOn?: string;
  /** Files to add to a material besides the PDFs (e.g. a photo), before submitting. */
  extraFiles?: { materialId: string; data: Buffer; contentType: string; filename: string }[];
}

/**
 * A complete draft made through the API: a two-person household, every declaration signed and a PDF for each
 * material still missing. Returns its id and revision, ready to submit.
 */
export async function completeDraft(
  app: TestApp,
  opts: CaseOptions,
): Promise<{ id: string; revision: number }> {
  const auth = { Authorization: `Bearer ${opts.token}` };
  const created = await newDraft(app, opts.token, opts.areaId, opts.programs);
  const id = created.id;
  let revision: number = (
    await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(auth)
      .send({
        revision: created.revision,
        phone: '13912345678',
        members: [
          {
            name: '王秀兰',
            idNumber: idNumberFor(opts.areaId, '19520310'),
            facts: { relation: 'self', workCapacity: 'unable' },
          },
          {
            name: '李建国',
            idNumber: idNumberFor(opts.areaId, '19500101', '231'),
            facts: { relation: 'spouse', age: 75 },
          },
        ],
        household: { residenceArea: 'rural', legalSupporters: [], ...opts.household },
      })
      .expect(200)
  ).body.revision;
  const sign = await declarationSigner(app);
  for (const kind of ['privacy_consent', 'honesty', 'verification_authorization', 'income_assets']) {
    revision = (await sign(id, opts.token, kind, revision).expect(200)).body.revision;
  }
  revision = (await sign(id, opts.token, 'relatives_of_staff', revision, { related: false }).expect(200)).body
    .revision;
  const detail = await app.http.get(`/api/v1/applications/${id}`).set(auth).expect(200);
  for (const material of detail.body.missing.materials.required as { id: string }[]) {
    revision = (
      await app.http
        .post(`/api/v1/applications/${id}/attachments`)
        .set(auth)
        .set('Idempotency-Key', key())
        .field('materialId', material.id)
        .attach('file', pdf(material.id), { filename: `${material.id}.pdf`, contentType: 'application/pdf' })
        .expect(201)
    ).body.revision;
  }
  for (const extra of opts.extraFiles ?? []) {
    revision = (
      await app.http
        .post(`/api/v1/applications/${id}/attachments`)
        .set(auth)
        .set('Idempotency-Key', key())
        .field('materialId', extra.materialId)
        .attach('file', extra.data, { filename: extra.filename, contentType: extra.contentType })
        .expect(201)
    ).body.revision;
  }
  return { id, revision };
}

/** A complete draft (see completeDraft) submitted through the API. Returns its id. */
export async function submittedCase(app: TestApp, opts: CaseOptions): Promise<string> {
  const auth = { Authorization: `Bearer ${opts.token}` };
  const { id, revision } = await completeDraft(app, opts);
  const submitted = await app.http
    .post(`/api/v1/applications/${id}/submit`)
    .set(auth)
    .set('Idempotency-Key', key())
    .send({ revision })
    .expect(200);
  if (submitted.body.outcome !== 'submitted')
    throw new Error(`not submitted: ${JSON.stringify(submitted.body.application.missing)}`);
  if (opts.submittedOn)
    await Application.updateOne(
      { _id: id, 'stages.0.stage': { $exists: true } },
      { $set: { 'stages.0.on': opts.submittedOn } },
    );
  return id;
}
