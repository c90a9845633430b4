import type { TFunction } from 'i18next';
import { z } from 'zod';
import { loadArea } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import type { ConsolePages } from '../console/console-pages';
import { redirect } from '../console/console-pages';
import { Csrf, ErrorSummary, InputField } from '../console/form-controls';
import { formErrors, type FormErrors } from '../console/form-errors';
import type { StaffPrincipal } from '../identity/principal';
import { actorOf } from '../identity/principal';
import { isoDate } from '../policy/household';
import { effectivePack } from '../parameters/county-parameters';
import { parseInput } from '../http/validation';
import type { AppDeps } from '../http/deps';
import { supervisedCounty } from './county-scope';
import { drawForCounty, samplingRequestSchema, samplingView } from './sampling';
import { Sampling, type SamplingDoc } from './sampling-model';
import { countyStatistics, STATISTICS, type CountyStatistics } from './statistics';
import { statisticsChart } from './statistics-chart';

/**
 * County supervision in the console: the statistics of the county's townships over a period (table and chart, the
 * same view and chart as GET /api/v1/areas/:id/statistics), relatives-of-staff cases apart, and the random checks
 * with the form that draws one. Only for county supervisors, on their own county.
 */

const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** The default period: from the first of the month three months back, to today. */
function defaultPeriod(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const back = new Date(Date.UTC(y, m - 3, 1)).toISOString().slice(0, 10);
  return { from: back, to: today };
}

function StatisticsTable({ t, stats }: { t: TFunction; stats: CountyStatistics }): JSX.Element {
  return (
    <table class="statistics">
      <thead>
        <tr>
          <th safe>{t('console:supervision.township')}</th>
          {STATISTICS.map((s) => (
            <th safe>{t(`supervision:measure.${s}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stats.townships.map((row) => (
          <tr>
            <td safe>{row.name}</td>
            {STATISTICS.map((s) => (
              <td class={s === 'overdue' && row.counts[s] > 0 ? 'alert' : undefined} safe>
                {String(row.counts[s])}
              </td>
            ))}
          </tr>
        ))}
        <tr class="total">
          <th safe>{t('console:supervision.total')}</th>
          {STATISTICS.map((s) => (
            <td safe>{String(stats.total[s])}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Draws({ t, draws }: { t: TFunction; draws: SamplingDoc[] }): JSX.Element {
  if (draws.length === 0)
    return (
      <p class="empty" safe>
        {t('console:supervision.noDraws')}
      </p>
    );
  return (
    <table>
      <thead>
        <tr>
          <th safe>{t('console:supervision.period')}</th>
          <th safe>{t('console:supervision.seed')}</th>
          <th safe>{t('console:supervision.rate')}</th>
          <th safe>{t('console:supervision.drawn')}</th>
        </tr>
      </thead>
      <tbody>
        {draws.map(samplingView).map((d) => (
          <tr>
            <td safe>{`${d.from} — ${d.to}`}</td>
            <td>
              <code safe>{d.seed}</code>
            </td>
            <td safe>{`${Math.round(d.rate * 100)}%（${d.drawn.length}/${d.population}）`}</td>
            <td>
              {d.drawn.map((c) => (
                <a href={`/console/cases/${c.applicationId}`} safe>
                  {c.caseNumber}
                </a>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function supervisionContent(
  deps: AppDeps,
  principal: StaffPrincipal,
  period: { from: string; to: string },
  t: TFunction,
  lng: 'zh-CN' | 'en',
  csrf: string,
  errors?: FormErrors,
  values: Record<string, unknown> = {},
): Promise<JSX.Element> {
  const scoped = await loadArea(principal.areaId);
  const county = supervisedCounty(scoped!.record);
  const pack = await effectivePack(deps, county.policyPack);
  const stats = await countyStatistics(county, pack, period, chinaToday());
  const draws = await Sampling.find({ countyAreaId: county._id })
    .sort({ createdAt: -1 })
    .limit(10)
    .lean<SamplingDoc[]>();
  return (
    <>
      <form method="get" action="/console/supervision" class="filters">
        <InputField name="from" label={t('console:supervision.from')} type="date" value={period.from} />
        <InputField name="to" label={t('console:supervision.to')} type="date" value={period.to} />
        <button type="submit" class="button" safe>
          {t('console:supervision.show')}
        </button>
      </form>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" safe>
          {t('console:supervision.statistics')}
        </h2>
        {/* The chart escapes every label it draws (statistics-chart.ts). */}
        <figure class="chart">{statisticsChart(stats, lng) as 'safe'}</figure>
        <StatisticsTable t={t} stats={stats} />
      </section>
      <section aria-labelledby="relatives-heading">
        <h2 id="relatives-heading" safe>
          {t('console:supervision.relatives')}
        </h2>
        {stats.relativesOfStaff.length === 0 ? (
          <p class="empty" safe>
            {t('console:supervision.noRelatives')}
          </p>
        ) : (
          <ul>
            {stats.relativesOfStaff.map((r) => (
              <li>
                <a href={`/console/cases/${r.applicationId}`} safe>
                  {r.caseNumber ?? r.applicationId}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sampling-heading">
        <h2 id="sampling-heading" safe>
          {t('console:supervision.sampling')}
        </h2>
        <p class="hint" safe>
          {t('console:supervision.samplingHint')}
        </p>
        <form method="post" action="/console/supervision/samplings" class="inline-fields">
          <Csrf token={csrf} />
          <ErrorSummary errors={errors} />
          <InputField
            name="from"
            scope="draw"
            label={t('console:supervision.from')}
            errors={errors}
            type="date"
            value={String(values.from ?? period.from)}
          />
          <InputField
            name="to"
            scope="draw"
            label={t('console:supervision.to')}
            errors={errors}
            type="date"
            value={String(values.to ?? period.to)}
          />
          <InputField
            name="seed"
            scope="draw"
            label={t('console:supervision.seed')}
            hint={t('console:supervision.seedHint')}
            errors={errors}
            value={values.seed === undefined ? undefined : String(values.seed)}
          />
          <InputField
            name="rate"
            scope="draw"
            label={t('console:supervision.rate')}
            hint={t('console:supervision.rateHint')}
            errors={errors}
            inputmode="decimal"
            value={values.rate === undefined ? undefined : String(values.rate)}
          />
          <button type="submit" class="button" safe>
            {t('console:supervision.draw')}
          </button>
        </form>
        <Draws t={t} draws={draws} />
      </section>
    </>
  );
}

export function supervisionPages(pages: ConsolePages): void {
  pages.nav({
    label: 'console:nav.supervision',
    href: '/console/supervision',
    allow: ['county_supervisor'],
    order: 40,
  });

  pages.add({
    method: 'get',
    path: '/supervision',
    access: { allow: ['county_supervisor'] },
    query: periodQuery,
    handler: async ({ query, principal, koa, t, lng, csrf, audit, page }) => {
      const period = { ...defaultPeriod(chinaToday()), ...query };
      await audit({
        action: 'read',
        record: { type: 'statistics', id: principal.areaId },
        areaId: principal.areaId,
        details: period,
      });
      return page(
        t('console:supervision.title'),
        await supervisionContent(koa.deps, principal, period, t, lng, csrf),
      );
    },
  });

  pages.add({
    method: 'post',
    path: '/supervision/samplings',
    access: { allow: ['county_supervisor'] },
    handler: async ({ form, principal, koa, t, lng, csrf, audit, page }) => {
      const values = { ...form, ...(form.rate !== undefined ? { rate: Number(form.rate) } : {}) };
      try {
        const body = parseInput(samplingRequestSchema, 'body', values);
        const doc = await drawForCounty(
          (await loadArea(principal.areaId))!.record,
          body,
          koa.deps,
          actorOf(principal),
          audit,
        );
        return redirect(`/console/supervision?from=${doc.from}&to=${doc.to}`);
      } catch (err) {
        const errors = formErrors(err, t, (code) => (code.startsWith('sampling_rate') ? 'rate' : undefined));
        const period = defaultPeriod(chinaToday());
        return {
          status: errors.status,
          html: await page(
            t('console:supervision.title'),
            await supervisionContent(koa.deps, principal, period, t, lng, csrf, errors, form),
          ),
        };
      }
    },
  });
}
