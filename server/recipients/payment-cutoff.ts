import { chinaToday } from '../calendar/china-date';
import { translator } from '../i18n';
import type { Job } from '../jobs/job';
import { postBulletin } from '../notify/bulletins';
import { outboxMessage } from '../outbox/outbox';
import { effectivePacks } from '../parameters/county-parameters';
import type { Pack } from '../policy/pack-schema';
import { resolveParam } from '../policy/parameters';
import { addMonthsToMonth } from './months';
import { amountForMonth } from './payment-month';
import { PaymentCutoff, PaymentList } from './payment-list-model';
import { Recipient, type RecipientDoc } from './recipient-model';
import { inserted } from '../store/duplicate-key';

const zh = translator('zh-CN');

/**
 * The day of the month next month's payment list is cut off, from the pack's monthlyCutoffs: the day the list goes
 * to the county (Dengkou 20th–25th, 003 五(二)2(2)), else the day new approvals close, else the data report day
 * (Yichun 24th, 002). None where the pack names no such day (Chaohu pays by the month's end).
 */
export function cutoffDay(pack: Pack, today: string): { day: number; sendBy: number | null } | null {
  const cutoffs = resolveParam(pack.parameters.monthlyCutoffs, today);
  if (!cutoffs.available) return null;
  const c = cutoffs.value;
  const day = c.paymentListFromDay ?? c.newApprovalsBeforeDay ?? c.dataReportBeforeDay;
  return day === undefined ? null : { day, sendBy: c.paymentListBeforeDay ?? null };
}

/**
 * The recipients of a pack who may be paid in `month`: as the register is now, or as it stood at `asOf` —
 * households enrolled since left out, one stopped since (so updated after it) still in. The amounts as of then
 * come from the changes made by then (`amountForMonth`).
 */
function payableRecipients(pack: Pack, month: string, asOf?: Date): Promise<RecipientDoc[]> {
  return Recipient.find({
    jurisdiction: pack.id,
    firstPaymentMonth: { $lte: month },
    ...(asOf && { createdAt: { $lte: asOf } }),
    $or: [
      { status: 'active' },
      { stoppedFromMonth: { $gt: month } },
      ...(asOf ? [{ updatedAt: { $gt: asOf } }] : []),
    ],
  }).lean<RecipientDoc[]>();
}

/** What a township hears of its list: how many households, how much, and by when it is due at the county. */
function cutoffMessage(
  list: { month: string; cutOn: string; households: number; totalFen: number },
  pack: Pack,
  today: string,
): string {
  const sendBy = cutoffDay(pack, today)?.sendBy ?? null;
  const passed = sendBy !== null && Number(today.slice(8, 10)) >= sendBy;
  return zh('applications:cutoff.message', {
    month: list.month,
    households: list.households,
    total: (list.totalFen / 100).toFixed(2),
    late: list.cutOn === today ? '' : zh('applications:cutoff.late', { cutOn: list.cutOn }),
    sendBy:
      sendBy === null ? '' : zh(`applications:cutoff.${passed ? 'sendByPassed' : 'sendBy'}`, { day: sendBy }),
  });
}

/**
 * The monthly payment-list cut-off: on a pack's cut-off day, each of its townships' recipients paid next month are
 * frozen into that month's list (PaymentList), and the township hears how many households and how much in all,
 * with the day the list is due at the county. Once every township's list is made, the pack's month is marked cut
 * off (PaymentCutoff). A cut-off not marked after its day (no process up at the fire, Redis away so the fire was
 * not claimed, or a run stopped part-way) is completed by the next run that month, as the register stood at the
 * end of the cut-off day: households enrolled and changes made since are left out, as they would have been (`cutOn`
 * is that day; the list's `createdAt` says when it was made). Lists made already are kept as they are, and their
 * townships told if they had not been.
 */
export const paymentCutoffJob: Job = {
  name: 'payment-cutoff',
  description:
    'On each pack’s cut-off day, freeze next month’s payment list per township and tell the township',
  schedule: (config) => config.PAYMENT_CUTOFF_CRON,
  lockSeconds: 900,
  run: async ({ deps, now, progress }) => {
    const today = chinaToday(now);
    const month = addMonthsToMonth(today.slice(0, 7), 1);
    const day = Number(today.slice(8, 10));
    // On its day a pack is cut off from the register as it is; made up later, as it was at the end of that day.
    const due: { pack: Pack; cutOn: string; asOf?: Date }[] = [];
    let caughtUp = 0;
    for (const pack of (await effectivePacks(deps)).values()) {
      const cutoff = cutoffDay(pack, today)?.day;
      if (cutoff === undefined || day < cutoff) continue;
      if (await PaymentCutoff.exists({ _id: `${pack.id}:${month}` })) continue;
      if (day === cutoff) {
        due.push({ pack, cutOn: today });
        continue;
      }
      const cutOn = `${today.slice(0, 8)}${String(cutoff).padStart(2, '0')}`;
      due.push({ pack, cutOn, asOf: new Date(`${cutOn}T23:59:59.999+08:00`) });
      caughtUp += 1;
    }
    let lists = 0;
    let households = 0;
    let posted = 0;
    for (const [i, { pack, cutOn, asOf }] of due.entries()) {
      const recipients = await payableRecipients(pack, month, asOf);
      const byTownship = new Map<string, RecipientDoc[]>();
      for (const r of recipients) {
        const key = r.townshipId ?? r.areaId;
        byTownship.set(key, [...(byTownship.get(key) ?? []), r]);
      }
      for (const [townshipId, recs] of byTownship) {
        const rows = recs
          .map((r) => ({
            recipientId: String(r._id),
            caseNumber: r.caseNumber,
            areaId: r.areaId,
            program: r.program,
            amountFen: amountForMonth(r, month, asOf),
          }))
          .filter((r) => r.amountFen > 0)
          .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber) || a.program.localeCompare(b.program));
        const id = `${townshipId}:${month}`;
        const frozen = {
          month,
          cutOn,
          households: new Set(rows.map((r) => r.caseNumber)).size,
          totalFen: rows.reduce((sum, r) => sum + r.amountFen, 0),
        };
        const created = await inserted(
          PaymentList.create({
            _id: id,
            jurisdiction: pack.id,
            townshipId,
            areaPath: recs[0]!.areaPath.slice(0, recs[0]!.areaPath.indexOf(townshipId) + 1),
            ...frozen,
            rows,
          }),
        );
        if (created) {
          lists += 1;
          households += frozen.households;
        }
        // A list made by a run that stopped before telling its township is told now, as it was made.
        const list = created ? frozen : await PaymentList.findById(id, Object.keys(frozen)).lean();
        const markdown = cutoffMessage(list ?? frozen, pack, today);
        if (
          await postBulletin(
            { id: `payment-cutoff:${month}:${townshipId}`, kind: 'payment-cutoff', areaId: townshipId },
            [outboxMessage('wecom', { areaId: townshipId, markdown }, now)],
          )
        )
          posted += 1;
      }
      await inserted(
        PaymentCutoff.create({
          _id: `${pack.id}:${month}`,
          jurisdiction: pack.id,
          month,
          cutOn,
          lists: byTownship.size,
        }),
      );
      progress(i + 1, due.length);
    }
    if (posted) deps.outbox.kick();
    return { packs: due.length, caughtUp, lists, households, posted };
  },
};
