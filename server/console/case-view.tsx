import type { TFunction } from 'i18next';
import type { detailOf } from '../applications/application-views';
import type { Tracking } from '../applications/tracking';
import type { TrailEntry } from '../audit/audit-log';
import { chinaDateTime } from '../calendar/china-date';
import type { FormErrors } from './form-errors';
import { controlOf, Csrf, ErrorSummary, fieldIds } from './form-controls';
import { Pager } from './pager';

/**
 * What a case page shows, from the server's own views: the application as staff see it (application-views.ts:
 * ID numbers and phone masked), the timeline (tracking.ts) and the audit trail. Nothing here decides anything.
 */

export type CaseDetail = Awaited<ReturnType<typeof detailOf>>;

export function CaseSummary({
  t,
  detail,
  tracking,
  areaName,
}: {
  t: TFunction;
  detail: CaseDetail;
  tracking: Tracking;
  areaName: string;
}) {
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" safe>
        {t('console:case.summary')}
      </h2>
      <dl class="facts">
        <dt safe>{t('console:inbox.caseNumber')}</dt>
        <dd safe>{detail.caseNumber ?? '—'}</dd>
        <dt safe>{t('console:inbox.status')}</dt>
        <dd safe>{t(`console:status.${detail.status}`, { defaultValue: detail.status })}</dd>
        <dt safe>{t('console:inbox.programs')}</dt>
        <dd safe>{detail.programs.map((p) => t(`policy:program.${p}`)).join('、')}</dd>
        <dt safe>{t('console:inbox.area')}</dt>
        <dd safe>{areaName}</dd>
        <dt safe>{t('console:case.placeBasis')}</dt>
        <dd safe>{t(`applications:placeBasis.${detail.placeBasis}`)}</dd>
        <dt safe>{t('console:case.applied')}</dt>
        <dd safe>
          {detail.onBehalf ? t(`applications:onBehalf.${detail.onBehalf.basis}`) : t('console:case.bySelf')}
        </dd>
        {!!tracking.current && (
          <>
            <dt safe>{t('console:inbox.stage')}</dt>
            <dd>
              <span safe>{tracking.current.name}</span>{' '}
              {!!tracking.current.due && (
                <span class={tracking.current.overdue ? 'badge overdue' : 'badge'} safe>
                  {tracking.current.overdue
                    ? t('console:inbox.overdue', { due: tracking.current.due })
                    : t('console:inbox.due', { due: tracking.current.due })}
                </span>
              )}
            </dd>
          </>
        )}
        {!!tracking.decisionDue && (
          <>
            <dt safe>{t('console:case.decisionDue')}</dt>
            <dd safe>
              {tracking.decisionDue.extendedDue
                ? t('console:case.decisionDueExtended', tracking.decisionDue)
                : t('console:case.decisionDueBy', tracking.decisionDue)}
            </dd>
          </>
        )}
        {!!tracking.decision && (
          <>
            <dt safe>{t('console:case.decision')}</dt>
            <dd>
              <span safe>{`${tracking.decision.text}（${tracking.decision.on}）`}</span>
              {!!tracking.decision.amountsFen &&
                Object.entries(tracking.decision.amountsFen).map(([p, fen]) => (
                  <span class="stage-detail" safe>
                    {t('console:case.amount', {
                      program: t(`policy:program.${p}`),
                      yuan: (fen / 100).toFixed(2),
                    })}
                  </span>
                ))}
              {!!tracking.decision.reasons && (
                <p safe>{t('console:case.reasons', { reasons: tracking.decision.reasons })}</p>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** A reveal refused (a reason too short, say): the reason given and why, shown beside the reason's input. */
export interface RevealRefused {
  field: string;
  reason: string;
  errors: FormErrors;
}

/** The ids of a sealed field's reveal: the element swapped for the value (also its reason's scope), and its form. */
export const revealIds = (field: string) => {
  const id = `reveal-${field.replace(/\./g, '-')}`;
  return { cell: id, form: `${id}-form` };
};

/** A masked value with a form to reveal it, giving a reason (audited). */
function Reveal({
  t,
  caseId,
  field,
  masked,
  csrf,
  refused,
}: {
  t: TFunction;
  caseId: string;
  field: string;
  masked: string;
  csrf: string;
  refused?: RevealRefused | undefined;
}) {
  return (
    <span id={revealIds(field).cell} class="reveal">
      <span safe>{masked}</span>
      <RevealForm t={t} caseId={caseId} field={field} csrf={csrf} refused={refused} />
    </span>
  );
}

/**
 * The reveal's form. htmx swaps the revealed value for the whole cell; a refusal answers this form alone, with the
 * reason kept and the error beside it.
 */
export function RevealForm({
  t,
  caseId,
  field,
  csrf,
  refused,
}: {
  t: TFunction;
  caseId: string;
  field: string;
  csrf: string;
  refused?: RevealRefused | undefined;
}) {
  const ids = revealIds(field);
  const errors = refused?.field === field ? refused.errors : undefined;
  const reason = fieldIds('reason', ids.cell);
  return (
    <form
      id={ids.form}
      method="post"
      action={`/console/cases/${caseId}/reveal`}
      hx-post={`/console/cases/${caseId}/reveal`}
      hx-target={`#${ids.cell}`}
      hx-swap="outerHTML"
      class="reveal"
    >
      <Csrf token={csrf} />
      <input type="hidden" name="field" value={field} />
      <label class="hint" for={reason.control} safe>
        {t('console:case.revealReason')}
      </label>
      <input
        {...controlOf('reason', ids.cell, errors)}
        required
        minlength="2"
        maxlength="200"
        value={errors ? refused?.reason : undefined}
      />
      <button type="submit" class="secondary" safe>
        {t('console:case.reveal')}
      </button>
      {!!errors?.fields.reason && (
        <p class="field-error" id={reason.error} safe>
          {errors.fields.reason}
        </p>
      )}
    </form>
  );
}

/** The value revealed, in place of the masked one, with a note that the reveal was recorded. */
export function Revealed({ t, field, value }: { t: TFunction; field: string; value: string }) {
  return (
    <span id={revealIds(field).cell} class="reveal">
      <strong safe>{value}</strong>
      <span class="hint" safe>
        {t('console:case.revealed')}
      </span>
    </span>
  );
}

export function Household({
  t,
  detail,
  caseId,
  csrf,
  revealRefused,
}: {
  t: TFunction;
  detail: CaseDetail;
  caseId: string;
  csrf: string;
  revealRefused?: RevealRefused | undefined;
}) {
  return (
    <section aria-labelledby="household-title">
      <h2 id="household-title" safe>
        {t('console:case.household')}
      </h2>
      <table>
        <thead>
          <tr>
            <th safe>{t('console:case.name')}</th>
            <th safe>{t('console:case.relation')}</th>
            <th safe>{t('console:case.birth')}</th>
            <th safe>{t('console:case.idNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.members.map((m, i) => {
            const facts = m.facts as { relation?: string; birthDate?: string; age?: number };
            const relation = facts.relation ? t(`console:relations.${facts.relation}`) : '—';
            return (
              <tr>
                <td safe>{m.name}</td>
                <td safe>{relation}</td>
                <td safe>
                  {facts.birthDate ??
                    (facts.age !== undefined ? t('console:case.age', { age: facts.age }) : '—')}
                </td>
                <td>
                  {m.idNumber ? (
                    <Reveal
                      t={t}
                      caseId={caseId}
                      field={`members.${i}.idNumber`}
                      masked={m.idNumber}
                      csrf={csrf}
                      refused={revealRefused}
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <span safe>{t('console:case.phone')}</span>{' '}
        {detail.phone ? (
          <Reveal
            t={t}
            caseId={caseId}
            field="phone"
            masked={detail.phone}
            csrf={csrf}
            refused={revealRefused}
          />
        ) : (
          '—'
        )}
      </p>
      {!!detail.sharedMembers && detail.sharedMembers.length > 0 && (
        <p class="notice" safe>
          {t('console:case.sharedMembers', { count: detail.sharedMembers.length })}
        </p>
      )}
    </section>
  );
}

export function Declarations({ t, detail }: { t: TFunction; detail: CaseDetail }) {
  return (
    <section aria-labelledby="declarations-title">
      <h2 id="declarations-title" safe>
        {t('console:case.declarations')}
      </h2>
      {detail.declarations.length === 0 ? (
        <p class="muted" safe>
          {t('console:case.none')}
        </p>
      ) : (
        <ul>
          {detail.declarations.map((d) => (
            <li safe>
              {t('console:case.declared', {
                title: t(`applications:declarations.${d.kind}.title`),
                at: d.signedAt.slice(0, 10),
                by: t(`console:case.signedBy.${d.signedBy}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Materials({
  t,
  detail,
  caseId,
  names,
}: {
  t: TFunction;
  detail: CaseDetail;
  caseId: string;
  names: Map<string, string>;
}) {
  return (
    <section aria-labelledby="materials-title" class="materials">
      <h2 id="materials-title" safe>
        {t('console:case.materials')}
      </h2>
      {detail.attachments.length === 0 ? (
        <p class="muted" safe>
          {t('console:case.none')}
        </p>
      ) : (
        <ul>
          {detail.attachments.map((a) => {
            const href = `/console/cases/${caseId}/attachments/${a.id}`;
            const name = names.get(a.materialId) ?? a.materialId;
            return (
              <li>
                <p>
                  <strong safe>{name}</strong>{' '}
                  <a href={href} target="_blank" rel="noopener" safe>
                    {a.contentType === 'application/pdf'
                      ? t('console:case.openPdf')
                      : t('console:case.openImage')}
                  </a>
                </p>
                {a.contentType !== 'application/pdf' && <img src={href} alt={name} loading="lazy" />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function Completeness({ t, detail }: { t: TFunction; detail: CaseDetail }) {
  const { missing, notice } = detail;
  return (
    <section aria-labelledby="completeness-title">
      <h2 id="completeness-title" safe>
        {t('console:case.completeness')}
      </h2>
      {missing.complete ? (
        <p class="done-message" safe>
          {t('console:case.complete')}
        </p>
      ) : (
        <ul>
          {missing.facts.map((f) => (
            <li safe>{f.message}</li>
          ))}
          {(missing.materials?.required ?? []).map((m) => (
            <li safe>{m.name}</li>
          ))}
        </ul>
      )}
      <h3 safe>{t('console:case.notice')}</h3>
      {notice ? (
        <>
          <p safe>
            {t('console:case.noticeIssued', {
              on: notice.issuedOn,
              trigger: t(`console:case.noticeTrigger.${notice.trigger}`),
            })}
          </p>
          <ul>
            {notice.items.map((i) => (
              <li>
                <span safe>{i.name}</span>
                {!!i.reason && (
                  <span class="hint" safe>
                    {` — ${i.reason}`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted" safe>
          {t('console:case.noNotice')}
        </p>
      )}
    </section>
  );
}

export interface TrailPage {
  items: TrailEntry[];
  /** The pack's stage names in the reader's language, by id, for the entries that record a stage. */
  stageNames: ReadonlyMap<string, string>;
  /** Staff display names by account id, for who did what. */
  staffNames: ReadonlyMap<string, string>;
  total: number;
  page: number;
  size: number;
}

export function AuditTrail({ t, caseId, trail }: { t: TFunction; caseId: string; trail: TrailPage }) {
  return (
    <section id="audit-trail" aria-labelledby="audit-title">
      <h2 id="audit-title" safe>
        {t('console:case.audit')}
      </h2>
      <table>
        <thead>
          <tr>
            <th safe>{t('console:case.auditAt')}</th>
            <th safe>{t('console:case.auditWho')}</th>
            <th safe>{t('console:case.auditChannel')}</th>
            <th safe>{t('console:case.auditAction')}</th>
          </tr>
        </thead>
        <tbody>
          {trail.items.map((e) => (
            <tr>
              <td safe>{chinaDateTime(e.at)}</td>
              <td safe>{actorText(t, e.actor, trail.staffNames)}</td>
              <td safe>{t(`console:case.channel.${e.channel}`, { defaultValue: e.channel })}</td>
              <td safe>{auditText(t, e, trail.stageNames)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        t={t}
        page={trail.page}
        size={trail.size}
        total={trail.total}
        href={(p) => `/console/cases/${caseId}/audit?page=${p}`}
        target="#audit-trail"
        pushUrl={false}
      />
    </section>
  );
}

function actorText(
  t: TFunction,
  actor: TrailEntry['actor'],
  staffNames: ReadonlyMap<string, string>,
): string {
  const kind = actor.role
    ? t(`console:roles.${actor.role}`, { defaultValue: actor.role })
    : t(`console:case.actor.${actor.kind}`, { defaultValue: actor.kind });
  const name = actor.kind === 'staff' ? staffNames.get(actor.id) : undefined;
  return name ? t('console:case.actorNamed', { name, kind }) : kind;
}

function auditText(t: TFunction, e: TrailEntry, stageNames: ReadonlyMap<string, string>): string {
  const action = t(`console:case.action.${e.action}`, { defaultValue: e.action });
  const d = (e.details ?? {}) as { stage?: string; field?: string; reason?: string; outcome?: string };
  if (e.action === 'reveal' && d.reason) return t('console:case.revealEntry', { action, reason: d.reason });
  if (e.action === 'stage' && d.stage)
    return t('console:case.stageEntry', {
      action,
      stage: stageNames.get(d.stage) ?? d.stage,
      outcome: d.outcome ? t(`applications:outcomes.${d.outcome}`, { defaultValue: d.outcome }) : '',
    });
  return action;
}

/**
 * The one-time notice for a case not yet accepted: everything missing now goes in by itself; staff add the pack
 * materials they found unreadable or that the pack leaves to them. Given once (the service refuses a second).
 */
export function NoticeForm({
  t,
  caseId,
  csrf,
  materials,
  chosen = [],
  errors,
}: {
  t: TFunction;
  caseId: string;
  csrf: string;
  materials: { id: string; name: string }[];
  /** The materials ticked when the notice was refused, ticked again. */
  chosen?: readonly string[];
  errors?: FormErrors | undefined;
}) {
  return (
    <form id="notice-form" class="stage-form" method="post" action={`/console/cases/${caseId}/notice`}>
      <h3 safe>{t('console:notice.title')}</h3>
      <p class="hint" safe>
        {t('console:notice.hint')}
      </p>
      <ErrorSummary errors={errors} />
      <Csrf token={csrf} />
      <fieldset class="field">
        <legend safe>{t('console:notice.also')}</legend>
        {materials.map((m) => (
          <label class="choice">
            <input type="checkbox" name="materials" value={m.id} checked={chosen.includes(m.id)} />{' '}
            <span safe>{m.name}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" safe>
        {t('console:notice.give')}
      </button>
    </form>
  );
}
