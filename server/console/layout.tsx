/// <reference types="@kitajs/html/htmx.d.ts" />
import type { TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../i18n';
import type { Principal } from '../identity/principal';
import { ASSETS } from './console-assets';
import { CSRF_FIELD, CSRF_HEADER } from './console-session';

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
}

interface LayoutProps {
  title: string;
  lng: Language;
  t: TFunction;
  principal: Principal | undefined;
  nav: NavLink[];
  /** The session's CSRF token (null before sign-in): htmx sends it with every request. */
  csrf: string | null;
  path: string;
  query: string;
  children: JSX.Element;
}

// htmx: no inline style element (the console's CSP allows only its own stylesheet), and 4xx answers are swapped in
// like any other, since a refused form comes back with its errors beside the fields.
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  responseHandling: [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '(400|403|404|409|422)', swap: true, error: false },
    { code: '...', swap: false, error: true },
  ],
});

/** The link to the same page in another language. */
function languageHref(path: string, query: string, lng: Language): string {
  const params = new URLSearchParams(query);
  params.set('lang', lng);
  return `${path}?${params.toString()}`;
}

/** Every console page: header with who is signed in, navigation, language switch, sign-out, then the content. */
export function Layout(props: LayoutProps): JSX.Element {
  const { t, lng, principal, csrf } = props;
  const staff = principal?.kind === 'staff' ? principal : undefined;
  return (
    <>
      {'<!doctype html>'}
      <html lang={lng}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="htmx-config" content={HTMX_CONFIG} />
          <title safe>{`${props.title} · ${t('console:product')}`}</title>
          <link rel="stylesheet" href={ASSETS.css} />
          <script src={ASSETS.htmx} defer></script>
        </head>
        <body hx-headers={csrf ? JSON.stringify({ [CSRF_HEADER]: csrf }) : undefined}>
          <a class="skip" href="#main" safe>
            {t('console:skipToContent')}
          </a>
          <header class="top">
            <a class="brand" href="/console" safe>
              {t('console:product')}
            </a>
            <nav class="languages" aria-label={t('console:language')}>
              {LANGUAGES.map((l) =>
                l === lng ? (
                  <strong aria-current="true" safe>
                    {t(`console:languages.${l}`)}
                  </strong>
                ) : (
                  <a href={languageHref(props.path, props.query, l)} lang={l} safe>
                    {t(`console:languages.${l}`)}
                  </a>
                ),
              )}
            </nav>
            {!!staff && (
              <div class="who">
                <span safe>
                  {t('console:signedInAs', {
                    name: staff.username,
                    role: t(`console:roles.${staff.role}`),
                  })}
                </span>
                <form method="post" action="/console/sign-out">
                  <input type="hidden" name={CSRF_FIELD} value={csrf ?? ''} />
                  <button type="submit" class="secondary" safe>
                    {t('console:signOut')}
                  </button>
                </form>
              </div>
            )}
          </header>
          {props.nav.length > 0 && (
            <nav class="main-nav" aria-label={t('console:navigation')}>
              <ul>
                {props.nav.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.current ? 'page' : undefined} safe>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <main id="main">
            <h1 safe>{props.title}</h1>
            {/* Markup the page built: every value in it was escaped where it was placed (xss-scan checks that). */}
            {props.children as 'safe'}
          </main>
        </body>
      </html>
    </>
  );
}
