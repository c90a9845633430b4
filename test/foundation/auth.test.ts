import { Resident } from '../../server/identity/resident-model';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, PASSWORD, seedAreas, signIn } from '../support/fixtures';
import { startWeChatServer } from '../support/wechat-server';
import { resetPassword, setDisabled } from '../../server/identity/staff';
import { endStaffSessions } from '../../server/identity/sessions';

let app: TestApp;
let wechat: Awaited<ReturnType<typeof startWeChatServer>>;

beforeAll(async () => {
  wechat = await startWeChatServer({
    appId: 'wx-test-app',
    secret: 'test-secret',
    codes: { 'code-a1': 'openid-alice', 'code-a2': 'openid-alice', 'code-b1': 'openid-bob' },
  });
  app = await startTestApp({
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_APPID: 'wx-test-app',
    WECHAT_SECRET: 'test-secret',
    LOGIN_MAX_FAILURES: '3',
  });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'lock.me', 'township_staff', '150822200');
});
afterAll(async () => {
  await app.close();
  await wechat.close();
});

describe('resident sign-in with WeChat', () => {
  it('exchanges the code for an openid and gives the same resident on every sign-in', async () => {
    const first = await app.http.post('/api/v1/auth/wechat').send({ code: 'code-a1' }).expect(200);
    const again = await app.http.post('/api/v1/auth/wechat').send({ code: 'code-a2' }).expect(200);
    const bob = await app.http.post('/api/v1/auth/wechat').send({ code: 'code-b1' }).expect(200);
    expect(again.body.resident.id).toBe(first.body.resident.id);
    expect(bob.body.resident.id).not.toBe(first.body.resident.id);
    expect(wechat.calls.at(-1)?.get('grant_type')).toBe('authorization_code');

    const me = await app.http
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${first.body.token}`)
      .expect(200);
    expect(me.body).toEqual({ kind: 'resident', id: first.body.resident.id });
    // The openid is kept sealed, never in clear.
    const raw = await Resident.collection.find().toArray();
    expect(JSON.stringify(raw)).not.toContain('openid-alice');
  });

  it('refuses an invalid or reused code with a clear message', async () => {
    const bad = await app.http.post('/api/v1/auth/wechat').send({ code: 'nope' }).expect(401);
    expect(bad.body.error.code).toBe('wechat_code_invalid');
    await app.http.post('/api/v1/auth/wechat').send({ code: 'code-b1' }).expect(401);
  });

  it('offers no development sign-in unless configured', async () => {
    await app.http.post('/api/v1/auth/dev').send({ openid: 'whoever-1' }).expect(404);
  });
});

describe('staff sign-in', () => {
  it('signs in, answers /me, and signs out', async () => {
    const token = await signIn(app, 'Bayan.Staff');
    const me = await app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({
      kind: 'staff',
      username: 'bayan.staff',
      role: 'township_staff',
      areaId: '150822100',
    });
    await app.http.post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`).expect(200);
    await app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('answers the same for an unknown user and a wrong password', async () => {
    const unknown = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'nobody', password: PASSWORD })
      .expect(401);
    const wrong = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'bayan.staff', password: 'wrong password' })
      .expect(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('locks the account after repeated failures, even for the right password, until reset', async () => {
    for (let i = 0; i < 2; i += 1) {
      await app.http
        .post('/api/v1/auth/staff')
        .send({ username: 'lock.me', password: 'wrong password' })
        .expect(401);
    }
    const locked = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'lock.me', password: 'wrong password' })
      .set('Accept-Language', 'en')
      .expect(423);
    expect(locked.body.error.message).toMatch(/locked/);
    await app.http.post('/api/v1/auth/staff').send({ username: 'lock.me', password: PASSWORD }).expect(423);

    await resetPassword('lock.me', 'a brand new password');
    await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'lock.me', password: 'a brand new password' })
      .expect(200);
  });

  it('ends every session of an account when it is disabled, and refuses it afterwards', async () => {
    const token = await signIn(app, 'bayan.staff');
    const staff = await setDisabled('bayan.staff', true);
    await endStaffSessions(app.runtime.deps.redis, String(staff._id));
    await app.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'bayan.staff', password: PASSWORD })
      .expect(401);
    await setDisabled('bayan.staff', false);
  });
});
