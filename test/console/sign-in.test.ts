import { auditTrailOf } from '../../server/audit/audit-log';
import { findStaffByUsername, resetPassword } from '../../server/identity/staff';
import { addStaff, PASSWORD, seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { csrfOf } from './support';

/**
 * Staff sign in to the console with their account: a cookie session on the API's session store, CSRF tokens on
 * every form, the one-time password changed first, signing out ending the session.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
});
afterAll(() => app.close());

describe('signing in to the console', () => {
  it('sends a visitor who is not signed in to the sign-in page, and back where they were after', async () => {
    const browser = app.agent();
    const away = await browser.get('/console/cases/0123456789abcdef01234567').expect(303);
    expect(away.headers.location).toBe('/console/sign-in?next=%2Fconsole%2Fcases%2F0123456789abcdef01234567');
    const form = await browser.get(away.headers.location!).expect(200);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.text).toContain('工作人员登录');
    expect(form.text).toContain('name="next" value="/console/cases/0123456789abcdef01234567"');
    const signedIn = await browser
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        username: 'bayan.staff',
        password: PASSWORD,
        next: '/console/cases/0123456789abcdef01234567',
      })
      .expect(303);
    expect(signedIn.headers.location).toBe('/console/cases/0123456789abcdef01234567');
    const cookie = signedIn.headers['set-cookie'] as unknown as string[];
    const session = cookie.find((c) => c.startsWith('sa_console='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/path=\/console;/i);
    const inbox = await browser.get('/console').expect(200);
    expect(inbox.text).toContain('待办案件');
    expect(inbox.text).toContain('bayan.staff');
  });

  it('never sends a signed-in user to another site after signing in', async () => {
    const browser = app.agent();
    const form = await browser.get('/console/sign-in').expect(200);
    const res = await browser
      .post('/console/sign-in')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        username: 'bayan.staff',
        password: PASSWORD,
        next: '//evil.example/x',
      })
      .expect(303);
    expect(res.headers.location).toBe('/console');
  });

  it('shows a wrong password beside the form in the chosen language, and refuses a form without its token', async () => {
    const browser = app.agent();
    const form = await browser.get('/console/sign-in?lang=en').expect(200);
    expect(form.text).toContain('Staff sign-in');
    const wrong = await browser
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), username: 'bayan.staff', password: 'not the password' })
      .expect(401);
    expect(wrong.text).toContain('The username or password is incorrect.');
    expect(wrong.text).toContain('value="bayan.staff"');

    const forged = await browser
      .post('/console/sign-in')
      .type('form')
      .send({ username: 'bayan.staff', password: PASSWORD })
      .expect(403);
    expect(forged.text).toContain('did not come from this console');
    expect(forged.headers['set-cookie']?.toString() ?? '').not.toContain('sa_console=');
  });

  it('asks for a new password first after an administrator set a one-time one, then ends the old sessions', async () => {
    await addStaff(app, 'fresh.staff', 'township_staff', '150822100');
    const password = 'one time password 1';
    await resetPassword('fresh.staff', password, { oneTime: true });
    const elsewhere = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'fresh.staff', password })
      .expect(200);
    const browser = app.agent();
    const form = await browser.get('/console/sign-in').expect(200);
    const signedIn = await browser
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), username: 'fresh.staff', password })
      .expect(303);
    expect(signedIn.headers.location).toBe('/console/password');
    expect((await browser.get('/console').expect(303)).headers.location).toBe('/console/password');
    const page = await browser.get('/console/password').expect(200);
    expect(page.text).toContain('一次性密码');

    const differ = await browser
      .post('/console/password')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        currentPassword: password,
        newPassword: 'a brand new secret',
        confirmPassword: 'another secret!',
      })
      .expect(400);
    expect(differ.text).toContain('两次输入的新密码不一致');
    const changed = await browser
      .post('/console/password')
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        currentPassword: password,
        newPassword: 'a brand new secret',
        confirmPassword: 'a brand new secret',
      })
      .expect(303);
    expect(changed.headers.location).toBe('/console');
    await browser.get('/console').expect(200);
    await app.http.get('/api/v1/me').set('Authorization', `Bearer ${elsewhere.body.token}`).expect(401);
  });

  it('signs out: the session ends in the store, so the old cookie no longer opens anything; both are audited', async () => {
    const browser = app.agent();
    const form = await browser.get('/console/sign-in').expect(200);
    const signedIn = await browser
      .post('/console/sign-in')
      .type('form')
      .send({ _csrf: csrfOf(form.text), username: 'bayan.staff', password: PASSWORD })
      .expect(303);
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[])
      .find((c) => c.startsWith('sa_console='))!
      .split(';')[0]!;
    const inbox = await app.http.get('/console').set('Cookie', cookie).expect(200);
    await browser
      .post('/console/sign-out')
      .type('form')
      .send({ _csrf: csrfOf(inbox.text) })
      .expect(303);
    await browser.get('/console').expect(303);
    await app.http.get('/console').set('Cookie', cookie).expect(303);

    const staff = await findStaffByUsername('bayan.staff');
    const trail = await auditTrailOf({ type: 'staff', id: String(staff._id) });
    expect(trail.map((e) => [e.action, e.channel])).toEqual(
      expect.arrayContaining([
        ['login', 'console'],
        ['logout', 'console'],
      ]),
    );
  });
});
