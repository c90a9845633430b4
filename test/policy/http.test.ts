import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { FLOWS_DIR } from '../../server/policy/packs';
import { boot } from '../../server/runtime/boot';
import { startTestApp, tempDir, type TestApp } from '../support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ SCREENING_RATE_LIMIT: '12' });
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
  it('answers verdicts, explanations with sources, materials and deadlines in Chinese', async () => {
    const res = await app.http.post('/api/v1/screenings').send(elderAlone).expect(200);
    expect(res.body.jurisdiction.id).toBe('yichun');
    const tekun = res.body.programs.find((p: { program: string }) => p.program === 'tekun');
    expect(tekun.verdictText).toBe('很可能符合');
    expect(tekun.explanation.some((s: { sourceText?: string }) => s.sourceText?.includes('第十四条'))).toBe(
      true,
    );
    const dibao = res.body.nextSteps.find((n: { program: string }) => n.program === 'dibao');
    // 20 working days from 2026-02-10 across the Spring Festival holiday and its make-up days.
    expect(dibao.timeline.decision).toMatchObject({ due: '2026-03-16', extendedDue: '2026-03-30' });
    expect(res.body.materials.required.length).toBeGreaterThan(0);
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

  it('refuses an unknown place with a localised 404', async () => {
    const res = await app.http
      .post('/api/v1/screenings')
      .send({ ...elderAlone, jurisdiction: 'atlantis' })
      .expect(404);
    expect(res.body.error.message).toContain('atlantis');
  });

  it('is rate-limited per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1)
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
