import { Area } from '../areas/area-model';
import { chinaToday } from '../calendar/china-date';
import { translator } from '../i18n';
import type { Job } from '../jobs/job';
import { postBulletin } from '../notify/bulletins';
import { outboxMessage } from '../outbox/outbox';
import { AuditLogState, LOG_STATE_ID, type AuditLogStateDoc } from './audit-model';
import { formatCheckpoint } from './verify';

const zh = translator('zh-CN');

/**
 * Once a day every county's WeCom robot receives the audit log's latest checkpoint. A copy outside the store is
 * what makes rewriting or cutting the trail detectable: `audit:verify --checkpoint <it>` fails if the trail no
 * longer leads to it.
 */
export const auditBulletinJob: Job = {
  name: 'audit-bulletin',
  description: 'Seal the audit log, write a checkpoint and send it to every county by WeCom robot',
  schedule: (config) => config.AUDIT_BULLETIN_CRON,
  lockSeconds: 600,
  run: async ({ deps, now, progress }) => {
    await deps.audit.sealAll({ checkpoint: true });
    const state = await AuditLogState.findById(LOG_STATE_ID).lean<AuditLogStateDoc>();
    if (!state || state.size === 0) return { counties: 0, posted: 0, size: 0 };
    const checkpoint = { logId: state.logId, size: state.size, head: state.head };
    const counties = await Area.find({ level: 'county' }, { _id: 1 }).lean<{ _id: string }[]>();
    const day = chinaToday(now);
    let posted = 0;
    for (const [i, county] of counties.entries()) {
      const markdown = zh('admin:auditBulletin', {
        day,
        size: state.size,
        checkpoint: formatCheckpoint(checkpoint),
      });
      const fresh = await postBulletin(
        { id: `audit-checkpoint:${day}:${county._id}`, kind: 'audit-checkpoint', areaId: county._id },
        [outboxMessage('wecom', { areaId: county._id, markdown }, now)],
      );
      if (fresh) posted += 1;
      progress(i + 1, counties.length);
    }
    if (posted) deps.outbox.kick();
    return { counties: counties.length, posted, size: state.size };
  },
};
