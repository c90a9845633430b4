import Redis from 'ioredis';
import { startTestApp, type TestApp } from '../support/harness';
import { PASSWORD, addStaff, seedAreas } from '../support/fixtures';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    BODY_LIMIT: '2kb',
    CORS_ORIGINS: 'https://console.example.gov.cn',
    // Behind a proxy, so that a test can speak from an address of its own (X-Forwarded-For).
    TRUST_PROXY: 'true',
  });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
});
afterAll(() => app.close());

describe('health', () => {
  it('answers /healthz and /readyz when the store and Redis answer', async () => {
    await app.http.get('/healthz').expect(200, { status: 'ok' });
    const ready = await app.http.get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', store: true, redis: true });
    expect(ready.body.details.audit).toEqual({
      sealed: expect.any(Number),
      lagSeconds: expect.any(Number),
      maxLagSeconds: 30,
      behind: false,
    });
  });

  it('answers /readyz 503 when Redis does not', async () => {
    const { deps } = app.runtime;
    const real = deps.redis;
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on('error', () => undefined);
    deps.redis = dead;
    try {
      const res = await app.http.get('/readyz').expect(503);
      expect(res.body.error.code).toBe('not_ready');
    } finally {
      deps.redis = real;
      dead.disconnect();
    }
  });
});

describe('bad input', () => {
  it('names each bad field in Chinese by default', async () => {
    const res = await app.http.post('/api/v1/auth/staff').send({ username: 'x', extra: 1 }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    const byPath = Object.fromEntries(res.body.error.fields.map((f: { path: string }) => [f.path, f]));
    expect(byPath['body.username']).toMatchObject({ field: '用户名', message: '格式不正确' });
    expect(byPath['body.password']).toMatchObject({ field: '密码', message: '必须填写' });
    expect(byPath['body.extra']).toBeDefined();
    expect(res.body.error.message).toContain('用户名：格式不正确');
  });

  it('answers in English when the caller asks for it', async () => {
    const res = await app.http
      .post('/api/v1/auth/staff')
      .set('Accept-Language', 'en-GB,en;q=0.9,zh;q=0.5')
      .send({ username: 'bayan.staff', password: 'short' })
      .expect(400);
    expect(res.body.error.fields[0]).toMatchObject({
      field: 'password',
      message: 'must have at least 10 characters',
    });
  });

  it('rejects malformed JSON, oversized bodies and other content types without leaking internals', async () => {
    const malformed = await app.http
      .post('/api/v1/auth/staff')
      .set('Content-Type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect(malformed.body.error.code).toBe('bad_request');
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.(js|ts):\d+/);

    const big = await app.http
      .post('/api/v1/auth/staff')
      .send({ username: 'bayan.staff', password: 'x'.repeat(4000) })
      .expect(413);
    expect(big.body.error.code).toBe('payload_too_large');

    const form = await app.http
      .post('/api/v1/auth/staff')
      .type('form')
      .send('username=a&password=b')
      .expect(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
  });

  it('answers unknown paths with a localised 404', async () => {
    const res = await app.http.get('/api/v1/nothing-here').expect(404);
    expect(res.body.error.message).toBe('没有找到您要的内容。');
  });

  it('limits the rate of sign-in attempts per client', async () => {
    // From an address of its own, which no other test has spent anything of.
    const attempts = await Promise.all(
      Array.from({ length: 22 }, () =>
        app.http
          .post('/api/v1/auth/staff')
          .set('X-Forwarded-For', '198.51.100.22')
          .send({ username: 'ghost.user', password: PASSWORD }),
      ),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBe(2);
    const retryAfter = Number(attempts.find((r) => r.status === 429)!.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});

describe('request plumbing', () => {
  it('echoes a well-formed request id and makes one up otherwise', async () => {
    const given = await app.http.get('/healthz').set('X-Request-Id', 'abc-123-def-456');
    expect(given.headers['x-request-id']).toBe('abc-123-def-456');
    const made = await app.http.get('/healthz').set('X-Request-Id', 'bad id!');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers and allows only configured origins', async () => {
    const allowed = await app.http.get('/healthz').set('Origin', 'https://console.example.gov.cn');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example.gov.cn');
    expect(allowed.headers['x-content-type-options']).toBe('nosniff');
    expect(allowed.headers['strict-transport-security']).toBeDefined();
    const other = await app.http.get('/healthz').set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives data the few headers that keep it from being rendered, and documents the full set', async () => {
    const data = [await app.http.get('/healthz'), await app.http.get('/api/v1/nothing-here').expect(404)];
    for (const res of data) {
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-dns-prefetch-control']).toBeUndefined();
    }
    // The public notice page: helmet's policy, which lets the page style itself.
    const notice = await app.http.get('/notices/150822100').expect(200);
    expect(notice.headers['content-type']).toMatch(/^text\/html/);
    expect(notice.headers['content-security-policy']).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(notice.headers['x-dns-prefetch-control']).toBe('off');
    // A console page keeps its own, stricter policy, with helmet's other headers beside it.
    const page = await app.http.get('/console/sign-in').expect(200);
    expect(page.headers['content-security-policy']).toContain("style-src 'self';");
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.headers['x-dns-prefetch-control']).toBe('off');
    expect(page.headers['cache-control']).toBe('private, no-store');
  });
});
