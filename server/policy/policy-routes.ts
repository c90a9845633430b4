import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import { AppError } from '../http/errors';
import { MAX_PAGE_SIZE, pageFields, pageOfList, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import type { Pack } from './pack-schema';
import {
  jurisdictionListSchema,
  jurisdictionPolicy,
  jurisdictionPolicySchema,
  listJurisdictions,
  runScreening,
  screeningRequestSchema,
  screeningResponseSchema,
  UnknownJurisdictionError,
} from './service';

/** Turns the service's unknown-place error into a localised 404. */
function withKnownJurisdiction<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof UnknownJurisdictionError) {
      throw new AppError(404, 'unknown_jurisdiction', { id: err.jurisdiction });
    }
    throw err;
  }
}

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
      'Eligibility pre-screen: verdicts, estimated amounts, the rules applied, materials and next steps',
    tags: ['policy'],
    access: 'public',
    rateLimit: { name: 'screening', limit: screeningsPerMinute, windowSeconds: 60 },
    body: screeningRequestSchema,
    response: { description: 'The pre-screen; not a decision', schema: screeningResponseSchema },
    handler: async ({ body, lng }) =>
      withKnownJurisdiction(() => runScreening(packs, body, { language: lng, today: chinaToday() })),
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
    handler: async ({ lng, query }) => pageOfList(listJurisdictions(packs, lng), query),
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
    handler: async ({ params, lng }) =>
      withKnownJurisdiction(() =>
        jurisdictionPolicy(packs, params.id, { language: lng, today: chinaToday() }),
      ),
  });
}
