import { createHash } from 'node:crypto';
import { chinaToday } from '../calendar/china-date';
import { AppError } from '../http/errors';
import type { Channel } from '../http/state';
import { translator } from '../i18n';
import type { Actor } from '../identity/principal';
import { markDue } from '../outbox/due';
import { withOutbox } from '../outbox/outbox';
import type { Pack } from '../policy/pack-schema';
import { canonicalJson } from '../audit/audit-log';
import { Application, type ApplicationDoc } from './application-model';
import { applicationOutbox } from './application-outbox';
import { nextCaseNumber } from './case-number';
import { completeness } from './completeness';
import { refuseStale } from './drafts';
import { issueNotice } from './notice';
import { applicantUpdate, forwardToTownship } from './notifications';
import { deadlineFields } from './case-deadline';
import { caseIndexMessage, indexSaved } from './case-index';
import { applicationStage } from './stages';

/**
 * Submission: an incomplete application gets the one-time notice (once); a complete one is frozen as a
 * versioned, hashed snapshot with a case number, its 申请 stage recorded, and forwarded to the township that
 * decides — the forward and the applicant's message are queued in the same atomic update (see outbox/).
 */

export type SubmitOutcome = 'submitted' | 'notice_issued' | 'incomplete';

/** What is frozen: everything the township decides on (ID numbers and phone stay sealed). */
function snapshotContent(app: ApplicationDoc) {
  return {
    jurisdiction: app.jurisdiction,
    areaId: app.areaId,
    programs: app.programs,
    onBehalf: app.onBehalf ? { basis: app.onBehalf.basis, workerId: app.onBehalf.workerId } : null,
    members: app.members,
    household: app.household,
    phoneSealed: app.phoneSealed,
    declarations: app.declarations,
    attachments: app.attachments.map(({ id, materialId, contentType, bytes, sha256 }) => ({
      id,
      materialId,
      contentType,
      bytes,
      sha256,
    })),
  };
}

/** What a submit request already did, found by its request key (a retry after a crash answers it). */
export function submittedBy(app: ApplicationDoc, requestKey: string | undefined): SubmitOutcome | undefined {
  if (!requestKey) return undefined;
  if (app.snapshots.some((s) => s.requestKey === requestKey)) return 'submitted';
  if (app.notice?.requestKey === requestKey) return 'notice_issued';
  return undefined;
}

/**
 * What the audit entry of a submission says: the version it froze, found by its request key (a retry may come
 * after later versions), or the items of the notice it issued.
 */
export function submissionDetails(
  app: ApplicationDoc,
  outcome: Exclude<SubmitOutcome, 'incomplete'>,
  requestKey: string | undefined,
): Record<string, unknown> {
  if (outcome === 'notice_issued') return { items: app.notice?.items.map((i) => i.code) };
  const snapshot = app.snapshots.find((s) => s.requestKey === requestKey) ?? app.snapshots.at(-1);
  return { caseNumber: app.caseNumber, version: snapshot?.version, sha256: snapshot?.sha256 };
}

export async function submitApplication(
  app: ApplicationDoc,
  pack: Pack,
  revision: number,
  how: { by: Actor; channel: Channel; requestKey?: string; consoleBaseUrl: string },
): Promise<{ app: ApplicationDoc; outcome: SubmitOutcome }> {
  if (app.status !== 'draft') throw new AppError(409, 'not_a_draft');
  if (app.revision !== revision) throw new AppError(409, 'stale_revision', { revision: app.revision });
  const today = chinaToday();
  if (!completeness(app, pack, today, 'zh-CN').complete) {
    const { app: noticed, issued } = await issueNotice(app, pack, { trigger: 'submission', ...how });
    return { app: noticed, outcome: issued ? 'notice_issued' : 'incomplete' };
  }
  if (!app.townshipId) throw new AppError(409, 'no_township', { id: app.areaId });

  const caseNumber = app.caseNumber ?? (await nextCaseNumber(pack.divisionCode, today.slice(0, 4)));
  const content = snapshotContent(app);
  const snapshot = {
    version: app.snapshots.length + 1,
    submittedAt: new Date(),
    submittedBy: how.by,
    sha256: createHash('sha256').update(canonicalJson(content)).digest('hex'),
    content,
    requestKey: how.requestKey ?? null,
  };
  const numbered = { ...app, caseNumber };
  const applyStage = applicationStage(app, pack);
  const zh = translator('zh-CN');
  const applied = applyStage ? [{ stage: applyStage.id, on: today, at: new Date(), by: how.by }] : [];
  const after = { ...numbered, status: 'submitted', stages: [...app.stages, ...applied] } as ApplicationDoc;
  const update = withOutbox(
    {
      $set: { status: 'submitted', caseNumber, ...deadlineFields(after, pack, today) },
      $push: { snapshots: snapshot, ...(applied.length ? { stages: applied[0] } : {}) },
      $inc: { revision: 1 },
    },
    [
      forwardToTownship(numbered, app.townshipId, today, how.consoleBaseUrl),
      ...applicantUpdate(numbered, 'submitted', today, zh('applications:subscribe.submitted')),
      caseIndexMessage(app),
    ],
  );
  const saved = await Application.findOneAndUpdate({ _id: app._id, status: 'draft', revision }, update, {
    returnDocument: 'after',
  }).lean<ApplicationDoc>();
  if (!saved) return refuseStale(String(app._id));
  await markDue(applicationOutbox, saved._id);
  await indexSaved(saved);
  return { app: saved, outcome: 'submitted' };
}
