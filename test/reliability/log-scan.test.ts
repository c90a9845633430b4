import { Writable } from 'node:stream';
import { checkCharacter } from '../../server/applications/id-number';
import { addStaff, PASSWORD, seedAreas } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A whole journey at debug level, every log line kept: none may carry an ID number, a phone number, an
 * openid, a token, a receipt secret or a client address.
 */
let app: TestApp;
let log = '';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      log += chunk.toString();
      done();
    },
  });
  app = await startTestApp({ DEV_LOGIN: 'true', LOG_LEVEL: 'debug', TRUST_PROXY: 'true' }, undefined, sink);
  await seedAreas();
  await addStaff(app, 'scan.staff', 'township_staff', '150822200');
});
afterAll(() => app.close());

describe('the logs of a whole journey', () => {
  it('contain no ID number, phone, openid, token, receipt secret or address', async () => {
    const address = '203.0.113.58';
    const openid = 'openid-scan-resident-42';
    const first17 = '15082219800101123';
    const idNumber = first17 + checkCharacter(first17);
    const phone = '13987654321';
    const as = (token: string) => ({ Authorization: `Bearer ${token}`, 'X-Forwarded-For': address });

    const resident = (
      await app.http.post('/api/v1/auth/dev').set('X-Forwarded-For', address).send({ openid }).expect(200)
    ).body.token as string;
    const draft = await app.http
      .post('/api/v1/applications')
      .set(as(resident))
      .send({ areaId: '150822201', programs: ['dibao'] })
      .expect(201);
    await app.http
      .put(`/api/v1/applications/${draft.body.id}/household`)
      .set(as(resident))
      .send({
        revision: 0,
        phone,
        members: [{ name: '乌云', idNumber, facts: { relation: 'self' } }],
        household: { residenceArea: 'rural' },
      })
      .expect(200);
    await app.http
      .post(`/api/v1/applications/${draft.body.id}/submit`)
      .set(as(resident))
      .set('Idempotency-Key', 'scan-submit-1')
      .send({ revision: 1 });
    const report = await app.http
      .post('/api/v1/reports')
      .set('X-Forwarded-For', address)
      .set('Idempotency-Key', 'scan-report-1')
      .send({
        kind: 'fraud',
        areaId: '150822201',
        people: [{ name: '某某' }],
        description: `电话 ${phone}`,
        reporter: { anonymous: true },
      })
      .expect(201);
    await app.http
      .post('/api/v1/reports/follow')
      .set('X-Forwarded-For', address)
      .send({ receiptCode: report.body.receiptCode, secret: report.body.secret })
      .expect(200);
    await app.http
      .post('/api/v1/auth/staff')
      .set('X-Forwarded-For', address)
      .send({ username: 'scan.staff', password: 'a wrong password' })
      .expect(401);
    const staff = (
      await app.http
        .post('/api/v1/auth/staff')
        .set('X-Forwarded-For', address)
        .send({ username: 'scan.staff', password: PASSWORD })
        .expect(200)
    ).body.token as string;
    await app.http.get('/api/v1/cases').set(as(staff)).expect(200);

    // Every request was logged (the scan reads real lines, not an empty log).
    expect(log.match(/"msg":"request"/g)?.length).toBeGreaterThanOrEqual(9);
    for (const secret of [idNumber, phone, openid, resident, staff, report.body.secret, address, PASSWORD])
      expect({ found: log.includes(secret), secret }).toEqual({ found: false, secret });
  });
});
