import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { MAX_PAGE_SIZE, pageAnswer, pageFields, pageOfList, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { actorOf, AUDIENCES } from '../identity/principal';
import { packFor } from '../policy/packs';
import { applicationDetailSchema, applicationSummarySchema, detailOf, summaryOf } from './application-views';
import {
  declarationTexts,
  declarationTextSchema,
  signDeclaration,
  signDeclarationSchema,
} from './declarations';
import {
  applicationIdSchema,
  claimApplication,
  claimSchema,
  createDraft,
  householdUpdateSchema,
  listOwnApplications,
  loadApplication,
  newDraftSchema,
  saveHousehold,
} from './drafts';
import { recordNoticeAdditions } from './notice';
import { submitApplication, submittedBy, submissionDetails } from './submission';
import { trackingOf, trackingSchema } from './tracking';

const byId = z.strictObject({ id: applicationIdSchema });
const APPLICANTS = AUDIENCES.applicants;
const scope = ({ params }: { params: { id: string } }) => loadApplication(params.id);

/**
 * The applicant's side of an application: drafts started by a resident or by a village worker on a resident's
 * behalf, resumable from any channel; declarations; submission; and following the case.
 */
export function applicationRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/declarations',
    operationId: 'listDeclarations',
    summary: 'The texts of the declarations an applicant signs, with the version to sign',
    tags: ['applications'],
    access: 'public',
    query: z.object(pageFields(MAX_PAGE_SIZE)),
    response: { description: 'The declarations', schema: pageSchema(declarationTextSchema) },
    handler: async ({ lng, query }) => pageOfList(declarationTexts(lng), query),
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications',
    operationId: 'createApplication',
    errors: {
      400: [
        'on_behalf_basis_required',
        'on_behalf_for_workers',
        'area_without_policy',
        'program_not_offered',
        'place_basis_not_allowed',
      ],
      403: ['outside_jurisdiction'],
      404: ['area_missing'],
    },
    summary:
      'Start an application draft (residents; village workers for residents of their village, 代为申请)',
    tags: ['applications'],
    access: { allow: APPLICANTS },
    body: newDraftSchema,
    response: {
      status: 201,
      description: 'The new draft; a worker also gets the one-time code the resident uses to follow the case',
      schema: applicationDetailSchema.extend({ claimCode: z.string().nullable() }),
    },
    handler: async ({ body, principal, koa, lng, audit }) => {
      const { app, claimCode } = await createDraft(body, principal, koa.deps.packs, koa.deps.crypto);
      await audit({
        action: 'create',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
        details: app.onBehalf ? { onBehalf: app.onBehalf.basis } : null,
      });
      return { ...(await detailOf(app, koa.deps, lng, principal)), claimCode };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications',
    operationId: 'listMyApplications',
    summary: 'A resident’s own applications; a village worker’s: every application of their village',
    tags: ['applications'],
    access: { allow: APPLICANTS },
    query: z.object(pageFields()),
    response: { description: 'Newest first', schema: pageSchema(applicationSummarySchema) },
    handler: async ({ principal, query }) => {
      const { items, total } = await listOwnApplications(principal, query);
      return pageAnswer(items.map(summaryOf), total, query);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/claim',
    operationId: 'claimApplication',
    errors: { 404: ['claim_code_invalid'] },
    summary: 'Follow a case a village worker started for you, with the code they gave you',
    tags: ['applications'],
    access: { allow: ['resident'] },
    body: claimSchema,
    rateLimit: { name: 'claim', limit: 10, windowSeconds: 600 },
    response: { description: 'The case, now also yours', schema: applicationSummarySchema },
    handler: async ({ body, principal, koa, audit }) => {
      const app = await claimApplication(body.code, principal.residentId, koa.deps.crypto);
      await audit({
        action: 'claim',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
      });
      return summaryOf(app);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id',
    operationId: 'getApplication',
    summary: 'One application with everything it still lacks; the read is audited',
    tags: ['applications'],
    access: { allow: AUDIENCES.signedIn, scope },
    params: byId,
    response: { description: 'The application', schema: applicationDetailSchema },
    handler: async ({ params, record: app, principal, koa, lng, audit }) => {
      await audit({ action: 'read', record: { type: 'application', id: params.id }, areaId: app.areaId });
      return detailOf(app, koa.deps, lng, principal);
    },
  });

  routes.add({
    method: 'put',
    path: '/api/v1/applications/:id/household',
    operationId: 'saveHousehold',
    errors: { 409: ['stale_revision', 'not_a_draft'] },
    summary: 'Save the household: members with ID numbers, income, assets, supporters (draft only)',
    tags: ['applications'],
    access: { allow: APPLICANTS, scope },
    params: byId,
    body: householdUpdateSchema,
    response: { description: 'The saved draft', schema: applicationDetailSchema },
    handler: async ({ params, body, record, principal, koa, lng, audit }) => {
      const saved = await saveHousehold(params.id, body, koa.deps.crypto);
      const app = await recordNoticeAdditions(saved, packFor(koa.deps.packs, record.jurisdiction));
      await audit({
        action: 'update',
        record: { type: 'application', id: params.id },
        areaId: app.areaId,
        details: { section: 'household', revision: app.revision },
      });
      return detailOf(app, koa.deps, lng, principal);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/declarations',
    operationId: 'signDeclaration',
    errors: { 409: ['stale_revision', 'not_a_draft', 'declaration_text_changed'] },
    summary:
      'Sign a declaration (consent, honesty, verification authorisation, income and assets, relatives of staff)',
    tags: ['applications'],
    access: { allow: APPLICANTS, scope },
    params: byId,
    body: signDeclarationSchema,
    response: { description: 'The draft with the signature recorded', schema: applicationDetailSchema },
    handler: async ({ params, body, record, principal, koa, lng, audit }) => {
      const signed = await signDeclaration(record, body, actorOf(principal), koa.state.channel);
      const app = await recordNoticeAdditions(signed, packFor(koa.deps.packs, record.jurisdiction));
      await audit({
        action: 'sign',
        record: { type: 'application', id: params.id },
        areaId: app.areaId,
        details: { kind: body.kind, textVersion: body.textVersion },
      });
      return detailOf(app, koa.deps, lng, principal);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/submit',
    operationId: 'submitApplication',
    errors: { 409: ['not_a_draft', 'stale_revision', 'no_township'] },
    summary:
      'Submit: a complete application is frozen, numbered and forwarded; an incomplete one gets the one-time notice',
    tags: ['applications'],
    access: { allow: APPLICANTS, scope },
    params: byId,
    body: z.strictObject({ revision: z.number().int().min(0) }),
    idempotent: true,
    response: {
      description: 'What happened, and the application as it now stands',
      schema: z.object({
        outcome: z.enum(['submitted', 'notice_issued', 'incomplete']),
        application: applicationDetailSchema,
      }),
    },
    handler: async ({ params, body, record, principal, koa, lng, audit, requestKey }) => {
      // A retry of a submission stored before its answer could be kept answers what it did, and audits it
      // again: the crash may have come before the entry was stored.
      const done = submittedBy(record, requestKey);
      const { app, outcome } = done
        ? { app: record, outcome: done }
        : await submitApplication(record, packFor(koa.deps.packs, record.jurisdiction), body.revision, {
            by: actorOf(principal),
            channel: koa.state.channel,
            requestKey,
            consoleBaseUrl: koa.deps.config.CONSOLE_BASE_URL,
          });
      if (outcome !== 'incomplete') {
        await audit({
          action: outcome === 'submitted' ? 'submit' : 'notice',
          record: { type: 'application', id: params.id },
          areaId: app.areaId,
          details: submissionDetails(app, outcome, requestKey),
        });
      }
      koa.deps.outbox.kick();
      return { outcome, application: await detailOf(app, koa.deps, lng, principal) };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id/timeline',
    operationId: 'getTimeline',
    summary: 'Follow a case: stages with dates and deadlines, what comes next, the notice and any decision',
    tags: ['applications'],
    access: { allow: AUDIENCES.signedIn, scope },
    params: byId,
    response: { description: 'The timeline', schema: trackingSchema },
    handler: async ({ params, record: app, koa, lng, audit }) => {
      await audit({ action: 'read', record: { type: 'application', id: params.id }, areaId: app.areaId });
      return trackingOf(app, packFor(koa.deps.packs, app.jurisdiction), chinaToday(), lng);
    },
  });
}
