/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import { Report } from '../../server/reports/report-model';
import { png } from '../support/files';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { tempDir } from '../support/harness';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';

/**
 * A citizen reports fraud anonymously from the mini-program, keeps the receipt shown once, adds a photo, and follows
 * the report to the township's answer.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let phone: Phone;
const dir = tempDir('mp-evidence');

beforeAll(async () => {
  backend = await startBackend();
  await seedAreas();
  await addStaff(backend.app, 'sumu.staff', 'township_staff', '150822200');
  phone = installPhone(backend.base);
  phone.storage.set('place', { id: '150822201', name: '沙金套海苏木 哈腾套海嘎查', jurisdiction: 'dengkou' });
});

afterAll(async () => {
  await backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('files an anonymous report, shows the receipt once with a warning, adds evidence and follows it to the answer', async () => {
  const page = openPage('pages/report/index');
  await tap(page, '#go-follow');
  expect(phone.navigations).toEqual(['/pages/report/follow']);
  phone.navigations.length = 0;
  // Too short a description: the server's words, beside the field.
  await type(page, '#description', '骗保');
  await tap(page, '#submit');
  await until(() => expect(textOf(page.querySelector('#description-error'))).not.toBe(''));
  const refusedKey = phone.requests.at(-1)!.key;

  // Offline: the client retries with backoff, then says so; the person's own retry carries the same key.
  await type(page, '#description', '某户家里有两套房和一辆货车，却一直领低保，村里人都知道。');
  await type(page, '#people', '张三');
  phone.offline = true;
  await tap(page, '#submit');
  await until(() => expect(textOf(page.querySelector('#error'))).toContain('网络连接不上'), 15_000);
  phone.offline = false;
  await tap(page, '#submit');
  await until(() => expect(page.querySelector('.receipt')).toBeDefined());
  const keys = phone.requests.filter((r) => r.path === '/api/v1/reports').map((r) => r.key);
  expect(keys.length).toBe(1 + 4 + 1);
  expect(new Set(keys.slice(1)).size).toBe(1);
  expect(keys[1]).not.toBe(refusedKey);

  const code = textOf(page.querySelector('#receipt-code')).replace('回执编号：', '');
  const secret = textOf(page.querySelector('#receipt-secret')).replace('查询密码：', '');
  expect(code).toMatch(/^JB-[A-Z0-9]{10}$/);
  expect(secret.length).toBeGreaterThanOrEqual(8);
  expect(textOf(page.querySelector('#warning'))).toContain('查询密码只显示这一次');
  await tap(page, '#copy-code');
  await tap(page, '#copy-secret');
  expect(phone.clipboard).toEqual([code, secret]);

  // Anonymous: nothing of the reporter is kept.
  const stored = await Report.findOne({ receiptCode: code }).lean();
  expect(stored!.reporter).toMatchObject({
    anonymous: true,
    nameSealed: null,
    phoneSealed: null,
    residentId: null,
    staffId: null,
  });

  // Evidence: a photo, with the receipt.
  const photo = path.join(dir, 'evidence.png');
  fs.writeFileSync(photo, await png(50, 50));
  phone.nextPhoto = { path: photo, size: fs.statSync(photo).size };
  await tap(page, '#evidence');
  await until(() => expect(textOf(page.querySelector('#evidence-state'))).toBe('已上传'));

  // The township answers; the reporter follows with the code and the secret.
  const staff = await signIn(backend.app, 'sumu.staff');
  await backend.app.http
    .post(`/api/v1/reports/${String(stored!._id)}/answer`)
    .set('Authorization', `Bearer ${staff}`)
    .send({
      outcome: 'substantiated',
      handling: '入户核查属实，已停发。',
      answer: '经核查，情况属实，已依规处理。',
    })
    .expect(200);

  await tap(page, '#follow');
  expect(phone.navigations).toEqual([`/pages/report/follow?receiptCode=${code}`]);
  const follow = openPage('pages/report/follow', { receiptCode: code });
  await type(follow, '#secret', 'WRONG-SECRET-123');
  await tap(follow, '#submit');
  await until(() => expect(textOf(follow.querySelector('#error'))).not.toBe(''));
  await type(follow, '#secret', secret);
  await tap(follow, '#submit');
  await until(() =>
    expect(textOf(follow.querySelector('#result'))).toContain('答复：经核查，情况属实，已依规处理。'),
  );
  expect(textOf(follow.querySelector('#result'))).toContain('✔ 已答复');
  expect(textOf(follow.querySelector('#result'))).toContain('已收到的证据：1 份');
}, 60_000);
