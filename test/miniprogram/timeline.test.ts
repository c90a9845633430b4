/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import { chinaToday } from '../../server/calendar/china-date';
import { Report } from '../../server/reports/report-model';
import { addWorkingDays } from '../../server/calendar/working-days';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until } from './support/pages';
import { installPhone } from './support/wx-bridge';

/**
 * My case as the township records it: each stage done with its date, the current one, the decision's working-day
 * deadline (Dengkou: 20 working days from acceptance, seed 003), a refusal with its reasons, and a complaint.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;
let caseId = '';
let township = '';

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: { 'code-1': 'openid-timeline', 'code-2': 'openid-timeline', 'code-3': 'openid-timeline' },
  });
  backend = await startBackend({
    DEV_LOGIN: 'true',
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
  });
  await seedAreas();
  await addStaff(backend.app, 'sumu.staff', 'township_staff', '150822200');
  township = await signIn(backend.app, 'sumu.staff');
  // The same person as the phone's wx.login: one openid.
  const resident = await residentToken(backend.app, 'openid-timeline');
  caseId = await submittedCase(backend.app, {
    token: resident,
    areaId: '150822201',
    programs: ['dibao'],
  });
});

afterAll(async () => {
  await backend?.close();
  await wechat?.close();
});

const record = (body: object) =>
  backend.app.http
    .post(`/api/v1/applications/${caseId}/stages`)
    .set('Authorization', `Bearer ${township}`)
    .send(body)
    .expect(200);

it('shows the stages with their dates, the current one, and the decision’s working-day deadline', async () => {
  await record({ stage: 'accept', outcome: 'accepted' });
  installPhone(backend.base, ['code-1']);
  const page = openPage('pages/case/index', { id: caseId });
  await until(() => expect(page.querySelector('#stage-accept')).toBeDefined());
  const today = chinaToday();
  expect(textOf(page.querySelector('#stage-apply'))).toContain(`✔ `);
  expect(textOf(page.querySelector('#stage-accept'))).toContain(`办理日期：${today}`);
  expect(textOf(page.querySelector('#stage-accept'))).toContain('已完成');
  expect(textOf(page.querySelector('.stage-current'))).toContain('▶');
  expect(textOf(page.querySelector('#decision-due'))).toBe(
    `最迟于 ${addWorkingDays(today, 20).date} 前作出决定（受理后 20 个工作日，不含公示和信息核对的时间）`,
  );
  expect(page.querySelector('#decision')).toBeUndefined();
});

it('shows a refusal with its reasons, in English too', async () => {
  for (const stage of ['declarations', 'verification', 'investigation', 'income_accounting', 'publication'])
    await record({ stage });
  await record({ stage: 'approval', outcome: 'refused', reasons: '家庭人均收入高于当地低保标准' });
  const phone = installPhone(backend.base, ['code-2']);
  phone.storage.set('settings.language', 'en');
  const page = openPage('pages/case/index', { id: caseId });
  await until(() => expect(page.querySelector('#decision')).toBeDefined());
  expect(textOf(page.querySelector('#decision'))).toContain('家庭人均收入高于当地低保标准');
  expect(textOf(page)).toContain('How the application is going');
  expect(textOf(page.querySelector('#stage-approval'))).toContain('Done');
});

it('lets the applicant complain about the case from its page; the county handles it', async () => {
  const phone = installPhone(backend.base, ['code-3']);
  const casePage = openPage('pages/case/index', { id: caseId });
  await until(() => expect(casePage.querySelector('#complain')).toBeDefined());
  await tap(casePage, '#complain');
  expect(phone.navigations).toEqual([`/pages/report/index?applicationId=${caseId}`]);

  const page = openPage('pages/report/index', { applicationId: caseId });
  await until(() => expect(textOf(page.querySelector('#complaint-about'))).toMatch(/^投诉的案件：150822-/));
  await type(page, '#description', '入户调查时没有见到工作人员，却说调查过了。');
  await tap(page, '#submit');
  await until(() => expect(page.querySelector('.receipt')).toBeDefined());
  const code = textOf(page.querySelector('#receipt-code')).replace('回执编号：', '');
  const stored = await Report.findOne({ receiptCode: code }).lean();
  expect(stored).toMatchObject({
    kind: 'complaint',
    applicationId: caseId,
    routedTo: { level: 'county', areaId: '150822' },
    reporter: { anonymous: true, residentId: null },
  });
});
