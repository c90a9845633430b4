import type { TFunction } from 'i18next';
import { loadArea } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import type { ConsolePages } from '../console/console-pages';
import { redirect } from '../console/console-pages';
import { controlOf, Csrf, ErrorSummary, Field, InputField } from '../console/form-controls';
import { formErrors, type FormErrors } from '../console/form-errors';
import type { AppDeps } from '../http/deps';
import { parseInput } from '../http/validation';
import { type Language } from '../i18n';
import { actorOf, type StaffPrincipal } from '../identity/principal';
import {
  countyEntries,
  countyPackOf,
  effectivePack,
  enterParameter,
  enterParameterSchema,
  PARAMETER_PATHS,
} from './county-parameters';
import { parameterRows, type ParameterRow } from './parameter-views';

/**
 * The county's parameters in the console: every figure in force today with its source, what the county entered,
 * and the form to enter the year's published figure (the same service as POST /api/v1/areas/:id/parameters).
 */

/** A figure as a reader sees it: money in yuan, shares in per cent, lists and texts as JSON. */
function shown(row: ParameterRow, value: unknown): string {
  if (typeof value === 'number') {
    if (row.unit.startsWith('fen_')) return `${(value / 100).toFixed(2)}`;
    if (row.unit === 'percent') return `${Math.round(value * 10000) / 100}%`;
    return String(value);
  }
  return JSON.stringify(value);
}

function ParameterTable({ t, rows }: { t: TFunction; rows: ParameterRow[] }): JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th safe>{t('console:parameters.parameter')}</th>
          <th safe>{t('console:parameters.inForce')}</th>
          <th safe>{t('console:parameters.source')}</th>
          <th safe>{t('console:parameters.entered')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const source = row.inForce ? `${row.inForce.source.document} ${row.inForce.source.clause}` : '—';
          return (
            <tr>
              <td>
                <span safe>{row.name}</span>
                <br />
                <code class="muted" safe>
                  {`${row.parameter} · ${t(`console:parameters.unit.${row.unit}`)}`}
                </code>
              </td>
              <td safe>
                {row.inForce
                  ? `${shown(row, row.inForce.value)}（${row.inForce.effectiveFrom}）`
                  : t('console:parameters.none')}
              </td>
              <td safe>{source}</td>
              <td>
                {row.entered.map((e) => (
                  <p safe>{`${e.effectiveFrom}：${shown(row, e.value)}（${e.document}）`}</p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

async function parametersContent(
  deps: AppDeps,
  principal: StaffPrincipal,
  t: TFunction,
  lng: Language,
  csrf: string,
  errors?: FormErrors,
  values: Record<string, unknown> = {},
): Promise<JSX.Element> {
  const area = (await loadArea(principal.areaId))!.record;
  const pack = countyPackOf(area, deps.packs);
  const rows = parameterRows(
    await effectivePack(deps, pack.id),
    await countyEntries(pack.id),
    chinaToday(),
    lng,
  );
  const value = (k: string) => (values[k] === undefined ? undefined : String(values[k]));
  return (
    <>
      <section aria-labelledby="enter-heading">
        <h2 id="enter-heading" safe>
          {t('console:parameters.enter')}
        </h2>
        <p class="hint" safe>
          {t('console:parameters.enterHint')}
        </p>
        <form method="post" action="/console/parameters" class="narrow">
          <Csrf token={csrf} />
          <ErrorSummary errors={errors} />
          <Field name="parameter" label={t('console:parameters.parameter')} errors={errors}>
            <select {...controlOf('parameter', undefined, errors)}>
              {PARAMETER_PATHS.map((p) => (
                <option value={p} selected={values.parameter === p} safe>
                  {`${t(`policy:parameterName.${p}`)}（${p}）`}
                </option>
              ))}
            </select>
          </Field>
          <InputField
            name="value"
            label={t('console:parameters.value')}
            hint={t('console:parameters.valueHint')}
            errors={errors}
            value={value('value')}
            required
          />
          <InputField
            name="effectiveFrom"
            label={t('fields:effectiveFrom')}
            errors={errors}
            type="date"
            value={value('effectiveFrom')}
            required
          />
          <InputField
            name="document"
            label={t('fields:document')}
            hint={t('console:parameters.documentHint')}
            errors={errors}
            value={value('document')}
            required
          />
          <InputField
            name="clause"
            label={t('fields:clause')}
            errors={errors}
            value={value('clause')}
            required
          />
          <button type="submit" class="button" safe>
            {t('console:parameters.save')}
          </button>
        </form>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" safe>
          {t('console:parameters.list', { pack: pack.name[lng] })}
        </h2>
        <ParameterTable t={t} rows={rows} />
      </section>
    </>
  );
}

/** A form's value: JSON when it reads as JSON (numbers, lists), else the text itself. */
function formValue(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function parameterPages(pages: ConsolePages): void {
  pages.nav({
    label: 'console:nav.parameters',
    href: '/console/parameters',
    allow: ['county_supervisor'],
    order: 50,
  });

  pages.add({
    method: 'get',
    path: '/parameters',
    access: { allow: ['county_supervisor'] },
    handler: async ({ principal, koa, t, lng, csrf, audit, page, query }) => {
      await audit({
        action: 'read',
        record: { type: 'parameters', id: principal.areaId },
        areaId: principal.areaId,
      });
      void query;
      return page(t('console:parameters.title'), await parametersContent(koa.deps, principal, t, lng, csrf));
    },
  });

  pages.add({
    method: 'post',
    path: '/parameters',
    access: { allow: ['county_supervisor'] },
    handler: async ({ form, principal, koa, t, lng, csrf, audit, page }) => {
      try {
        const body = parseInput(enterParameterSchema, 'body', { ...form, value: formValue(form.value) });
        const area = (await loadArea(principal.areaId))!.record;
        await enterParameter(area, koa.deps.packs, body, actorOf(principal), koa.deps.redis, audit);
        return redirect('/console/parameters');
      } catch (err) {
        const errors = formErrors(err, t, (code) =>
          code === 'parameter_exists' ? 'effectiveFrom' : undefined,
        );
        return {
          status: errors.status,
          html: await page(
            t('console:parameters.title'),
            await parametersContent(koa.deps, principal, t, lng, csrf, errors, form),
          ),
        };
      }
    },
  });
}
