import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, PASSWORD, seedAreas, signIn } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/harness';
import { walkCase } from '../support/walk';

/**
 * The county supervisor's statistics page in headless Chromium (Debian's, driven by playwright-core): signed in
 * through the console's form, the chart and the table render with Chinese text; a screenshot goes to
 * test/artifacts/console-statistics.png.
 */

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: TestApp;
let browser: Browser;

jest.setTimeout(180_000);

beforeAll(async () => {
  app = await startTestApp({ DEV_LOGIN: 'true' });
  await seedAreas();
  await addStaff(app, 'dengkou.county', 'county_supervisor', '150822');
  await addStaff(app, 'bayan.staff', 'township_staff', '150822100');
  await addStaff(app, 'shajin.staff', 'township_staff', '150822200');
  const resident = await residentToken(app, 'statistics-browser');
  for (const [areaId, staff, refuse] of [
    ['150822101', 'bayan.staff', undefined],
    ['150822101', 'bayan.staff', '家庭人均收入高于当地低保标准'],
    ['150822201', 'shajin.staff', undefined],
  ] as const) {
    const id = await submittedCase(app, {
      token: resident,
      areaId,
      programs: ['dibao'],
      submittedOn: '2026-10-09',
    });
    await walkCase(app, id, { token: await signIn(app, staff), from: '2026-10-12', refuse });
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('shows a county supervisor the statistics chart and table, readable at a glance', async () => {
  const base = await app.listen();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${base}/console/supervision?from=2026-10-01&to=2026-11-30`);
  await page.waitForURL(/\/console\/sign-in/);
  await page.fill('#f-username', 'dengkou.county');
  await page.fill('#f-password', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/console/);
  await page.goto(`${base}/console/supervision?from=2026-10-01&to=2026-11-30`);
  const chart = page.locator('figure.chart svg');
  await chart.waitFor();
  expect(await chart.getAttribute('aria-label')).toContain('磴口县 各乡镇办理情况');
  const box = await chart.boundingBox();
  expect(box!.width).toBeGreaterThan(600);
  const firstRow = page.locator('table.statistics tbody tr').first();
  expect(await firstRow.locator('td').first().textContent()).toBe('巴彦高勒镇');
  await page.screenshot({ path: path.join(ARTIFACTS, 'console-statistics.png'), fullPage: true });
  expect(fs.statSync(path.join(ARTIFACTS, 'console-statistics.png')).size).toBeGreaterThan(10_000);
});
