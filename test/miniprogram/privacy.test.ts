/** @jest-environment ./test/miniprogram/support/jsdom-environment.js */
import fs from 'node:fs';
import path from 'node:path';
import { openPage, ROOT, tap, textOf, until } from './support/pages';
import { installPhone } from './support/wx-bridge';

/**
 * WeChat's privacy guideline: when a privacy API needs consent, the page shows the sheet; agreeing answers WeChat
 * through the agreePrivacyAuthorization button, disagreeing answers no. No server is needed for this.
 */
it('shows the privacy sheet when WeChat asks, and answers WeChat with the choice', async () => {
  const phone = installPhone('http://127.0.0.1:9');
  const page = openPage('pages/report/index');
  const sheet = page.querySelector('#privacy')!;
  expect(sheet.querySelector('.privacy-sheet')).toBeUndefined();
  expect(phone.privacyListener).not.toBeNull();

  const answers: unknown[] = [];
  phone.privacyListener!((r) => answers.push(r));
  await until(() => expect(textOf(page)).toContain('隐私保护指引'));
  const agree = sheet.querySelector('#privacy-agree')!;
  // The button WeChat itself recognises as the agreement (open-type), whose event carries it.
  const wxml = fs.readFileSync(path.join(ROOT, 'components/privacy-sheet/index.wxml'), 'utf8');
  expect(wxml).toMatch(
    /<button id="privacy-agree"[^>]*open-type="agreePrivacyAuthorization"[^>]*bindagreeprivacyauthorization=/,
  );
  agree.dispatchEvent('agreeprivacyauthorization');
  await until(() => expect(answers).toEqual([{ event: 'agree', buttonId: 'privacy-agree' }]));
  await until(() => expect(textOf(page)).not.toContain('隐私保护指引'));

  phone.privacyListener!((r) => answers.push(r));
  await until(() => expect(sheet.querySelector('#privacy-disagree')).toBeDefined());
  await tap(sheet, '#privacy-disagree');
  expect(answers.at(-1)).toEqual({ event: 'disagree' });
});
