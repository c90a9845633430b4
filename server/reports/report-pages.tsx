import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { ConsolePages } from '../console/console-pages';
import { redirect } from '../console/console-pages';
import { controlOf, Csrf, ErrorSummary, Field, InputField } from '../console/form-controls';
import { formErrors, type FormErrors } from '../console/form-errors';
import { Pager } from '../console/pager';
import type { AppDeps } from '../http/deps';
import { parseInput } from '../http/validation';
import type { Language } from '../i18n';
import { AUDIENCES, type StaffPrincipal } from '../identity/principal';
import { REPORT_OUTCOMES, type ReportDoc } from './report-model';
import { detailOf, summaryOf } from './report-views';
import {
  answerReport,
  answerSchema,
  listQuerySchema,
  listReports,
  loadReport,
  markMediaDisclosure,
  mediaDisclosureSchema,
} from './reports';

/**
 * The complaints and reports queue in the console: the reports routed to the office, by answer deadline, with the
 * overdue ones and media disclosures marked in words; one report with its routing, the media-disclosure form and
 * the answer form, whose text is what the reporter reads with the receipt code. Same services and views as
 * /api/v1/reports.
 */

const byId = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) });
const access = {
  allow: AUDIENCES.office,
  scope: ({ params }: { params: { id: string } }) => loadReport(params.id),
};

type Detail = Awaited<ReturnType<typeof detailOf>>;

function ReportDetail(props: {
  t: TFunction;
  report: Detail;
  csrf: string;
  errors?: FormErrors | undefined;
  form?: 'answer' | 'media';
}): JSX.Element {
  const { t, report: r, csrf, errors } = props;
  const answerErrors = props.form === 'answer' ? errors : undefined;
  return (
    <>
      <dl class="case-grid">
        <dt safe>{t('console:reports.kind')}</dt>
        <dd safe>{t(`reports:kinds.${r.kind}`)}</dd>
        <dt safe>{t('console:reports.received')}</dt>
        <dd safe>{r.receivedOn}</dd>
        <dt safe>{t('console:reports.answerDue')}</dt>
        <dd>
          <span class={r.overdue ? 'badge overdue' : 'badge'} safe>
            {r.answerDue
              ? r.overdue
                ? t('console:reports.overdue', { due: r.answerDue.date })
                : r.answerDue.date
              : (r.answerDueNote ?? '—')}
          </span>
        </dd>
        <dt safe>{t('console:reports.routing')}</dt>
        <dd safe>{`${r.routing.office} · ${r.routing.explanation}`}</dd>
        <dt safe>{t('console:reports.people')}</dt>
        <dd safe>{r.people.map((p) => (p.position ? `${p.name}（${p.position}）` : p.name)).join('、')}</dd>
        <dt safe>{t('console:reports.reporter')}</dt>
        <dd safe>
          {r.reporter.anonymous
            ? t('console:reports.anonymous')
            : `${r.reporter.name ?? ''} ${r.reporter.phone ?? ''}`}
        </dd>
        {!!r.mediaDisclosure && (
          <>
            <dt safe>{t('console:reports.media')}</dt>
            <dd>
              <span class={r.mediaDisclosure.overdue ? 'badge overdue' : 'badge'} safe>
                {r.mediaDisclosure.investigationDue
                  ? t('console:reports.investigateBy', {
                      on: r.mediaDisclosure.on,
                      due: r.mediaDisclosure.investigationDue.date,
                    })
                  : `${r.mediaDisclosure.on} · ${r.mediaDisclosure.investigationDueNote ?? ''}`}
              </span>
            </dd>
          </>
        )}
      </dl>
      <h2 safe>{t('console:reports.description')}</h2>
      <p class="notice" safe>
        {r.description}
      </p>
      {r.attachments.length > 0 && (
        <ul class="materials">
          {r.attachments.map((a) => (
            <li>
              <a href={`/api/v1/reports/${r.id}/attachments/${a.id}`} safe>
                {`${a.contentType} · ${Math.ceil(a.bytes / 1024)} KB`}
              </a>
            </li>
          ))}
        </ul>
      )}
      {r.answer ? (
        <section>
          <h2 safe>{t('console:reports.answered', { on: r.answer.answeredOn })}</h2>
          <p safe>{t(`reports:outcomes.${r.answer.outcome}`)}</p>
          <p safe>{r.answer.handling}</p>
          <p class="notice" safe>
            {r.answer.text}
          </p>
        </section>
      ) : (
        <>
          {!r.mediaDisclosure && (
            <form
              method="post"
              action={`/console/reports/${r.id}/media`}
              class="inline-fields"
              id="media-form"
            >
              <Csrf token={csrf} />
              {props.form === 'media' && <ErrorSummary errors={errors} />}
              <InputField name="on" scope="media" label={t('console:reports.mediaOn')} type="date" />
              <button type="submit" class="button" safe>
                {t('console:reports.markMedia')}
              </button>
            </form>
          )}
          <form method="post" action={`/console/reports/${r.id}/answer`} class="narrow" id="answer-form">
            <h2 safe>{t('console:reports.answer')}</h2>
            <Csrf token={csrf} />
            {props.form === 'answer' && <ErrorSummary errors={errors} />}
            <Field name="outcome" scope="answer" label={t('fields:outcome')} errors={answerErrors}>
              <select {...controlOf('outcome', 'answer', answerErrors)}>
                {REPORT_OUTCOMES.map((o) => (
                  <option value={o} safe>
                    {t(`reports:outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              name="handling"
              scope="answer"
              label={t('fields:handling')}
              hint={t('console:reports.handlingHint')}
              errors={answerErrors}
            >
              <textarea {...controlOf('handling', 'answer', answerErrors, true)} rows="4" required></textarea>
            </Field>
            <Field
              name="answer"
              scope="answer"
              label={t('fields:answer')}
              hint={t('console:reports.answerHint')}
              errors={answerErrors}
            >
              <textarea {...controlOf('answer', 'answer', answerErrors, true)} rows="4" required></textarea>
            </Field>
            <button type="submit" class="button" safe>
              {t('console:reports.send')}
            </button>
          </form>
        </>
      )}
    </>
  );
}

async function detailPage(
  report: ReportDoc,
  ctx: {
    deps: AppDeps;
    t: TFunction;
    lng: Language;
    csrf: string;
    errors?: FormErrors;
    form?: 'answer' | 'media';
  },
  page: (title: string, content: JSX.Element) => Promise<string>,
): Promise<string> {
  const detail = await detailOf(report, ctx.deps, ctx.lng, ctx.t);
  return page(
    ctx.t('console:reports.one', { code: report.receiptCode }),
    <ReportDetail t={ctx.t} report={detail} csrf={ctx.csrf} errors={ctx.errors} form={ctx.form} />,
  );
}

export function reportPages(pages: ConsolePages): void {
  pages.nav({ label: 'console:nav.reports', href: '/console/reports', allow: AUDIENCES.office, order: 30 });

  pages.add({
    method: 'get',
    path: '/reports',
    access: { allow: AUDIENCES.office },
    query: listQuerySchema,
    handler: async ({ query, principal, t, page }) => {
      const { items, total } = await listReports((principal as StaffPrincipal).areaId, query);
      const rows = items.map((r) => summaryOf(r, t));
      const href = (p: number) => {
        const params = new URLSearchParams({ sort: query.sort, page: String(p) });
        if (query.overdue) params.set('overdue', 'true');
        if (query.status) params.set('status', query.status);
        return `/console/reports?${params.toString()}`;
      };
      return page(
        t('console:reports.title'),
        <>
          <nav class="filters">
            <a href="/console/reports?sort=due&status=received" safe>
              {t('console:reports.open')}
            </a>
            <a href="/console/reports?overdue=true&sort=due" safe>
              {t('console:reports.overdueOnly')}
            </a>
            <a href="/console/reports" safe>
              {t('console:reports.all')}
            </a>
          </nav>
          <p class="count" safe>
            {t('console:reports.count', { count: total })}
          </p>
          <table>
            <thead>
              <tr>
                <th safe>{t('console:reports.receipt')}</th>
                <th safe>{t('console:reports.kind')}</th>
                <th safe>{t('console:reports.received')}</th>
                <th safe>{t('console:reports.answerDue')}</th>
                <th safe>{t('console:reports.routing')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/console/reports/${r.id}`} safe>
                      {r.receiptCode}
                    </a>
                  </td>
                  <td safe>{t(`reports:kinds.${r.kind}`)}</td>
                  <td safe>{r.receivedOn}</td>
                  <td>
                    {r.status === 'answered' ? (
                      <span class="badge" safe>
                        {t('console:reports.isAnswered')}
                      </span>
                    ) : (
                      <span class={r.overdue || r.mediaDisclosure?.overdue ? 'badge overdue' : 'badge'} safe>
                        {r.answerDue
                          ? r.overdue
                            ? t('console:reports.overdue', { due: r.answerDue.date })
                            : r.answerDue.date
                          : (r.answerDueNote ?? '—')}
                      </span>
                    )}
                    {!!r.mediaDisclosure && (
                      <span class="badge soon" safe>
                        {t('console:reports.mediaBadge')}
                      </span>
                    )}
                  </td>
                  <td safe>{t(`console:reports.level.${r.routedTo.level}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager t={t} page={query.page} size={query.size} total={total} href={href} />
        </>,
      );
    },
  });

  pages.add({
    method: 'get',
    path: '/reports/:id',
    access,
    params: byId,
    handler: async ({ record, koa, t, lng, csrf, audit, page }) => {
      await audit({
        action: 'read',
        record: { type: 'report', id: String(record._id) },
        areaId: record.routedTo.areaId,
      });
      return detailPage(record, { deps: koa.deps, t, lng, csrf }, page);
    },
  });

  pages.add({
    method: 'post',
    path: '/reports/:id/answer',
    access,
    params: byId,
    handler: async ({ record, form, principal, koa, t, lng, csrf, audit, page }) => {
      try {
        const body = parseInput(answerSchema, 'body', form);
        const report = await answerReport(record, body, principal);
        await audit({
          action: 'update',
          record: { type: 'report', id: String(report._id) },
          areaId: report.routedTo.areaId,
          details: { status: 'answered', outcome: body.outcome },
        });
        koa.deps.outbox.kick();
        return redirect(`/console/reports/${String(report._id)}`);
      } catch (err) {
        const errors = formErrors(err, t);
        return {
          status: errors.status,
          html: await detailPage(record, { deps: koa.deps, t, lng, csrf, errors, form: 'answer' }, page),
        };
      }
    },
  });

  pages.add({
    method: 'post',
    path: '/reports/:id/media',
    access,
    params: byId,
    handler: async ({ record, form, principal, koa, t, lng, csrf, audit, page }) => {
      try {
        const report = await markMediaDisclosure(
          record,
          parseInput(mediaDisclosureSchema, 'body', form),
          principal,
          koa.deps.packs,
        );
        await audit({
          action: 'update',
          record: { type: 'report', id: String(report._id) },
          areaId: report.routedTo.areaId,
          details: { mediaDisclosure: report.mediaDisclosure!.on },
        });
        return redirect(`/console/reports/${String(report._id)}`);
      } catch (err) {
        const errors = formErrors(err, t);
        return {
          status: errors.status,
          html: await detailPage(record, { deps: koa.deps, t, lng, csrf, errors, form: 'media' }, page),
        };
      }
    },
  });
}
