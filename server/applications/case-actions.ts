import type { AppDeps } from '../http/deps';
import type { RequestAudit } from '../http/request-audit';
import type { Language } from '../i18n';
import { actorOf, type StaffPrincipal } from '../identity/principal';
import { packFor } from '../policy/packs';
import type { ApplicationDoc } from './application-model';
import type { StageRequest } from './stage-rules';
import { recordStage } from './stages';

/**
 * What staff do to a case, as every channel does it (the API's routes and the console's forms): the change through
 * its service, the audit entry with what was recorded, and the outbox kicked so the applicant hears at once.
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
