import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { pageAnswer, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { AUDIENCES } from '../identity/principal';
import { packFor } from '../policy/packs';
import { applicationDetailSchema, detailOf } from './application-views';
import { applicationIdSchema, loadApplication } from './drafts';
import { stageRequestSchema } from './stage-rules';
import { giveNotice, recordCaseStage } from './case-actions';
import { inboxQuerySchema, listInbox } from './case-inbox';
import { trackingOf, trackingSchema } from './tracking';

const byId = z.strictObject({ id: applicationIdSchema });
const scope = ({ params }: { params: { id: string } }) => loadApplication(params.id);
const OFFICE = AUDIENCES.office;

/** The staff side of a case: the township's inbox, the one-time notice on request, and recording each stage. */
export function caseRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/cases',
    operationId: 'listCases',
    summary:
      'Submitted cases within the caller’s jurisdiction, oldest first, with the current stage and its deadline',
    tags: ['cases'],
    access: { allow: OFFICE },
    query: inboxQuerySchema,
    response: {
      description: 'One page of cases',
      schema: pageSchema(
        z.object({
          id: z.string(),
          caseNumber: z.string().nullable(),
          status: z.string(),
          areaId: z.string(),
          applicant: z.string().nullable().describe('The applicant’s name'),
          programs: z.array(z.string()),
          submittedAt: z.string().nullable(),
          currentStageId: z.string().nullable().describe('The pack’s id of the stage the case waits on'),
          currentStage: z.string().nullable(),
          currentDue: z.string().nullable(),
          overdue: z.boolean(),
          dueSoon: z.boolean().describe('Not overdue, but due within two working days'),
        }),
      ),
    },
    handler: async ({ query, principal, koa, lng }) => {
      const { page, size, ...filter } = query;
      const { items, total } = await listInbox(koa.deps, principal, filter, { page, size }, lng);
      return pageAnswer(items, total, query);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/notice',
    operationId: 'issueNotice',
    errors: {
      400: ['material_unknown'],
      409: ['notice_already_issued', 'notice_after_acceptance', 'nothing_missing', 'stale_revision'],
    },
    summary: 'Staff give the one-time notice: everything missing, plus pack materials they name; once only',
    tags: ['cases'],
    access: { allow: OFFICE, scope },
    params: byId,
    body: z.strictObject({
      materials: z
        .array(z.string().regex(/^[a-z][a-z_]*$/))
        .max(30)
        .default([]),
    }),
    response: { description: 'The application with its notice', schema: applicationDetailSchema },
    handler: async ({ body, record, principal, koa, lng, audit }) => {
      const app = await giveNotice(record, body.materials, principal, {
        deps: koa.deps,
        audit,
        channel: koa.state.channel,
      });
      return detailOf(app, koa.deps, lng, principal);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/stages',
    operationId: 'recordStage',
    errors: {
      400: [
        'stage_date_in_future',
        'stage_date_before_previous',
        'objection_outside_publication',
        'investigators_too_few',
        'investigator_unknown',
        'investigator_repeated',
        'vote_counts_inconsistent',
        'vote_too_few_members',
        'vote_members_not_odd',
        'vote_representatives_too_few',
        'vote_committee_too_many',
        'approval_amount_required',
        'approval_amount_not_paid',
        'emergency_only_approval',
      ],
      403: ['stage_not_for_role'],
      409: [
        'no_stage_expected',
        'stage_out_of_order',
        'publication_not_over',
        'emergency_not_allowed',
        'stale_revision',
      ],
    },
    summary:
      'Record a stage of the procedure (受理, 入户调查, 民主评议, 公示, 审批 …) or an objection during a publication, ' +
      'in the order the pack allows and with what its rules ask (the body by `expected[].form`); the applicant is told',
    tags: ['cases'],
    access: { allow: ['village_worker', ...OFFICE], scope },
    params: byId,
    body: stageRequestSchema,
    response: { description: 'The case timeline after the change', schema: trackingSchema },
    handler: async ({ body, record, principal, koa, lng, audit }) => {
      const app = await recordCaseStage(record, body, principal, { deps: koa.deps, audit, lng });
      return trackingOf(app, packFor(koa.deps.packs, app.jurisdiction), chinaToday(), lng);
    },
  });
}
