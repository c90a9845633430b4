import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, PASSWORD, seedChaohu } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * End to end in headless Chromium (Debian's, driven by playwright-core): township staff sign in, open the forwarded
 * case from the inbox and record 受理 and every following stage through to approval with the console's own forms
 * (htmx posting them), while the applicant's timeline, read through the API as the resident, shows each change.
 * Screenshots of the inbox and the case view are saved under test/artifacts/.
 */

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: TestApp;
let base: string;
let browser: Browser;
let page: Page;
let resident: string;
let caseId: string;
let staffName: string;

jest.setTimeout(180_000);

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedChaohu();
  staffName = (await addStaff(app, 'zhegao.staff', 'township_staff', '340181100')).displayName;
  resident = await residentToken(app, 'resident-browser');
  caseId = await submittedCase(app, {
    token: resident,
    areaId: '340181101',
    programs: ['dibao'],
    submittedOn: '2026-09-25',
  });
  base = await app.listen();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const doneStages = async () => {
  const res = await app.http
    .get(`/api/v1/applications/${caseId}/timeline`)
    .set('Authorization', `Bearer ${resident}`)
    .expect(200);
  return (res.body.stages as { id: string; state: string }[])
    .filter((s) => s.state === 'done')
    .map((s) => s.id);
};

/** Fills the form of one expected stage, submits it, and waits for the case page to come back with the result. */
async function record(
  stage: string,
  on: string,
  fill?: (form: ReturnType<Page['locator']>) => Promise<void>,
) {
  const form = page.locator(`#stage-${stage}-done`);
  await form.locator('input[name="on"]').fill(on);
  if (fill) await fill(form);
  const before = page.url();
  await Promise.all([
    page.waitForURL((url) => url.searchParams.has('recorded') && url.href !== before),
    form.locator('button[type="submit"]').click(),
  ]);
  await page.locator('p[role="status"].done-message').waitFor();
  expect(await doneStages()).toContain(stage);
}

describe('the console in a browser', () => {
  it('signs in as township staff and finds the forwarded case in the inbox', async () => {
    await page.goto(`${base}/console`);
    await page.waitForURL(/\/console\/sign-in/);
    await page.fill('#f-username', 'zhegao.staff');
    await page.fill('#f-password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/console`), page.click('button[type="submit"]')]);
    await page.locator('table.cases').waitFor();
    expect(await page.locator('table.cases tbody tr').count()).toBe(1);
    expect(await page.textContent('table.cases')).toContain('王秀兰');
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-inbox.png'), fullPage: true });
  });

  it('filters the inbox in place with htmx', async () => {
    await page.fill('#f-search', '没有这个人');
    await page.click('.filters button[type="submit"]');
    await page.locator('#inbox-results .empty').waitFor();
    expect(page.url()).toContain('search=');
    await page.goto(`${base}/console`);
  });

  it('records 受理 and every stage after it through to approval, each seen by the applicant at once', async () => {
    await Promise.all([
      page.waitForURL(/\/console\/cases\//),
      page.click(`a[href="/console/cases/${caseId}"]`),
    ]);
    expect(await page.textContent('h1')).toContain('案件');

    await record('accept', '2026-09-28');
    await record('village_review', '2026-09-30');

    // A refused form comes back in place with the rule beside its field.
    const visit = page.locator('#stage-investigation-done');
    await visit.locator('input[name="on"]').fill('2026-10-09');
    await visit.getByLabel(staffName).check();
    await visit.locator('button[type="submit"]').click();
    await page.locator('#stage-investigation-done .field-error').waitFor();
    expect(await page.textContent('#stage-investigation-done .field-error')).toContain(
      '至少需要 2 名调查人员',
    );
    await record('investigation', '2026-10-09', async (form) => {
      await form.locator('textarea[name="investigatorNames"]').fill('张明');
    });
    await record('community_review', '2026-10-15', async (form) => {
      await form.locator('input[name="vote.participants"]').fill('11');
      await form.locator('input[name="vote.villagerRepresentatives"]').fill('4');
      await form.locator('input[name="vote.committeeMembers"]').fill('3');
      await form.locator('input[name="vote.inFavour"]').fill('8');
    });
    await record('review', '2026-10-20');
    await record('review_publication', '2026-10-21');
    await record('approval', '2026-10-29', async (form) => {
      await form.locator('input[name="amountsFen.dibao"]').fill('520');
    });
    await record('approval_publication', '2026-10-30');

    const timeline = await app.http
      .get(`/api/v1/applications/${caseId}/timeline`)
      .set('Authorization', `Bearer ${resident}`)
      .expect(200);
    expect(timeline.body.decision).toMatchObject({ outcome: 'approved', amountsFen: { dibao: 52000 } });
    expect(await doneStages()).toEqual([
      'apply',
      'accept',
      'village_review',
      'investigation',
      'community_review',
      'review',
      'review_publication',
      'approval',
      'approval_publication',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-case.png'), fullPage: true });
  });

  it('reveals an ID number in place after a reason is given, a reason too short refused beside it', async () => {
    const cell = page.locator('#reveal-members-0-idNumber');
    // Two characters to the browser, one to the server once trimmed: the form comes back with the error.
    await cell.locator('input[name="reason"]').fill(' 核');
    await cell.locator('button[type="submit"]').click();
    await page.locator('[id="e-reveal-members-0-idNumber.reason"]').waitFor();
    expect(await cell.locator('input[name="reason"]').getAttribute('aria-invalid')).toBe('true');
    await cell.locator('input[name="reason"]').fill('核对户籍信息');
    await cell.locator('button[type="submit"]').click();
    await page.locator('#reveal-members-0-idNumber strong').waitFor();
    expect(await page.textContent('#reveal-members-0-idNumber strong')).toMatch(/^\d{17}[\dX]$/);
  });
});
