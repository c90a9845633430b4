import { Application } from '../../server/applications/application-model';
import { chinaToday } from '../../server/calendar/china-date';
import { auditTrailOf } from '../../server/audit/audit-log';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';

/**
 * County supervision in Dengkou (seed 003): random checks of township decisions at no less than 30 % (六(二)), drawn
 * with a recorded seed; statistics per township as numbers and as a chart; relatives-of-staff cases apart.
 */

let app: TestApp;
let county: string;
let township: string;
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
// To today (China time): the report below is received today.
const period = `from=2026-10-01&to=${chinaToday()}`;
const decided: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  county = await signIn(app, 'dengkou.county');
  township = await signIn(app, 'bayan.staff');
  const shajin = await signIn(app, 'shajin.staff');
  const resident = await residentToken(app, 'supervision');
  const make = (areaId: string) =>
    submittedCase(app, { token: resident, areaId, programs: ['dibao'], submittedOn: '2026-10-09' });
  for (let i = 0; i < 3; i++) {
    const id = await make('150822101');
    await walkCase(app, id, { token: township, from: '2026-10-12' });
    decided.push(id);
  }
  const refused = await make('150822101');
  await walkCase(app, refused, {
    token: township,
    from: '2026-10-12',
    refuse: '家庭人均收入高于当地低保标准',
  });
  decided.push(refused);
  // Accepted on 10-12 and left open: past the 20 working days of 003 五(一)2 by now.
  const open = await make('150822101');
  await walkCase(app, open, { token: township, from: '2026-10-12', stopBefore: 'declarations' });
  await Application.updateOne(
    { _id: open, 'declarations.kind': 'relatives_of_staff' },
    { $set: { 'declarations.4.answer': { related: true, details: '申请人之子为东风村村委会委员' } } },
  );
  for (let i = 0; i < 2; i++) {
    const id = await make('150822201');
    await walkCase(app, id, { token: shajin, from: '2026-10-12' });
    decided.push(id);
  }
  await app.http
    .post('/api/v1/reports')
    .set('Idempotency-Key', 'supervision-report-1')
    .send({
      kind: 'fraud',
      areaId: '150822101',
      people: [{ name: '张某', position: '低保户' }],
      description: '张某家里开着商铺，还在领低保，请核查。',
      reporter: { anonymous: true },
    })
    .expect(201);
});
afterAll(() => app.close());

const sample = (body: object) => app.http.post('/api/v1/areas/150822/samplings').set(as(county)).send(body);

describe('sampling', () => {
  it('draws at least the pack’s share of each township’s decisions, and the same seed draws the same cases', async () => {
    const first = await sample({ from: '2026-10-01', to: '2026-11-30', seed: 'dengkou-2026-q4' }).expect(201);
    expect(first.body).toMatchObject({
      seed: 'dengkou-2026-q4',
      rate: 0.3,
      rateSource: { document: '003' },
      population: 6,
    });
    // ceil(30 % of 4) = 2 in 巴彦高勒镇, ceil(30 % of 2) = 1 in 沙金套海苏木.
    const perTownship = (drawn: { townshipId: string }[]) =>
      drawn.reduce<Record<string, number>>(
        (n, d) => ({ ...n, [d.townshipId]: (n[d.townshipId] ?? 0) + 1 }),
        {},
      );
    expect(perTownship(first.body.drawn)).toEqual({ '150822100': 2, '150822200': 1 });
    for (const d of first.body.drawn) expect(decided).toContain(d.applicationId);

    const again = await sample({ from: '2026-10-01', to: '2026-11-30', seed: 'dengkou-2026-q4' }).expect(201);
    expect(again.body.drawn).toEqual(first.body.drawn);
    const seeds = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map(
        async (seed) => (await sample({ from: '2026-10-01', to: '2026-11-30', seed })).body.drawn,
      ),
    );
    expect(new Set(seeds.map((d) => JSON.stringify(d))).size).toBeGreaterThan(1);

    const random = await sample({ from: '2026-10-01', to: '2026-11-30' }).expect(201);
    expect(random.body.seed).toMatch(/^[0-9a-f]{16}$/);
    const trail = await auditTrailOf({ type: 'sampling', id: first.body.id });
    expect(trail[0]).toMatchObject({ action: 'sampling.draw', details: { seed: 'dengkou-2026-q4' } });
  });

  it('refuses a rate below the pack’s, township staff, and a township as the county', async () => {
    const low = await sample({ from: '2026-10-01', to: '2026-11-30', rate: 0.2 }).expect(400);
    expect(low.body.error).toMatchObject({
      code: 'sampling_rate_below_pack',
      message: expect.stringContaining('30%'),
    });
    const higher = await sample({ from: '2026-10-01', to: '2026-11-30', rate: 0.5, seed: 'x' }).expect(201);
    expect(higher.body.drawn).toHaveLength(3); // ceil(2) + ceil(1)
    await app.http
      .post('/api/v1/areas/150822/samplings')
      .set(as(township))
      .send({ from: '2026-10-01', to: '2026-11-30' })
      .expect(403);
    const backwards = await sample({ from: '2026-11-30', to: '2026-10-01' }).expect(400);
    expect(backwards.body.error.fields[0].path).toBe('body.to');
    const list = await app.http.get('/api/v1/areas/150822/samplings').set(as(county)).expect(200);
    expect(list.body.total).toBe(9);
  });
});

describe('statistics', () => {
  it('counts per township what was received, accepted, decided in time, refused, overdue and complained of', async () => {
    const res = await app.http.get(`/api/v1/areas/150822/statistics?${period}`).set(as(county)).expect(200);
    const [bayan, shajin] = res.body.townships;
    expect(bayan).toMatchObject({
      name: '巴彦高勒镇',
      counts: {
        received: 5,
        accepted: 5,
        decided: 4,
        decidedWithinLimit: 4,
        refused: 1,
        overdue: 1,
        complaints: 1,
      },
    });
    expect(shajin.counts).toMatchObject({ received: 2, decided: 2, refused: 0, overdue: 0, complaints: 0 });
    expect(res.body.total).toMatchObject({ received: 7, decided: 6 });
    expect(res.body.relativesOfStaff).toEqual([
      expect.objectContaining({ townshipId: '150822100', status: 'in_progress', outcome: null }),
    ]);
    const before = await app.http
      .get('/api/v1/areas/150822/statistics?from=2026-01-01&to=2026-09-30')
      .set(as(county))
      .expect(200);
    expect(before.body.total).toMatchObject({ received: 0, decided: 0 });
  });

  it('draws the statistics as an SVG chart with every number written out', async () => {
    const res = await app.http
      .get(`/api/v1/areas/150822/statistics/chart?${period}`)
      .set(as(county))
      .expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    const svg = res.body.toString();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('巴彦高勒镇');
    expect(svg).toContain('按时限办结');
    expect(svg).toContain('巴彦高勒镇 · 当前超期: 1');
  });
});
