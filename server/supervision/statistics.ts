import { z } from 'zod';
import type { ApplicationDoc } from '../applications/application-model';
import { isOverdue } from '../applications/case-deadline';
import { declaredRelated } from '../applications/declarations';
import { planOf } from '../applications/stages';
import type { AreaDoc } from '../areas/area-model';
import { isoDate } from '../policy/household';
import type { Pack } from '../policy/pack-schema';
import { Report } from '../reports/report-model';
import { casesUnder, townshipsOf } from './county-scope';

/**
 * Per township, over a period: cases received (申请), accepted (受理), decided (approved or refused) and of those
 * decided within the pack's overall limit, refused, still open past a deadline today, and complaints and reports
 * received about the township. Cases of registered relatives of staff (近亲属备案) are listed apart.
 */

export const STATISTICS = [
  'received',
  'accepted',
  'decided',
  'decidedWithinLimit',
  'refused',
  'overdue',
  'complaints',
] as const;
export type Statistic = (typeof STATISTICS)[number];

export const periodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'validation:periodOrder', path: ['to'] });

const counts = z.object(
  Object.fromEntries(STATISTICS.map((s) => [s, z.number().int()])) as Record<Statistic, z.ZodNumber>,
);

export const statisticsSchema = z
  .object({
    county: z.object({ id: z.string(), name: z.string() }),
    from: z.string(),
    to: z.string(),
    townships: z.array(z.object({ id: z.string(), name: z.string(), counts })),
    total: counts,
    relativesOfStaff: z
      .array(
        z.object({
          applicationId: z.string(),
          caseNumber: z.string().nullable(),
          townshipId: z.string(),
          status: z.string(),
          outcome: z.string().nullable(),
        }),
      )
      .describe(
        'Cases whose applicant declared a relative among social-assistance staff or village committee',
      ),
  })
  .meta({ id: 'CountyStatistics' });
export type CountyStatistics = z.infer<typeof statisticsSchema>;

const within = (day: string | null | undefined, from: string, to: string) =>
  !!day && day >= from && day <= to;

/** Whether a decision came within the overall limit that falls first (a pack without a limit sets none to miss). */
function decidedInTime(app: ApplicationDoc, pack: Pack): boolean {
  const dues = planOf(app, pack).limits.map((l) => l.extendedDue ?? l.due);
  return dues.length === 0 || app.decision!.on <= dues.sort()[0]!;
}

export async function countyStatistics(
  county: AreaDoc,
  pack: Pack,
  period: { from: string; to: string },
  today: string,
): Promise<CountyStatistics> {
  const { from, to } = period;
  const [townships, cases, reports] = await Promise.all([
    townshipsOf(county),
    casesUnder(county._id),
    Report.find({ areaPath: county._id, receivedOn: { $gte: from, $lte: to } }, { areaPath: 1 }).lean<
      { areaPath: string[] }[]
    >(),
  ]);
  const zero = () => Object.fromEntries(STATISTICS.map((s) => [s, 0])) as Record<Statistic, number>;
  const rows = new Map(townships.map((t) => [t._id, { id: t._id, name: t.name, counts: zero() }]));
  const total = zero();
  const add = (townshipId: string | null | undefined, stat: Statistic) => {
    const row = townshipId ? rows.get(townshipId) : undefined;
    if (row) row.counts[stat] += 1;
    total[stat] += 1;
  };
  const relatives: CountyStatistics['relativesOfStaff'] = [];
  for (const app of cases) {
    const township = app.townshipId;
    if (within(app.stages[0]?.on, from, to)) add(township, 'received');
    if (within(app.acceptedOn, from, to)) add(township, 'accepted');
    const outcome = app.decision?.outcome;
    if ((outcome === 'approved' || outcome === 'refused') && within(app.decision!.on, from, to)) {
      add(township, 'decided');
      if (decidedInTime(app, pack)) add(township, 'decidedWithinLimit');
      if (outcome === 'refused') add(township, 'refused');
    }
    if (app.status !== 'closed' && isOverdue(app.currentDue ?? null, today)) add(township, 'overdue');
    if (declaredRelated(app))
      relatives.push({
        applicationId: String(app._id),
        caseNumber: app.caseNumber ?? null,
        townshipId: township ?? app.areaId,
        status: app.status,
        outcome: outcome ?? null,
      });
  }
  for (const report of reports)
    add(
      report.areaPath.find((id) => rows.has(id)),
      'complaints',
    );
  return {
    county: { id: county._id, name: county.name },
    from,
    to,
    townships: [...rows.values()],
    total,
    relativesOfStaff: relatives,
  };
}
