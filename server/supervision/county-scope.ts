import { Application, type ApplicationDoc } from '../applications/application-model';
import { Area, type AreaDoc } from '../areas/area-model';
import { AppError } from '../http/errors';

/** The county a supervision request is about: a county area with its own policy pack. */
export function supervisedCounty(area: AreaDoc): AreaDoc & { policyPack: string } {
  if (area.level !== 'county' || !area.policyPack)
    throw new AppError(409, 'supervision_needs_county', { id: area._id });
  return area as AreaDoc & { policyPack: string };
}

export async function townshipsOf(county: AreaDoc): Promise<AreaDoc[]> {
  return Area.find({ parentId: county._id, level: 'township' }).sort({ _id: 1 }).lean<AreaDoc[]>();
}

/** What supervision reads of a case: no household facts, ID numbers, phones, files or outbox. */
export const SUPERVISION_FIELDS = {
  caseNumber: 1,
  status: 1,
  jurisdiction: 1,
  areaId: 1,
  townshipId: 1,
  programs: 1,
  stages: 1,
  acceptedOn: 1,
  decision: 1,
  currentDue: 1,
  declarations: 1,
};

/** Submitted cases under the county. */
export async function casesUnder(countyId: string): Promise<ApplicationDoc[]> {
  return Application.find({ areaPath: countyId, status: { $ne: 'draft' } }, SUPERVISION_FIELDS)
    .sort({ caseNumber: 1 })
    .lean<ApplicationDoc[]>();
}
