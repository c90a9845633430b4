/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import botEn from '../../bot/locales/en.json';
import botZh from '../../bot/locales/zh-CN.json';
import en from '../../miniprogram/lib/locales/en';
import zhCN from '../../miniprogram/lib/locales/zh-CN';
import { residentToken, submittedCase } from '../support/cases';
import { seedAreas } from '../support/fixtures';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, type, until } from './support/pages';
import { installPhone } from './support/wx-bridge';

/**
 * The mini-program's two links to the chat bot: from a case's page, a binding code and the exact words to send the
 * bot, which the server then accepts for that case; and on the pre-screen, the code the bot gave after a check in
 * the chat, which fills the form once with what the person told it.
 */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;
let caseId = '';

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: {
      'code-1': 'openid-chat',
      'code-2': 'openid-chat',
      'code-3': 'openid-chat',
      'code-4': 'openid-chat',
    },
  });
  backend = await startBackend({
    DEV_LOGIN: 'true',
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
  });
  await seedAreas();
  const resident = await residentToken(backend.app, 'openid-chat');
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

describe('following a case in a chat', () => {
  it('shows a code with the case number and the words to send, which bind a chat to that case', async () => {
    const phone = installPhone(backend.base, ['code-1']);
    const page = openPage('pages/case/index', { id: caseId });
    await until(() => expect(page.querySelector('#follow-in-chat')).toBeDefined());
    expect(textOf(page.querySelector('#follow-in-chat'))).toBe('在微信聊天中查看进度');
    await tap(page, '#follow-in-chat');
    await until(() => expect(page.querySelector('#chat-words')).toBeDefined());

    const caseNumber = textOf(page.querySelector('#case-number')).replace('案件编号：', '');
    const words = textOf(page.querySelector('#chat-words'));
    const [, saidCase, code] = /^绑定 (\S+) ([A-Z0-9]{8})$/.exec(words)!;
    expect(saidCase).toBe(caseNumber);
    expect(textOf(page.querySelector('#chat-code'))).toBe(`绑定码：${code}`);
    expect(textOf(page.querySelector('#chat-valid'))).toContain('15 分钟内有效');
    await tap(page, '#copy-chat-words');
    expect(phone.clipboard).toEqual([words]);

    // What the bot does with the words the person sends it.
    const bound = await backend.app.http
      .post('/api/v1/chat/bindings')
      .send({ caseNumber: saidCase, code, chat: 'chat-of-the-applicant' })
      .expect(201);
    const timeline = await backend.app.http
      .post('/api/v1/chat/timeline')
      .send({ token: bound.body.token })
      .expect(200);
    expect(timeline.body.caseNumber).toBe(caseNumber);
  });

  it('gives a new code on each tap, in English with the English command', async () => {
    const phone = installPhone(backend.base, ['code-2']);
    phone.storage.set('settings.language', 'en');
    const page = openPage('pages/case/index', { id: caseId });
    await until(() => expect(page.querySelector('#follow-in-chat')).toBeDefined());
    await tap(page, '#follow-in-chat');
    await until(() => expect(page.querySelector('#chat-words')).toBeDefined());
    const first = textOf(page.querySelector('#chat-words'));
    expect(first).toMatch(/^bind \S+ [A-Z0-9]{8}$/);
    expect(textOf(page.querySelector('#chat-valid'))).toContain('valid for 15 minutes');
    expect(textOf(page.querySelector('#follow-in-chat'))).toBe('Get a new code');
    await tap(page, '#follow-in-chat');
    await until(() => expect(textOf(page.querySelector('#chat-words'))).not.toBe(first));
    // The earlier code still works until it expires or is used; a spent one is refused.
    const [, caseNumber, code] = first.split(' ');
    await backend.app.http.post('/api/v1/chat/bindings').send({ caseNumber, code, chat: 'c2' }).expect(201);
    await backend.app.http.post('/api/v1/chat/bindings').send({ caseNumber, code, chat: 'c3' }).expect(404);
  });

  it('offers nothing to follow before the application has a case number', async () => {
    const resident = await residentToken(backend.app, 'openid-chat');
    const draft = await backend.app.http
      .post('/api/v1/applications')
      .set('Authorization', `Bearer ${resident}`)
      .send({ areaId: '150822201', programs: ['dibao'] })
      .expect(201);
    installPhone(backend.base, ['code-3']);
    const page = openPage('pages/case/index', { id: draft.body.id });
    await until(() => expect(page.querySelector('#stage-apply')).toBeDefined());
    expect(page.querySelector('#follow-in-chat')).toBeUndefined();
  });
});

describe('a pre-screen handed off from the chat', () => {
  // As the bot hands it off: two people, the applicant disabled, one earning wages, a total of 1,250.50 yuan.
  const screening = {
    jurisdiction: 'dengkou',
    household: {
      members: [
        { relation: 'self', age: 70, disability: { grade: 2, kind: 'physical' } },
        { relation: 'spouse', age: 68 },
      ],
      residenceArea: 'urban',
      householdIncome: { monthlyFen: 125050, earners: [{ member: 2, monthlyWagesFen: 80000 }] },
    },
  };

  it('fills the form once, keeps what the form does not ask, and refuses a second take beside the field', async () => {
    const handoff = await backend.app.http.post('/api/v1/handoffs').send({ screening }).expect(201);
    const code: string = handoff.body.code;
    const phone = installPhone(backend.base);
    const page = openPage('pages/screen/index');
    const entry = page.querySelector('#handoff')!;
    await type(entry, '.code', code.toLowerCase());
    await tap(entry, '.take');
    await until(() => expect(entry.querySelector('.filled')).toBeDefined());
    expect(page.instance.data).toMatchObject({ residence: 'urban', ages: '70,68', income: '1250.50' });
    expect(entry.querySelector('.take')).toBeUndefined(); // taken: nothing left to tap twice
    expect(textOf(page.querySelector('#residence-urban'))).toContain('✓');

    // The person corrects an age and the income; what the chat knew besides stays.
    await type(page, '#ages', '71,68');
    await tap(page, '#next');
    await type(page, '#income', '1300');
    await tap(page, '#submit');
    await until(() => expect(page.querySelector('.result')).toBeDefined());
    const sent = phone.requests.find((r) => r.path === '/api/v1/screenings')!.body;
    expect(JSON.parse(JSON.stringify(sent))).toMatchObject({
      jurisdiction: 'dengkou',
      household: {
        members: [
          { relation: 'self', age: 71, disability: { grade: 2, kind: 'physical' } },
          { relation: 'spouse', age: 68 },
        ],
        residenceArea: 'urban',
        householdIncome: { monthlyFen: 130000, earners: [{ member: 2, monthlyWagesFen: 80000 }] },
      },
    });

    const again = openPage('pages/screen/index');
    const refused = again.querySelector('#handoff')!;
    await type(refused, '.code', code);
    await tap(refused, '.take');
    await until(() => expect(textOf(refused.querySelector('.message'))).toContain('已经用过或已过期'));
    expect(refused.querySelector('.filled')).toBeUndefined();
    expect(again.instance.data).toMatchObject({ ages: '', income: '', handedOff: null });
  });

  it('lists the household afresh when the form lists other people, and says a mistyped code beside the field', async () => {
    const handoff = await backend.app.http.post('/api/v1/handoffs').send({ screening }).expect(201);
    const phone = installPhone(backend.base);
    phone.fontSizeSetting = 23.8; // WeChat's care mode: the entry's buttons take elder sizes too
    const page = openPage('pages/screen/index');
    const entry = page.querySelector('#handoff')!;
    expect(entry.querySelector('.handoff')!.dom.getAttribute('class')).toContain('elder');
    await type(entry, '.code', 'ABC');
    await tap(entry, '.take');
    await until(() => expect(textOf(entry.querySelector('.message'))).toContain('8 位字母数字码'));

    await type(entry, '.code', handoff.body.code);
    await tap(entry, '.take');
    await until(() => expect(entry.querySelector('.filled')).toBeDefined());
    expect(entry.querySelector('.message')).toBeUndefined();
    await type(page, '#ages', '70');
    await tap(page, '#next');
    await tap(page, '#submit');
    await until(() => expect(page.querySelector('.result')).toBeDefined());
    const sent = phone.requests.find((r) => r.path === '/api/v1/screenings')!.body;
    expect(JSON.parse(JSON.stringify(sent))).toMatchObject({
      household: {
        members: [{ relation: 'self', age: 70 }],
        householdIncome: { monthlyFen: 125050, earners: [] },
      },
    });
  });

  it('fills the application’s household step, leaving names and ID numbers to be typed', async () => {
    const handoff = await backend.app.http.post('/api/v1/handoffs').send({ screening }).expect(201);
    const phone = installPhone(backend.base, ['code-4']);
    phone.storage.set('place', { id: '150822201', name: '哈腾套海嘎查', jurisdiction: 'dengkou' });
    const apply = openPage('pages/apply/index');
    await until(() => expect(apply.querySelector('#program-dibao')).toBeDefined());
    await tap(apply, '#program-dibao');
    await tap(apply, '#next');
    await until(() => expect(apply.instance.data.step).toBe(1));

    const entry = apply.querySelector('#handoff')!;
    await type(entry, '.code', handoff.body.code);
    await tap(entry, '.take');
    await until(() => expect(entry.querySelector('.filled')).toBeDefined());
    expect(apply.instance.data.form).toMatchObject({
      members: [
        { relation: 'self', age: '70', name: '' },
        { relation: 'spouse', age: '68', name: '' },
      ],
      residence: 'urban',
      incomeYuan: '1250.50',
    });
    expect(textOf(apply.querySelector('#residence-urban'))).toContain('✓');

    await type(apply, '#name-0', '王秀英');
    await type(apply, '#name-1', '李建国');
    await tap(apply, '#next');
    await until(() => expect(apply.instance.data.step).toBe(2));
    const saved = phone.requests.find((r) => r.method === 'PUT' && r.path.endsWith('/household'))!.body;
    expect(saved).toMatchObject({
      members: [
        { name: '王秀英', facts: { relation: 'self', age: 70 } },
        { name: '李建国', facts: { relation: 'spouse', age: 68 } },
      ],
      household: { residenceArea: 'urban', householdIncome: { monthlyFen: 125050 } },
    });
  });
});

describe('the bot’s directions to the mini-program', () => {
  it('name the buttons the mini-program shows, in each language', () => {
    for (const [bot, mp] of [
      [botZh, zhCN],
      [botEn, en],
    ] as const) {
      expect(bot.prescreen.handoff).toContain(mp.handoff.title);
      expect(bot.prescreen.handoff).toContain(mp.home.actions.apply);
      expect(bot.prescreen.handoff).toContain(mp.home.actions.screen);
      expect(bot.status.bindHow).toContain(mp.case.chat);
      expect(bot.status.bindHow).toContain(mp.home.actions.cases);
    }
  });
});
