import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import { detailOf } from '../applications/application-views';
import type { ApplicationDoc } from '../applications/application-model';
import { readAttachment } from '../applications/attachments';
import {
  giveNotice,
  recordCaseStage,
  revealField,
  revealFieldSchema,
  revealReasonSchema,
} from '../applications/case-actions';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { askableMaterials } from '../applications/notice';
import { stageRequestSchema } from '../applications/stage-rules';
import { trackingOf } from '../applications/tracking';
import { auditPageOf } from '../audit/audit-log';
import { chinaToday } from '../calendar/china-date';
import { pageFields } from '../http/paging';
import type { RequestAudit } from '../http/request-audit';
import { parseInput } from '../http/validation';
import type { Language } from '../i18n';
import { AUDIENCES, type StaffPrincipal } from '../identity/principal';
import { activeStaffReaching, staffNames } from '../identity/staff';
import { uploadIdSchema } from '../uploads/upload-view';
import { materialItem } from '../policy/materials';
import type { ProgramId } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import type { AppDeps } from '../http/deps';
import type { TFunction } from 'i18next';
import { redirect, type ConsolePages } from './console-pages';
import {
  AuditTrail,
  CaseSummary,
  Completeness,
  Declarations,
  Household,
  Materials,
  NoticeForm,
  Revealed,
  RevealForm,
  revealIds,
  type RevealRefused,
  type TrailPage,
} from './case-view';
import { Timeline } from './case-timeline';
import { ErrorSummary } from './form-controls';
import { formErrors, type FormErrors } from './form-errors';
import { StageForm, stageFormId, type ExpectedAction } from './stage-forms';
import { stageRequestFromForm } from './stage-form-input';

/**
 * One case: what the township decides on (household with ID numbers and phone masked, declarations, materials,
 * completeness and the one-time notice), its history and audit trail, and a form for each action its procedure
 * expects now. Every read is audited; every action goes through the stage service the API uses.
 */

const byId = z.strictObject({ id: applicationIdSchema });
const scope = ({ params }: { params: { id: string } }) => loadApplication(params.id);
const access = { allow: AUDIENCES.office, scope };
const TRAIL_SIZE = 20;

/** Where a refusal of the stage service belongs in the form: the rule's field (the rule stays in the service). */
function fieldOfStageError(code: string): string | undefined {
  if (code.startsWith('investigator')) return 'investigators';
  if (code.startsWith('vote_')) return 'vote';
  if (code.startsWith('approval_amount')) return 'amountsFen';
  if (code === 'emergency_only_approval') return 'outcome';
  if (
    [
      'stage_date_in_future',
      'stage_date_before_previous',
      'objection_outside_publication',
      'publication_not_over',
    ].includes(code)
  )
    return 'on';
  return undefined;
}

interface Refused {
  action: Pick<ExpectedAction, 'stage' | 'event' | 'emergency'>;
  values: Record<string, unknown>;
  errors: FormErrors;
}

/** What a case page shows again after one of its forms was refused: the values sent, and why, beside the form. */
interface Refusals {
  stage?: Refused;
  notice?: { materials: readonly string[]; errors: FormErrors };
  reveal?: RevealRefused;
}

interface CaseContext {
  app: ApplicationDoc;
  deps: AppDeps;
  t: TFunction;
  lng: Language;
  csrf: string;
  audit: RequestAudit;
}

async function trailPage(
  app: ApplicationDoc,
  page: number,
  how: { deps: Pick<AppDeps, 'packs'>; lng: Language; audit: RequestAudit },
): Promise<TrailPage> {
  const target = { type: 'application', id: String(app._id) };
  const { total, items } = await auditPageOf(target, { page, size: TRAIL_SIZE });
  await how.audit({ action: 'read_audit', record: target, areaId: app.areaId, details: { page } });
  const stages = packFor(how.deps.packs, app.jurisdiction).procedure.stages;
  const stageNames = new Map(stages.map((s) => [s.id, s.name[how.lng]]));
  const staff = await staffNames(items.filter((e) => e.actor.kind === 'staff').map((e) => e.actor.id));
  return { total, items, stageNames, staffNames: staff, page, size: TRAIL_SIZE };
}

function StageActions({
  c,
  expected,
  due,
  refused,
  investigators,
}: {
  c: CaseContext;
  expected: ExpectedAction[];
  due: { stage: string; due: string | null } | null;
  refused?: Refused;
  investigators: { staffId: string; name: string }[];
}) {
  const { t } = c;
  const today = chinaToday();
  return (
    <section id="stage-actions" aria-labelledby="actions-title">
      <h2 id="actions-title" safe>
        {t('console:stage.title')}
      </h2>
      {expected.length === 0 ? (
        <p class="muted" safe>
          {t('console:stage.nothingExpected')}
        </p>
      ) : (
        expected.map((action) => {
          const mine = refused && stageFormId(refused.action) === stageFormId(action) ? refused : undefined;
          return (
            <StageForm
              t={t}
              caseId={String(c.app._id)}
              action={action}
              due={
                due && due.stage === action.stage && action.event === 'done' && !action.emergency
                  ? due.due
                  : null
              }
              today={today}
              csrf={c.csrf}
              investigators={investigators}
              values={mine?.values}
              errors={mine?.errors}
            />
          );
        })
      )}
    </section>
  );
}

/** The case as staff see it, its read audited: the page itself, and the page again after a refused form. */
async function caseContent(
  c: CaseContext,
  principal: StaffPrincipal,
  refused: Refusals = {},
): Promise<JSX.Element> {
  const { app, deps, t, lng } = c;
  await c.audit({ action: 'read', record: { type: 'application', id: String(app._id) }, areaId: app.areaId });
  const pack = packFor(deps.packs, app.jurisdiction);
  const tracking = trackingOf(app, pack, chinaToday(), lng);
  const [detail, area, trail, staff] = await Promise.all([
    detailOf(app, deps, lng, principal),
    Area.findById(app.areaId).lean<AreaDoc>(),
    trailPage(app, 1, c),
    activeStaffReaching(app.areaPath),
  ]);
  const materialNames = new Map(
    app.attachments.map((a) => [a.materialId, materialItem(pack, a.materialId)?.name[lng] ?? a.materialId]),
  );
  const caseId = String(app._id);
  const noticeOpen = app.status === 'submitted' && !app.notice;
  return (
    <div class="case-grid">
      <div>
        {/* A notice refused because it was given meanwhile: its form is gone, the reason shows here. */}
        {!noticeOpen && <ErrorSummary errors={refused.notice?.errors} />}
        <CaseSummary t={t} detail={detail} tracking={tracking} areaName={area?.name ?? app.areaId} />
        <StageActions
          c={c}
          expected={tracking.expected}
          due={tracking.current ? { stage: tracking.current.id, due: tracking.current.due } : null}
          refused={refused.stage}
          investigators={staff.map((s) => ({ staffId: String(s._id), name: s.displayName }))}
        />
        {noticeOpen && (
          <NoticeForm
            t={t}
            caseId={caseId}
            csrf={c.csrf}
            materials={askableMaterials(pack, app.programs as ProgramId[]).map((m) => ({
              id: m.id,
              name: m.material.name[lng],
            }))}
            chosen={refused.notice?.materials}
            errors={refused.notice?.errors}
          />
        )}
        <Household t={t} detail={detail} caseId={caseId} csrf={c.csrf} revealRefused={refused.reveal} />
        <Declarations t={t} detail={detail} />
        <Completeness t={t} detail={detail} />
        <Materials t={t} detail={detail} caseId={caseId} names={materialNames} />
        {!!app.caseNumber && (
          <p>
            <a class="button" href={`/console/cases/${caseId}/packet`} safe>
              {t('console:case.printPacket')}
            </a>
          </p>
        )}
      </div>
      <div>
        <Timeline t={t} tracking={tracking} />
        <AuditTrail t={t} caseId={caseId} trail={trail} />
      </div>
    </div>
  );
}

export function casePages(pages: ConsolePages): void {
  const title = (t: TFunction, app: ApplicationDoc) =>
    t('console:case.title', { caseNumber: app.caseNumber ?? String(app._id) });

  pages.add({
    method: 'get',
    path: '/cases/:id',
    access,
    params: byId,
    query: z.object({ recorded: z.string().max(60).optional() }),
    handler: async ({ record, query, principal, koa, t, lng, csrf, audit, page }) => {
      const c = { app: record, deps: koa.deps, t, lng, csrf, audit };
      return page(
        title(t, record),
        <>
          {!!query.recorded && (
            <p class="done-message" role="status" safe>
              {t('console:stage.recorded', { name: query.recorded })}
            </p>
          )}
          {(await caseContent(c, principal)) as 'safe'}
        </>,
      );
    },
  });

  pages.add({
    method: 'post',
    path: '/cases/:id/stages',
    access,
    params: byId,
    handler: async ({ record, form, principal, koa, t, lng, csrf, audit, htmx, page }) => {
      const action = {
        stage: String(form.stage ?? ''),
        event: form.event === 'objection' ? ('objection' as const) : ('done' as const),
        emergency: form.emergency === 'true',
      };
      try {
        const request = parseInput(stageRequestSchema, 'body', stageRequestFromForm(form));
        const saved = await recordCaseStage(record, request, principal, { deps: koa.deps, audit, lng });
        const recorded = trackingOf(
          saved,
          packFor(koa.deps.packs, saved.jurisdiction),
          chinaToday(),
          lng,
        ).stages.find((s) => s.id === request.stage);
        return redirect(
          `/console/cases/${String(saved._id)}?recorded=${encodeURIComponent(recorded?.name ?? request.stage)}`,
        );
      } catch (err) {
        const errors = formErrors(err, t, fieldOfStageError);
        const refused = { action, values: form, errors };
        const c = { app: record, deps: koa.deps, t, lng, csrf, audit };
        if (htmx) {
          const expected = trackingOf(
            record,
            packFor(koa.deps.packs, record.jurisdiction),
            chinaToday(),
            lng,
          ).expected;
          const same = expected.find((a) => stageFormId(a) === stageFormId(action));
          if (same) {
            const staff = await activeStaffReaching(record.areaPath);
            return {
              status: errors.status,
              html: await (
                <StageForm
                  t={t}
                  caseId={String(record._id)}
                  action={same}
                  due={null}
                  today={chinaToday()}
                  csrf={csrf}
                  investigators={staff.map((s) => ({ staffId: String(s._id), name: s.displayName }))}
                  values={form}
                  errors={errors}
                />
              ),
            };
          }
        }
        return {
          status: errors.status,
          html: await page(title(t, record), await caseContent(c, principal, { stage: refused })),
        };
      }
    },
  });

  pages.add({
    method: 'post',
    path: '/cases/:id/notice',
    access,
    params: byId,
    body: z.object({
      materials: z
        .union([z.string(), z.array(z.string())])
        .transform((m) => [m].flat())
        .pipe(z.array(z.string().regex(/^[a-z][a-z_]*$/)).max(30))
        .default([]),
    }),
    handler: async ({ record, body, principal, koa, t, lng, csrf, audit, page }) => {
      try {
        await giveNotice(record, body.materials, principal, { deps: koa.deps, audit, channel: 'console' });
      } catch (err) {
        const errors = formErrors(err, t);
        const c = { app: record, deps: koa.deps, t, lng, csrf, audit };
        const content = await caseContent(c, principal, { notice: { materials: body.materials, errors } });
        return { status: errors.status, html: await page(title(t, record), content) };
      }
      return redirect(
        `/console/cases/${String(record._id)}?recorded=${encodeURIComponent(t('console:notice.title'))}`,
      );
    },
  });

  pages.add({
    method: 'post',
    path: '/cases/:id/reveal',
    access,
    params: byId,
    // The field is the form's own hidden input; the reason is checked here, to answer beside its input.
    body: z.object({ field: revealFieldSchema }),
    handler: async ({ record, body, form, principal, koa, t, lng, csrf, audit, htmx, page }) => {
      const { field } = body;
      let reason: string;
      try {
        ({ reason } = parseInput(z.object({ reason: revealReasonSchema }), 'body', form));
      } catch (err) {
        const errors = formErrors(err, t);
        const refused = { field, reason: typeof form.reason === 'string' ? form.reason : '', errors };
        if (htmx) {
          koa.set('HX-Retarget', `#${revealIds(field).form}`);
          const caseId = String(record._id);
          return {
            status: errors.status,
            html: await (<RevealForm t={t} caseId={caseId} field={field} csrf={csrf} refused={refused} />),
          };
        }
        const c = { app: record, deps: koa.deps, t, lng, csrf, audit };
        const content = await caseContent(c, principal, { reveal: refused });
        return { status: errors.status, html: await page(title(t, record), content) };
      }
      // A field with nothing sealed in it has no form to answer beside: its 404 is an error page, as before.
      const value = await revealField(record, field, reason, { deps: koa.deps, audit });
      return <Revealed t={t} field={field} value={value} />;
    },
  });

  pages.add({
    method: 'get',
    path: '/cases/:id/attachments/:attachmentId',
    access,
    params: z.strictObject({ id: applicationIdSchema, attachmentId: uploadIdSchema }),
    handler: async ({ params, record, koa, lng, audit }) => ({
      file: await readAttachment(record, params.attachmentId, { deps: koa.deps, audit, lng }),
    }),
  });

  pages.add({
    method: 'get',
    path: '/cases/:id/audit',
    access,
    params: byId,
    query: z.object(pageFields(TRAIL_SIZE)).pick({ page: true }),
    handler: async ({ record, query, koa, t, lng, audit, htmx, page }) => {
      const trail = await trailPage(record, query.page, { deps: koa.deps, lng, audit });
      const content = <AuditTrail t={t} caseId={String(record._id)} trail={trail} />;
      return htmx ? content : page(title(t, record), content);
    },
  });
}
