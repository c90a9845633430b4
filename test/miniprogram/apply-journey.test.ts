/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import { checkCharacter } from '../../server/applications/id-number';
import { Application } from '../../server/applications/application-model';
import { png } from '../support/files';
import { tempDir } from '../support/harness';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until, type Rendered } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';
import { seedChaohu } from '../support/fixtures';

/**
 * A resident, as a new user would: the pre-screen, then the application in its steps on the real backend, an
 * incomplete submission that gives the one-time notice, each paper uploaded from the notice's checklist, and the
 * submission that goes through, followed on the case timeline.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;
let phone: Phone;
let photo: string;
const dir = tempDir('mp-photos');

const idFor = (birth: string, seq: string) => `340181${birth}${seq}` + checkCharacter(`340181${birth}${seq}`);

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: { 'code-1': 'openid-grandma', 'code-2': 'openid-grandma' },
  });
  backend = await startBackend({
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_SUBSCRIBE_TEMPLATE_ID: 'tpl-progress',
    UPLOAD_MAX_BYTES: String(200 * 1024),
  });
  // Chaohu (seed 000) asks for papers the applicant must bring.
  await seedChaohu();
  photo = path.join(dir, 'paper.png');
  fs.writeFileSync(photo, await png(60, 40));
  phone = installPhone(backend.base, ['code-1', 'code-2']);
});

afterAll(async () => {
  await backend?.close();
  await wechat?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stepOf = (page: Rendered) => page.instance.data.step as number;

it('goes from the pre-screen to a submitted application with uploads and the one-time notice', async () => {
  // The home page: the place through the tree.
  const home = openPage('pages/index/index');
  for (const id of ['340181', '340181100', '340181101']) {
    await until(() => expect(home.querySelector(`#place-${id}`)).toBeDefined());
    await tap(home, `#place-${id}`);
  }
  await until(() => expect(textOf(home.querySelector('.policy'))).toContain('最低生活保障'));

  // The pre-screen: a wrong answer is said beside its field; then the engine's answer with reasons and papers.
  const screen = openPage('pages/screen/index');
  await type(screen, '#ages', '七十');
  await tap(screen, '#next');
  expect(textOf(screen.querySelector('#ages-error'))).toBe('请按人数填写每个人的年龄，用逗号隔开。');
  await type(screen, '#ages', '72,70');
  await tap(screen, '#next');
  await type(screen, '#income', '3oo');
  await tap(screen, '#submit');
  expect(textOf(screen.querySelector('#income-error'))).toBe('请填写金额，只能是数字，例如 1200。');
  await type(screen, '#income', '300');
  await tap(screen, '#submit');
  await until(() => expect(screen.querySelector('#verdict-dibao')).toBeDefined());
  expect(textOf(screen.querySelector('.result'))).toContain('需要准备的材料');

  // Apply: programme, then the household with an ID number checked as it is typed.
  const apply = openPage('pages/apply/index');
  await until(() => expect(apply.querySelector('#program-dibao')).toBeDefined());
  await tap(apply, '#next');
  expect(textOf(apply.querySelector('#programs-error'))).toBe('请至少选择一项。');
  await tap(apply, '#program-dibao');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(1));
  const draftId = apply.instance.data.id as string;
  expect(phone.storage.get('draft.resident')).toBe(draftId);

  await type(apply, '#name-0', '王秀英');
  const good = idFor('19540312', '022');
  await type(apply, '#id-0', good.slice(0, 17) + (good[17] === '0' ? '1' : '0'));
  expect(textOf(apply.querySelector('#id-0-error'))).toContain('身份证号不正确');
  await type(apply, '#id-0', good.toLowerCase());
  expect(textOf(apply.querySelector('#id-0-error'))).toBe('');
  expect(textOf(apply.querySelector('#id-0-ok'))).toContain('身份证号格式正确');
  await tap(apply, '#add-member');
  await tap(apply, '#next');
  expect(textOf(apply.querySelector('#name-1-error'))).toBe('请填写每位成员的姓名。');
  expect(textOf(apply.querySelector('#age-1-error'))).toBe('没有身份证号的成员，请填写年龄。');
  await type(apply, '#name-1', '李建国');
  await type(apply, '#id-1', idFor('19520101', '031'));
  await tap(apply, '#illness-1');
  // The server's own check answers beside the field too: a phone number it refuses.
  await type(apply, '#phone', '12345');
  await tap(apply, '#next');
  await until(() => expect(textOf(apply.querySelector('#phone-error'))).not.toBe(''));
  await type(apply, '#phone', '13912345678');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(2));

  // Income in yuan a month, stored as fen.
  await type(apply, '#income', '300');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(3));
  const saved = await Application.findById(draftId).lean();
  expect(saved!.members[1]!.facts).toMatchObject({ seriousIllness: true });
  expect((saved!.household as { householdIncome: unknown }).householdIncome).toEqual({
    monthlyFen: 30000,
    earners: [],
  });

  // Declarations: none goes through until each is agreed.
  await until(() => expect(apply.querySelector('#agree-privacy_consent')).toBeDefined());
  await tap(apply, '#next');
  expect(textOf(apply.querySelector('#error'))).toBe('请逐项阅读并勾选同意，才能继续。');
  for (const d of apply.instance.data.declarations as { kind: string }[])
    if (d.kind !== 'relatives_of_staff') await tap(apply, `#agree-${d.kind}`);
  await tap(apply, '#related-no');
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(4));
  const materials = apply.instance.data.materials as { id: string; done: boolean }[];
  expect(materials.length).toBeGreaterThan(0);

  // Submitting before the papers: the one-time notice, with every item and its reason.
  await tap(apply, '#next');
  await until(() => expect(stepOf(apply)).toBe(5));
  await tap(apply, '#submit');
  await until(() => expect(phone.navigations).toContain(`/pages/notice/index?id=${draftId}`));
  expect(phone.subscribeRequests).toEqual([['tpl-progress']]);

  const notice = openPage('pages/notice/index', { id: draftId });
  await until(() => expect(notice.querySelectorAll('.notice-item').length).toBe(materials.length));
  expect(textOf(notice.querySelector('#issued-on'))).toMatch(/^告知日期：\d{4}-\d{2}-\d{2}$/);
  expect(textOf(notice)).toContain('为什么需要：');

  // A photo too large is refused on the phone, in words; the right one uploads with progress and is ticked.
  const first = materials[0]!.id;
  const uploader = notice.querySelector(`#upload-${first}`)!;
  phone.nextPhoto = { path: photo, size: 300 * 1024 };
  await tap(uploader, '.choose');
  await until(() => expect(textOf(uploader.querySelector('.message'))).toContain('文件太大（超过 0 MB）'));
  for (const m of materials) {
    phone.nextPhoto = { path: photo, size: fs.statSync(photo).size };
    const item = notice.querySelector(`#upload-${m.id}`);
    if (!item) continue;
    await tap(item, '.choose');
    await until(
      () => expect(textOf(notice.querySelector(`#item-${m.id} .item-state`))).toBe('已补齐'),
      15_000,
    );
  }
  const uploads = phone.requests.filter((r) => r.method === 'UPLOAD');
  expect(uploads.length).toBe(materials.length);
  expect(new Set(uploads.map((u) => u.key)).size).toBe(materials.length);

  // Back to the application (resumed from the server), submitted: the case timeline follows.
  phone.navigations.length = 0;
  const again = openPage('pages/apply/index', { id: draftId });
  await until(() => expect(stepOf(again)).toBe(5));
  expect(textOf(again.querySelector('#status'))).toBe('已从上次保存的地方继续。');
  await tap(again, '#submit');
  await until(() => expect(phone.navigations).toEqual([`/pages/case/index?id=${draftId}`]));
  const submitted = await Application.findById(draftId).lean();
  expect(submitted!.status).toBe('submitted');
  const submits = phone.requests.filter((r) => r.path.endsWith('/submit'));
  expect(submits.every((r) => r.key)).toBe(true);

  const timeline = openPage('pages/case/index', { id: draftId });
  await until(() => expect(timeline.querySelector('#case-number')).toBeDefined());
  expect(textOf(timeline.querySelector('#case-number'))).toMatch(/^案件编号：340181-\d{4}-\d+/);
  expect(timeline.querySelectorAll('.stage-done').length).toBeGreaterThanOrEqual(1);
  expect(textOf(timeline.querySelector('.stage-current'))).toContain('正在办理');
  expect(textOf(timeline.querySelector('.stage-current'))).toContain('受理');
  expect(textOf(timeline.querySelector('#applicant-action'))).not.toBe('');
  expect(timeline.querySelectorAll('.stage-upcoming').length).toBeGreaterThan(0);
}, 120_000);
