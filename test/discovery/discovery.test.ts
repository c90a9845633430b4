import { randomUUID } from 'node:crypto';
import { auditTrailOf } from '../../server/audit/audit-log';
import { chinaToday } from '../../server/calendar/china-date';
import { addWorkingDays } from '../../server/calendar/working-days';
import { Discovery } from '../../server/discovery/discovery-model';
import { startTestApp, type TestApp } from '../support/harness';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { residentToken } from '../support/cases';

let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({
    DEV_LOGIN: 'true',
    DISCOVERY_FOLLOW_UP_DAYS: '5',
    DISCOVERY_URGENT_FOLLOW_UP_DAYS: '1',
  });
  await seedAreas();
  await addStaff(app, 'gacha.worker', 'village_worker', '150822201');
  await addStaff(app, 'dongfeng.worker', 'village_worker', '150822101');
  await addStaff(app, 'sumu.staff', 'township_staff', '150822200');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  for (const name of ['gacha.worker', 'dongfeng.worker', 'sumu.staff', 'bayan.staff'])
    tokens[name] = await signIn(app, name);
  tokens.resident = await residentToken(app, 'resident-disc');
});

afterAll(async () => {
  await app?.close();
});

const found = (overrides: object = {}) => ({
  areaId: '150822201',
  household: { name: '巴特尔', address: '哈腾套海嘎查三组', size: 2 },
  hardships: ['illness', 'no_income'],
  urgency: 'urgent',
  description: '户主重病住院，家中无收入，孩子无人照看。',
  ...overrides,
});

const report = (token: string, body: object, key: string = randomUUID()) =>
  app.http
    .post('/api/v1/discoveries')
    .set('Authorization', `Bearer ${token}`)
    .set('Idempotency-Key', key)
    .send(body);

describe('主动发现报告 (seed 002 三(一)1, seed 004 三(四))', () => {
  it('a village worker reports a household; the township gets it with a follow-up date in working days, urgent flagged', async () => {
    const res = await report(tokens['gacha.worker']!, found()).expect(201);
    expect(res.body).toMatchObject({
      areaId: '150822201',
      townshipId: '150822200',
      urgent: true,
      urgency: { code: 'urgent', label: '急难，需立即处置' },
      status: { code: 'open' },
      household: { name: '巴特尔', address: '哈腾套海嘎查三组', size: 2, phone: null },
      followUpBy: { date: addWorkingDays(chinaToday(), 1).date, workingDays: 1, overdue: false },
    });
    expect(res.body.hardships.map((h: { code: string }) => h.code)).toEqual(['illness', 'no_income']);

    // Sealed at rest: neither the name nor the address is stored in clear.
    const stored = await Discovery.findById(res.body.id).lean();
    expect(JSON.stringify(stored)).not.toContain('巴特尔');
    expect(JSON.stringify(stored)).not.toContain('三组');
    // The township hears by WeCom without the household's name.
    expect(stored!.outbox[0]!.payload).toMatchObject({ areaId: '150822200' });
    expect(JSON.stringify(stored!.outbox[0]!.payload)).not.toContain('巴特尔');

    const audit = await auditTrailOf({ type: 'discovery', id: res.body.id });
    expect(audit.map((e) => e.action)).toEqual(['create']);

    const list = await app.http
      .get('/api/v1/discoveries?status=open')
      .set('Authorization', `Bearer ${tokens['sumu.staff']}`)
      .expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    expect(list.body.items[0]).toMatchObject({ id: res.body.id, urgent: true });
    expect(list.body.items[0].household).toBeUndefined();
  });

  it('an ordinary report waits the ordinary number of working days; a retry with the same key makes no second one', async () => {
    const body = found({ urgency: 'ordinary', hardships: ['elderly_alone'] });
    const first = await report(tokens['gacha.worker']!, body, 'same-key-1').expect(201);
    const again = await report(tokens['gacha.worker']!, body, 'same-key-1').expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(first.body.followUpBy).toMatchObject({
      date: addWorkingDays(chinaToday(), 5).date,
      workingDays: 5,
    });
    expect(await Discovery.countDocuments({ requestKey: { $ne: null }, urgency: 'ordinary' })).toBe(1);
  });

  it('a worker cannot report for another village, nor a resident at all; bad input names the field', async () => {
    const other = await report(tokens['dongfeng.worker']!, found()).expect(403);
    expect(other.body.error.code).toBe('outside_jurisdiction');
    await report(tokens.resident!, found()).expect(403);
    const bad = await report(
      tokens['gacha.worker']!,
      found({ hardships: [], household: { name: '' } }),
    ).expect(400);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.hardships', 'body.household.name', 'body.household.address']),
    );
  });

  it('township staff record follow-ups: a visit sets the next date, helping to apply closes it; other townships cannot see it', async () => {
    const made = await report(tokens['gacha.worker']!, found({ urgency: 'ordinary' })).expect(201);
    const id = made.body.id as string;
    await app.http
      .get(`/api/v1/discoveries/${id}`)
      .set('Authorization', `Bearer ${tokens['bayan.staff']}`)
      .expect(403);
    const visited = await app.http
      .post(`/api/v1/discoveries/${id}/follow-ups`)
      .set('Authorization', `Bearer ${tokens['sumu.staff']}`)
      .send({ outcome: 'visited', note: '已入户，材料待补。', nextInWorkingDays: 3 })
      .expect(200);
    expect(visited.body).toMatchObject({
      status: { code: 'open' },
      followUpBy: { date: addWorkingDays(chinaToday(), 3).date, workingDays: 3 },
      followUps: [{ outcome: { code: 'visited' }, note: '已入户，材料待补。' }],
    });
    const closed = await app.http
      .post(`/api/v1/discoveries/${id}/follow-ups`)
      .set('Authorization', `Bearer ${tokens['sumu.staff']}`)
      .set('Accept-Language', 'en')
      .send({ outcome: 'helped_to_apply', note: 'Applied on their behalf.' })
      .expect(200);
    expect(closed.body.status).toEqual({ code: 'closed', label: 'Closed' });
    const late = await app.http
      .post(`/api/v1/discoveries/${id}/follow-ups`)
      .set('Authorization', `Bearer ${tokens['sumu.staff']}`)
      .send({ outcome: 'visited', note: '再次走访' })
      .expect(409);
    expect(late.body.error.code).toBe('discovery_closed');
    // A village worker may read their own village's reports but not record the township's follow-up.
    await app.http
      .post(`/api/v1/discoveries/${id}/follow-ups`)
      .set('Authorization', `Bearer ${tokens['gacha.worker']}`)
      .send({ outcome: 'visited', note: 'x' })
      .expect(403);
    const audit = await auditTrailOf({ type: 'discovery', id });
    expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });
});

describe('public places and client settings', () => {
  it('lists the place tree county → township → village with the governing pack', async () => {
    const top = await app.http.get('/api/v1/places').expect(200);
    expect(top.body.items).toEqual([
      expect.objectContaining({ id: '150822', level: 'county', jurisdiction: 'dengkou', hasChildren: true }),
    ]);
    const towns = await app.http.get('/api/v1/places?parentId=150822').expect(200);
    expect(towns.body.items.map((p: { id: string }) => p.id)).toEqual(['150822100', '150822200']);
    expect(towns.body.items[1]).toMatchObject({ kind: '苏木', jurisdiction: 'dengkou', hasChildren: true });
    const villages = await app.http.get('/api/v1/places?parentId=150822200').expect(200);
    expect(villages.body.items).toEqual([
      expect.objectContaining({ id: '150822201', kind: '嘎查', hasChildren: false, jurisdiction: 'dengkou' }),
    ]);
    const none = await app.http.get('/api/v1/places?parentId=999').expect(404);
    expect(none.body.error.code).toBe('area_missing');
  });

  it('gives the clients the upload limit and the languages', async () => {
    const res = await app.http.get('/api/v1/client-settings').expect(200);
    expect(res.body).toMatchObject({ subscribeTemplateIds: [], languages: ['zh-CN', 'en'] });
    expect(res.body.uploadMaxBytes).toBeGreaterThan(0);
  });
});
