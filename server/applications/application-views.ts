import { z } from 'zod';
import type { AppDeps } from '../http/deps';
import type { Language } from '../i18n';
import type { Principal } from '../identity/principal';
import { PROGRAM_IDS } from '../policy/pack-schema';
import { DECLARATION_KINDS, ON_BEHALF_BASES, PLACE_BASES, type ApplicationDoc } from './application-model';
import { attachmentView, attachmentViewSchema } from './attachments';
import { completenessSchema, missingToday } from './completeness';
import { noticeView, noticeViewSchema } from './notice';
import { sharedMembers, sharedMembersSchema } from './shared-members';

/**
 * An application as those who may see it read it: a list row, and the full view with the household (ID numbers
 * and phone masked), declarations, uploads, the one-time notice and what is still missing. The API answers these
 * and the staff console renders them.
 */

export const applicationSummarySchema = z
  .object({
    id: z.string(),
    status: z.string(),
    caseNumber: z.string().nullable(),
    jurisdiction: z.string(),
    areaId: z.string(),
    programs: z.array(z.enum(PROGRAM_IDS)),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ApplicationSummary' });

export const applicationDetailSchema = applicationSummarySchema
  .extend({
    onBehalf: z.object({ basis: z.enum(ON_BEHALF_BASES) }).nullable(),
    placeBasis: z.enum(PLACE_BASES),
    members: z.array(
      z.object({
        name: z.string(),
        idNumber: z.string().nullable().describe('Masked: the first 6 and the last 4 characters'),
        facts: z.record(z.string(), z.unknown()),
      }),
    ),
    household: z.record(z.string(), z.unknown()).nullable(),
    phone: z.string().nullable().describe('Masked: the last 4 digits'),
    declarations: z.array(
      z.object({
        kind: z.enum(DECLARATION_KINDS),
        signedAt: z.string(),
        signedBy: z.enum(['resident', 'staff']),
      }),
    ),
    notice: noticeViewSchema,
    attachments: z
      .array(attachmentViewSchema)
      .describe('Uploaded files; each is read at …/attachments/{attachmentId}'),
    missing: completenessSchema,
    sharedMembers: sharedMembersSchema
      .nullable()
      .describe('Staff only (null for residents): ' + sharedMembersSchema.description),
  })
  .meta({ id: 'Application' });

const mask = (value: string, keepStart: number, keepEnd: number) =>
  value.slice(0, keepStart) +
  '*'.repeat(Math.max(0, value.length - keepStart - keepEnd)) +
  value.slice(-keepEnd);

export const summaryOf = (app: ApplicationDoc) => ({
  id: String(app._id),
  status: app.status,
  caseNumber: app.caseNumber ?? null,
  jurisdiction: app.jurisdiction,
  areaId: app.areaId,
  programs: app.programs as (typeof PROGRAM_IDS)[number][],
  revision: app.revision,
  updatedAt: new Date(app.updatedAt).toISOString(),
});

/**
 * The full view, as the viewer may see it: staff also see members who are in another open application
 * (residents see null there, never another household's case).
 */
export async function detailOf(app: ApplicationDoc, deps: AppDeps, lng: Language, viewer: Principal) {
  return {
    ...summaryOf(app),
    sharedMembers: viewer.kind === 'staff' ? await sharedMembers(app) : null,
    onBehalf: app.onBehalf ? { basis: app.onBehalf.basis } : null,
    placeBasis: app.placeBasis,
    members: app.members.map((m) => ({
      name: m.name,
      idNumber: m.idNumberSealed ? mask(deps.crypto.decrypt(m.idNumberSealed), 6, 4) : null,
      facts: m.facts as Record<string, unknown>,
    })),
    household: (app.household as Record<string, unknown> | null) ?? null,
    phone: app.phoneSealed ? mask(deps.crypto.decrypt(app.phoneSealed), 0, 4) : null,
    attachments: app.attachments.map(attachmentView),
    declarations: app.declarations.map((d) => ({
      kind: d.kind,
      signedAt: new Date(d.signedAt).toISOString(),
      signedBy: d.signedBy.kind === 'staff' ? ('staff' as const) : ('resident' as const),
    })),
    notice: noticeView(app, lng),
    missing: missingToday(app, deps.packs, lng),
  };
}
