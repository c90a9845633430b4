import { Area, AREA_LEVELS, type AreaDoc } from '../areas/area-model';
import { AppError } from '../http/errors';
import type { Source } from '../policy/pack-schema';
import type { ReportKind, RoutingRule } from './report-model';

/**
 * Who handles a report. Seed 002 (伊春市, 二(五)3 落实投诉举报核查制度): 投诉举报实行分级负责、相互配合、属地管理。
 * 对投诉举报的事项，由乡镇人民政府(街道办事处)直接办理……对涉及工作人员或本级处理影响公平、公正的投诉举报的事项，
 * 由县(市)区级民政部门处理。
 *
 * The rule holds wherever we serve: no office should investigate itself. So a report naming township staff (or
 * their relatives, or village committee members) goes to the county; so does a complaint about a case, because
 * the township decides every case (审核确认权 is delegated to it in every pack: `areaTerms.decidingBody`) and a
 * complaint about a case is a complaint about its own decision. Everything else is handled by the township of the
 * place concerned.
 */
export const ROUTING_SOURCE: Source = {
  document: '002',
  clause:
    '二(五)3 对投诉举报的事项，由乡镇人民政府(街道办事处)直接办理……对涉及工作人员或本级处理影响公平、公正的投诉举报的事项，由县(市)区级民政部门处理',
};

export interface Routing {
  level: 'township' | 'county';
  area: AreaDoc;
  rule: RoutingRule;
}

const levelIndex = (area: AreaDoc) => AREA_LEVELS.indexOf(area.level as (typeof AREA_LEVELS)[number]);
const TOWNSHIP = AREA_LEVELS.indexOf('township');

export async function routeReport(
  place: AreaDoc,
  report: { kind: ReportKind; involvesStaff: boolean },
): Promise<Routing> {
  const chain = await Area.find({ _id: { $in: place.path } }).lean<AreaDoc[]>();
  const township = chain.find((a) => levelIndex(a) === TOWNSHIP);
  // The civil-affairs bureau above the township: the county, or a city where the tree has no county level.
  const county = chain
    .filter((a) => levelIndex(a) < TOWNSHIP)
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!township || !county) throw new AppError(400, 'report_area_level', { id: place._id });

  if (report.involvesStaff) return { level: 'county', area: county, rule: 'involves_staff' };
  if (report.kind === 'complaint') return { level: 'county', area: county, rule: 'township_decision' };
  return { level: 'township', area: township, rule: 'township_handles' };
}
