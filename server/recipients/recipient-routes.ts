import { z } from 'zod';
import { applicationIdSchema, loadApplication } from '../applications/drafts';
import { chinaToday } from '../calendar/china-date';
import { pageAnswer, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { actorOf, AUDIENCES } from '../identity/principal';
import { packFor } from '../policy/packs';
import type { RecipientDoc } from './recipient-model';
import { recipientSchema, recipientView } from './recipient-views';
import {
  changeSchema,
  enrolRecipients,
  enrolSchema,
  listRecipients,
  loadRecipient,
  recordChange,
  recordReview,
  recipientListQuery,
  reviewSchema,
} from './recipients';

const byId = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) });
const scope = ({ params }: { params: { id: string } }) => loadRecipient(params.id);
const recordOf = (doc: RecipientDoc) => ({ type: 'recipient', id: String(doc._id) });

/** Recipients and reviews (动态管理): enrol an approved case, change or stop its amount, record reviews. */
export function recipientRoutes(routes: Routes): void {
  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/recipients',
    operationId: 'enrolRecipients',
    errors: {
      400: [
        'payment_start_required',
        'payment_start_from_pack',
        'payment_start_before_approval',
        'category_required',
        'category_not_in_pack',
        'review_group_required',
      ],
      409: [
        'recipient_needs_approval',
        'recipient_no_monthly_programme',
        'recipient_exists',
        'payment_start_not_known',
      ],
    },
    summary:
      'An approved case becomes a recipient household of each monthly programme, paid from the pack’s start month',
    tags: ['recipients'],
    access: { allow: ['township_staff'], scope: ({ params }) => loadApplication(params.id) },
    params: z.strictObject({ id: applicationIdSchema }),
    body: enrolSchema,
    response: {
      status: 201,
      description: 'The recipient households made',
      schema: z.object({ recipients: z.array(recipientSchema) }),
    },
    handler: async ({ record, body, koa, principal, audit, lng }) => {
      const pack = packFor(koa.deps.packs, record.jurisdiction);
      const made = await enrolRecipients(record, pack, body, actorOf(principal), audit);
      const today = chinaToday();
      return { recipients: made.map((d) => recipientView(d, today, lng)) };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/recipients',
    operationId: 'listRecipients',
    summary:
      'Recipient households within the caller’s jurisdiction; with reviewDueBy, those whose review falls due',
    tags: ['recipients'],
    access: { allow: AUDIENCES.office },
    query: recipientListQuery,
    response: {
      description: 'One page of recipients, soonest review first',
      schema: pageSchema(recipientSchema),
    },
    handler: async ({ query, principal, lng }) => {
      const { items, total } = await listRecipients(principal.areaId, query);
      const today = chinaToday();
      return pageAnswer(
        items.map((d) => recipientView(d, today, lng)),
        total,
        query,
      );
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/recipients/:id',
    operationId: 'getRecipient',
    errors: { 404: ['not_found'] },
    summary: 'One recipient household with its changes and reviews',
    tags: ['recipients'],
    access: { allow: AUDIENCES.office, scope },
    params: byId,
    response: { description: 'The recipient', schema: recipientSchema },
    handler: async ({ record, audit, lng }) => {
      await audit({ action: 'read', record: recordOf(record), areaId: record.areaId });
      return recipientView(record, chinaToday(), lng);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/recipients/:id/changes',
    operationId: 'changeRecipient',
    errors: {
      400: ['change_month_too_early', 'change_not_increase', 'change_not_decrease', 'stage_date_in_future'],
      404: ['not_found'],
      409: ['recipient_stopped', 'stale_revision'],
    },
    summary: '增发、减发、停发: a new amount, or a stop, from a month, with reasons',
    tags: ['recipients'],
    access: { allow: ['township_staff'], scope },
    params: byId,
    body: changeSchema,
    response: { description: 'The recipient after the change', schema: recipientSchema },
    handler: async ({ record, body, principal, audit, lng }) => {
      const saved = await recordChange(record, body, actorOf(principal), audit);
      return recipientView(saved, chinaToday(), lng);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/recipients/:id/reviews',
    operationId: 'reviewRecipient',
    errors: {
      400: ['stage_date_in_future'],
      404: ['not_found'],
      409: ['recipient_stopped', 'stale_revision'],
    },
    summary: 'A periodic review (复核) done: the next falls due at the pack’s interval',
    tags: ['recipients'],
    access: { allow: ['township_staff'], scope },
    params: byId,
    body: reviewSchema,
    response: { description: 'The recipient after the review', schema: recipientSchema },
    handler: async ({ record, body, principal, audit, lng }) => {
      const saved = await recordReview(record, body, actorOf(principal), audit);
      return recipientView(saved, chinaToday(), lng);
    },
  });
}
