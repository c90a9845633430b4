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
import type { ApplicationStatus } from './application-model';
import { isOverdue } from './case-deadline';
import { casesUnder, type CaseRow } from './case-index';
import { WARN_WORKING_DAYS } from './deadline-sweep';

/**
 * The township's inbox: submitted cases under the staff member's area, oldest first, each with the stage it waits
 * on and its deadline as kept on the case (case-deadline.ts). The API's staff case list and the console's inbox
 * both read it here, so filters, search and paging behave the same everywhere.
 *
 * It reads the case index (case-index.ts), not the applications: one read by `_id` of the township's head, and the
 * township's rows only when they changed since this process last read them; filters, search and paging then run
 * over rows in memory (a township holds a few thousand).
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

const ID_NUMBER = /^\d{17}[\dXx]$/;

/** Whether a row passes the filters: always within the staff member's area, then narrowed by each filter given. */
function matcher(filter: InboxFilter, crypto: FieldCrypto): (row: CaseRow) => boolean {
  const statuses: readonly string[] = filter.status ? [filter.status] : INBOX_STATUSES;
  const search = filter.search?.trim();
  const idIndex =
    search && ID_NUMBER.test(search) ? crypto.blindIndex('idNumber', search.toUpperCase()) : null;
  return (row) =>
    statuses.includes(row.status) &&
    (!filter.areaId || row.areaPath.includes(filter.areaId)) &&
    (!filter.stage || row.currentStage === filter.stage) &&
    (!filter.program || row.programs.includes(filter.program)) &&
    (!search ||
      (idIndex
        ? row.idIndexes.includes(idIndex)
        : row.caseNumber.startsWith(search) || row.names.some((name) => name.includes(search))));
}

/** One page of the inbox of a staff member. */
export async function listInbox(
  deps: { packs: ReadonlyMap<string, Pack>; crypto: FieldCrypto },
  staff: StaffPrincipal,
  filter: InboxFilter,
  page: PageQuery,
  lng: Language,
): Promise<{ items: InboxRow[]; total: number }> {
  const matches = (await casesUnder(staff.areaId)).filter(matcher(filter, deps.crypto));
  const { skip, limit } = pageWindow(page);
  const today = chinaToday();
  const horizon = addWorkingDays(today, WARN_WORKING_DAYS).date;
  const items = matches.slice(skip, skip + limit).map((row) => {
    const stage = packFor(deps.packs, row.jurisdiction).procedure.stages.find(
      (s) => s.id === row.currentStage,
    );
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      status: row.status,
      areaId: row.areaId,
      applicant: row.applicant,
      programs: row.programs,
      submittedAt: row.submittedAt,
      currentStageId: row.currentStage,
      currentStage: stage?.name[lng] ?? null,
      currentDue: row.currentDue,
      overdue: isOverdue(row.currentDue, today),
      dueSoon:
        row.status !== 'closed' && !!row.currentDue && row.currentDue >= today && row.currentDue <= horizon,
    };
  });
  return { items, total: matches.length };
}
