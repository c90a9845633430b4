import { z } from 'zod';
import { areaIdSchema } from '../areas/areas';
import { chinaToday } from '../calendar/china-date';
import { addWorkingDays } from '../calendar/working-days';
import { pageFields, pageWindow, type PageQuery } from '../http/paging';
import type { Language } from '../i18n';
import type { StaffPrincipal } from '../identity/principal';
import { PROGRAM_IDS, type Pack } from '../policy/pack-schema';
import { packFor } from '../policy/packs';
import type { FieldCrypto } from '../privacy/field-crypto';
import { Application, type ApplicationDoc, type ApplicationStatus } from './application-model';
import { isOverdue } from './case-deadline';
import { WARN_WORKING_DAYS } from './deadline-sweep';

/**
 * The township's inbox: submitted cases under the staff member's area, oldest first, each with the stage it waits
 * on and its deadline as kept on the case (case-deadline.ts). The API's staff case list and the console's inbox
 * both read it here, so filters, search and paging behave the same everywhere.
 */

export const INBOX_STATUSES = ['submitted', 'in_progress', 'closed'] as const satisfies ApplicationStatus[];

/** The inbox's filters, for the API and the console alike. */
export const inboxQuerySchema = z.object({
  status: z.enum(INBOX_STATUSES).optional(),
  stage: z
    .string()
    .regex(/^[a-z][a-z_]*$/)
    .optional()
    .describe('Only cases waiting on this stage (its pack id)'),
  program: z.enum(PROGRAM_IDS).optional(),
  areaId: areaIdSchema.optional().describe('Only cases of this area (a village, or a township)'),
  search: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe(
      'A whole ID number (matched through its blind index), the start of a case number, or part of a name',
    ),
  ...pageFields(50),
});

export type InboxFilter = Omit<z.output<typeof inboxQuerySchema>, 'page' | 'size'>;

export interface InboxRow {
  id: string;
  caseNumber: string | null;
  status: string;
  areaId: string;
  /** The applicant's name (the member whose relation is self), for staff of the area. */
  applicant: string | null;
  programs: string[];
  submittedAt: string | null;
  /** The stage the case waits on: its pack id and its name in the reader's language. */
  currentStageId: string | null;
  currentStage: string | null;
  currentDue: string | null;
  overdue: boolean;
  /** Not overdue, but due within the days the deadline sweep warns of. */
  dueSoon: boolean;
}

/** What a row reads of a case: no household beyond names, no outbox, one snapshot date. */
const INBOX_FIELDS = {
  caseNumber: 1,
  status: 1,
  areaId: 1,
  jurisdiction: 1,
  programs: 1,
  members: 1,
  'snapshots.submittedAt': 1,
  currentStage: 1,
  currentDue: 1,
};
type Row = Pick<
  ApplicationDoc,
  | '_id'
  | 'caseNumber'
  | 'status'
  | 'areaId'
  | 'jurisdiction'
  | 'programs'
  | 'members'
  | 'currentStage'
  | 'currentDue'
> & { snapshots?: { submittedAt: Date }[] };

const ID_NUMBER = /^\d{17}[\dXx]$/;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query of an inbox: always within the staff member's area, then narrowed by each filter given. */
function inboxQuery(staff: StaffPrincipal, filter: InboxFilter, crypto: FieldCrypto) {
  const areas = filter.areaId && filter.areaId !== staff.areaId ? [staff.areaId, filter.areaId] : null;
  const query: Record<string, unknown> = {
    areaPath: areas ? { $all: areas } : staff.areaId,
    status: filter.status ?? { $in: INBOX_STATUSES },
  };
  if (filter.stage) query.currentStage = filter.stage;
  if (filter.program) query.programs = filter.program;
  const search = filter.search?.trim();
  if (search && ID_NUMBER.test(search))
    query['members.idNumberIndex'] = crypto.blindIndex('idNumber', search.toUpperCase());
  else if (search)
    query.$or = [
      { caseNumber: { $regex: `^${escapeRegex(search)}` } },
      { 'members.name': { $regex: escapeRegex(search) } },
    ];
  return query;
}

/** One page of the inbox of a staff member. */
export async function listInbox(
  deps: { packs: ReadonlyMap<string, Pack>; crypto: FieldCrypto },
  staff: StaffPrincipal,
  filter: InboxFilter,
  page: PageQuery,
  lng: Language,
): Promise<{ items: InboxRow[]; total: number }> {
  // Served by the index { areaPath, status, createdAt }; each row reads the deadline kept on the case
  // (case-deadline.ts) instead of planning the procedure.
  const query = inboxQuery(staff, filter, deps.crypto);
  const { skip, limit } = pageWindow(page);
  const [cases, total] = await Promise.all([
    Application.find(query, INBOX_FIELDS).sort({ createdAt: 1 }).skip(skip).limit(limit).lean<Row[]>(),
    Application.countDocuments(query),
  ]);
  const today = chinaToday();
  const horizon = addWorkingDays(today, WARN_WORKING_DAYS).date;
  const items = cases.map((app) => {
    const stage = packFor(deps.packs, app.jurisdiction).procedure.stages.find(
      (s) => s.id === app.currentStage,
    );
    const applicant = app.members.find((m) => (m.facts as { relation?: string }).relation === 'self');
    return {
      id: String(app._id),
      caseNumber: app.caseNumber ?? null,
      status: app.status,
      areaId: app.areaId,
      applicant: applicant?.name ?? null,
      programs: app.programs,
      submittedAt: app.snapshots?.at(-1)?.submittedAt.toISOString() ?? null,
      currentStageId: app.currentStage ?? null,
      currentStage: stage?.name[lng] ?? null,
      currentDue: app.currentDue ?? null,
      overdue: isOverdue(app.currentDue ?? null, today),
      dueSoon:
        app.status !== 'closed' && !!app.currentDue && app.currentDue >= today && app.currentDue <= horizon,
    };
  });
  return { items, total };
}
