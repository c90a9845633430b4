/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import { Application } from '../../server/applications/application-model';
import { checkCharacter } from '../../server/applications/id-number';
import { png } from '../support/files';
import { tempDir } from '../support/harness';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until, type Rendered } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';
import { seedChaohu } from '../support/fixtures';

/**
 * Autosave and resume: each step is saved to the server; a step saved without a network is kept on the phone and
 * sent when the page comes back; the draft resumes on another phone of the same person. Uploads show their state
 * and recover from a refusal.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;
let phone: Phone;
const dir = tempDir('mp-autosave');
const idFor = (birth: string, seq: string) => `340181${birth}${seq}` + checkCharacter(`340181${birth}${seq}`);
const stepOf = (page: Rendered) => page.instance.data.step as number;
// Chaohu (seed 000) asks the applicant for papers, so the upload states can be shown.
const PLACE = { id: '340181101', name: '柘皋镇 汪桥村', jurisdiction: 'chaohu' };

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: { 'phone-a': 'openid-same-person', 'phone-b': 'openid-same-person' },
  });
  backend = await startBackend({
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
  });
  await seedChaohu();
});

afterAll(async () => {
  await backend?.close();
  await wechat?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let draftId = '';

it('keeps a step saved offline on the phone and sends it when the page comes back', async () => {
  phone = installPhone(backend.base, ['phone-a']);
  phone.storage.set('place', PLACE);
  const apply = openPage('pages/apply/index');
  await until(() => expect(apply.querySelector('#program-dibao')).toBeDefined());
  await tap(apply, '#program-dibao');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(1));
  draftId = apply.instance.data.id as string;
  await type(apply, '#name-0', '张桂兰');
  await type(apply, '#id-0', idFor('19481120', '046'));
  await type(apply, '#phone', '13700001111');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(2));

  phone.offline = true;
  await type(apply, '#income', '820');
  await tap(apply, '#next');
  await until(
    () => expect(textOf(apply.querySelector('#status'))).toContain('网络不通，已保存在本机'),
    15_000,
  );
  expect(stepOf(apply)).toBe(2);
  const kept = phone.storage.get('pending.household') as Record<
    string,
    { household: { householdIncome: unknown } }
  >;
  expect(kept[draftId]!.household.householdIncome).toEqual({ monthlyFen: 82000, earners: [] });
  expect((await Application.findById(draftId).lean())!.household).not.toHaveProperty('householdIncome');

  phone.offline = false;
  const again = openPage('pages/apply/index');
  await until(() => expect(stepOf(again)).toBe(3));
  expect(textOf(again.querySelector('#status'))).toBe('已从上次保存的地方继续。');
  expect((await Application.findById(draftId).lean())!.household).toMatchObject({
    householdIncome: { monthlyFen: 82000 },
  });
  expect(phone.storage.get('pending.household')).toEqual({});
}, 60_000);

it('resumes the draft on another phone of the same person, from my cases', async () => {
  phone = installPhone(backend.base, ['phone-b']);
  const cases = openPage('pages/cases/index');
  await until(() => expect(cases.querySelector(`#case-${draftId}`)).toBeDefined());
  expect(textOf(cases.querySelector(`#case-${draftId}`))).toContain('未提交（草稿）');
  await tap(cases, `#open-${draftId}`);
  expect(phone.navigations).toEqual([`/pages/apply/index?id=${draftId}`]);
  const apply = openPage('pages/apply/index', { id: draftId });
  await until(() => expect(stepOf(apply)).toBe(3));
  const form = apply.instance.data.form as {
    members: { name: string; idNumber: string }[];
    incomeYuan: string;
  };
  expect(form.members[0]!.name).toBe('张桂兰');
  expect(form.members[0]!.idNumber).toMatch(/^340181\*+\d{3}[\dX]$/);
  expect(form.incomeYuan).toBe('820.00');

  // Going back to the household: the masked number read back is never sent; it is asked for whole again.
  await tap(apply, '#back');
  await tap(apply, '#back');
  await tap(apply, '#next');
  expect(textOf(apply.querySelector('#id-0-error'))).toContain('请重新输入完整的身份证号');
  expect(textOf(apply.querySelector('#phone-error'))).toContain('请重新输入完整的手机号');
  expect(stepOf(apply)).toBe(1);
  await type(apply, '#id-0', idFor('19481120', '046'));
  await type(apply, '#phone', '13700001111');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(2));
  const saved = await Application.findById(draftId).lean();
  expect(saved!.members[0]!.idNumberSealed).toBeTruthy();
  expect(saved!.phoneSealed).toBeTruthy();
}, 60_000);

it('shows each upload’s state: a refused file says why and offers a retry, which then succeeds', async () => {
  const apply = openPage('pages/apply/index', { id: draftId });
  await until(() => expect(stepOf(apply)).toBe(3));
  for (const d of apply.instance.data.declarations as { kind: string }[])
    if (d.kind !== 'relatives_of_staff') await tap(apply, `#agree-${d.kind}`);
  await tap(apply, '#related-no');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(4));
  const materials = apply.instance.data.materials as { id: string }[];
  expect(materials.length).toBeGreaterThan(0);
  const item = apply.querySelector(`#upload-${materials[0]!.id}`)!;
  expect(textOf(item.querySelector('.state'))).toBe('未上传');

  const notAPhoto = path.join(dir, 'note.txt');
  fs.writeFileSync(notAPhoto, 'not a photo at all');
  phone.nextPhoto = { path: notAPhoto, size: 18 };
  await tap(item, '.choose');
  await until(() => expect(textOf(item.querySelector('.state'))).toBe('上传失败'));
  expect(textOf(item.querySelector('.message'))).not.toBe('');
  expect(textOf(item.querySelector('.choose'))).toBe('重试');

  const photo = path.join(dir, 'paper.png');
  fs.writeFileSync(photo, await png(30, 30));
  phone.nextPhoto = { path: photo, size: fs.statSync(photo).size };
  await tap(item, '.choose');
  await until(() => expect(textOf(item.querySelector('.state'))).toBe('已上传'));
  const uploads = phone.requests.filter((r) => r.method === 'UPLOAD');
  expect(uploads).toHaveLength(2);
  // The retry of the same paper carried the same Idempotency-Key.
  expect(uploads[1]!.key).toBe(uploads[0]!.key);
}, 60_000);
