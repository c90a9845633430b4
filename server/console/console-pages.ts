import Router from '@koa/router';
import type { TFunction } from 'i18next';
import type Koa from 'koa';
import type { z } from 'zod';
import type { FileBody } from '../http/file-response';
import { sendFile } from '../http/file-response';
import { requestAudit, type RequestAudit } from '../http/request-audit';
import type { AppState } from '../http/state';
import { parseInput } from '../http/validation';
import { admit, audienceOf, checkScope, type Access, type PrincipalOf } from '../identity/access';
import type { Audience, Principal } from '../identity/principal';
import type { Language } from '../i18n';
import { checkCsrf, csrfToken } from './console-session';
import { Layout, type NavLink } from './layout';

/**
 * Console pages are declared like API routes (http/route.ts): a path, who may open it and which record it is
 * about (`access`, decided by identity/access.ts — the API's own rule), zod schemas for params, query and form
 * body, and a handler that answers HTML. Every POST is checked for the CSRF token first. A group of pages
 * registers itself with `pages.add(...)` and its navigation entry with `pages.nav(...)`; see README.md.
 */

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type Ctx = Koa.ParameterizedContext<AppState>;

export interface NavEntry {
  /** A key of the `console` namespace, e.g. `console:nav.inbox`. */
  label: string;
  href: string;
  /** Who sees the entry; the page itself still checks its own access. */
  allow: readonly Audience[];
  /** Position in the navigation, smallest first. */
  order: number;
}

export interface PageContext<P, Q, B, T, A extends Audience> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** The raw form fields, for a page that validates them itself to show errors beside each field. */
  form: Record<string, unknown>;
  principal: PrincipalOf<A>;
  record: T;
  lng: Language;
  t: TFunction;
  koa: Ctx;
  audit: RequestAudit;
  /** The CSRF token every form of the page must carry (hidden field `_csrf`; htmx sends it as a header). */
  csrf: string;
  /** Whether htmx made the request (answer a fragment, not a page). */
  htmx: boolean;
  /** A whole page: the content inside the layout with navigation, language switch and sign-out. */
  page: (title: string, content: JSX.Element) => Promise<string>;
}

/** What a handler answers: HTML, a redirect, or a file. */
export type PageAnswer =
  string | { redirect: string } | { status: number; html: string } | { file: FileBody };

export interface PageSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  T,
  A extends Audience,
> {
  method: 'get' | 'post';
  /** Below /console, e.g. `/cases/:id`. */
  path: string;
  access: Access<{ params: Out<P>; query: Out<Q>; body: Out<B> }, T, A>;
  params?: P;
  query?: Q;
  /** The form's fields (application/x-www-form-urlencoded); `_csrf` is taken off before validation. */
  body?: B;
  handler: (ctx: PageContext<P, Q, B, T, A>) => Promise<PageAnswer>;
}

export const redirect = (to: string) => ({ redirect: to });

/**
 * Form fields arrive as strings, nested where a name has dots (`vote.participants`); they are flattened back to
 * their names, and an empty one means "not given".
 */
function formValues(raw: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries((raw as Record<string, unknown>) ?? {})) {
    if (k === '_csrf' || v === '' || v === undefined) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) formValues(v, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

export class ConsolePages {
  readonly router = new Router<AppState>({ prefix: '/console' });
  private readonly entries: NavEntry[] = [];

  /** Adds an entry to the navigation of every page, for the audiences named. */
  nav(entry: NavEntry): void {
    this.entries.push(entry);
    this.entries.sort((a, b) => a.order - b.order);
  }

  /** The navigation a principal sees, the current page marked. */
  navFor(principal: Principal | undefined, t: TFunction, path: string): NavLink[] {
    if (!principal) return [];
    const audience = audienceOf(principal);
    return this.entries
      .filter((e) => e.allow.includes(audience))
      .map((e) => ({
        label: t(e.label),
        href: e.href,
        current: e.href === path || (e.href !== '/console' && path.startsWith(`${e.href}/`)),
      }));
  }

  add<
    P extends Schema | undefined,
    Q extends Schema | undefined,
    B extends Schema | undefined,
    T = undefined,
    A extends Audience = never,
  >(spec: PageSpec<P, Q, B, T, A>): void {
    this.router[spec.method](spec.path, async (koa) => {
      admit(spec.access, koa.state.principal);
      const rawBody = koa.request.body as Record<string, unknown> | undefined;
      checkCsrf(koa, rawBody);
      const input = {
        params: (spec.params ? parseInput(spec.params, 'params', koa.params) : undefined) as Out<P>,
        query: (spec.query ? parseInput(spec.query, 'query', formValues(koa.query)) : undefined) as Out<Q>,
        body: (spec.body ? parseInput(spec.body, 'body', formValues(rawBody)) : undefined) as Out<B>,
      };
      const record = (await checkScope(spec.access, koa.state.principal, input)) as T;
      const { t, lng } = koa.state;
      const csrf = csrfToken(koa);
      const answer = await spec.handler({
        ...input,
        form: formValues(rawBody),
        record,
        principal: koa.state.principal as PrincipalOf<A>,
        lng,
        t,
        koa,
        audit: requestAudit(koa),
        csrf,
        htmx: koa.get('HX-Request') === 'true',
        page: (title, content) => this.render(koa, title, content),
      });
      respond(koa, answer);
    });
  }

  /** A whole page in the layout, for a handler or for the console's error pages. */
  render(koa: Ctx, title: string, content: JSX.Element): Promise<string> {
    const { t, lng, principal } = koa.state;
    return Promise.resolve(
      Layout({
        title,
        lng,
        t,
        principal,
        nav: this.navFor(principal, t, koa.path),
        csrf: principal ? csrfToken(koa) : null,
        path: koa.path,
        query: koa.querystring,
        children: content,
      }),
    );
  }
}

function respond(koa: Ctx, answer: PageAnswer): void {
  if (typeof answer === 'string') {
    koa.type = 'html';
    koa.body = answer;
  } else if ('redirect' in answer) {
    // htmx follows a redirect inside its request; make it a navigation of the whole page instead.
    if (koa.get('HX-Request') === 'true') {
      koa.set('HX-Redirect', answer.redirect);
      koa.status = 204;
    } else {
      koa.status = 303;
      koa.redirect(answer.redirect);
    }
  } else if ('file' in answer) sendFile(koa, 200, answer.file);
  else {
    koa.status = answer.status;
    koa.type = 'html';
    koa.body = answer.html;
  }
}
