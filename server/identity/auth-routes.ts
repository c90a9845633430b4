import { z } from 'zod';
import type { Config } from '../config';
import type { AppDeps } from '../http/deps';
import { unauthenticated } from '../http/errors';
import type { Routes } from '../http/route';
import { AUDIENCES, STAFF_ROLES, type StaffPrincipal } from './principal';
import { residentForOpenid } from './residents';
import { createSession, endSession, endStaffSessions } from './sessions';
import { signInGuardOf } from './sign-in-guard';
import {
  changeOwnPassword,
  passwordSchema,
  principalOf,
  SignInSlowed,
  usernameSchema,
  verifyStaffLogin,
} from './staff';

const session = z.object({ token: z.string(), expiresIn: z.number().int().describe('Seconds') });
const residentSession = session.extend({ resident: z.object({ id: z.string() }) });
const staffSession = session.extend({
  staff: z.object({ id: z.string(), username: z.string(), role: z.enum(STAFF_ROLES), areaId: z.string() }),
  mustChangePassword: z
    .boolean()
    .describe(
      'The password is a one-time one: only POST /api/v1/auth/password is allowed until it is changed',
    ),
});
const signedIn = staffSession.extend({
  failedSignIns: z
    .object({ count: z.number().int(), lastAt: z.iso.datetime().nullable() })
    .describe('Failed sign-ins on the account since its previous sign-in'),
});

/** A new session for a staff member and what their client needs to know about it. */
async function staffSessionOf(deps: AppDeps, staff: StaffPrincipal, ttl: number) {
  return {
    token: await createSession(deps.redis, staff, ttl),
    expiresIn: ttl,
    staff: { id: staff.staffId, username: staff.username, role: staff.role, areaId: staff.areaId },
    mustChangePassword: staff.mustChangePassword === true,
  };
}

/** Sign-in answers carry Retry-After while the source is held back. */
function slowedDown(koa: { set(name: string, value: string): void }, err: unknown): never {
  if (err instanceof SignInSlowed) koa.set('Retry-After', String(err.seconds));
  throw err;
}
const me = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), id: z.string() }),
  z.object({
    kind: z.literal('staff'),
    id: z.string(),
    username: z.string(),
    role: z.enum(STAFF_ROLES),
    areaId: z.string(),
  }),
]);

/** The resident with this openid (created on first sign-in) and a new session for them. */
async function signInResident(deps: AppDeps, openid: string, ttl: number) {
  const resident = await residentForOpenid(openid, deps.crypto);
  const token = await createSession(deps.redis, resident, ttl);
  return { token, expiresIn: ttl, resident: { id: resident.residentId } };
}

/** Sign-in attempts one source may make a minute, through the API or the console (one shared count). */
export const LOGIN_LIMIT = { limit: 20, windowSeconds: 60 };

export function authRoutes(routes: Routes, config: Config): void {
  const ttl = config.SESSION_TTL_SECONDS;

  routes.add({
    method: 'post',
    path: '/api/v1/auth/wechat',
    operationId: 'signInWithWeChat',
    errors: {
      401: ['wechat_code_invalid'],
      429: ['rate_limited'],
      502: ['wechat_unreachable', 'wechat_rejected'],
      503: ['wechat_not_configured'],
    },
    summary: 'Resident sign-in from the mini-program with the code from wx.login()',
    tags: ['identity'],
    access: 'public',
    rateLimit: { name: 'login-wechat', ...LOGIN_LIMIT },
    body: z.strictObject({ code: z.string().min(1).max(128) }),
    response: { description: 'A session for the resident', schema: residentSession },
    handler: async ({ body, koa }) => {
      const { openid } = await koa.deps.wechat.code2session(body.code);
      return signInResident(koa.deps, openid, ttl);
    },
  });

  if (config.DEV_LOGIN) {
    routes.add({
      method: 'post',
      path: '/api/v1/auth/dev',
      operationId: 'signInForDevelopment',
      summary: 'Development only (DEV_LOGIN=true): sign in as a resident by a made-up openid',
      tags: ['identity'],
      access: 'public',
      body: z.strictObject({ openid: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/) }),
      response: { description: 'A session for the resident', schema: residentSession },
      handler: async ({ body, koa }) => signInResident(koa.deps, body.openid, ttl),
    });
  }

  routes.add({
    method: 'post',
    path: '/api/v1/auth/staff',
    operationId: 'signInStaff',
    errors: { 401: ['bad_credentials'], 429: ['sign_in_slowed'] },
    summary:
      'Staff sign-in with username and password; repeated failures slow down the source that makes them (429), never lock the account',
    tags: ['identity'],
    access: 'public',
    rateLimit: { name: 'login-staff', ...LOGIN_LIMIT },
    body: z.strictObject({ username: usernameSchema, password: passwordSchema }),
    response: {
      description: 'A session for the staff member, and the failed attempts since their previous sign-in',
      schema: signedIn,
    },
    handler: async ({ body, koa, audit }) => {
      const { principal: staff, failedSignIns } = await verifyStaffLogin(
        signInGuardOf(koa.deps),
        { username: body.username, password: body.password, address: koa.ip },
        (err) => koa.state.log.error({ err }, 'could not count a failed sign-in on the account'),
      ).catch((err: unknown) => slowedDown(koa, err));
      koa.state.principal = staff;
      await audit({ action: 'login', record: { type: 'staff', id: staff.staffId }, areaId: staff.areaId });
      return {
        ...(await staffSessionOf(koa.deps, staff, ttl)),
        failedSignIns: { count: failedSignIns.count, lastAt: failedSignIns.lastAt?.toISOString() ?? null },
      };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/auth/password',
    operationId: 'changeOwnPassword',
    errors: { 400: ['current_password_wrong', 'password_unchanged'], 429: ['sign_in_slowed'] },
    summary:
      'A staff member changes their own password (required first after an administrator set a one-time one); every other session of the account ends',
    tags: ['identity'],
    access: { allow: STAFF_ROLES, withOneTimePassword: true },
    rateLimit: { name: 'login-staff', ...LOGIN_LIMIT },
    body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
    response: { description: 'A new session; the old ones are ended', schema: staffSession },
    handler: async ({ body, principal, koa, audit }) => {
      if (principal?.kind !== 'staff') throw unauthenticated();
      const saved = await changeOwnPassword(signInGuardOf(koa.deps), principal.staffId, {
        ...body,
        address: koa.ip,
      }).catch((err: unknown) => slowedDown(koa, err));
      await endStaffSessions(koa.deps.redis, principal.staffId);
      await audit({
        action: 'change_password',
        record: { type: 'staff', id: principal.staffId },
        areaId: saved.areaId,
      });
      return staffSessionOf(koa.deps, principalOf(saved), ttl);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/auth/logout',
    operationId: 'signOut',
    summary: 'Ends the current session',
    tags: ['identity'],
    access: { allow: AUDIENCES.signedIn, withOneTimePassword: true },
    response: { description: 'Signed out', schema: z.object({ ok: z.literal(true) }) },
    handler: async ({ koa }) => {
      if (!koa.state.sessionToken) throw unauthenticated();
      await endSession(koa.deps.redis, koa.state.sessionToken);
      return { ok: true as const };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/me',
    operationId: 'getMe',
    summary: 'Who the current session belongs to',
    tags: ['identity'],
    access: { allow: AUDIENCES.signedIn, withOneTimePassword: true },
    response: { description: 'The signed-in person', schema: me },
    handler: async ({ principal }) => {
      if (principal.kind === 'resident') return { kind: 'resident' as const, id: principal.residentId };
      const { staffId, username, role, areaId } = principal;
      return { kind: 'staff' as const, id: staffId, username, role, areaId };
    },
  });
}
