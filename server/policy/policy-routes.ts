import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { MAX_PAGE_SIZE, pageFields, pageOfList, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { effectivePacks } from '../parameters/county-parameters';
import type { Pack } from './pack-schema';
import {
  SCREENING_DETAILS,
  jurisdictionList,
  jurisdictionListSchema,
  jurisdictionPolicySchema,
  screeningAnswerSchema,
} from './policy-views';
import { jurisdictionPolicy, runScreening, screeningRequestSchema } from './service';

/** The public policy endpoints that feed the mini-program, the bot and the console alike. */
export function policyRoutes(
  routes: Routes,
  packs: ReadonlyMap<string, Pack>,
  screeningsPerMinute: number,
): void {
  routes.add({
    method: 'post',
    path: '/api/v1/screenings',
    operationId: 'screenHousehold',
    errors: { 404: ['unknown_jurisdiction'] },
    summary:
      'Eligibility pre-screen: verdicts, amounts, the reasons that decided them, materials and the next step; ' +
      'the full explanation and timelines with ?detail=full',
    tags: ['policy'],
    access: 'public',
    rateLimit: { name: 'screening', limit: screeningsPerMinute, windowSeconds: 60 },
    query: z.strictObject({
      detail: z
        .enum(SCREENING_DETAILS)
        .default('summary')
        .describe('summary (default): short enough for a phone; full: every rule applied and the timelines'),
    }),
    body: screeningRequestSchema,
    response: { description: 'The pre-screen; not a decision', schema: screeningAnswerSchema },
    handler: async ({ body, query, lng, koa }) =>
      runScreening(await effectivePacks({ packs, redis: koa.deps.redis }), body, {
        language: lng,
        today: chinaToday(),
        detail: query.detail,
      }),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/jurisdictions',
    operationId: 'listJurisdictions',
    summary: 'The places with a policy pack, and the programs each offers',
    tags: ['policy'],
    access: 'public',
    query: z.object(pageFields(MAX_PAGE_SIZE)),
    response: { description: 'Jurisdictions', schema: pageSchema(jurisdictionListSchema.element) },
    handler: async ({ lng, query }) => pageOfList(jurisdictionList(packs, lng), query),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/jurisdictions/:id/policy',
    operationId: 'getJurisdictionPolicy',
    errors: { 404: ['unknown_jurisdiction'] },
    summary:
      'One place’s policy in plain language: programs, materials, the procedure with deadlines, contacts',
    tags: ['policy'],
    access: 'public',
    params: z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
    response: { description: 'The policy', schema: jurisdictionPolicySchema },
    handler: async ({ params, lng, koa }) =>
      jurisdictionPolicy(await effectivePacks({ packs, redis: koa.deps.redis }), params.id, {
        language: lng,
        today: chinaToday(),
      }),
  });
}
