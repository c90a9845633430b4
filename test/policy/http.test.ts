import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { FLOWS_DIR } from '../../server/policy/packs';
import { boot } from '../../server/runtime/boot';
import { startTestApp, tempDir, type TestApp } from '../support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ SCREENING_RATE_LIMIT: '20' });
});
afterAll(() => app.close());

const elderAlone = {
  jurisdiction: 'yichun',
  asOf: '2026-02-10',
  household: {
    residenceArea: 'urban',
    members: [{ relation: 'self', age: 80, workCapacity: 'unable' }],
    legalSupporters: [{ relation: 'child', ableToSupport: 'no' }],
  },
};

describe('POST /api/v1/screenings', () => {
  it('answers verdicts, the reasons that decided them, materials and the next step in Chinese', async () => {
    const res = await app.http.post('/api/v1/screenings').send(elderAlone).expect(200);
    expect(res.body.jurisdiction.id).toBe('yichun');
    const tekun = res.body.programs.find((p: { program: string }) => p.program === 'tekun');
    expect(tekun.verdictText).toBe('很可能符合');
    expect(tekun.reasons.join('')).toContain('三无');
    // 20 working days from 2026-02-10 across the Spring Festival holiday and its make-up days.
    const dibao = res.body.nextStep.decisions.find((d: { program: string }) => d.program === 'dibao');
    expect(dibao.due).toBe('2026-03-16');
    expect(res.body.materials.required.length).toBeGreaterThan(0);
    expect(res.body.detail).toBeUndefined();
  });

  it('gives every rule applied and the timelines with ?detail=full', async () => {
    const res = await app.http.post('/api/v1/screenings?detail=full').send(elderAlone).expect(200);
    const tekun = res.body.detail.programs.find((p: { program: string }) => p.program === 'tekun');
    expect(tekun.explanation.some((s: { sourceText?: string }) => s.sourceText?.includes('第十四条'))).toBe(
      true,
    );
    const dibao = res.body.detail.timelines.find((t: { program: string }) => t.program === 'dibao');
    expect(dibao).toMatchObject({ decisionDue: '2026-03-16', extendedDue: '2026-03-30' });
    await app.http.post('/api/v1/screenings?detail=everything').send(elderAlone).expect(400);
  });

  it('answers in English on request', async () => {
    const res = await app.http
      .post('/api/v1/screenings')
      .set('Accept-Language', 'en')
      .send(elderAlone)
      .expect(200);
    const tekun = res.body.programs.find((p: { program: string }) => p.program === 'tekun');
    expect(tekun.verdictText).toMatch(/likely/i);
    expect(res.body.language).toBe('en');
  });

  it('names bad household fields in Chinese', async () => {
    const res = await app.http
      .post('/api/v1/screenings')
      .send({ jurisdiction: 'yichun', household: { residenceArea: 'town', members: [] } })
      .expect(400);
    const byPath = Object.fromEntries(res.body.error.fields.map((f: { path: string }) => [f.path, f]));
    expect(byPath['body.household.residenceArea'].field).toBe('城乡类别');
    expect(byPath['body.household.members'].field).toBe('共同生活家庭成员');
    expect(byPath['body.household.members'].message).toBe('至少 1 项');
  });

  it('refuses a household without the applicant, saying so', async () => {
    const res = await app.http
      .post('/api/v1/screenings')
      .set('Accept-Language', 'en')
      .send({
        ...elderAlone,
        household: { residenceArea: 'urban', members: [{ relation: 'child', age: 9 }] },
      })
      .expect(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'body.household.members',
        field: 'household members',
        message: 'exactly one member must be the applicant (relation self)',
      },
    ]);
  });

  it('names the unit a money field expects', async () => {
    const yuan = { relation: 'self', age: 40, income: { wages: 1500.5 } };
    const zh = await app.http
      .post('/api/v1/screenings')
      .send({ ...elderAlone, household: { residenceArea: 'urban', members: [yuan] } })
      .expect(400);
    expect(zh.body.error.fields[0]).toMatchObject({
      path: 'body.household.members.0.income.wages',
      message: '须为以“分”为单位的非负整数（1 元 = 100 分，如每月 1500 元填 150000）',
    });
    const en = await app.http
      .post('/api/v1/screenings')
      .set('Accept-Language', 'en')
      .send({
        ...elderAlone,
        household: {
          residenceArea: 'urban',
          householdIncome: { monthlyFen: -1 },
          members: [{ relation: 'self', age: 40 }],
        },
      })
      .expect(400);
    expect(en.body.error.fields[0].message).toContain('whole number of fen');
  });

  it('takes a household monthly total, but never beside members’ own income', async () => {
    const members = [
      { relation: 'self', age: 40 },
      { relation: 'spouse', age: 38 },
    ];
    const ok = await app.http
      .post('/api/v1/screenings')
      .send({
        ...elderAlone,
        household: {
          residenceArea: 'urban',
          members,
          householdIncome: { monthlyFen: 200000, earners: [{ member: 2, monthlyWagesFen: 150000 }] },
        },
      })
      .expect(200);
    expect(ok.body.income.countedAnnualFen).toBe(2400000);
    expect(ok.body.income.assumptions).toHaveLength(2);
    const both = await app.http
      .post('/api/v1/screenings')
      .set('Accept-Language', 'en')
      .send({
        ...elderAlone,
        household: {
          residenceArea: 'urban',
          members: [{ ...members[0], income: { wages: 100 } }, members[1]],
          householdIncome: { monthlyFen: 200000, earners: [{ member: 3, monthlyWagesFen: 250000 }] },
        },
      })
      .expect(400);
    expect(both.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'body.household.householdIncome',
      'body.household.householdIncome.earners.0.member',
      'body.household.householdIncome.earners',
    ]);
    expect(both.body.error.fields[0].message).toContain('give one or the other');
  });

  it('refuses an unknown place with a localised 404', async () => {
    const res = await app.http
      .post('/api/v1/screenings')
      .send({ ...elderAlone, jurisdiction: 'atlantis' })
      .expect(404);
    expect(res.body.error.message).toContain('atlantis');
  });

  it('is rate-limited per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1)
      statuses.push((await app.http.post('/api/v1/screenings').send(elderAlone)).status);
    expect(statuses).toContain(429);
  });
});

describe('jurisdictions', () => {
  it('lists the five places with their programs', async () => {
    const res = await app.http.get('/api/v1/jurisdictions').expect(200);
    expect(res.body.items.map((j: { id: string }) => j.id).sort()).toEqual([
      'chaohu',
      'dengkou',
      'huaiyang',
      'jiamusi',
      'yichun',
    ]);
  });

  it("explains one place's policy in its own terms", async () => {
    const res = await app.http.get('/api/v1/jurisdictions/dengkou/policy').expect(200);
    expect(res.body.areaTerms.decidingBody).toContain('苏木镇人民政府');
    await app.http.get('/api/v1/jurisdictions/nowhere/policy').expect(404);
    await app.http.get('/api/v1/jurisdictions/BAD!/policy').expect(400);
  });

  it('are in /openapi.json', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    expect(body.paths['/api/v1/screenings'].post.requestBody).toBeDefined();
    expect(body.paths['/api/v1/jurisdictions'].get).toBeDefined();
    expect(body.paths['/api/v1/jurisdictions/{id}/policy'].get).toBeDefined();
  });
});

describe('start-up', () => {
  it('stops when a pack is broken, naming the file and the field', async () => {
    const dir = tempDir('flows');
    fs.cpSync(FLOWS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'yichun', 'pack.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^id: yichun$/m, 'id: 42'));
    await expect(boot(loadConfig({ POLICY_DIR: dir, LOG_LEVEL: 'silent' }))).rejects.toThrow(
      /yichun\/pack\.yaml: id/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
