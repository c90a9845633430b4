import { bodyParser } from '@koa/bodyparser';
import type Koa from 'koa';
import compose from 'koa-compose';
import { AppError } from '../http/errors';
import type { AppState } from '../http/state';
import { RETRY_AFTER_SECONDS, unavailableDependency } from '../http/unavailable';
import { describeIssues, ValidationError } from '../http/validation';
import { isLanguage, translator } from '../i18n';
import { assetRoutes } from './console-assets';
import { ConsolePages } from './console-pages';
import { COOKIE_PATH, readConsoleSession } from './console-session';
import { casePages } from './case-pages';
import { inboxPages } from './inbox-pages';
import { signInPages } from './sign-in-pages';
import { noticePages } from '../notices/notice-pages';
import { packetPages } from '../packets/packet-pages';
import { parameterPages } from '../parameters/parameter-pages';
import { recipientPages } from '../recipients/recipient-pages';
import { reportPages } from '../reports/report-pages';
import { supervisionPages } from '../supervision/supervision-pages';

/**
 * The staff console, served by the backend under /console: server-rendered pages (@kitajs/html, type-checked
 * JSX) with htmx for the parts that change in place. The groups of pages below each register their routes and
 * navigation entries; add a group here (see README.md).
 */
const PAGE_GROUPS: ((pages: ConsolePages) => void)[] = [
  signInPages,
  inboxPages,
  casePages,
  recipientPages,
  reportPages,
  supervisionPages,
  parameterPages,
  packetPages,
  noticePages,
];

type Ctx = Koa.ParameterizedContext<AppState>;
type Middleware = Koa.Middleware<AppState>;

const LANGUAGE_COOKIE = 'sa_lang';

/** Channel, and the language: `?lang=` (remembered in a cookie), the cookie, else Accept-Language. */
const consoleContext: Middleware = async (ctx, next) => {
  ctx.state.channel = 'console';
  const asked = ctx.query.lang;
  const kept = ctx.cookies.get(LANGUAGE_COOKIE);
  if (isLanguage(asked))
    ctx.cookies.set(LANGUAGE_COOKIE, asked, {
      httpOnly: true,
      sameSite: 'lax',
      path: COOKIE_PATH,
      maxAge: 365 * 24 * 3600 * 1000,
    });
  else if (isLanguage(kept)) {
    ctx.state.lng = kept;
    ctx.state.t = translator(kept);
  }
  await next();
};

/**
 * Pages hold personal data: never cached. Scripts and styles come only from the console itself (htmx is told not
 * to add inline styles), so the policy is stricter than the one other documents get (http/security-headers.ts).
 */
const securityHeaders: Middleware = async (ctx, next) => {
  await next();
  if (ctx.response.is('html')) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        ...(ctx.secure ? ['upgrade-insecure-requests'] : []),
      ].join('; '),
    );
  }
};

export function consoleApp(): { middleware: Middleware; pages: ConsolePages } {
  const pages = new ConsolePages();
  assetRoutes(pages.router);
  for (const group of PAGE_GROUPS) group(pages);

  /** Failures as pages in the reader's language: sign-in when signed out, the password page when it must change. */
  const errorPages: Middleware = async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError(404, 'not_found');
    } catch (err) {
      await renderError(ctx, pages, err);
    }
  };

  const chain = compose<Parameters<Middleware>[0]>([
    consoleContext,
    securityHeaders,
    errorPages,
    bodyParser({ enableTypes: ['form'], formLimit: '100kb', encoding: 'utf-8' }),
    async (ctx, next) => {
      await readConsoleSession(ctx);
      await next();
    },
    pages.router.routes() as Middleware,
    pages.router.allowedMethods() as Middleware,
  ]);
  const middleware: Middleware = (ctx, next) =>
    ctx.path === '/console' || ctx.path.startsWith('/console/') ? chain(ctx, next) : next();
  return { middleware, pages };
}

function goTo(ctx: Ctx, url: string): void {
  if (ctx.get('HX-Request') === 'true') {
    ctx.set('HX-Redirect', url);
    ctx.status = 204;
    ctx.body = '';
  } else {
    ctx.status = 303;
    ctx.redirect(url);
  }
}

async function renderError(ctx: Ctx, pages: ConsolePages, err: unknown): Promise<void> {
  const { t } = ctx.state;
  if (err instanceof AppError && err.code === 'unauthenticated') {
    const next = ctx.method === 'GET' ? `?next=${encodeURIComponent(ctx.originalUrl)}` : '';
    return goTo(ctx, `/console/sign-in${next}`);
  }
  if (err instanceof AppError && err.code === 'password_change_required')
    return goTo(ctx, '/console/password');

  let status = 500;
  let lines: string[];
  if (err instanceof ValidationError) {
    status = 400;
    lines = describeIssues(t, err.location, err.issues).map((f) =>
      t('validation:fieldMessage', { field: f.field, message: f.message }),
    );
  } else if (err instanceof AppError) {
    status = err.status;
    lines = [t(`errors:${err.code}`, err.params)];
  } else if (unavailableDependency(err)) {
    status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    lines = [t('errors:service_unavailable', { seconds: RETRY_AFTER_SECONDS })];
  } else {
    ctx.state.log.error({ err }, 'unhandled error in the console');
    lines = [t('errors:internal')];
  }
  ctx.status = status;
  ctx.type = 'html';
  const message = (
    <div class="error" role="alert">
      {lines.map((line) => (
        <p safe>{line}</p>
      ))}
    </div>
  );
  ctx.body =
    ctx.get('HX-Request') === 'true'
      ? await message
      : await pages.render(
          ctx,
          t('console:errorTitle', { status }),
          <>
            {message}
            <p>
              <a href="/console" safe>
                {t('console:backToInbox')}
              </a>
            </p>
          </>,
        );
}
