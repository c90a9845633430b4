import { z } from 'zod';
import type { Config } from '../config';
import type { AppDeps } from '../http/deps';
import { unauthenticated } from '../http/errors';
import type { Routes } from '../http/route';
import { AUDIENCES, STAFF_ROLES } from './principal';
import { residentForOpenid } from './residents';
import { createSession, endSession } from './sessions';
import { passwordSchema, usernameSchema, verifyStaffLogin } from './staff';

const session = z.object({ token: z.string(), expiresIn: z.number().int().describe('Seconds') });
const residentSession = session.extend({ resident: z.object({ id: z.string() }) });
const staffSession = session.extend({
  staff: z.object({ id: z.string(), username: z.string(), role: z.enum(STAFF_ROLES), areaId: z.string() }),
});
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

const LOGIN_LIMIT = { limit: 20, windowSeconds: 60 };

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
    errors: { 401: ['bad_credentials'], 423: ['account_locked'] },
    summary: 'Staff sign-in with username and password (locked after repeated failures)',
    tags: ['identity'],
    access: 'public',
    rateLimit: { name: 'login-staff', ...LOGIN_LIMIT },
    body: z.strictObject({ username: usernameSchema, password: passwordSchema }),
    response: { description: 'A session for the staff member', schema: staffSession },
    handler: async ({ body, koa, audit }) => {
      const policy = { maxFailures: config.LOGIN_MAX_FAILURES, lockMinutes: config.LOGIN_LOCK_MINUTES };
      const staff = await verifyStaffLogin(body.username, body.password, policy);
      koa.state.principal = staff;
      await audit({ action: 'login', record: { type: 'staff', id: staff.staffId }, areaId: staff.areaId });
      return {
        token: await createSession(koa.deps.redis, staff, ttl),
        expiresIn: ttl,
        staff: { id: staff.staffId, username: staff.username, role: staff.role, areaId: staff.areaId },
      };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/auth/logout',
    operationId: 'signOut',
    summary: 'Ends the current session',
    tags: ['identity'],
    access: { allow: AUDIENCES.signedIn },
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
    access: { allow: AUDIENCES.signedIn },
    response: { description: 'The signed-in person', schema: me },
    handler: async ({ principal }) => {
      if (principal.kind === 'resident') return { kind: 'resident' as const, id: principal.residentId };
      const { staffId, username, role, areaId } = principal;
      return { kind: 'staff' as const, id: staffId, username, role, areaId };
    },
  });
}
