import { Resident } from '../../server/identity/resident-model';
import { startTestApp, type TestApp } from '../support/harness';
import { until } from '../support/until';
import { Staff } from '../../server/identity/staff-model';
import { addStaff, PASSWORD, seedAreas, signIn } from '../support/fixtures';
import { startWeChatServer } from '../support/wechat-server';
import { createHash } from 'node:crypto';
import { sourceKey } from '../../server/http/rate-limit';
import { createStaff, resetPassword, setDisabled } from '../../server/identity/staff';
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
    LOGIN_FREE_FAILURES: '2',
    TRUST_PROXY: 'true',
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

  it('answers an unknown username and a wrong password alike, in the same time', async () => {
    const attempt = (username: string, n: number) =>
      app.http
        .post('/api/v1/auth/staff')
        // A fresh source each time, so that no delay gets in the way of the measurement.
        .set('X-Forwarded-For', `198.51.100.${n}`)
        .send({ username, password: 'wrong password' });
    const timings: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    const bodies = new Set<string>();
    for (let i = 0; i < 10; i += 1) {
      for (const [kind, username] of [
        ['known', 'bayan.staff'],
        ['unknown', 'nobody.here'],
      ] as const) {
        const started = performance.now();
        const res = await attempt(username, i * 2 + (kind === 'known' ? 0 : 1));
        timings[kind].push(performance.now() - started);
        expect(res.status).toBe(401);
        expect(res.headers['retry-after']).toBeUndefined();
        bodies.add(JSON.stringify({ ...res.body.error, requestId: undefined }));
      }
    }
    expect(bodies.size).toBe(1);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const [known, unknown] = [median(timings.known), median(timings.unknown)];
    // Both do one lookup, one argon2 verification and the same counters: the medians differ by noise only.
    expect(Math.abs(known - unknown)).toBeLessThan(Math.max(20, 0.35 * Math.max(known, unknown)));
  });

  it('slows down the source that keeps failing, never the account: the right password from elsewhere signs in', async () => {
    const from = (address: string, password: string) =>
      app.http
        .post('/api/v1/auth/staff')
        .set('X-Forwarded-For', address)
        .set('Accept-Language', 'en')
        .send({ username: 'lock.me', password });
    // Two free failures, then each failure holds that source back longer (1 s, 2 s, …).
    await from('203.0.113.9', 'wrong password').expect(401);
    await from('203.0.113.9', 'wrong password').expect(401);
    await from('203.0.113.9', 'wrong password').expect(401);
    const slowed = await from('203.0.113.9', 'wrong password').expect(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(slowed.body.error.message).toMatch(/try again in \d+ seconds/);
    // Held back, the source is refused even the right password: it cannot go on guessing.
    await from('203.0.113.9', PASSWORD).expect(429);
    // Failures are counted on the account after the answer (a real account answers as fast as an unknown one).
    await until(
      async () => (await Staff.findOne({ username: 'lock.me' }).lean())?.failedSignIns?.count === 3,
    );
    // The account itself is not locked: its owner, elsewhere, signs in at once.
    const owner = await from('192.0.2.20', PASSWORD).expect(200);
    // … and sees that someone failed to sign in as them.
    expect(owner.body.failedSignIns.count).toBe(3);
    expect(Date.parse(owner.body.failedSignIns.lastAt)).toBeGreaterThan(Date.now() - 60_000);
    // Once the delay has passed, the slowed source may try again.
    await new Promise((r) => setTimeout(r, Number(slowed.headers['retry-after']) * 1000 + 100));
    await from('203.0.113.9', PASSWORD).expect(200);
    // The count starts again after a successful sign-in.
    const next = await from('192.0.2.20', PASSWORD).expect(200);
    expect(next.body.failedSignIns).toEqual({ count: 0, lastAt: null });
  });

  it('keeps no client address in Redis: counters are keyed by an HMAC that changes every day', async () => {
    await app.http
      .post('/api/v1/auth/staff')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ username: 'nobody.here', password: 'wrong password' })
      .expect(401);
    const { redis, config } = app.runtime.deps;
    const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
    const values = await Promise.all(keys.map((k) => redis.type(k.slice(config.REDIS_KEY_PREFIX.length))));
    expect(values.length).toBeGreaterThan(0);
    const address = '203.0.113.77';
    const unsalted = createHash('sha256').update(address).digest('base64url').slice(0, 16);
    expect(keys.join('\n')).not.toContain(address);
    expect(keys.join('\n')).not.toContain(unsalted);
    expect(keys.some((k) => k.includes(sourceKey(config.RATE_LIMIT_SECRET, address)))).toBe(true);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    expect(sourceKey(config.RATE_LIMIT_SECRET, address, tomorrow)).not.toBe(
      sourceKey(config.RATE_LIMIT_SECRET, address),
    );
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

describe('a staff member’s own password', () => {
  const bearer = (token: string) => `Bearer ${token}`;

  it('must be changed at the first sign-in when an administrator set it, and nothing else is allowed until then', async () => {
    await createStaff(
      {
        username: 'first.day',
        displayName: 'first.day',
        role: 'township_staff',
        areaId: '150822100',
        password: 'issued once by admin',
      },
      app.runtime.deps.crypto,
      { oneTime: true },
    );
    const first = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'first.day', password: 'issued once by admin' })
      .expect(200);
    expect(first.body.mustChangePassword).toBe(true);
    const token = first.body.token as string;

    const refused = await app.http
      .get('/api/v1/cases')
      .set('Authorization', bearer(token))
      .set('Accept-Language', 'en')
      .expect(403);
    expect(refused.body.error.code).toBe('password_change_required');
    expect(refused.body.error.message).toContain('POST /api/v1/auth/password');
    await app.http.get('/api/v1/me').set('Authorization', bearer(token)).expect(200);

    const wrong = await app.http
      .post('/api/v1/auth/password')
      .set('Authorization', bearer(token))
      .send({ currentPassword: 'not the one', newPassword: 'my own new secret' })
      .expect(400);
    expect(wrong.body.error.code).toBe('current_password_wrong');
    const same = await app.http
      .post('/api/v1/auth/password')
      .set('Authorization', bearer(token))
      .send({ currentPassword: 'issued once by admin', newPassword: 'issued once by admin' })
      .expect(400);
    expect(same.body.error.code).toBe('password_unchanged');

    const changed = await app.http
      .post('/api/v1/auth/password')
      .set('Authorization', bearer(token))
      .send({ currentPassword: 'issued once by admin', newPassword: 'my own new secret' })
      .expect(200);
    expect(changed.body.mustChangePassword).toBe(false);
    // The session that held the one-time password is over; the new one works everywhere.
    await app.http.get('/api/v1/me').set('Authorization', bearer(token)).expect(401);
    await app.http.get('/api/v1/cases').set('Authorization', bearer(changed.body.token)).expect(200);
    await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'first.day', password: 'issued once by admin' })
      .expect(401);
    const again = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'first.day', password: 'my own new secret' })
      .expect(200);
    expect(again.body.mustChangePassword).toBe(false);
  });

  it('is one-time again after an administrator resets it', async () => {
    await resetPassword('first.day', 'reset by the admin', { oneTime: true });
    const res = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'first.day', password: 'reset by the admin' })
      .expect(200);
    expect(res.body.mustChangePassword).toBe(true);
  });
});
