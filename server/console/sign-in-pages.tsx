import { z } from 'zod';
import { rateLimit } from '../http/rate-limit';
import { parseInput } from '../http/validation';
import { LOGIN_LIMIT } from '../identity/auth-routes';
import { STAFF_ROLES } from '../identity/principal';
import { endStaffSessions } from '../identity/sessions';
import { signInGuardOf } from '../identity/sign-in-guard';
import {
  changeOwnPassword,
  passwordSchema,
  principalOf,
  SignInSlowed,
  verifyStaffLogin,
} from '../identity/staff';
import { redirect, type ConsolePages } from './console-pages';
import { endConsoleSession, startConsoleSession } from './console-session';
import { formErrors, type FormErrors } from './form-errors';
import { Csrf, ErrorSummary, InputField } from './form-controls';

/**
 * Signing in with the staff account (the API's sign-in service and guard: a source that keeps failing is slowed
 * down, the account never locked), changing an administrator's one-time password before anything else, and
 * signing out.
 */

/** Where to go after signing in: a console page only, never another site. */
const nextSchema = z
  .string()
  .regex(/^\/console(\/[A-Za-z0-9/_?=&%.-]*)?$/)
  .optional()
  .catch(undefined);

const signInForm = z.object({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(200),
  next: nextSchema,
});

const passwordForm = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string().min(1).max(200),
  })
  .refine((f) => f.newPassword === f.confirmPassword, {
    message: 'console:passwordsDiffer',
    path: ['confirmPassword'],
  });

export function signInPages(pages: ConsolePages): void {
  const signInPage = (
    t: (key: string) => string,
    csrf: string,
    values: { username?: string; next?: string | undefined },
    errors?: FormErrors,
  ) => (
    <form method="post" action="/console/sign-in" class="narrow">
      <Csrf token={csrf} />
      {!!values.next && <input type="hidden" name="next" value={values.next} />}
      <ErrorSummary errors={errors} />
      <InputField
        name="username"
        label={t('console:fields.username')}
        errors={errors}
        value={values.username}
        required
        autocomplete="username"
      />
      <InputField
        name="password"
        label={t('console:fields.password')}
        errors={errors}
        type="password"
        required
        autocomplete="current-password"
      />
      <button type="submit" safe>
        {t('console:signIn')}
      </button>
    </form>
  );

  pages.add({
    method: 'get',
    path: '/sign-in',
    access: 'public',
    query: z.object({ next: nextSchema, lang: z.string().optional() }),
    handler: async ({ query, t, csrf, page }) =>
      page(t('console:signInTitle'), signInPage(t, csrf, { next: query.next })),
  });

  pages.add({
    method: 'post',
    path: '/sign-in',
    access: 'public',
    handler: async ({ form, t, csrf, koa, audit, page }) => {
      const values = { username: String(form.username ?? ''), next: nextSchema.parse(form.next) };
      try {
        await rateLimit(koa, { name: 'login-staff', ...LOGIN_LIMIT });
        const body = parseInput(signInForm, 'body', form);
        const { principal } = await verifyStaffLogin(
          signInGuardOf(koa.deps),
          { username: body.username, password: body.password, address: koa.ip },
          (err) => koa.state.log.error({ err }, 'could not count a failed sign-in on the account'),
        );
        await startConsoleSession(koa, principal);
        await audit({
          action: 'login',
          record: { type: 'staff', id: principal.staffId },
          areaId: principal.areaId,
        });
        return redirect(principal.mustChangePassword ? '/console/password' : (body.next ?? '/console'));
      } catch (err) {
        if (err instanceof SignInSlowed) koa.set('Retry-After', String(err.seconds));
        const errors = formErrors(err, t);
        return {
          status: errors.status,
          html: await page(t('console:signInTitle'), signInPage(t, csrf, values, errors)),
        };
      }
    },
  });

  const passwordPage = (t: (key: string) => string, csrf: string, oneTime: boolean, errors?: FormErrors) => (
    <form method="post" action="/console/password" class="narrow">
      <Csrf token={csrf} />
      {oneTime && (
        <p class="notice" safe>
          {t('console:oneTimePassword')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <InputField
        name="currentPassword"
        label={t('console:fields.currentPassword')}
        errors={errors}
        type="password"
        required
        autocomplete="current-password"
      />
      <InputField
        name="newPassword"
        label={t('console:fields.newPassword')}
        hint={t('console:passwordHint')}
        errors={errors}
        type="password"
        required
        autocomplete="new-password"
      />
      <InputField
        name="confirmPassword"
        label={t('console:fields.confirmPassword')}
        errors={errors}
        type="password"
        required
        autocomplete="new-password"
      />
      <button type="submit" safe>
        {t('console:changePassword')}
      </button>
    </form>
  );

  const staffOnly = { allow: STAFF_ROLES, withOneTimePassword: true } as const;

  pages.add({
    method: 'get',
    path: '/password',
    access: staffOnly,
    handler: async ({ t, csrf, principal, page }) =>
      page(t('console:changePassword'), passwordPage(t, csrf, principal.mustChangePassword === true)),
  });

  pages.add({
    method: 'post',
    path: '/password',
    access: staffOnly,
    handler: async ({ form, t, csrf, principal, koa, audit, page }) => {
      try {
        await rateLimit(koa, { name: 'login-staff', ...LOGIN_LIMIT });
        const body = parseInput(passwordForm, 'body', form);
        const saved = await changeOwnPassword(signInGuardOf(koa.deps), principal.staffId, {
          currentPassword: body.currentPassword,
          newPassword: body.newPassword,
          address: koa.ip,
        });
        // As through the API: every session of the account ends, this browser gets a new one.
        await endStaffSessions(koa.deps.redis, principal.staffId);
        await startConsoleSession(koa, principalOf(saved));
        await audit({
          action: 'change_password',
          record: { type: 'staff', id: principal.staffId },
          areaId: saved.areaId,
        });
        return redirect('/console');
      } catch (err) {
        if (err instanceof SignInSlowed) koa.set('Retry-After', String(err.seconds));
        const errors = formErrors(err, t, (code) =>
          code === 'current_password_wrong'
            ? 'currentPassword'
            : code === 'password_unchanged'
              ? 'newPassword'
              : undefined,
        );
        return {
          status: errors.status,
          html: await page(
            t('console:changePassword'),
            passwordPage(t, csrf, principal.mustChangePassword === true, errors),
          ),
        };
      }
    },
  });

  pages.add({
    method: 'post',
    path: '/sign-out',
    access: staffOnly,
    handler: async ({ principal, koa, audit }) => {
      await audit({
        action: 'logout',
        record: { type: 'staff', id: principal.staffId },
        areaId: principal.areaId,
      });
      await endConsoleSession(koa);
      return redirect('/console/sign-in');
    },
  });
}
