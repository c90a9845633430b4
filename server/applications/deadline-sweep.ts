import { chinaToday } from '../calendar/china-date';
import { addWorkingDays } from '../calendar/working-days';
import { translator } from '../i18n';
import type { Job } from '../jobs/job';
import { postBulletin } from '../notify/bulletins';
import { outboxMessage } from '../outbox/outbox';
import { Application } from './application-model';

const zh = translator('zh-CN');

/** Cases due within this many working days are announced to their township. */
export const WARN_WORKING_DAYS = 2;
/** Below WeCom's 4,096 bytes per markdown message, with room for the heading. */
const MESSAGE_BYTES = 3800;

interface DueCase {
  caseNumber: string | null;
  townshipId: string | null;
  jurisdiction: string;
  currentStage: string | null;
  currentDue: string;
}

/**
 * The daily deadline sweep: reads the open cases whose current stage falls due within two working days (the
 * deadline kept on each case, index { status, currentDue }), flags the overdue ones, and sends each township one
 * WeCom bulletin listing its cases (split to fit WeCom's size limit; a bulletin a day per township, so a rerun
 * sends nothing twice and a robot's 20 messages a minute are never near).
 */
export const deadlineSweepJob: Job = {
  name: 'deadline-sweep',
  description: 'Warn townships of cases due within two working days and flag overdue ones',
  schedule: (config) => config.DEADLINE_SWEEP_CRON,
  lockSeconds: 600,
  run: async ({ deps, now, progress }) => {
    const today = chinaToday(now);
    const horizon = addWorkingDays(today, WARN_WORKING_DAYS).date;
    const flagged = await Application.updateMany(
      { status: 'in_progress', currentDue: { $ne: null, $lt: today }, overdue: false },
      { $set: { overdue: true } },
      { timestamps: false },
    );
    const due = await Application.find(
      { status: 'in_progress', currentDue: { $ne: null, $lte: horizon } },
      { caseNumber: 1, townshipId: 1, jurisdiction: 1, currentStage: 1, currentDue: 1 },
    ).lean<DueCase[]>();

    const byTownship = new Map<string, DueCase[]>();
    for (const c of due) {
      if (!c.townshipId) continue;
      byTownship.set(c.townshipId, [...(byTownship.get(c.townshipId) ?? []), c]);
    }
    let posted = 0;
    let done = 0;
    for (const [townshipId, cases] of byTownship) {
      const messages = bulletinTexts(cases, today, deps.packs).map((markdown) =>
        outboxMessage('wecom', { areaId: townshipId, markdown }, now),
      );
      const fresh = await postBulletin(
        { id: `deadline-sweep:${today}:${townshipId}`, kind: 'deadline-sweep', areaId: townshipId },
        messages,
      );
      if (fresh) posted += 1;
      progress((done += 1), byTownship.size);
    }
    if (posted) deps.outbox.kick();
    const overdue = due.filter((c) => c.currentDue < today).length;
    return {
      due: due.length,
      overdue,
      dueSoon: due.length - overdue,
      newlyOverdue: flagged.modifiedCount,
      townships: byTownship.size,
      posted,
    };
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
