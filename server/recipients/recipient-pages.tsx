import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { ConsolePages } from '../console/console-pages';
import { redirect } from '../console/console-pages';
import { controlOf, Csrf, ErrorSummary, Field, InputField } from '../console/form-controls';
import { formErrors, type FormErrors } from '../console/form-errors';
import { Pager } from '../console/pager';
import { chinaToday } from '../calendar/china-date';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { recipientWorkbookFile } from '../exports/recipient-workbook';
import { parseInput } from '../http/validation';
import { formatMoney } from '../policy/explain';
import { packFor } from '../policy/packs';
import { actorOf, AUDIENCES } from '../identity/principal';
import type { Language } from '../i18n';
import { listPaymentLists } from './payment-lists';
import { CATEGORIES, type RecipientDoc } from './recipient-model';
import { recipientView, type RecipientView } from './recipient-views';
import {
  casesToEnrol,
  enrolRecipients,
  changeSchema,
  enrolSchema,
  listRecipients,
  loadRecipient,
  recipientListQuery,
  recordChange,
  recordReview,
  reviewSchema,
  yearMonth,
} from './recipients';

/**
 * Recipients in the console (动态管理): the register with reviews falling due, the approved cases still to enrol,
 * one household with its changes and reviews and the forms that record them, and the Excel export — the same
 * services and views as /api/v1/recipients and /api/v1/exports/recipients.
 */

const byId = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) });
const money = (fen: number, lng: Language) => formatMoney(fen, lng);
/** Yuan typed in a form, as integer fen (the API takes fen). */
const fenFromYuan = (v: unknown) =>
  typeof v === 'string' && /^\d+(\.\d{1,2})?$/.test(v) ? Math.round(Number(v) * 100) : v;

function RecipientRows({
  t,
  lng,
  items,
}: {
  t: TFunction;
  lng: Language;
  items: RecipientView[];
}): JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th safe>{t('exports:column.caseNumber')}</th>
          <th safe>{t('exports:column.headName')}</th>
          <th safe>{t('exports:column.program')}</th>
          <th safe>{t('exports:column.monthlyYuan')}</th>
          <th safe>{t('exports:column.status')}</th>
          <th safe>{t('console:recipients.nextReview')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr>
            <td>
              <a href={`/console/recipients/${r.id}`} safe>
                {r.caseNumber}
              </a>
            </td>
            <td safe>{r.headName}</td>
            <td safe>{r.category ? `${r.programName}（${r.category}）` : r.programName}</td>
            <td safe>{money(r.amountFen, lng)}</td>
            <td safe>{t(`exports:status.${r.status}`)}</td>
            <td>
              {r.nextReviewDue ? (
                <span class={r.reviewDue ? 'badge overdue' : 'badge'} safe>
                  {r.reviewDue
                    ? t('console:recipients.reviewDue', { due: r.nextReviewDue })
                    : r.nextReviewDue}
                </span>
              ) : (
                <span class="muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The last day of this month: reviews falling due by then are shown as due. */
const monthEnd = (today: string) =>
  new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * For the inbox: how many recipient households of the area fall due for their periodic review by the end of this
 * month (or are late), linking to the register filtered so. Nothing when none does.
 */
export async function ReviewsDue({ t, areaId }: { t: TFunction; areaId: string }): Promise<string> {
  const by = monthEnd(chinaToday());
  const { total } = await listRecipients(areaId, { status: 'active', reviewDueBy: by, page: 1, size: 1 });
  if (total === 0) return '';
  return (
    <section aria-labelledby="reviews-due-title">
      <h2 id="reviews-due-title" safe>
        {t('console:recipients.reviewsDueTitle')}
      </h2>
      <p>
        <a href={`/console/recipients?reviewDueBy=${by}`} safe>
          {t('console:recipients.reviewsDue', { count: total })}
        </a>
      </p>
    </section>
  );
}

export function recipientPages(pages: ConsolePages): void {
  pages.nav({
    label: 'console:nav.recipients',
    href: '/console/recipients',
    allow: AUDIENCES.office,
    order: 20,
  });

  pages.add({
    method: 'get',
    path: '/recipients',
    access: { allow: AUDIENCES.office },
    query: recipientListQuery,
    handler: async ({ query, principal, t, lng, csrf, page }) => {
      const today = chinaToday();
      const [{ items, total }, toEnrol, lists] = await Promise.all([
        listRecipients(principal.areaId, query),
        principal.role === 'township_staff' ? casesToEnrol(principal.areaId) : Promise.resolve([]),
        listPaymentLists(principal.areaId, { page: 1, size: 6 }),
      ]);
      const href = (p: number) => {
        const params = new URLSearchParams();
        if (query.reviewDueBy) params.set('reviewDueBy', query.reviewDueBy);
        if (query.status) params.set('status', query.status);
        params.set('page', String(p));
        return `/console/recipients?${params.toString()}`;
      };
      return page(
        t('console:recipients.title'),
        <>
          <form method="get" action="/console/recipients" class="filters">
            <InputField
              name="reviewDueBy"
              label={t('fields:reviewDueBy')}
              type="date"
              value={query.reviewDueBy}
            />
            <button type="submit" class="button" safe>
              {t('console:recipients.filter')}
            </button>
          </form>
          <p class="count" safe>
            {t('console:recipients.count', { count: total })}
          </p>
          <RecipientRows t={t} lng={lng} items={items.map((d) => recipientView(d, today, lng))} />
          <Pager t={t} page={query.page} size={query.size} total={total} href={href} />
          {toEnrol.length > 0 && (
            <section aria-labelledby="enrol-heading">
              <h2 id="enrol-heading" safe>
                {t('console:recipients.toEnrol')}
              </h2>
              {toEnrol.map((app) => (
                <form
                  method="post"
                  action={`/console/cases/${String(app._id)}/recipients`}
                  class="inline-fields"
                  id={`enrol-${String(app._id)}`}
                >
                  <Csrf token={csrf} />
                  <strong safe>{`${app.caseNumber ?? ''} ${app.members[0]?.name ?? ''}`}</strong>
                  <Field name="category" scope={String(app._id)} label={t('fields:category')}>
                    <select {...controlOf('category', String(app._id), undefined)}>
                      <option value="" safe>
                        {t('console:recipients.noCategory')}
                      </option>
                      {CATEGORIES.map((c) => (
                        <option value={c}>{c}</option>
                      ))}
                    </select>
                  </Field>
                  <InputField
                    name="reviewGroup"
                    scope={String(app._id)}
                    label={t('fields:reviewGroup')}
                    hint={t('console:recipients.reviewGroupHint')}
                    inputmode="numeric"
                  />
                  <InputField
                    name="firstPaymentMonth"
                    scope={String(app._id)}
                    label={t('fields:firstPaymentMonth')}
                    hint={t('console:recipients.firstMonthHint')}
                    type="month"
                  />
                  <button type="submit" class="button" safe>
                    {t('console:recipients.enrol')}
                  </button>
                </form>
              ))}
            </section>
          )}
          {lists.total > 0 && (
            <section aria-labelledby="lists-heading">
              <h2 id="lists-heading" safe>
                {t('console:recipients.paymentLists')}
              </h2>
              <ul>
                {lists.items.map((l) => (
                  <li safe>
                    {t('console:recipients.paymentList', {
                      month: l.month,
                      households: l.households,
                      total: money(l.totalFen, lng),
                      cutOn: l.cutOn,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="export-heading">
            <h2 id="export-heading" safe>
              {t('console:recipients.export')}
            </h2>
            <form method="get" action="/console/exports/recipients" class="inline-fields">
              <InputField name="month" label={t('fields:month')} type="month" value={today.slice(0, 7)} />
              <button type="submit" class="button" safe>
                {t('console:recipients.download')}
              </button>
            </form>
          </section>
        </>,
      );
    },
  });

  pages.add({
    method: 'post',
    path: '/cases/:id/recipients',
    access: { allow: ['township_staff'], scope: ({ params }) => loadApplication(params.id) },
    params: z.strictObject({ id: applicationIdSchema }),
    handler: async ({ record, form, principal, koa, t, audit, page }) => {
      try {
        const body = parseInput(enrolSchema, 'body', {
          ...form,
          ...(form.reviewGroup === undefined ? {} : { reviewGroup: Number(form.reviewGroup) }),
        });
        const made = await enrolRecipients(
          record,
          packFor(koa.deps.packs, record.jurisdiction),
          body,
          actorOf(principal),
          audit,
        );
        return redirect(`/console/recipients/${String(made[0]!._id)}`);
      } catch (err) {
        const errors = formErrors(err, t);
        return {
          status: errors.status,
          html: await page(t('console:recipients.title'), <ErrorSummary errors={errors} />),
        };
      }
    },
  });

  const recipientPage = async (
    rec: RecipientDoc,
    ctx: {
      t: TFunction;
      lng: Language;
      csrf: string;
      canChange: boolean;
      errors?: FormErrors;
      form?: 'change' | 'review';
    },
  ) => {
    const { t, lng, csrf, errors } = ctx;
    const changeErrors = ctx.form === 'change' ? errors : undefined;
    const r = recipientView(rec, chinaToday(), lng);
    return (
      <>
        <dl class="case-grid">
          <dt safe>{t('exports:column.headName')}</dt>
          <dd safe>{`${r.headName}（${t('exports:column.householdSize')} ${r.householdSize}）`}</dd>
          <dt safe>{t('exports:column.program')}</dt>
          <dd safe>{r.category ? `${r.programName}（${r.category}）` : r.programName}</dd>
          <dt safe>{t('exports:column.monthlyYuan')}</dt>
          <dd safe>{money(r.amountFen, lng)}</dd>
          <dt safe>{t('exports:column.firstPaymentMonth')}</dt>
          <dd safe>
            {r.paymentStart.source
              ? `${r.firstPaymentMonth}（${r.paymentStart.source.document} ${r.paymentStart.source.clause}）`
              : r.firstPaymentMonth}
          </dd>
          <dt safe>{t('console:recipients.nextReview')}</dt>
          <dd safe>{r.nextReviewDue ?? '—'}</dd>
          <dt safe>{t('exports:column.caseNumber')}</dt>
          <dd>
            <a href={`/console/cases/${r.applicationId}`} safe>
              {r.caseNumber}
            </a>
          </dd>
        </dl>
        <h2 safe>{t('console:recipients.changes')}</h2>
        <table>
          <thead>
            <tr>
              <th safe>{t('exports:column.changeKind')}</th>
              <th safe>{t('exports:column.fromMonth')}</th>
              <th safe>{t('exports:column.previousYuan')}</th>
              <th safe>{t('exports:column.newYuan')}</th>
              <th safe>{t('exports:column.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {r.changes.map((c) => (
              <tr>
                <td safe>{t(`exports:change.${c.kind}`)}</td>
                <td safe>{c.fromMonth}</td>
                <td safe>{c.previousFen === null ? '—' : money(c.previousFen, lng)}</td>
                <td safe>{money(c.amountFen, lng)}</td>
                <td safe>{c.reasons ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 safe>{t('console:recipients.reviews')}</h2>
        {r.reviews.length === 0 ? (
          <p class="empty" safe>
            {t('console:recipients.noReviews')}
          </p>
        ) : (
          <ul>
            {r.reviews.map((v) => (
              <li safe>{v.note ? `${v.on}：${v.note}` : v.on}</li>
            ))}
          </ul>
        )}
        {ctx.canChange && r.status === 'active' && (
          <>
            <form
              method="post"
              action={`/console/recipients/${r.id}/changes`}
              class="narrow"
              id="change-form"
            >
              <h3 safe>{t('console:recipients.recordChange')}</h3>
              <Csrf token={csrf} />
              {ctx.form === 'change' && <ErrorSummary errors={errors} />}
              <Field name="kind" scope="change" label={t('exports:column.changeKind')} errors={changeErrors}>
                <select {...controlOf('kind', 'change', changeErrors)}>
                  {(['increase', 'decrease', 'stop'] as const).map((k) => (
                    <option value={k} safe>
                      {t(`exports:change.${k}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <InputField
                name="amountFen"
                scope="change"
                label={t('console:recipients.newAmountYuan')}
                errors={changeErrors}
                inputmode="decimal"
              />
              <InputField
                name="fromMonth"
                scope="change"
                label={t('fields:fromMonth')}
                errors={changeErrors}
                type="month"
                required
              />
              <InputField
                name="reasons"
                scope="change"
                label={t('fields:reasons')}
                errors={changeErrors}
                required
              />
              <button type="submit" class="button" safe>
                {t('console:recipients.save')}
              </button>
            </form>
            <form
              method="post"
              action={`/console/recipients/${r.id}/reviews`}
              class="narrow"
              id="review-form"
            >
              <h3 safe>{t('console:recipients.recordReview')}</h3>
              <Csrf token={csrf} />
              {ctx.form === 'review' && <ErrorSummary errors={errors} />}
              <InputField name="on" scope="review" label={t('fields:on')} type="date" value={chinaToday()} />
              <InputField name="note" scope="review" label={t('fields:note')} />
              <button type="submit" class="button" safe>
                {t('console:recipients.save')}
              </button>
            </form>
          </>
        )}
      </>
    );
  };

  const access = {
    allow: AUDIENCES.office,
    scope: ({ params }: { params: { id: string } }) => loadRecipient(params.id),
  };

  pages.add({
    method: 'get',
    path: '/recipients/:id',
    access,
    params: byId,
    handler: async ({ record, principal, t, lng, csrf, audit, page }) => {
      await audit({
        action: 'read',
        record: { type: 'recipient', id: String(record._id) },
        areaId: record.areaId,
      });
      return page(
        t('console:recipients.one', { caseNumber: record.caseNumber }),
        await recipientPage(record, { t, lng, csrf, canChange: principal.role === 'township_staff' }),
      );
    },
  });

  pages.add({
    method: 'post',
    path: '/recipients/:id/changes',
    access: { ...access, allow: ['township_staff'] as const },
    params: byId,
    handler: async ({ record, form, principal, t, lng, csrf, audit, page }) => {
      try {
        const body = parseInput(changeSchema, 'body', { ...form, amountFen: fenFromYuan(form.amountFen) });
        await recordChange(record, body, actorOf(principal), audit);
        return redirect(`/console/recipients/${String(record._id)}`);
      } catch (err) {
        const errors = formErrors(err, t, (code) =>
          code.startsWith('change_not')
            ? 'amountFen'
            : code === 'change_month_too_early'
              ? 'fromMonth'
              : undefined,
        );
        return {
          status: errors.status,
          html: await page(
            t('console:recipients.one', { caseNumber: record.caseNumber }),
            await recipientPage(record, { t, lng, csrf, canChange: true, errors, form: 'change' }),
          ),
        };
      }
    },
  });

  pages.add({
    method: 'post',
    path: '/recipients/:id/reviews',
    access: { ...access, allow: ['township_staff'] as const },
    params: byId,
    handler: async ({ record, form, principal, t, lng, csrf, audit, page }) => {
      try {
        await recordReview(record, parseInput(reviewSchema, 'body', form), actorOf(principal), audit);
        return redirect(`/console/recipients/${String(record._id)}`);
      } catch (err) {
        const errors = formErrors(err, t);
        return {
          status: errors.status,
          html: await page(
            t('console:recipients.one', { caseNumber: record.caseNumber }),
            await recipientPage(record, { t, lng, csrf, canChange: true, errors, form: 'review' }),
          ),
        };
      }
    },
  });

  pages.add({
    method: 'get',
    path: '/exports/recipients',
    access: { allow: AUDIENCES.office },
    query: z.object({ month: yearMonth.optional() }),
    handler: async ({ query, principal, koa, lng, audit }) => ({
      file: await recipientWorkbookFile(
        principal.areaId,
        query.month ?? chinaToday().slice(0, 7),
        lng,
        koa.deps.crypto,
        audit,
      ),
    }),
  });
}
