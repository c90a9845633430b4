import { z } from 'zod';
import { areaIdSchema, loadArea } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { pageFields, pageOfList, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { actorOf } from '../identity/principal';
import {
  countyEntries,
  countyPackOf,
  effectivePack,
  enterParameter,
  enterParameterSchema,
} from './county-parameters';
import {
  countyParameterSchema,
  countyParameterView,
  parameterRowSchema,
  parameterRows,
} from './parameter-views';

const byArea = z.strictObject({ id: areaIdSchema });
const scope = ({ params }: { params: { id: string } }) => loadArea(params.id);

/** The county's published figures: read them, and enter a new one (county supervisors of the county). */
export function parameterRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/areas/:id/parameters',
    operationId: 'listCountyParameters',
    errors: { 404: ['unknown_jurisdiction'], 409: ['parameters_need_county_pack'] },
    summary: 'A county’s parameters: each figure in force today, and the figures the county entered',
    tags: ['parameters'],
    access: { allow: ['county_supervisor'], scope },
    params: byArea,
    query: z.object(pageFields(50)),
    response: { description: 'The parameters', schema: pageSchema(parameterRowSchema) },
    handler: async ({ record, koa, lng, query, audit }) => {
      const pack = countyPackOf(record, koa.deps.packs);
      const [effective, entries] = await Promise.all([
        effectivePack(koa.deps, pack.id),
        countyEntries(pack.id),
      ]);
      await audit({ action: 'read', record: { type: 'parameters', id: pack.id }, areaId: record._id });
      return pageOfList(parameterRows(effective, entries, chinaToday(), lng), query);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/areas/:id/parameters',
    operationId: 'enterCountyParameter',
    errors: {
      404: ['unknown_jurisdiction'],
      409: ['parameters_need_county_pack', 'parameter_exists'],
    },
    summary:
      'A county supervisor enters a published figure with its document and effective date; it counts from that date',
    tags: ['parameters'],
    access: { allow: ['county_supervisor'], scope },
    params: byArea,
    body: enterParameterSchema,
    response: { status: 201, description: 'The figure entered', schema: countyParameterSchema },
    handler: async ({ record, body, koa, principal, audit }) =>
      countyParameterView(
        await enterParameter(record, koa.deps.packs, body, actorOf(principal), koa.deps.redis, audit),
      ),
  });
}
