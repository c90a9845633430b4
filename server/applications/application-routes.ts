import { z } from 'zod';
import type { Routes } from '../http/route';
import type { AppDeps } from '../http/deps';
import { STAFF_ROLES } from '../identity/principal';
import { PROGRAM_IDS } from '../policy/pack-schema';
import type { ApplicationDoc } from './application-model';
import { attachmentView, attachmentViewSchema } from './attachments';
import { completenessSchema, missingToday } from './completeness';
import {
  applicationIdSchema,
  createDraft,
  householdUpdateSchema,
  loadApplication,
  listOwnApplications,
  newDraftSchema,
  saveHousehold,
} from './drafts';

const summary = z.object({
  id: z.string(),
  status: z.string(),
  jurisdiction: z.string(),
  areaId: z.string(),
  programs: z.array(z.enum(PROGRAM_IDS)),
  revision: z.number().int(),
  updatedAt: z.string(),
});

const detail = summary.extend({
  members: z.array(
    z.object({
      name: z.string(),
      idNumber: z.string().nullable().describe('Masked: the first 6 and the last 4 characters'),
      facts: z.record(z.string(), z.unknown()),
    }),
  ),
  household: z.record(z.string(), z.unknown()).nullable(),
  phone: z.string().nullable().describe('Masked: the last 4 digits'),
  attachments: z
    .array(attachmentViewSchema)
    .describe('Uploaded files; each is read at …/attachments/{attachmentId}'),
  missing: completenessSchema,
});

const mask = (value: string, keepStart: number, keepEnd: number) =>
  value.slice(0, keepStart) +
  '*'.repeat(Math.max(0, value.length - keepStart - keepEnd)) +
  value.slice(-keepEnd);

const summaryOf = (app: ApplicationDoc) => ({
  id: String(app._id),
  status: app.status,
  jurisdiction: app.jurisdiction,
  areaId: app.areaId,
  programs: app.programs as (typeof PROGRAM_IDS)[number][],
  revision: app.revision,
  updatedAt: new Date(app.updatedAt).toISOString(),
});

function detailOf(app: ApplicationDoc, deps: AppDeps, lng: 'zh-CN' | 'en') {
  return {
    ...summaryOf(app),
    members: app.members.map((m) => ({
      name: m.name,
      idNumber: m.idNumberSealed ? mask(deps.crypto.decrypt(m.idNumberSealed), 6, 4) : null,
      facts: m.facts as Record<string, unknown>,
    })),
    household: (app.household as Record<string, unknown> | null) ?? null,
    phone: app.phoneSealed ? mask(deps.crypto.decrypt(app.phoneSealed), 0, 4) : null,
    attachments: app.attachments.map(attachmentView),
    missing: missingToday(app, deps.packs, lng),
  };
}

const byId = z.strictObject({ id: applicationIdSchema });
const APPLICANTS = ['resident', 'village_worker'] as const;

/** Drafts: started by a resident or by a village worker on a resident's behalf, resumable from any channel. */
export function applicationRoutes(routes: Routes): void {
  routes.add({
    method: 'post',
    path: '/api/v1/applications',
    summary: 'Start an application draft (residents; village workers for residents of their village)',
    tags: ['applications'],
    access: { allow: APPLICANTS },
    body: newDraftSchema,
    response: { status: 201, description: 'The new draft', schema: detail },
    handler: async ({ body, principal, koa, lng, audit }) => {
      const app = await createDraft(body, principal!, koa.deps.packs);
      await audit({
        action: 'create',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
      });
      return detailOf(app, koa.deps, lng);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications',
    summary: 'The applications the caller started or owns',
    tags: ['applications'],
    access: { allow: APPLICANTS },
    response: { description: 'Newest first', schema: z.object({ items: z.array(summary) }) },
    handler: async ({ principal }) => ({ items: (await listOwnApplications(principal!)).map(summaryOf) }),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/applications/:id',
    summary: 'One application with everything it still lacks; the read is audited',
    tags: ['applications'],
    access: { allow: ['resident', ...STAFF_ROLES], scope: ({ params }) => loadApplication(params.id) },
    params: byId,
    response: { description: 'The application', schema: detail },
    handler: async ({ params, record: app, koa, lng, audit }) => {
      await audit({ action: 'read', record: { type: 'application', id: params.id }, areaId: app.areaId });
      return detailOf(app, koa.deps, lng);
    },
  });

  routes.add({
    method: 'put',
    path: '/api/v1/applications/:id/household',
    summary: 'Save the household: members with ID numbers, income, assets, supporters (draft only)',
    tags: ['applications'],
    access: { allow: APPLICANTS, scope: ({ params }) => loadApplication(params.id) },
    params: byId,
    body: householdUpdateSchema,
    response: { description: 'The saved draft', schema: detail },
    handler: async ({ params, body, koa, lng, audit }) => {
      const app = await saveHousehold(params.id, body, koa.deps.crypto);
      await audit({
        action: 'update',
        record: { type: 'application', id: params.id },
        areaId: app.areaId,
        details: { section: 'household', revision: app.revision },
      });
      return detailOf(app, koa.deps, lng);
    },
  });
}
