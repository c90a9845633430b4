/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import { seedAreas } from '../support/fixtures';
import { startBackend } from './support/backend';
import { openPage, tap, textOf, until } from './support/pages';
import { installPhone, type Phone } from './support/wx-bridge';

let backend: Awaited<ReturnType<typeof startBackend>>;
let phone: Phone;

beforeAll(async () => {
  backend = await startBackend();
  await seedAreas();
});
afterAll(() => backend?.close());
beforeEach(() => {
  phone = installPhone(backend.base);
});

describe('the home page', () => {
  it('walks the place tree county → township → village and shows the programmes with their contacts', async () => {
    const page = openPage('pages/index/index');
    await until(() => expect(page.querySelector('#place-150822')).toBeDefined());
    await tap(page, '#place-150822');
    await until(() => expect(page.querySelector('#place-150822200')).toBeDefined());
    await tap(page, '#place-150822200');
    await until(() => expect(page.querySelector('#place-150822201')).toBeDefined());
    await tap(page, '#place-150822201');
    await until(() => expect(textOf(page.querySelector('.policy'))).toContain('最低生活保障'));
    expect(textOf(page)).toContain('已选择：磴口县 沙金套海苏木 哈腾套海嘎查');
    expect(phone.storage.get('place')).toEqual({
      id: '150822201',
      name: '磴口县 沙金套海苏木 哈腾套海嘎查',
      jurisdiction: 'dengkou',
    });
    await tap(page, '#go-apply');
    expect(phone.navigations).toEqual(['/pages/apply/index']);
  });
});
