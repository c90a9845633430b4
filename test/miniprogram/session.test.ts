/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import { seedAreas } from '../support/fixtures';
import { startWeChatServer, type WeChatServer } from '../support/wechat-server';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, until } from './support/pages';
import { installPhone } from './support/wx-bridge';

/** Sign-in with wx.login, the session kept on the phone, renewed when the server ends it, and signing out. */

let backend: Awaited<ReturnType<typeof startBackend>>;
let wechat: WeChatServer;

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-mp',
    secret: 'mp-secret',
    codes: { 'code-1': 'openid-s', 'code-2': 'openid-s', 'code-3': 'openid-s' },
  });
  backend = await startBackend({
    WECHAT_APPID: 'wx-mp',
    WECHAT_SECRET: 'mp-secret',
    WECHAT_API_BASE: wechat.baseUrl,
  });
  await seedAreas();
});

afterAll(async () => {
  await backend?.close();
  await wechat?.close();
});

it('signs in with wx.login, keeps the session, renews it when the server has ended it, and signs out', async () => {
  const phone = installPhone(backend.base, ['code-1', 'code-2', 'code-3']);
  const first = openPage('pages/cases/index');
  await until(() => expect(first.querySelector('#empty')).toBeDefined());
  expect(phone.loginCodes).toEqual(['code-2', 'code-3']);
  const session = phone.storage.get('session.resident') as { token: string; expiresAt: number };
  expect(session.expiresAt).toBeGreaterThan(Date.now() + 3600_000);

  // Kept: the next page uses the same session.
  openPage('pages/cases/index');
  await until(() => expect(phone.requests.filter((r) => r.path === '/api/v1/applications')).toHaveLength(2));
  expect(phone.loginCodes).toEqual(['code-2', 'code-3']);

  // The server ended it (signed out elsewhere, expired): one 401, a new wx.login, the call again.
  await backend.app.http
    .post('/api/v1/auth/logout')
    .set('Authorization', `Bearer ${session.token}`)
    .expect(200);
  const renewed = openPage('pages/cases/index');
  await until(() => expect(renewed.querySelector('#empty')).toBeDefined());
  expect(phone.loginCodes).toEqual(['code-3']);
  expect((phone.storage.get('session.resident') as { token: string }).token).not.toBe(session.token);

  const settings = openPage('pages/settings/index');
  await tap(settings, '#sign-out');
  await until(() => expect(textOf(settings.querySelector('#status'))).toBe('已退出'));
  expect(phone.storage.has('session.resident')).toBe(false);
});
