import { Application } from '../../server/applications/application-model';
import { indexCase } from '../../server/applications/case-index';
import { idNumberFor, residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { consoleSignIn, type Browser } from './support';

/**
 * The console's inbox lists the cases of the staff member's area from the same service as GET /api/v1/cases:
 * filters by stage, programme and village, search by name, case number or exact ID number, paging, and each
 * deadline as a badge in words.
 */

let app: TestApp;
let township: Browser;
let other: Browser;
let resident: string;
const ids: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true', CONSOLE_BASE_URL: 'https://console.example.gov.cn/' });
  await seedAreas();
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'sumu.staff', 'township_staff', '150822200');
  await addStaff(app, 'county.super', 'county_supervisor', '150822');
  township = await consoleSignIn(app, 'bayan.staff');
  other = await consoleSignIn(app, 'sumu.staff');
  resident = await residentToken(app, 'resident-inbox');
  for (const programs of [['dibao'], ['dibao'], ['tekun']])
    ids.push(await submittedCase(app, { token: resident, areaId: '150822101', programs }));
  ids.push(await submittedCase(app, { token: resident, areaId: '150822201', programs: ['dibao'] }));
  // Told apart by name and ID number.
  await Application.updateOne({ _id: ids[1] }, { $set: { 'members.0.name': '巴特尔' } });
  await Application.updateOne({ _id: ids[2] }, { $set: { 'members.0.name': '<script>alert(1)</script>' } });
  const special = idNumberFor('150822', '19600101', '555');
  await Application.updateOne(
    { _id: ids[1] },
    { $set: { 'members.0.idNumberIndex': app.runtime.deps.crypto.blindIndex('idNumber', special) } },
  );
  // Changed behind the services' back: the inbox's index is brought up to date as its repair would.
  for (const id of ids.slice(1, 3)) await indexCase(id);
});
afterAll(() => app.close());

const rows = (html: string) =>
  [...html.matchAll(/href="\/console\/cases\/([a-f0-9]{24})"/g)].map((m) => m[1]);

describe('the console inbox', () => {
  it('lists the cases of the township only, each with its stage and deadline in words', async () => {
    const page = await township.get('/console').expect(200);
    expect(rows(page.text).sort()).toEqual(ids.slice(0, 3).sort());
    expect(page.text).toContain('共 3 件');
    expect(page.text).toContain('东风村');
    const theirs = await other.get('/console').expect(200);
    expect(rows(theirs.text)).toEqual([ids[3]]);
  });

  it('escapes what applicants wrote: a name is shown as text, never run as HTML', async () => {
    const page = await township.get('/console').expect(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('<td>&lt;script>alert(1)&lt;/script></td>');
  });

  it('searches by name, by the start of a case number, and by a whole ID number through its blind index', async () => {
    const byName = await township.get(`/console?search=${encodeURIComponent('巴特')}`).expect(200);
    expect(rows(byName.text)).toEqual([ids[1]]);
    const number = (await Application.findById(ids[2]).lean())!.caseNumber!;
    const byNumber = await township.get(`/console?search=${encodeURIComponent(number)}`).expect(200);
    expect(rows(byNumber.text)).toEqual([ids[2]]);
    const byId = await township
      .get(`/console?search=${idNumberFor('150822', '19600101', '555')}`)
      .expect(200);
    expect(rows(byId.text)).toEqual([ids[1]]);
    // Another township's case is not found, even by its exact number.
    const theirs = (await Application.findById(ids[3]).lean())!.caseNumber!;
    expect(rows((await township.get(`/console?search=${theirs}`).expect(200)).text)).toEqual([]);
  });

  it('filters by programme, by stage and by village, and answers htmx with the results alone', async () => {
    const tekun = await township.get('/console?program=tekun').expect(200);
    expect(rows(tekun.text)).toEqual([ids[2]]);
    const staff = await signIn(app, 'bayan.staff');
    await app.http
      .post(`/api/v1/applications/${ids[0]}/stages`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ stage: 'accept', outcome: 'accepted' })
      .expect(200);
    const accepted = (await Application.findById(ids[0]).lean())!.currentStage!;
    const atStage = await township.get(`/console?stage=${accepted}`).expect(200);
    expect(rows(atStage.text)).toEqual([ids[0]]);
    // Accepted, the case now counts its deadline: shown as a badge that says it in words.
    expect(atStage.text).toMatch(/<span class="badge( soon| overdue)?">[^<]*\d{4}-\d{2}-\d{2}/);
    const fragment = await township
      .get(`/console?stage=${accepted}`)
      .set('HX-Request', 'true')
      .set('HX-Target', 'inbox-results')
      .expect(200);
    expect(fragment.text.startsWith('<section id="inbox-results"')).toBe(true);
    expect(rows(fragment.text)).toEqual([ids[0]]);

    const county = await consoleSignIn(app, 'county.super');
    const village = await county.get('/console?areaId=150822201').expect(200);
    expect(rows(village.text)).toEqual([ids[3]]);
    // An area outside one's own narrows to nothing.
    expect(rows((await township.get('/console?areaId=150822201').expect(200)).text)).toEqual([]);
  });

  it('pages through the inbox with the shared paging helper', async () => {
    const first = await township.get('/console?size=2').expect(200);
    expect(rows(first.text)).toHaveLength(2);
    expect(first.text).toContain('第 1 页，共 2 页');
    const second = await township.get('/console?size=2&page=2').expect(200);
    expect(rows(second.text)).toHaveLength(1);
    expect(second.text).toContain('上一页');
  });

  it('serves the same filters to the API’s case list', async () => {
    const staff = await signIn(app, 'bayan.staff');
    const res = await app.http
      .get(`/api/v1/cases?search=${encodeURIComponent('巴特尔')}`)
      .set('Authorization', `Bearer ${staff}`)
      .expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    expect(res.body.items[0]).toMatchObject({ applicant: '巴特尔', overdue: false });
  });

  it('links the WeCom message of a new case straight to its console page', async () => {
    const raw = await Application.findById(ids[3]).lean();
    const forward = raw!.outbox.find((m) => m.kind === 'forward');
    expect(forward!.payload.markdown).toContain(`(https://console.example.gov.cn/console/cases/${ids[3]})`);
  });

  it('lists households village workers found in hardship (主动发现) with their follow-up date, never their name', async () => {
    await addStaff(app, 'dongfeng.worker', 'village_worker', '150822101');
    const worker = await signIn(app, 'dongfeng.worker');
    await app.http
      .post('/api/v1/discoveries')
      .set('Authorization', `Bearer ${worker}`)
      .set('Idempotency-Key', 'discovery-inbox-1')
      .send({
        areaId: '150822101',
        household: { name: '其木格', address: '东风村二组', size: 3 },
        hardships: ['illness'],
        urgency: 'urgent',
        description: '户主重病住院。',
      })
      .expect(201);
    const page = await township.get('/console').expect(200);
    expect(page.text).toContain('主动发现待跟进（1 户）');
    expect(page.text).toMatch(/<span class="badge soon">\d{4}-\d{2}-\d{2} 前<\/span>/);
    expect(page.text).not.toContain('其木格');
    expect((await other.get('/console').expect(200)).text).not.toContain('主动发现待跟进');
  });

  it('keeps a case of another township out of reach of its page', async () => {
    const res = await township.get(`/console/cases/${ids[3]}`).expect(403);
    expect(res.text).toContain('不在您负责的辖区内');
    await township.get('/console/cases/0123456789abcdef01234567').expect(404);
  });
});
