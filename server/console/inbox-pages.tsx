import type { TFunction } from 'i18next';
import { Area, type AreaDoc } from '../areas/area-model';
import { policyPackFor, subtree } from '../areas/areas';
import { inboxQuerySchema, listInbox, INBOX_STATUSES, type InboxRow } from '../applications/case-inbox';
import { AUDIENCES } from '../identity/principal';
import type { Pack } from '../policy/pack-schema';
import { listDiscoveries } from '../discovery/discoveries';
import { ReviewsDue } from '../recipients/recipient-pages';
import { discoverySummaryOf } from '../discovery/discovery-views';
import type { ConsolePages } from './console-pages';
import { Pager } from './pager';
import { controlOf, Field, fieldIds } from './form-controls';

/**
 * The inbox: the cases of the staff member's area, from the same service as the API's case list (filters by
 * status, stage, programme and village, search by name, case number or exact ID number), with each case's
 * deadline as a badge in words and colour.
 */

type Query = ReturnType<typeof inboxQuerySchema.parse>;

/** The deadline of a row in words (and colour): overdue, due soon, or simply its date. */
export function DeadlineBadge({
  row,
  t,
}: {
  row: Pick<InboxRow, 'currentDue' | 'overdue' | 'dueSoon'>;
  t: TFunction;
}) {
  if (!row.currentDue) return <span class="muted">—</span>;
  if (row.overdue)
    return (
      <span class="badge overdue" safe>
        {t('console:inbox.overdue', { due: row.currentDue })}
      </span>
    );
  if (row.dueSoon)
    return (
      <span class="badge soon" safe>
        {t('console:inbox.dueSoon', { due: row.currentDue })}
      </span>
    );
  return (
    <span class="badge" safe>
      {t('console:inbox.due', { due: row.currentDue })}
    </span>
  );
}

function inboxHref(query: Query, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, page }))
    if (v !== undefined && k !== 'size') params.set(k, String(v));
  return `/console?${params.toString()}`;
}

function Results(props: {
  t: TFunction;
  query: Query;
  items: InboxRow[];
  total: number;
  areaNames: Map<string, string>;
}): JSX.Element {
  const { t, query, items } = props;
  return (
    <section id="inbox-results" aria-live="polite">
      <p class="count" safe>
        {t('console:inbox.count', { count: props.total })}
      </p>
      {items.length === 0 ? (
        <p class="empty" safe>
          {t('console:inbox.empty')}
        </p>
      ) : (
        <table class="cases">
          <thead>
            <tr>
              <th safe>{t('console:inbox.caseNumber')}</th>
              <th safe>{t('console:inbox.applicant')}</th>
              <th safe>{t('console:inbox.area')}</th>
              <th safe>{t('console:inbox.programs')}</th>
              <th safe>{t('console:inbox.stage')}</th>
              <th safe>{t('console:inbox.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr class={row.overdue ? 'overdue' : undefined}>
                <td>
                  <a href={`/console/cases/${row.id}`} safe>
                    {row.caseNumber ?? row.id}
                  </a>
                </td>
                <td safe>{row.applicant ?? '—'}</td>
                <td safe>{props.areaNames.get(row.areaId) ?? row.areaId}</td>
                <td safe>{row.programs.map((p) => t(`policy:program.${p}`)).join('、')}</td>
                <td safe>{row.currentStage ?? t(`console:status.${row.status}`)}</td>
                <td>
                  <DeadlineBadge row={row} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        t={t}
        page={query.page}
        size={query.size}
        total={props.total}
        href={(p) => inboxHref(query, p)}
        target="#inbox-results"
      />
    </section>
  );
}

function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}): JSX.Element {
  return (
    <Field name={props.name} label={props.label}>
      <select {...controlOf(props.name, undefined, undefined)}>
        <option value="" safe>
          {props.any}
        </option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} safe>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type DiscoveryRow = ReturnType<typeof discoverySummaryOf>;

/** Households village workers found in hardship (主动发现), still open: urgent first, by follow-up date. */
function Discoveries(props: {
  t: TFunction;
  rows: DiscoveryRow[];
  total: number;
  areaNames: Map<string, string>;
}) {
  const { t, rows } = props;
  if (rows.length === 0) return '';
  return (
    <section aria-labelledby="discoveries-title">
      <h2 id="discoveries-title" safe>
        {t('console:discoveries.title', { count: props.total })}
      </h2>
      <table>
        <thead>
          <tr>
            <th safe>{t('console:inbox.area')}</th>
            <th safe>{t('console:discoveries.urgency')}</th>
            <th safe>{t('console:discoveries.hardships')}</th>
            <th safe>{t('console:discoveries.reportedOn')}</th>
            <th safe>{t('console:discoveries.followUpBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class={r.followUpBy.overdue ? 'overdue' : undefined}>
              <td safe>{props.areaNames.get(r.areaId) ?? r.areaId}</td>
              <td safe>{r.urgency.label}</td>
              <td safe>{r.hardships.map((h) => h.label).join('、')}</td>
              <td safe>{r.reportedOn}</td>
              <td>
                <span class={r.followUpBy.overdue ? 'badge overdue' : r.urgent ? 'badge soon' : 'badge'} safe>
                  {r.followUpBy.overdue
                    ? t('console:inbox.overdue', { due: r.followUpBy.date })
                    : t('console:inbox.due', { due: r.followUpBy.date })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The filters a staff member can choose from: their pack's stages and programmes, the areas under theirs. */
async function filterChoices(areaId: string) {
  const own = await Area.findById(areaId).lean<AreaDoc>();
  const packId = own ? await policyPackFor(own) : null;
  const areas = (await subtree(areaId)).filter((a) => a._id !== areaId);
  return { packId, areas };
}

export function inboxPages(pages: ConsolePages): void {
  pages.nav({ label: 'console:nav.inbox', href: '/console', allow: AUDIENCES.office, order: 10 });

  pages.add({
    method: 'get',
    path: '/',
    access: { allow: AUDIENCES.office },
    query: inboxQuerySchema,
    handler: async ({ query, principal, koa, t, lng, htmx, page }) => {
      const { page: n, size, ...filter } = query;
      const [{ items, total }, choices] = await Promise.all([
        listInbox(koa.deps, principal, filter, { page: n, size }, lng),
        filterChoices(principal.areaId),
      ]);
      const pack: Pack | undefined = choices.packId ? koa.deps.packs.get(choices.packId) : undefined;
      const areaNames = new Map(choices.areas.map((a) => [a._id, a.name]));
      const results = <Results t={t} query={query} items={items} total={total} areaNames={areaNames} />;
      if (htmx && koa.get('HX-Target') === 'inbox-results') return results;
      const found = await listDiscoveries(principal.areaId, { status: 'open', page: 1, size: 10 });
      return page(
        t('console:inbox.title'),
        <>
          <form
            class="filters"
            method="get"
            action="/console"
            role="search"
            hx-get="/console"
            hx-target="#inbox-results"
            hx-select="#inbox-results"
            hx-swap="outerHTML"
            hx-push-url="true"
          >
            <div class="field search">
              <label for={fieldIds('search').control} safe>
                {t('console:inbox.search')}
              </label>
              <p class="hint" id={fieldIds('search').hint} safe>
                {t('console:inbox.searchHint')}
              </p>
              <input
                {...controlOf('search', undefined, undefined, true)}
                type="search"
                value={query.search}
                maxlength="40"
              />
            </div>
            <Select
              name="status"
              label={t('console:inbox.status')}
              value={query.status}
              any={t('console:inbox.anyOpen')}
              options={INBOX_STATUSES.map((s) => ({ value: s, label: t(`console:status.${s}`) }))}
            />
            <Select
              name="stage"
              label={t('console:inbox.stage')}
              value={query.stage}
              any={t('console:inbox.any')}
              options={(pack?.procedure.stages ?? []).map((s) => ({ value: s.id, label: s.name[lng] }))}
            />
            <Select
              name="program"
              label={t('console:inbox.programs')}
              value={query.program}
              any={t('console:inbox.any')}
              options={Object.keys(pack?.programs ?? {}).map((p) => ({
                value: p,
                label: t(`policy:program.${p}`),
              }))}
            />
            <Select
              name="areaId"
              label={t('console:inbox.area')}
              value={query.areaId}
              any={t('console:inbox.any')}
              options={choices.areas.map((a) => ({ value: a._id, label: a.name }))}
            />
            <div class="actions">
              <button type="submit" safe>
                {t('console:inbox.apply')}
              </button>
              <a href="/console" class="button secondary" safe>
                {t('console:inbox.clear')}
              </a>
            </div>
          </form>
          {results}
          <Discoveries
            t={t}
            rows={found.items.map((d) => discoverySummaryOf(d, t))}
            total={found.total}
            areaNames={areaNames}
          />
          <ReviewsDue t={t} areaId={principal.areaId} />
        </>,
      );
    },
  });
}
