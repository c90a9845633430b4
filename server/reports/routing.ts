import { Area, AREA_LEVELS, type AreaDoc } from '../areas/area-model';
import { AppError } from '../http/errors';
import { Staff } from '../identity/staff-model';
import type { Pack, Source } from '../policy/pack-schema';
import type { ReportKind, RoutingRule } from './report-model';

/**
 * Who handles a report. No office investigates itself: a report about the conduct of social-assistance staff,
 * or that the township cannot handle impartially, goes to the county civil-affairs bureau above it; so does a
 * complaint about a case, because the township decides every case (审核确认权 is delegated to it in every pack:
 * `areaTerms.decidingBody`) and a complaint about a case is a complaint about its own decision. Everything else
 * is handled by the township of the place concerned.
 *
 * A report goes to the county, whatever the reporter ticked, when its kind accuses the office (favouritism —
 * 优亲厚友、人情保、关系保 — or staff misconduct) or when it names someone on the township's staff list.
 */

/**
 * The national rule behind the routing, for places whose own document says nothing about it: staff conduct may
 * be reported by anyone, and it is the superior organ that corrects it.
 */
export const NATIONAL_ROUTING_SOURCE: Source = {
  document: '《社会救助暂行办法》(国务院令第649号)',
  clause:
    '第六十三条 任何单位、个人有权对履行社会救助职责的工作人员在社会救助工作中的违法行为进行举报、投诉。受理举报、投诉的机关应当及时核实、处理。第六十六条 ……由上级行政机关或者监察机关责令改正',
};

/** The document a place's routing rests on: its own rule where it has one (Yichun, seed 002 二(五)3), else the national one. */
export function routingSource(pack: Pack | undefined): Source {
  const local = pack?.complaints.routing;
  return local && 'source' in local ? local.source : NATIONAL_ROUTING_SOURCE;
}

/** Kinds of report that accuse the office itself. */
const ACCUSES_OFFICE: readonly ReportKind[] = ['favouritism', 'misconduct'];

export interface Routing {
  level: 'township' | 'county';
  area: AreaDoc;
  rule: RoutingRule;
}

const levelIndex = (area: AreaDoc) => AREA_LEVELS.indexOf(area.level as (typeof AREA_LEVELS)[number]);
const TOWNSHIP = AREA_LEVELS.indexOf('township');

/** Whether any name given is that of a staff account serving the township or a village under it. */
async function namesTownshipStaff(township: AreaDoc, names: string[]): Promise<boolean> {
  const given = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (given.length === 0) return false;
  return (await Staff.exists({ areaPath: township._id, displayName: { $in: given } })) !== null;
}

export async function routeReport(
  place: AreaDoc,
  report: { kind: ReportKind; involvesStaff: boolean; people: { name: string }[] },
): Promise<Routing> {
  const chain = await Area.find({ _id: { $in: place.path } }).lean<AreaDoc[]>();
  const township = chain.find((a) => levelIndex(a) === TOWNSHIP);
  // The civil-affairs bureau above the township: the county, or a city where the tree has no county level.
  const county = chain
    .filter((a) => levelIndex(a) < TOWNSHIP)
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!township || !county) throw new AppError(400, 'report_area_level', { id: place._id });

  if (report.involvesStaff) return { level: 'county', area: county, rule: 'involves_staff' };
  if (ACCUSES_OFFICE.includes(report.kind)) return { level: 'county', area: county, rule: 'accuses_office' };
  if (
    await namesTownshipStaff(
      township,
      report.people.map((p) => p.name),
    )
  )
    return { level: 'county', area: county, rule: 'names_staff' };
  if (report.kind === 'complaint') return { level: 'county', area: county, rule: 'township_decision' };
  return { level: 'township', area: township, rule: 'township_handles' };
}
