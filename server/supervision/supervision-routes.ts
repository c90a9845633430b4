import { z } from 'zod';
import { areaIdSchema, loadArea } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { fileResponse } from '../http/file-response';
import { pageAnswer, pageFields, pageSchema, pageWindow } from '../http/paging';
import type { Routes } from '../http/route';
import { actorOf } from '../identity/principal';
import { effectivePack } from '../parameters/county-parameters';
import { supervisedCounty } from './county-scope';
import { drawForCounty, samplingRequestSchema, samplingSchema, samplingView } from './sampling';
import { Sampling, type SamplingDoc } from './sampling-model';
import { countyStatistics, periodSchema, statisticsSchema } from './statistics';
import { statisticsChart } from './statistics-chart';

const byArea = z.strictObject({ id: areaIdSchema });
const access = {
  allow: ['county_supervisor'] as const,
  scope: ({ params }: { params: { id: string } }) => loadArea(params.id),
};
const COUNTY_ERRORS = { 404: ['unknown_jurisdiction'], 409: ['supervision_needs_county'] };

/** County supervision: random checks of township decisions, statistics per township with a chart. */
export function supervisionRoutes(routes: Routes): void {
  routes.add({
    method: 'post',
    path: '/api/v1/areas/:id/samplings',
    operationId: 'drawSampling',
    errors: { ...COUNTY_ERRORS, 400: ['sampling_rate_required', 'sampling_rate_below_pack'] },
    summary: 'Draw township decisions of a period for checking, at the pack’s rate, with a recorded seed',
    tags: ['supervision'],
    access,
    params: byArea,
    body: samplingRequestSchema,
    response: { status: 201, description: 'The draw', schema: samplingSchema },
    handler: async ({ record, body, koa, principal, audit }) =>
      samplingView(await drawForCounty(record, body, koa.deps, actorOf(principal), audit)),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/samplings',
    operationId: 'listSamplings',
    errors: COUNTY_ERRORS,
    summary: 'The county’s draws, newest first',
    tags: ['supervision'],
    access,
    params: byArea,
    query: z.object(pageFields(20)),
    response: { description: 'One page of draws', schema: pageSchema(samplingSchema) },
    handler: async ({ record, query }) => {
      const county = supervisedCounty(record);
      const { skip, limit } = pageWindow(query);
      const filter = { countyAreaId: county._id };
      const [docs, total] = await Promise.all([
        Sampling.find(filter).sort({ createdAt: -1 }).skip(skip).limit(limit).lean<SamplingDoc[]>(),
        Sampling.countDocuments(filter),
      ]);
      return pageAnswer(docs.map(samplingView), total, query);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/statistics',
    operationId: 'getCountyStatistics',
    errors: COUNTY_ERRORS,
    summary:
      'Per township over a period: received, accepted, decided (within the limit), refused, overdue, complaints; relatives-of-staff cases apart',
    tags: ['supervision'],
    access,
    params: byArea,
    query: periodSchema,
    response: { description: 'The statistics', schema: statisticsSchema },
    handler: async ({ record, query, koa, audit }) => {
      const county = supervisedCounty(record);
      const pack = await effectivePack(koa.deps, county.policyPack);
      await audit({
        action: 'read',
        record: { type: 'statistics', id: county._id },
        areaId: county._id,
        details: query,
      });
      return countyStatistics(county, pack, query, chinaToday());
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/statistics/chart',
    operationId: 'getCountyStatisticsChart',
    errors: COUNTY_ERRORS,
    summary:
      'The same statistics as an SVG bar chart, one group per township, each bar labelled with its number',
    tags: ['supervision'],
    access,
    params: byArea,
    query: periodSchema,
    response: { description: 'SVG', schema: fileResponse(['image/svg+xml']) },
    handler: async ({ record, query, koa, lng }) => {
      const county = supervisedCounty(record);
      const pack = await effectivePack(koa.deps, county.policyPack);
      const stats = await countyStatistics(county, pack, query, chinaToday());
      return {
        data: Buffer.from(statisticsChart(stats, lng)),
        contentType: 'image/svg+xml',
        filename: `statistics-${county._id}-${query.from}-${query.to}.svg`,
      };
    },
  });
}
