import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type Koa from 'koa';
import { AppError } from '../http/errors';
import type { AppState } from '../http/state';
import { createSession, endSession, resolveSession } from '../identity/sessions';
import type { Principal } from '../identity/principal';

/**
 * The console's session is a cookie holding a token of the same session store the API's bearer tokens use, so
 * signing out, a password reset or a disabled account end it the same way, and `identity/access.ts` decides what
 * it may reach. The cookie is HttpOnly, SameSite=Lax, and Secure behind HTTPS or in production.
 *
 * Every state-changing request carries a CSRF token: signed in, an HMAC of the session token (a synchroniser token
 * bound to the session that nothing else can compute, since the token itself never leaves the cookie); before
 * sign-in, a random value in its own cookie, submitted again with the form (double submit). Forms send it as the
 * field `_csrf`; htmx sends it as the header `X-CSRF-Token` (set once on <body hx-headers>).
 */

type Ctx = Koa.ParameterizedContext<AppState>;

export const SESSION_COOKIE = 'sa_console';
const PRE_SESSION_COOKIE = 'sa_console_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const COOKIE_PATH = '/console';

function cookieOptions(ctx: Ctx, maxAgeSeconds?: number) {
  const secure = ctx.secure || ctx.deps.config.NODE_ENV === 'production';
  // Koa refuses a Secure cookie on a plain connection unless told the client's side is secure (TLS ends at a
  // proxy that TRUST_PROXY does not vouch for).
  if (secure) ctx.cookies.secure = true;
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: COOKIE_PATH,
    overwrite: true,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds * 1000 } : {}),
  };
}

/** Resolves the console cookie to a principal from the shared session store; an unknown token is anonymous. */
export async function readConsoleSession(ctx: Ctx): Promise<void> {
  const token = ctx.cookies.get(SESSION_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) return;
  const principal = await resolveSession(ctx.deps.redis, token);
  if (principal) {
    ctx.state.principal = principal;
    ctx.state.sessionToken = token;
  }
}

/** Starts a session for a staff member and hands its token to the browser as the console cookie. */
export async function startConsoleSession(ctx: Ctx, principal: Principal): Promise<void> {
  const ttl = ctx.deps.config.SESSION_TTL_SECONDS;
  const token = await createSession(ctx.deps.redis, principal, ttl);
  ctx.cookies.set(SESSION_COOKIE, token, cookieOptions(ctx, ttl));
  ctx.cookies.set(PRE_SESSION_COOKIE, null, cookieOptions(ctx));
  ctx.state.principal = principal;
  ctx.state.sessionToken = token;
}

/** Ends the session in the store and clears the cookie. */
export async function endConsoleSession(ctx: Ctx): Promise<void> {
  if (ctx.state.sessionToken) await endSession(ctx.deps.redis, ctx.state.sessionToken);
  ctx.cookies.set(SESSION_COOKIE, null, cookieOptions(ctx));
  ctx.state.principal = undefined;
  ctx.state.sessionToken = undefined;
}

const hmac = (key: string) => createHmac('sha256', key).update('console-csrf').digest('base64url');

/** The CSRF token of this browser: bound to its session, or (before sign-in) to its pre-session cookie. */
export function csrfToken(ctx: Ctx): string {
  if (ctx.state.sessionToken) return hmac(ctx.state.sessionToken);
  let pre = ctx.cookies.get(PRE_SESSION_COOKIE);
  if (!pre || !/^[A-Za-z0-9_-]{43}$/.test(pre)) {
    pre = randomBytes(32).toString('base64url');
    ctx.cookies.set(PRE_SESSION_COOKIE, pre, cookieOptions(ctx));
  }
  return pre;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Refuses a state-changing request without the token of this browser (403 csrf_invalid), and any request a
 * browser marks as coming from another site.
 */
export function checkCsrf(ctx: Ctx, body: Record<string, unknown> | undefined): void {
  if (ctx.method === 'GET' || ctx.method === 'HEAD') return;
  if (ctx.get('Sec-Fetch-Site') === 'cross-site') throw new AppError(403, 'csrf_invalid');
  const given = ctx.get(CSRF_HEADER) || (typeof body?.[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : '');
  const expected = ctx.state.sessionToken
    ? hmac(ctx.state.sessionToken)
    : (ctx.cookies.get(PRE_SESSION_COOKIE) ?? '');
  if (!given || !expected || !same(String(given), expected)) throw new AppError(403, 'csrf_invalid');
}
