import { randomUUID } from 'node:crypto';
import { chinaToday } from '../calendar/china-date';
import { outboxMessage, type OutboxMessage, type Sender } from '../outbox/outbox';
import { Application, type ApplicationDoc, type ApplicationStatus } from './application-model';
import { CaseIndexBucket, CaseIndexDue, CaseIndexHead, type CaseIndexHeadDoc } from './case-index-model';

/**
 * The case index (case-index-model.ts): one row per submitted case, grouped by township, read and written by `_id`
 * only. The inbox (case-inbox.ts) and the deadline sweep read it instead of querying the applications.
 *
 * It is kept by the changes that move a case: each saves, in the same atomic update, a `caseIndex` outbox message,
 * then writes the case's row at once (`indexCase`). Should the process stop between the two, the outbox dispatcher
 * delivers the message later, which writes the row again: writing a row is idempotent, as it is computed from the
 * case as it is now, never from the message. `npm run admin -- cases:reindex` rebuilds the whole index from the
 * cases.
 */

/** A case as its inbox row shows it, and what the inbox filters and the sweep read. */
export interface CaseRow {
  id: string;
  caseNumber: string;
  status: ApplicationStatus;
  jurisdiction: string;
  areaId: string;
  areaPath: string[];
  programs: string[];
  /** The name of the member who applies (relation `self`). */
  applicant: string | null;
  /** Every member's name and ID-number blind index, for the inbox's search. */
  names: string[];
  idIndexes: string[];
  /** ISO times: the order of the inbox (creation), and the latest submission. */
  createdAt: string;
  submittedAt: string | null;
  currentStage: string | null;
  currentDue: string | null;
  revision: number;
}

/** What a row is made of, read from a case. */
export const ROW_FIELDS = {
  caseNumber: 1,
  status: 1,
  jurisdiction: 1,
  areaId: 1,
  areaPath: 1,
  townshipId: 1,
  programs: 1,
  members: 1,
  'snapshots.submittedAt': 1,
  createdAt: 1,
  currentStage: 1,
  currentDue: 1,
  revision: 1,
} as const;

export type IndexedCase = Pick<
  ApplicationDoc,
  | '_id'
  | 'caseNumber'
  | 'status'
  | 'jurisdiction'
  | 'areaId'
  | 'areaPath'
  | 'townshipId'
  | 'programs'
  | 'members'
  | 'createdAt'
  | 'currentStage'
  | 'currentDue'
  | 'revision'
> & { snapshots?: { submittedAt: Date }[] };

/** A write that lost a race with a newer change is redone from a fresh read, at most this many times. */
const MAX_ROUNDS = 3;
/** Townships whose rows one process keeps in memory, least recently read dropped first. */
const HELD_TOWNSHIPS = 500;

/** Reads of heads under way, by area: requests arriving meanwhile share one instead of each making its own. */
const headReads = new Map<string, Promise<Head[]>>();

/** Cases enter the index once submitted (they have a case number); a draft never did. */
const indexable = (app: IndexedCase): app is IndexedCase & { caseNumber: string; townshipId: string } =>
  Boolean(app.caseNumber && app.townshipId);

export function caseRow(app: IndexedCase & { caseNumber: string }): CaseRow {
  const self = app.members.find((m) => (m.facts as { relation?: string } | null)?.relation === 'self');
  return {
    id: String(app._id),
    caseNumber: app.caseNumber,
    status: app.status,
    jurisdiction: app.jurisdiction,
    areaId: app.areaId,
    areaPath: app.areaPath,
    programs: app.programs,
    applicant: self?.name ?? null,
    names: app.members.map((m) => m.name),
    idIndexes: app.members.flatMap((m) => (m.idNumberIndex ? [m.idNumberIndex] : [])),
    createdAt: app.createdAt.toISOString(),
    submittedAt: app.snapshots?.at(-1)?.submittedAt.toISOString() ?? null,
    currentStage: app.currentStage ?? null,
    currentDue: app.currentDue ?? null,
    revision: app.revision,
  };
}

/**
 * A row as a bucket keeps it: one JSON string, not a document of fields. FerretDB v1 decodes every field of what it
 * reads (~1 MB/s of small objects on the 2-core machine); a string is one value, so a township's buckets are read
 * several times faster. Nothing ever queries inside a row.
 */
const stored = (row: CaseRow) => JSON.stringify(row);
const unstored = (value: string) => JSON.parse(value) as CaseRow;

/** A case the deadline sweep reads: under way, with a due date. */
export interface DueCase {
  caseNumber: string;
  jurisdiction: string;
  currentStage: string | null;
  currentDue: string;
}

/** The row's entry in its township's due list, or null when it has none (not under way, or no date). */
const dueEntry = (row: CaseRow) =>
  row.status === 'in_progress' && row.currentDue
    ? JSON.stringify([row.currentDue, row.currentStage, row.caseNumber, row.jurisdiction])
    : null;
function dueCase(entry: string): DueCase {
  const [currentDue, currentStage, caseNumber, jurisdiction] = JSON.parse(entry) as [
    string,
    string | null,
    string,
    string,
  ];
  return { currentDue, currentStage, caseNumber, jurisdiction };
}

/** The month (China time) whose bucket holds a case: fixed at creation, so a row never moves. */
const monthOf = (createdAt: Date) => chinaToday(createdAt).slice(0, 7);
const bucketId = (townshipId: string, month: string) => `${townshipId}:${month}`;
/** The township's area path, county first. */
const townshipPath = (app: { areaPath: string[]; townshipId: string }) =>
  app.areaPath.slice(0, app.areaPath.indexOf(app.townshipId) + 1);

/** The outbox message that brings the index up to date should the write after the change not happen. */
export const caseIndexMessage = (app: Pick<ApplicationDoc, '_id'>): OutboxMessage =>
  outboxMessage('caseIndex', { caseId: String(app._id) });

/** The dispatcher's side: the case's row written again (idempotent). */
export const caseIndexSender: Sender<'caseIndex'> = async ({ payload }) => {
  await indexCase(payload.caseId);
  return { status: 'sent' };
};

/**
 * The row written at once after a change saved with its `caseIndexMessage`. Should this fail (the store gone a
 * moment), the change stands and the message's delivery writes the row; the request is not failed for it.
 */
export function indexSaved(app: IndexedCase): Promise<void> {
  return indexCase(app).catch(() => undefined);
}

const readCase = (id: unknown) => Application.findById(id, ROW_FIELDS).lean<IndexedCase>();

/**
 * Writes the case's row, then bumps its township's version. If the case moved on meanwhile (another change, whose
 * own write may have come first), the row is written again from a fresh read, so the last write is never older
 * than the case. Safe to repeat.
 */
export async function indexCase(from: IndexedCase | string): Promise<void> {
  let app = typeof from === 'string' ? await readCase(from) : from;
  for (let round = 0; app && indexable(app) && round < MAX_ROUNDS; round += 1) {
    const month = monthOf(app.createdAt);
    const row = caseRow(app);
    await CaseIndexBucket.collection.updateOne(
      { _id: bucketId(app.townshipId, month) as never },
      { $set: { [`rows.${row.id}`]: stored(row) } },
      { upsert: true },
    );
    const entry = dueEntry(row);
    await CaseIndexDue.collection.updateOne(
      { _id: app.townshipId as never },
      entry ? { $set: { [`due.${row.id}`]: entry } } : { $unset: { [`due.${row.id}`]: '' } },
      { upsert: true },
    );
    await CaseIndexHead.collection.updateOne(
      { _id: app.townshipId as never },
      {
        $inc: { version: 1 },
        $addToSet: { buckets: month },
        $setOnInsert: { path: townshipPath(app), epoch: randomUUID() },
      },
      { upsert: true },
    );
    headReads.clear();
    const now = await Application.findById(app._id, { revision: 1 }).lean<{ revision: number }>();
    if (!now || now.revision === app.revision) return;
    app = await readCase(app._id);
  }
}

type Head = Pick<CaseIndexHeadDoc, '_id' | 'path' | 'buckets' | 'version' | 'epoch'>;
const headKey = (head: Head) => `${head.epoch}:${head.version}`;

const byAge = (a: CaseRow, b: CaseRow) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Rows this process holds, by township or by the area a multi-township list was read for, with their key. */
const held = new Map<string, { key: string; rows: CaseRow[] }>();
const loading = new Map<string, Promise<CaseRow[]>>();

function remember(name: string, key: string, rows: CaseRow[]): CaseRow[] {
  held.delete(name);
  held.set(name, { key, rows });
  if (held.size > HELD_TOWNSHIPS) held.delete(held.keys().next().value!);
  return rows;
}

/** Rows kept under `name` if still current (`key`), else loaded once however many readers ask at the same time. */
function cached(name: string, key: string, load: () => Promise<CaseRow[]>): Promise<CaseRow[]> {
  const hit = held.get(name);
  if (hit?.key === key) return Promise.resolve(remember(name, key, hit.rows));
  const flight = `${name}@${key}`;
  let pending = loading.get(flight);
  if (!pending) {
    pending = load()
      .then((rows) => remember(name, key, rows))
      .finally(() => loading.delete(flight));
    loading.set(flight, pending);
  }
  return pending;
}

/**
 * A township's rows, oldest first. The head is read every time (one read by `_id`); the buckets only when the
 * head's version moved since this process last read them. The buckets are read after the head, and every row is
 * written before its version is bumped, so rows held under a version are never older than it.
 */
function townshipRows(head: Head): Promise<CaseRow[]> {
  return cached(head._id, headKey(head), async () => {
    const rows: CaseRow[] = [];
    for (const month of head.buckets) {
      const bucket = await CaseIndexBucket.findById(bucketId(head._id, month)).lean<{
        rows: Record<string, string>;
      }>();
      if (bucket) rows.push(...Object.values(bucket.rows).map(unstored));
    }
    return rows.sort(byAge);
  });
}

/**
 * The townships whose cases an area reaches: the township itself, or every township below a county. Requests for
 * the same area while a read is under way share it (at most one round trip older than a read of their own); a row
 * written by this process drops the reads under way, so whoever wrote sees the write.
 */
function headsUnder(areaId: string): Promise<Head[]> {
  const shared = headReads.get(areaId);
  if (shared) return shared;
  const read = (async () => {
    const own = await CaseIndexHead.findById(areaId).lean<Head>();
    return own ? [own] : CaseIndexHead.find({ path: areaId }).lean<Head[]>();
  })().finally(() => {
    if (headReads.get(areaId) === read) headReads.delete(areaId);
  });
  headReads.set(areaId, read);
  return read;
}

/** Every indexed case under an area (drafts sent back by a notice included), oldest first. */
export async function casesUnder(areaId: string): Promise<readonly CaseRow[]> {
  const heads = await headsUnder(areaId);
  if (heads.length === 1) return townshipRows(heads[0]!);
  const key = heads
    .map((h) => `${h._id}=${headKey(h)}`)
    .sort()
    .join(',');
  return cached(`area:${areaId}`, key, async () => {
    const rows: CaseRow[] = [];
    for (const head of heads) rows.push(...(await townshipRows(head)));
    return rows.sort(byAge);
  });
}

/** Every township's rows in turn (a rebuild keeping what the index holds). */
async function* everyTownship(): AsyncGenerator<{ townshipId: string; rows: readonly CaseRow[] }> {
  const heads = await CaseIndexHead.find({}).lean<Head[]>();
  for (const head of heads) yield { townshipId: head._id, rows: await townshipRows(head) };
}

/** Every township's cases under way with a due date, in turn (the deadline sweep). */
export async function* everyTownshipDue(): AsyncGenerator<{
  townshipId: string;
  cases: DueCase[];
  done: number;
  total: number;
}> {
  // A township whose first case was never under way has a list without entries, made by an $unset upsert.
  const lists = await CaseIndexDue.find({}).lean<{ _id: string; due?: Record<string, string> }[]>();
  for (const [i, list] of lists.entries())
    yield {
      townshipId: list._id,
      cases: Object.values(list.due ?? {}).map(dueCase),
      done: i + 1,
      total: lists.length,
    };
}

/** Rows gathered in memory, then written as whole buckets and heads: a rebuild, or a freshly seeded store. */
export class CaseIndexBuilder {
  private readonly buckets = new Map<string, Record<string, CaseRow>>();
  private readonly heads = new Map<string, { path: string[]; months: Set<string> }>();

  add(app: IndexedCase): void {
    if (indexable(app)) this.put(app.townshipId, townshipPath(app), monthOf(app.createdAt), caseRow(app));
  }

  /** Takes in the rows the index holds now, so that writing keeps them beside those added. */
  async includeCurrent(): Promise<void> {
    for await (const township of everyTownship())
      for (const row of township.rows) {
        const path = row.areaPath.slice(0, row.areaPath.indexOf(township.townshipId) + 1);
        this.put(township.townshipId, path, monthOf(new Date(row.createdAt)), row);
      }
  }

  private put(townshipId: string, path: string[], month: string, row: CaseRow): void {
    const id = bucketId(townshipId, month);
    const bucket = this.buckets.get(id) ?? {};
    bucket[row.id] = row;
    this.buckets.set(id, bucket);
    const head = this.heads.get(townshipId) ?? { path, months: new Set<string>() };
    head.months.add(month);
    this.heads.set(townshipId, head);
  }

  /** Replaces the whole index with what was added: every bucket, then every head with a new epoch. */
  async write(): Promise<{ cases: number; townships: number; buckets: number }> {
    let cases = 0;
    for (const [_id, rows] of this.buckets) {
      cases += Object.keys(rows).length;
      const values = Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, stored(row)]));
      await CaseIndexBucket.collection.replaceOne({ _id: _id as never }, { rows: values }, { upsert: true });
    }
    const dues = new Map<string, Record<string, string>>();
    for (const rows of this.buckets.values())
      for (const row of Object.values(rows)) {
        const township = row.areaPath.find((area) => this.heads.has(area))!;
        const entry = dueEntry(row);
        if (entry) dues.set(township, { ...dues.get(township), [row.id]: entry });
      }
    for (const _id of this.heads.keys())
      await CaseIndexDue.collection.replaceOne(
        { _id: _id as never },
        { due: dues.get(_id) ?? {} },
        { upsert: true },
      );
    for (const [_id, head] of this.heads)
      await CaseIndexHead.collection.replaceOne(
        { _id: _id as never },
        { path: head.path, buckets: [...head.months].sort(), version: 0, epoch: randomUUID() },
        { upsert: true },
      );
    await CaseIndexBucket.deleteMany({ _id: { $nin: [...this.buckets.keys()] } });
    await CaseIndexHead.deleteMany({ _id: { $nin: [...this.heads.keys()] } });
    await CaseIndexDue.deleteMany({ _id: { $nin: [...this.heads.keys()] } });
    return { cases, townships: this.heads.size, buckets: this.buckets.size };
  }
}

/**
 * Rebuilds the index from the cases (one pass over the applications). A change saved while it runs can be
 * overwritten by what the pass read before it, until that case changes again: run it while the store is quiet
 * (after a restore, or to repair an index found wrong).
 */
export async function rebuildCaseIndex(progress: (done: number, total: number) => void = () => undefined) {
  const total = await Application.estimatedDocumentCount();
  const builder = new CaseIndexBuilder();
  let done = 0;
  for await (const app of Application.find({}, ROW_FIELDS).lean<IndexedCase[]>().cursor()) {
    builder.add(app as unknown as IndexedCase);
    progress((done += 1), total);
  }
  return builder.write();
}
