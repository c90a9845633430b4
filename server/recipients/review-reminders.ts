import { chinaToday } from '../calendar/china-date';
import { translator } from '../i18n';
import type { Job } from '../jobs/job';
import { postBulletin } from '../notify/bulletins';
import { outboxMessage } from '../outbox/outbox';
import { addMonthsToMonth } from './months';
import { Recipient, type RecipientDoc } from './recipient-model';

const zh = translator('zh-CN');

/**
 * Review reminders (复核): at the start of each month, every township hears which of its recipient households fall
 * due for their periodic review by the month's end, and which are already late — by case number, never by name.
 * One bulletin per township and month, so a rerun sends nothing twice.
 */
export const reviewRemindersJob: Job = {
  name: 'review-reminders',
  description: 'Tell each township which households fall due for their periodic review this month',
  schedule: (config) => config.REVIEW_REMINDER_CRON,
  lockSeconds: 600,
  run: async ({ deps, now, progress }) => {
    const today = chinaToday(now);
    const month = today.slice(0, 7);
    const monthEnd = `${addMonthsToMonth(month, 1)}-00`; // sorts after every day of the month
    const due = await Recipient.find(
      { status: 'active', nextReviewDue: { $ne: null, $lt: monthEnd } },
      { caseNumber: 1, program: 1, townshipId: 1, areaId: 1, nextReviewDue: 1 },
    )
      .sort({ nextReviewDue: 1 })
      .lean<RecipientDoc[]>();
    const byTownship = new Map<string, RecipientDoc[]>();
    for (const r of due) {
      const key = r.townshipId ?? r.areaId;
      byTownship.set(key, [...(byTownship.get(key) ?? []), r]);
    }
    let posted = 0;
    let done = 0;
    for (const [townshipId, recs] of byTownship) {
      const lines = recs.map((r) =>
        zh(r.nextReviewDue! < today ? 'applications:reviews.lateLine' : 'applications:reviews.dueLine', {
          caseNumber: r.caseNumber,
          program: zh(`policy:programShort.${r.program}`),
          due: r.nextReviewDue,
        }),
      );
      const markdown = [zh('applications:reviews.heading', { month, count: recs.length }), ...lines].join(
        '\n',
      );
      const fresh = await postBulletin(
        { id: `review-reminders:${month}:${townshipId}`, kind: 'review-reminders', areaId: townshipId },
        [outboxMessage('wecom', { areaId: townshipId, markdown }, now)],
      );
      if (fresh) posted += 1;
      progress((done += 1), byTownship.size);
    }
    if (posted) deps.outbox.kick();
    return {
      due: due.length,
      late: due.filter((r) => r.nextReviewDue! < today).length,
      townships: byTownship.size,
      posted,
    };
  },
};
