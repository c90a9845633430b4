import type request from 'supertest';
import { PASSWORD } from '../support/fixtures';
import type { TestApp } from '../support/harness';

export type Browser = ReturnType<TestApp['agent']>;

/** The CSRF token a page carries in its forms. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

/** A browser signed in to the console as this staff member (cookie jar kept by the agent). */
export async function consoleSignIn(app: TestApp, username: string, password = PASSWORD): Promise<Browser> {
  const browser = app.agent();
  const form = await browser.get('/console/sign-in').expect(200);
  await browser
    .post('/console/sign-in')
    .type('form')
    .send({ _csrf: csrfOf(form.text), username, password })
    .expect(303);
  return browser;
}

/** Posts a form of a page the browser has open, with that page's CSRF token. */
export async function submit(
  browser: Browser,
  pageUrl: string,
  action: string,
  fields: Record<string, string | string[]>,
): Promise<request.Response> {
  const page = await browser.get(pageUrl).expect(200);
  return browser
    .post(action)
    .type('form')
    .send({ _csrf: csrfOf(page.text), ...fields });
}
