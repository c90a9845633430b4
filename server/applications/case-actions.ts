import { z } from 'zod';
import type { AppDeps } from '../http/deps';
import { AppError, notFound } from '../http/errors';
import type { Channel } from '../http/state';
import type { RequestAudit } from '../http/request-audit';
import type { Language } from '../i18n';
import { actorOf, type StaffPrincipal } from '../identity/principal';
import { packFor } from '../policy/packs';
import type { ApplicationDoc } from './application-model';
import { issueNotice, packMaterialItems } from './notice';
import type { StageRequest } from './stage-rules';
import { recordStage } from './stages';

/**
 * What staff do to a case, as every channel does it (the API's routes and the console's forms): the change through
 * its service, the audit entry with what was recorded, and the outbox kicked so the applicant hears at once; and
 * the reveal of a sealed field, with its reason audited.
 */

/** Records a stage (or an objection) on a case, audited; answers the case as saved. */
export async function recordCaseStage(
  app: ApplicationDoc,
  request: StageRequest,
  staff: StaffPrincipal,
  how: { deps: Pick<AppDeps, 'packs' | 'outbox'>; audit: RequestAudit; lng: Language },
): Promise<ApplicationDoc> {
  const pack = packFor(how.deps.packs, app.jurisdiction);
  const saved = await recordStage(app, pack, request, staff, actorOf(staff), how.lng);
  const recorded = saved.stages.at(-1)!;
  await how.audit({
    action: 'stage',
    record: { type: 'application', id: String(saved._id) },
    areaId: saved.areaId,
    details: {
      stage: recorded.stage,
      event: recorded.event,
      outcome: recorded.outcome ?? null,
      on: recorded.on,
      ...(recorded.details ?? {}),
    },
  });
  how.deps.outbox.kick();
  return saved;
}

/** A sealed field of a case staff may reveal: the phone, or a member's ID number (by position). */
export const revealFieldSchema = z.union([
  z.literal('phone'),
  z.string().regex(/^members\.\d{1,2}\.idNumber$/),
]);
export const revealReasonSchema = z.string().trim().min(2).max(200);

/**
 * Opens one sealed field of a case for a staff member who gives a reason; the reason and the field are written to
 * the audit trail before the value is shown. Masked views (application-views.ts) are the default everywhere else.
 */
export async function revealField(
  app: ApplicationDoc,
  field: z.output<typeof revealFieldSchema>,
  reason: string,
  how: { deps: Pick<AppDeps, 'crypto'>; audit: RequestAudit },
): Promise<string> {
  const sealed =
    field === 'phone' ? app.phoneSealed : app.members[Number(field.split('.')[1])]?.idNumberSealed;
  if (!sealed) throw notFound();
  await how.audit({
    action: 'reveal',
    record: { type: 'application', id: String(app._id) },
    areaId: app.areaId,
    details: { field, reason },
  });
  return how.deps.crypto.decrypt(sealed);
}

/**
 * Staff give the one-time notice (一次性告知) of a case not yet accepted: everything missing now, plus the pack
 * materials they name; once only (seed 002: 不得要求申请对象多次到申办地提交申请材料). Audited, and sent to the applicant.
 */
export async function giveNotice(
  app: ApplicationDoc,
  materials: readonly string[],
  staff: StaffPrincipal,
  how: { deps: Pick<AppDeps, 'packs' | 'outbox'>; audit: RequestAudit; channel: Channel },
): Promise<ApplicationDoc> {
  if (app.notice) throw new AppError(409, 'notice_already_issued', { on: app.notice.issuedOn });
  if (!['draft', 'submitted'].includes(app.status)) throw new AppError(409, 'notice_after_acceptance');
  const pack = packFor(how.deps.packs, app.jurisdiction);
  const { app: noticed } = await issueNotice(app, pack, {
    trigger: 'staff_request',
    by: actorOf(staff),
    channel: how.channel,
    also: packMaterialItems(pack, materials),
  });
  await how.audit({
    action: 'notice',
    record: { type: 'application', id: String(app._id) },
    areaId: noticed.areaId,
    details: { items: noticed.notice?.items.map((i) => i.code) },
  });
  how.deps.outbox.kick();
  return noticed;
}
