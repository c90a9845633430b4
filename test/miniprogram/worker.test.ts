/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { Discovery } from '../../server/discovery/discovery-model';
import { png } from '../support/files';
import { addStaff, PASSWORD, seedAreas } from '../support/fixtures';
import { tempDir } from '../support/harness';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until, type Rendered } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';
import { residentToken } from '../support/cases';

/**
 * Worker mode: a village worker signs in, applies on an elderly resident's behalf with the basis and the signed
 * authorisation uploaded, hands over the claim code, and reports a household found in hardship; the resident then
 * claims the case on their own phone.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;
let phone: Phone;
const dir = tempDir('mp-worker');
let photo: string;
const idFor = (birth: string, seq: string) => `150822${birth}${seq}` + checkCharacter(`150822${birth}${seq}`);
const stepOf = (page: Rendered) => page.instance.data.step as number;

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: { 'code-r': 'openid-resident' },
  });
  backend = await startBackend({
    DEV_LOGIN: 'true',
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
  });
  await seedAreas();
  await addStaff(backend.app, 'hatan.worker', 'village_worker', '150822201');
  photo = path.join(dir, 'paper.png');
  fs.writeFileSync(photo, await png(60, 40));
  phone = installPhone(backend.base);
  phone.storage.set('place', { id: '150822201', name: '沙金套海苏木 哈腾套海嘎查', jurisdiction: 'dengkou' });
});

afterAll(async () => {
  await backend?.close();
  await wechat?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let claimCode = '';
let caseId = '';

it('signs a village worker in and applies on a resident’s behalf with the basis, the authorisation and a claim code', async () => {
  const worker = openPage('pages/worker/index');
  await type(worker, '#username', 'hatan.worker');
  await type(worker, '#password', 'wrong password!');
  await tap(worker, '#sign-in');
  await until(() => expect(textOf(worker.querySelector('#error'))).not.toBe(''));
  await type(worker, '#password', PASSWORD);
  await tap(worker, '#sign-in');
  await until(() => expect(textOf(worker.querySelector('#signed-in'))).toBe('已登录：hatan.worker'));
  await tap(worker, '#apply-on-behalf');
  expect(phone.navigations.at(-1)).toBe('/pages/apply/index');

  const apply = openPage('pages/apply/index');
  await until(() => expect(apply.querySelector('#program-dibao')).toBeDefined());
  await tap(apply, '#program-dibao');
  await tap(apply, '#basis-elderly');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(1));
  caseId = apply.instance.data.id as string;
  claimCode = /：(\S+)$/.exec(apply.instance.data.claimText as string)![1]!;
  expect(claimCode.length).toBeGreaterThanOrEqual(6);
  expect((await Application.findById(caseId).lean())!.onBehalf).toMatchObject({ basis: 'elderly' });

  await type(apply, '#name-0', '巴特尔');
  await type(apply, '#id-0', idFor('19400312', '017'));
  await type(apply, '#phone', '13812345678');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(2));
  await type(apply, '#income', '450.5');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(3));
  for (const d of apply.instance.data.declarations as { kind: string }[])
    if (d.kind !== 'relatives_of_staff') await tap(apply, `#agree-${d.kind}`);
  await tap(apply, '#related-no');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(4));

  // The materials include the 代为申请 authorisation (《社会救助暂行办法》第十一条): each uploaded on its own.
  const materials = apply.instance.data.materials as { id: string; name: string }[];
  expect(materials.map((m) => m.name).join()).toContain('授权');
  for (const m of materials) {
    phone.nextPhoto = { path: photo, size: fs.statSync(photo).size };
    const item = apply.querySelector(`#upload-${m.id}`)!;
    await tap(item, '.choose');
    await until(() => expect(textOf(item.querySelector('.state'))).toBe('已上传'), 15_000);
  }
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(5));
  expect(textOf(apply.querySelector('#claim-code'))).toContain(claimCode);
  await tap(apply, '#submit');
  await until(() => expect(phone.navigations.at(-1)).toBe(`/pages/case/index?id=${caseId}`));
  expect((await Application.findById(caseId).lean())!.status).toBe('submitted');

  // The village's applications: the worker's own and a resident's, not another village's.
  const resident = await residentToken(backend.app, 'openid-villager');
  const own = (area: string) =>
    backend.app.http
      .post('/api/v1/applications')
      .set('Authorization', `Bearer ${resident}`)
      .send({ areaId: area, programs: ['dibao'] })
      .expect(201);
  const villagers = (await own('150822201')).body.id as string;
  const elsewhere = (await own('150822101')).body.id as string;
  const list = openPage('pages/worker/index');
  await until(() => expect(list.querySelector(`#case-${caseId}`)).toBeDefined());
  expect(textOf(list.querySelector(`#case-${caseId}`))).toMatch(/^150822/);
  expect(list.querySelector(`#case-${villagers}`)).toBeDefined();
  expect(list.querySelector(`#case-${elsewhere}`)).toBeUndefined();
}, 90_000);

it('reports a household found in hardship to the township, urgent flagged, with the follow-up date', async () => {
  const page = openPage('pages/worker/discover');
  await type(page, '#name', '乌云');
  await type(page, '#address', '哈腾套海嘎查二组');
  await type(page, '#description', '独居老人，冬季取暖困难，腿脚不便。');
  await tap(page, '#submit');
  await until(() => expect(textOf(page.querySelector('#hardships-error'))).not.toBe(''));
  await tap(page, '#hardship-elderly_alone');
  await tap(page, '#urgent');
  await tap(page, '#submit');
  await until(() =>
    expect(textOf(page.querySelector('#sent'))).toMatch(/^已报告乡镇，跟进期限：\d{4}-\d{2}-\d{2}$/),
  );
  await until(() => expect(textOf(page.querySelector('.reported'))).toContain('【急难】'));
  expect(await Discovery.countDocuments({ urgency: 'urgent', townshipId: '150822200' })).toBe(1);
});

it('lets the resident claim the case with the code, on their own phone', async () => {
  phone = installPhone(backend.base, ['code-r']);
  const cases = openPage('pages/cases/index');
  await until(() => expect(cases.querySelector('#empty')).toBeDefined());
  await type(cases, '#claim-code', 'NOT-A-CODE');
  await tap(cases, '#claim');
  await until(() => expect(textOf(cases.querySelector('#claim-error'))).not.toBe(''));
  await type(cases, '#claim-code', claimCode);
  await tap(cases, '#claim');
  await until(() => expect(cases.querySelector(`#case-${caseId}`)).toBeDefined());
  await tap(cases, `#open-${caseId}`);
  expect(phone.navigations).toEqual([`/pages/case/index?id=${caseId}`]);
});
