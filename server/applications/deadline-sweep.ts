import { chinaToday } from '../calendar/china-date';
import { addWorkingDays } from '../calendar/working-days';
import { translator } from '../i18n';
import type { Job } from '../jobs/job';
import { postBulletin } from '../notify/bulletins';
import { outboxMessage } from '../outbox/outbox';
import { everyTownshipDue, type DueCase } from './case-index';

const zh = translator('zh-CN');

/** Cases due within this many working days are announced to their township. */
export const WARN_WORKING_DAYS = 2;
/** Below WeCom's 4,096 bytes per markdown message, with room for the heading. */
const MESSAGE_BYTES = 3800;

/**
 * The daily deadline sweep: reads, township by township from the case index's due lists (case-index.ts), the open
 * cases whose current stage falls due within two working days, and sends each township one WeCom
 * bulletin listing them, overdue first (split to fit WeCom's size limit; a bulletin a day per township, so a rerun
 * sends nothing twice and a robot's 20 messages a minute are never near). Overdue is read from the date, never
 * stored: the sweep writes nothing on the cases.
 */
export const deadlineSweepJob: Job = {
  name: 'deadline-sweep',
  description: 'Warn townships of cases due within two working days, overdue ones first',
  schedule: (config) => config.DEADLINE_SWEEP_CRON,
  lockSeconds: 600,
  run: async ({ deps, now, progress }) => {
    const today = chinaToday(now);
    const horizon = addWorkingDays(today, WARN_WORKING_DAYS).date;
    let due = 0;
    let overdue = 0;
    let townships = 0;
    let posted = 0;
    for await (const township of everyTownshipDue()) {
      const cases = township.cases.filter((c) => c.currentDue <= horizon);
      progress(township.done, township.total);
      if (cases.length === 0) continue;
      due += cases.length;
      overdue += cases.filter((c) => c.currentDue < today).length;
      townships += 1;
      const messages = bulletinTexts(cases, today, deps.packs).map((markdown) =>
        outboxMessage('wecom', { areaId: township.townshipId, markdown }, now),
      );
      const fresh = await postBulletin(
        {
          id: `deadline-sweep:${today}:${township.townshipId}`,
          kind: 'deadline-sweep',
          areaId: township.townshipId,
        },
        messages,
      );
      if (fresh) posted += 1;
    }
    if (posted) deps.outbox.kick();
    return { due, overdue, dueSoon: due - overdue, townships, posted };
  },
};

/** The township's cases, overdue first then by date, as markdown messages of at most MESSAGE_BYTES each. */
function bulletinTexts(
  cases: DueCase[],
  today: string,
  packs: ReadonlyMap<string, { procedure: { stages: { id: string; name: Record<string, string> }[] } }>,
): string[] {
  const lines = [...cases]
    .sort((a, b) => (a.currentDue < b.currentDue ? -1 : a.currentDue > b.currentDue ? 1 : 0))
    .map((c) => {
      const stage =
        packs.get(c.jurisdiction)?.procedure.stages.find((s) => s.id === c.currentStage)?.name['zh-CN'] ??
        c.currentStage ??
        '';
      const args = { caseNumber: c.caseNumber ?? '', stage, due: c.currentDue };
      return zh(c.currentDue < today ? 'applications:sweep.overdueLine' : 'applications:sweep.dueLine', args);
    });
  const texts: string[] = [];
  let current: string[] = [];
  const heading = (part: number) =>
    zh('applications:sweep.heading', { day: today, count: cases.length, days: WARN_WORKING_DAYS, part });
  for (const line of lines) {
    const next = [...current, line];
    if (
      current.length &&
      Buffer.byteLength(`${heading(texts.length + 1)}\n${next.join('\n')}`) > MESSAGE_BYTES
    ) {
      texts.push(`${heading(texts.length + 1)}\n${current.join('\n')}`);
      current = [line];
    } else current = next;
  }
  if (current.length) texts.push(`${heading(texts.length + 1)}\n${current.join('\n')}`);
  return texts;
}
