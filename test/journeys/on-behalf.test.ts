import { checkCharacter } from '../../server/applications/id-number';
import { addWorkingDays } from '../../server/calendar/working-days';
import { chinaToday } from '../../server/calendar/china-date';
import { declarationSigner } from '../support/declarations';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { pdf } from '../support/files';
import { startWeChatServer } from '../support/wechat-server';
import { startWeComServer } from '../support/wecom-server';
import { residentToken } from '../support/cases';

/**
 * The whole journey over HTTP, as a village worker on behalf of a resident: draft → upload → incomplete submit →
 * one notice → completed → forwarded (the township's WeCom robot receives it) → the township records 受理 → the
 * resident's timeline shows it with its deadline, and a WeChat subscribe message reached the resident.
 */
let app: TestApp;
let wecom: Awaited<ReturnType<typeof startWeComServer>>;
let wechat: Awaited<ReturnType<typeof startWeChatServer>>;

beforeAll(async () => {
  wecom = await startWeComServer({ keys: ['sumu'] });
  wechat = await startWeChatServer({ appId: 'wxapp', secret: 'wxsecret', templateId: 'tpl-progress' });
  app = await startTestApp({
    DEV_LOGIN: 'true',
    WECHAT_APPID: 'wxapp',
    WECHAT_SECRET: 'wxsecret',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_SUBSCRIBE_TEMPLATE_ID: 'tpl-progress',
    WECOM_WEBHOOKS: `150822200=${wecom.url('sumu')}`,
  });
  await seedAreas();
  await addStaff(app, 'hatan.worker', 'village_worker', '150822201');
  await addStaff(app, 'sumu.staff', 'township_staff', '150822200');
});
afterAll(async () => {
  await app.close();
  await wecom.close();
  await wechat.close();
});

const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const idFor = (birth: string, seq: string) => `150822${birth}${seq}` + checkCharacter(`150822${birth}${seq}`);

it('walks a case from the worker’s draft to the township’s acceptance and the resident’s timeline', async () => {
  const worker = await signIn(app, 'hatan.worker');
  const township = await signIn(app, 'sumu.staff');
  const resident = await residentToken(app, 'openid-grandma');

  const draft = await app.http
    .post('/api/v1/applications')
    .set(as(worker))
    .send({ areaId: '150822201', programs: ['tekun'], onBehalf: { basis: 'elderly' } })
    .expect(201);
  const id = draft.body.id;
  await app.http
    .post('/api/v1/applications/claim')
    .set(as(resident))
    .send({ code: draft.body.claimCode })
    .expect(200);
  let revision = (
    await app.http
      .put(`/api/v1/applications/${id}/household`)
      .set(as(worker))
      .send({
        revision: 0,
        phone: '13812345678',
        members: [
          {
            name: '高娃',
            idNumber: idFor('19380205', '042'),
            facts: { relation: 'self', workCapacity: 'unable' },
          },
        ],
        household: { residenceArea: 'rural', legalSupporters: [] },
      })
      .expect(200)
  ).body.revision;

  // Incomplete: the notice lists every missing item, the authorisation among them.
  const noticed = await app.http
    .post(`/api/v1/applications/${id}/submit`)
    .set(as(worker))
    .set('Idempotency-Key', 'journey-submit-1')
    .send({ revision })
    .expect(200);
  expect(noticed.body.outcome).toBe('notice_issued');
  const items = noticed.body.application.notice.items.map((i: { code: string }) => i.code);
  expect(items).toEqual(
    expect.arrayContaining(['on_behalf_authorization', 'declaration_privacy_consent', 'honesty_declaration']),
  );

  const upload = await app.http
    .post(`/api/v1/applications/${id}/attachments`)
    .set(as(worker))
    .set('Idempotency-Key', 'journey-upload-1')
    .field('materialId', 'on_behalf_authorization')
    .attach('file', pdf('委托书'), { filename: 'weituo.pdf', contentType: 'application/pdf' })
    .expect(201);
  revision = upload.body.revision;
  const sign = await declarationSigner(app);
  for (const kind of ['privacy_consent', 'honesty', 'verification_authorization', 'relatives_of_staff']) {
    const relatives = kind === 'relatives_of_staff' ? { related: false } : undefined;
    const res = await sign(id, worker, kind, revision, relatives).expect(200);
    revision = res.body.revision;
  }

  const submitted = await app.http
    .post(`/api/v1/applications/${id}/submit`)
    .set(as(worker))
    .set('Idempotency-Key', 'journey-submit-2')
    .send({ revision })
    .expect(200);
  expect(submitted.body.outcome).toBe('submitted');
  const caseNumber = submitted.body.application.caseNumber;

  await app.runtime.deps.outbox.runOnce();
  const forwarded = wecom.received('sumu');
  expect(forwarded).toHaveLength(1);
  expect(forwarded[0]!.content).toContain(caseNumber);
  expect(forwarded[0]!.content).toContain('老年人');
  expect(forwarded[0]!.content).toContain('申请地：户籍所在地');

  const today = chinaToday();
  await app.http
    .post(`/api/v1/applications/${id}/stages`)
    .set(as(township))
    .send({ stage: 'accept', outcome: 'accepted' })
    .expect(200);
  await app.runtime.deps.outbox.runOnce();

  const timeline = await app.http.get(`/api/v1/applications/${id}/timeline`).set(as(resident)).expect(200);
  expect(timeline.body.stages.find((s: { id: string }) => s.id === 'accept')).toMatchObject({
    state: 'done',
    on: today,
  });
  // Dengkou: 特困 within 20 working days of acceptance (seed 003 五(一)2).
  expect(timeline.body.decisionDue.due).toBe(addWorkingDays(today, 20).date);
  const sent = wechat.messages.filter((m) => m.touser === 'openid-grandma');
  expect(sent.map((m) => m.data.phrase2?.value)).toEqual(['待补材料', '已提交', '办理中']);
  expect(sent[2]!.data.thing1!.value).toContain('特困');

  const worksToo = await app.http.get(`/api/v1/applications/${id}/timeline`).set(as(worker)).expect(200);
  expect(worksToo.body.caseNumber).toBe(caseNumber);
});
