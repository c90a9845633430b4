import { z } from 'zod';
import {
  type CalendarWarning,
  type Pause,
  addCalendarDays,
  addWorkingDays,
  calendarPeriod,
} from '../calendar/working-days';
import {
  ACTORS,
  LIMIT_COUNTED_FROM,
  NOT_COUNTED_PERIODS,
  type NotCountedPeriod,
  PAYMENT_START_RULES,
  STAGE_KINDS,
  STAGE_OCCASIONS,
  type Pack,
  type ProgramId,
  type Source,
  type Stage,
  localizedSchema,
  programIdSchema,
  sourceSchema,
} from './pack-schema';

/**
 * The dates of a pack's procedure. One walk serves both the timeline a screening shows (acceptance assumed on a
 * day) and the timeline of a real case (the stages staff recorded): it replays what was recorded, works out which
 * stages may be recorded next, and dates the rest, so a stage's due date is computed in one place only.
 *
 * - A stage with a limit of its own counts it from the stage it follows (or from acceptance, `countFrom`);
 *   a publication runs its calendar days from there.
 * - A stage with no limit of its own, up to the deciding stage, is bounded by the overall limit: it is due by the
 *   decision deadline at the latest. What follows it is dated from that deadline and marked `projected`.
 * - A date counted from another stage's deadline rather than a recorded date is `projected`: it moves earlier if
 *   that stage finishes early.
 * - Periods the pack says do not count are noted on every date they affect (`excludes`), and only there:
 *   verification (信息核对) on the dates from its stage on; a publication on a count it was paused out of.
 * - An objection during a publication opens the pack's objection stage (its own deadline from the day the
 *   objection was raised), after which the procedure resumes at an earlier stage, which runs again. From then on
 *   the overall limit no longer bounds stages without a limit of their own: the document's own re-review
 *   deadline governs.
 */

const dateField = z.string().describe('YYYY-MM-DD, local China date');
const monthField = z.string().describe('YYYY-MM');

export const DUE_BASES = ['own_limit', 'overall_limit'] as const;
export type DueBasis = (typeof DUE_BASES)[number];

/** What is recorded of a stage: that it was done, or an objection raised during its publication. */
export const STAGE_EVENTS = ['done', 'objection'] as const;
export type StageEvent = (typeof STAGE_EVENTS)[number];

export interface StageRecordLike {
  stage: string;
  on: string;
  /** `objection`: an objection raised during the publication `stage`, on `on`. */
  event?: string | null;
  outcome?: string | null;
  details?: { emergency?: boolean | null } | null;
}

/** A stage as the walk dates it: done (recorded), current, or upcoming. A stage that runs again appears again. */
export interface PlannedStage {
  stage: Stage;
  occurrence: number;
  state: 'done' | 'current' | 'upcoming';
  on: string | null;
  /** A publication: its last day (from the day it was posted, or expected to be). */
  until: string | null;
  due: string | null;
  basis: DueBasis | null;
  projected: boolean;
  excludes: NotCountedPeriod[];
  /** The day after the publication before it ends: the stage cannot be recorded earlier. */
  notBefore: string | null;
  /** The monthly round (YYYY-MM) the stage is expected in, for a stage held in rounds. */
  round: string | null;
  record: StageRecordLike | null;
  /** The day an objection was raised during this publication. */
  objection: string | null;
}

/** What staff may record next. */
export interface ExpectedAction {
  stage: Stage;
  event: StageEvent;
  /** 先行救助: the approval granted before the stages before it are documented. */
  emergency: boolean;
  /** For an objection: the stage it opens. */
  opens: Stage | null;
  notBefore: string | null;
  /** For an objection: the publication period it must fall in. */
  within: { from: string; to: string | null } | null;
}

export interface OverallLimit {
  program: ProgramId;
  workingDays: number;
  due: string;
  extendedWorkingDays: number | null;
  extendedDue: string | null;
  excludes: NotCountedPeriod[];
  source: Source;
}

export interface Payment {
  program: ProgramId;
  rule: (typeof PAYMENT_START_RULES)[number];
  /** YYYY-MM for `month_after_approval`, YYYY-MM-DD for `on_approval`; null while the approval cannot be dated. */
  from: string | null;
  projected: boolean;
  source: Source;
}

export interface Plan {
  stages: PlannedStage[];
  expected: ExpectedAction[];
  current: PlannedStage | null;
  acceptedOn: string | null;
  limits: OverallLimit[];
  notProvided: { program: ProgramId; note: string }[];
  payments: Payment[];
  warnings: CalendarWarning[];
}

export function appliesTo(stage: Stage, programs: readonly string[]): boolean {
  return !stage.programs || stage.programs.some((p) => programs.includes(p));
}

/** The pack's stages that apply to any of the programmes, in order. */
export function stagesOf(pack: Pack, programs: readonly string[]): Stage[] {
  return pack.procedure.stages.filter((s) => appliesTo(s, programs));
}

/** May the approval be granted first and documented after (先行救助、后补材料) for these programmes? */
export function helpFirstAllowed(pack: Pack, programs: readonly string[]): boolean {
  const rule = pack.rules.temporary;
  return (
    programs.length > 0 && programs.every((p) => p === 'temporary') && 'applies' in rule && rule.helpFirst
  );
}

function monthAfter(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

interface Dated {
  date: string | null;
  projected: boolean;
  excludes: ReadonlySet<NotCountedPeriod>;
}

const NONE: ReadonlySet<NotCountedPeriod> = new Set();

interface DueContext {
  acceptedOn: string | null;
  /** Publication periods that do not count, recorded and expected. */
  pauses: Pause[];
  publicationNotCounted: boolean;
  verificationStage: string | null;
  /** The overall limit that stages without a limit of their own fall within. */
  bound: { due: string; excludes: ReadonlySet<NotCountedPeriod> } | null;
  warnings: Map<number, CalendarWarning>;
}

interface StageDue {
  due: string | null;
  until: string | null;
  basis: DueBasis | null;
  projected: boolean;
  excludes: Set<NotCountedPeriod>;
  /** The period a publication that does not count takes out of later counts. */
  pause: Pause | null;
}

function pausedWithin(ctx: DueContext, from: string, to: string): boolean {
  return ctx.publicationNotCounted && ctx.pauses.some((p) => p.start > from && p.start <= to);
}

/**
 * A stage's due date — the one place it is computed. `anchor` is when the stage it follows ended (recorded, or
 * that stage's own due date); `occurrence` counts runs of the stage (a limit counted from acceptance dates only
 * the first); `posted` the day a publication was actually posted; `bounded` whether the overall limit bounds it.
 */
function stageDue(
  stage: Stage,
  occurrence: number,
  anchor: Dated,
  ctx: DueContext,
  bounded: boolean,
  posted?: string,
): StageDue {
  const limit = stage.limit;
  const from: Dated =
    stage.countFrom === 'acceptance'
      ? { date: occurrence === 1 ? ctx.acceptedOn : null, projected: false, excludes: NONE }
      : anchor;
  const excludes = new Set(from.excludes);
  if (stage.id === ctx.verificationStage) excludes.add('verification');
  const none: StageDue = {
    due: null,
    until: null,
    basis: null,
    projected: false,
    excludes: new Set(),
    pause: null,
  };
  const byBound = (): StageDue =>
    bounded && ctx.bound
      ? {
          due: ctx.bound.due,
          until: null,
          basis: 'overall_limit',
          projected: false,
          excludes: new Set([...ctx.bound.excludes, ...excludes]),
          pause: null,
        }
      : none;

  if (stage.kind === 'publication') {
    const start = posted ?? from.date;
    if (!('calendarDays' in limit) || !start) return posted ? none : byBound();
    const period = calendarPeriod(start, limit.calendarDays);
    return {
      due: period.end,
      until: period.end,
      basis: 'own_limit',
      projected: posted ? false : from.projected,
      excludes: posted ? new Set() : excludes,
      pause: ctx.publicationNotCounted ? period : null,
    };
  }
  if ('status' in limit || !from.date) return 'status' in limit ? byBound() : none;

  let due: string;
  if ('workingDays' in limit) {
    const r = addWorkingDays(from.date, limit.workingDays, { pauses: ctx.pauses });
    r.warnings.forEach((w) => ctx.warnings.set(w.year, w));
    due = r.date;
    if (pausedWithin(ctx, from.date, due)) excludes.add('publication');
  } else due = addCalendarDays(from.date, limit.calendarDays);
  if (bounded && ctx.bound && ctx.bound.due < due) return byBound();
  return { due, until: null, basis: 'own_limit', projected: from.projected, excludes, pause: null };
}

function sorted(set: ReadonlySet<NotCountedPeriod>): NotCountedPeriod[] {
  return NOT_COUNTED_PERIODS.filter((p) => set.has(p));
}

function overallLimits(
  pack: Pack,
  programs: readonly ProgramId[],
  ctx: DueContext,
  verificationCounts: boolean,
): Pick<Plan, 'limits' | 'notProvided'> {
  const limits: OverallLimit[] = [];
  const notProvided: Plan['notProvided'] = [];
  for (const program of programs) {
    const overall = pack.procedure.overallLimits[program];
    if (!overall || 'status' in overall) {
      notProvided.push({
        program,
        note: overall?.note ?? 'no overall limit for this program in the document',
      });
      continue;
    }
    if (!ctx.acceptedOn) continue;
    const due = addWorkingDays(ctx.acceptedOn, overall.workingDays, { pauses: ctx.pauses });
    const extended = overall.extendedTo
      ? addWorkingDays(ctx.acceptedOn, overall.extendedTo, { pauses: ctx.pauses })
      : null;
    for (const r of [due, extended]) r?.warnings.forEach((w) => ctx.warnings.set(w.year, w));
    const excludes = new Set<NotCountedPeriod>(verificationCounts ? [] : ['verification']);
    if (pausedWithin(ctx, ctx.acceptedOn, extended?.date ?? due.date)) excludes.add('publication');
    limits.push({
      program,
      workingDays: overall.workingDays,
      due: due.date,
      extendedWorkingDays: overall.extendedTo ?? null,
      extendedDue: extended?.date ?? null,
      excludes: sorted(excludes),
      source: overall.source,
    });
  }
  return { limits, notProvided };
}

interface WalkResult {
  stages: PlannedStage[];
  expected: ExpectedAction[];
  current: PlannedStage | null;
  pauses: Pause[];
  decided: 'approved' | 'refused' | 'not_accepted' | null;
}

export interface PlanOptions {
  /** False for a draft: nothing is expected or current yet, and the stages to come have no dates. */
  open?: boolean;
}

/**
 * Replays the recorded stages of a case with these programmes and dates what is left. Records must be in the
 * order they were made; the acceptance date is the recorded acceptance (受理).
 */
export function planProcedure(
  pack: Pack,
  programs: readonly ProgramId[],
  records: readonly StageRecordLike[],
  options: PlanOptions = {},
): Plan {
  const stages = stagesOf(pack, programs);
  const acceptance = stages.find((s) => s.decides === 'acceptance');
  const accepted = records.find((r) => r.stage === acceptance?.id && r.outcome === 'accepted');
  const verification = pack.procedure.notCounted.find((n) => n.period === 'verification');
  const ctx: DueContext = {
    acceptedOn: accepted?.on ?? null,
    pauses: [],
    publicationNotCounted: pack.procedure.notCounted.some((n) => n.period === 'publication'),
    verificationStage: verification && 'stage' in verification ? verification.stage : null,
    bound: null,
    warnings: new Map(),
  };
  const approvalIndex = Math.max(...stages.map((s, i) => (s.decides === 'approval' ? i : -1)));
  const verificationIndex = stages.findIndex((s) => s.id === ctx.verificationStage);
  const verificationCounts = verificationIndex < 0 || verificationIndex > approvalIndex;

  // The overall limit pauses for publications that do not count, and where publications fall depends on the
  // limit that bounds the stages before them: settle the two together (a pack rarely needs a second pass).
  let limits = overallLimits(pack, programs, ctx, verificationCounts);
  const helpFirst = helpFirstAllowed(pack, programs);
  const walkWith = (bounds: OverallLimit[]) =>
    walkProcedure({ stages, records, base: ctx, limits: bounds, open: options.open ?? true, helpFirst });
  let walk = walkWith(limits.limits);
  const same = (a: OverallLimit[], b: OverallLimit[]) =>
    a.every((l, i) => l.due === b[i]?.due && l.extendedDue === b[i]?.extendedDue);
  for (let pass = 0; pass < 3 && walk.pauses.length > 0 && limits.limits.length > 0; pass++) {
    const next = overallLimits(pack, programs, { ...ctx, pauses: walk.pauses }, verificationCounts);
    if (same(next.limits, limits.limits)) break;
    limits = next;
    walk = walkWith(limits.limits);
  }
  return {
    stages: walk.stages,
    expected: walk.expected,
    current: walk.current,
    acceptedOn: ctx.acceptedOn,
    limits: limits.limits,
    notProvided: limits.notProvided,
    payments: payments(pack, programs, walk),
    warnings: [...ctx.warnings.values()].sort((a, b) => a.year - b.year),
  };
}

interface WalkInput {
  stages: Stage[];
  records: readonly StageRecordLike[];
  base: DueContext;
  limits: OverallLimit[];
  open: boolean;
  helpFirst: boolean;
}

function walkProcedure({ stages, records, base, limits, open, helpFirst }: WalkInput): WalkResult {
  const first = [...limits].sort((a, b) => a.due.localeCompare(b.due))[0];
  const ctx: DueContext = {
    ...base,
    pauses: [],
    bound: first ? { due: first.due, excludes: new Set(first.excludes) } : null,
  };
  const at = (id: string) => stages.findIndex((s) => s.id === id);
  const acceptIndex = stages.findIndex((s) => s.decides === 'acceptance');
  const approvalIndex = Math.max(...stages.map((s, i) => (s.decides === 'approval' ? i : -1)));
  const counts = new Map<string, number>();
  const occurrence = (stage: Stage) => {
    const n = (counts.get(stage.id) ?? 0) + 1;
    counts.set(stage.id, n);
    return n;
  };

  const out: PlannedStage[] = [];
  let pos = 0;
  let anchor: Dated = { date: null, projected: false, excludes: NONE };
  let lastPublication: PlannedStage | null = null;
  let pendingObjection: Stage | null = null;
  let reopened = false;
  let granted = false;
  let reopenAfterVote: Stage | null = null;
  let decided: WalkResult['decided'] = null;
  const bounded = (stage: Stage) => {
    const i = at(stage.id);
    return !reopened && i > acceptIndex && i <= approvalIndex;
  };
  const notBeforeAfter = (publication: PlannedStage | null) =>
    publication?.until ? addCalendarDays(publication.until, 1) : null;

  for (const record of records) {
    const stage = stages[at(record.stage)];
    if (!stage) continue; // a stage the pack no longer has: nothing to date
    if (record.event === 'objection') {
      if (lastPublication) lastPublication.objection = record.on;
      // The objection interrupts the publication: it paused the counts only until then.
      const paused = ctx.pauses.at(-1);
      if (paused && lastPublication?.until === paused.end && record.on < paused.end)
        ctx.pauses[ctx.pauses.length - 1] = { start: paused.start, end: record.on };
      pendingObjection = lastPublication
        ? (stages.find((s) => s.objectionTo === lastPublication!.stage.id) ?? null)
        : null;
      reopened = true;
      lastPublication = null;
      anchor = { date: record.on, projected: false, excludes: NONE };
      if (decided === 'approved') decided = null;
      continue;
    }
    const n = occurrence(stage);
    const posted = stage.kind === 'publication' ? record.on : undefined;
    const due = stageDue(stage, n, anchor, ctx, bounded(stage), posted);
    if (due.pause) ctx.pauses.push(due.pause);
    const done: PlannedStage = {
      stage,
      occurrence: n,
      state: 'done',
      on: record.on,
      until: due.until,
      due: due.due,
      basis: due.basis,
      projected: due.projected,
      excludes: sorted(due.excludes),
      notBefore: notBeforeAfter(lastPublication),
      round: stage.round ? record.on.slice(0, 7) : null,
      record,
      objection: null,
    };
    out.push(done);

    if (stage.when === 'on_objection') {
      pendingObjection = null;
      pos = at(stage.resumeAt ?? stage.id);
    } else if (stage.when === 'always') {
      if (stage.decides === 'approval' && record.details?.emergency) granted = true;
      else pos = at(stage.id) + 1;
    }
    if (stage.decides === 'acceptance' && record.outcome === 'not_accepted') decided = 'not_accepted';
    if (stage.decides === 'approval') decided = record.outcome === 'refused' ? 'refused' : 'approved';
    const reopens = stage.vote?.notPassedReopens;
    reopenAfterVote = record.outcome === 'not_passed' && reopens ? (stages[at(reopens)] ?? null) : null;
    lastPublication = stage.kind === 'publication' ? done : null;
    anchor = { date: done.until ?? record.on, projected: false, excludes: NONE };
  }

  const expected: ExpectedAction[] = [];
  const action = (stage: Stage, extra: Partial<ExpectedAction> = {}): ExpectedAction => ({
    stage,
    event: 'done',
    emergency: false,
    opens: null,
    notBefore: null,
    within: null,
    ...extra,
  });
  let regular: Stage | undefined;
  if (open && decided !== 'not_accepted') {
    if (decided === 'refused') {
      const refusedAt = Math.max(...out.map((o, i) => (o.stage.decides === 'approval' ? i : -1)));
      const noticed = new Set(out.slice(refusedAt + 1).map((o) => o.stage.id));
      for (const s of stages) if (s.when === 'on_refusal' && !noticed.has(s.id)) expected.push(action(s));
    } else if (pendingObjection) {
      expected.push(action(pendingObjection));
    } else {
      regular = stages.slice(pos).find((s) => s.when === 'always' && !(granted && s.decides === 'approval'));
      if (regular) expected.push(action(regular, { notBefore: notBeforeAfter(lastPublication) }));
      const publication = lastPublication;
      const answering = publication && stages.find((s) => s.objectionTo === publication.stage.id);
      if (publication && answering)
        expected.push(
          action(publication.stage, {
            event: 'objection',
            opens: answering,
            within: { from: publication.on!, to: publication.until },
          }),
        );
      if (reopenAfterVote) expected.push(action(reopenAfterVote));
      const approval = stages[approvalIndex];
      if (helpFirst && approval && !granted && base.acceptedOn && regular && at(regular.id) < approvalIndex)
        expected.push(action(approval, { emergency: true }));
    }
  }

  // Date what is left: the current stage from the last recorded date, then each regular stage after it.
  const currentStage = expected[0]?.event === 'done' ? expected[0].stage : undefined;
  let current: PlannedStage | null = null;
  const planned = (stage: Stage, state: 'current' | 'upcoming', from: Dated, notBefore: string | null) => {
    const n = occurrence(stage);
    const due = stageDue(stage, n, from, ctx, bounded(stage));
    if (due.pause) ctx.pauses.push(due.pause);
    const entry: PlannedStage = {
      stage,
      occurrence: n,
      state,
      on: null,
      until: due.until,
      due: due.due,
      basis: due.basis,
      projected: due.projected,
      excludes: sorted(due.excludes),
      notBefore,
      round: stage.round && due.due ? due.due.slice(0, 7) : null,
      record: null,
      objection: null,
    };
    out.push(entry);
    return entry;
  };
  const next = (entry: PlannedStage): Dated => ({
    date: entry.until ?? entry.due,
    projected: true,
    excludes: new Set(entry.excludes),
  });
  let from = anchor;
  let resumeFrom = -1;
  if (currentStage) {
    current = planned(currentStage, 'current', anchor, expected[0]!.notBefore);
    from = next(current);
    resumeFrom = currentStage.when === 'on_objection' ? at(currentStage.resumeAt!) : at(currentStage.id) + 1;
    if (currentStage.when === 'on_refusal') resumeFrom = -1;
  } else if (!open && decided === null) {
    resumeFrom = pos;
  }
  if (resumeFrom >= 0) {
    for (const stage of stages.slice(resumeFrom)) {
      if (stage.when !== 'always' || (granted && stage.decides === 'approval')) continue;
      from = next(planned(stage, 'upcoming', from, null));
    }
  }
  return { stages: out, expected, current, pauses: ctx.pauses, decided };
}

/** When payment starts for each programme the pack states a start for; none for a case refused or not accepted. */
function payments(pack: Pack, programs: readonly ProgramId[], walk: WalkResult): Payment[] {
  if (walk.decided === 'refused' || walk.decided === 'not_accepted') return [];
  const result: Payment[] = [];
  for (const program of programs) {
    const start = pack.procedure.paymentStart[program];
    if (!start || 'status' in start) continue;
    let i = walk.stages.length - 1;
    while (
      i >= 0 &&
      !(walk.stages[i]!.stage.decides === 'approval' && appliesTo(walk.stages[i]!.stage, [program]))
    )
      i -= 1;
    const approval = walk.stages[i];
    const approvedOn = approval ? (approval.on ?? approval.due) : null;
    let from: string | null = null;
    let projected = !approval?.on;
    if (approval && start.rule === 'on_approval') from = approvedOn;
    if (approval && start.rule === 'month_after_approval') {
      // The approval stands once the publication that follows it has passed without objection (000 四(五),
      // 002 二(一)5): payment starts the month after that.
      const publication = walk.stages[i + 1];
      const follows = publication?.stage.kind === 'publication' && appliesTo(publication.stage, [program]);
      const effective = follows ? (publication.until ?? publication.on ?? publication.due) : approvedOn;
      if (follows) projected = !publication.on;
      from = effective ? monthAfter(effective) : null;
    }
    result.push({ program, rule: start.rule, from, projected, source: start.source });
  }
  return result;
}

// ---------------------------------------------------------------- the timeline of a programme from acceptance

export const timelineStageSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  actor: z.enum(ACTORS),
  kind: z.enum(STAGE_KINDS),
  when: z.enum(STAGE_OCCASIONS),
  limit: z.object({
    unit: z.enum(['working_days', 'calendar_days', 'not_provided']),
    days: z.number().int().nullable(),
    countFrom: z.enum(LIMIT_COUNTED_FROM),
  }),
  due: dateField
    .nullable()
    .describe('Due date in the expected run (a publication: its last day); null when it cannot be known'),
  basis: z
    .enum(DUE_BASES)
    .nullable()
    .describe(
      'own_limit: the stage’s own limit; overall_limit: no limit of its own, due by the decision deadline',
    ),
  projected: z
    .boolean()
    .describe(
      'Counted from another stage’s deadline, not from acceptance: earlier if that stage finishes early',
    ),
  excludes: z
    .array(z.enum(NOT_COUNTED_PERIODS))
    .describe(
      'Periods the pack says do not count that this date leaves out (verification: the date moves later)',
    ),
  notCounted: z
    .boolean()
    .describe('The pack says this period (a publication) does not count toward time limits'),
  round: monthField.nullable().describe('For a stage held monthly: the round the case is expected in'),
  source: sourceSchema,
});
export type TimelineStage = z.infer<typeof timelineStageSchema>;

export const overallLimitSchema = z.object({
  status: z.literal('limited'),
  workingDays: z.number().int(),
  due: dateField,
  extendedWorkingDays: z.number().int().nullable(),
  extendedDue: dateField.nullable(),
  excludes: z
    .array(z.enum(NOT_COUNTED_PERIODS))
    .describe('Periods the pack says do not count within this limit'),
  source: sourceSchema,
});

export const paymentSchema = z.object({
  rule: z.enum(PAYMENT_START_RULES),
  from: z
    .string()
    .nullable()
    .describe(
      'month_after_approval: YYYY-MM; on_approval: the approval date YYYY-MM-DD; null when not yet known',
    ),
  projected: z.boolean().describe('Worked out from deadlines, not from recorded dates'),
  source: sourceSchema,
});

export const timelineSchema = z.object({
  program: programIdSchema,
  acceptedOn: dateField,
  stages: z.array(timelineStageSchema),
  decision: z.union([overallLimitSchema, z.object({ status: z.literal('not_provided'), note: z.string() })]),
  payment: paymentSchema.nullable().describe('When payment starts; null where the document states no start'),
  estimated: z.boolean().describe('A year without holiday data was crossed; dates count weekends only'),
  warnings: z.array(z.object({ code: z.literal('calendar_year_without_data'), year: z.number().int() })),
});
export type Timeline = z.infer<typeof timelineSchema>;

function limitOf(stage: Stage): TimelineStage['limit'] {
  const { limit, countFrom } = stage;
  if ('workingDays' in limit) return { unit: 'working_days', days: limit.workingDays, countFrom };
  if ('calendarDays' in limit) return { unit: 'calendar_days', days: limit.calendarDays, countFrom };
  return { unit: 'not_provided', days: null, countFrom };
}

/** Whether the pack says this stage's period does not count toward the time limits. */
export function notCountedStage(pack: Pack, stage: Stage): boolean {
  return stage.kind === 'publication' && pack.procedure.notCounted.some((n) => n.period === 'publication');
}

/**
 * Every stage of a programme's procedure dated as if the case were accepted on `acceptedOn` and each stage took
 * its full time; stages that run only on an objection or a refusal have no date.
 */
export function procedureTimeline(pack: Pack, program: ProgramId, acceptedOn: string): Timeline {
  const stages = stagesOf(pack, [program]);
  const acceptIndex = stages.findIndex((s) => s.decides === 'acceptance');
  const assumed: StageRecordLike[] = stages
    .slice(0, acceptIndex + 1)
    .filter((s) => s.when === 'always')
    .map((s) => ({ stage: s.id, on: acceptedOn, outcome: s.decides === 'acceptance' ? 'accepted' : null }));
  const plan = planProcedure(pack, [program], assumed);
  const limit = plan.limits[0];
  const payment = plan.payments[0];
  return {
    program,
    acceptedOn,
    stages: stages.map((stage) => {
      const dated = plan.stages.find((p) => p.stage.id === stage.id && p.state !== 'done');
      return {
        id: stage.id,
        name: stage.name,
        actor: stage.actor,
        kind: stage.kind,
        when: stage.when,
        limit: limitOf(stage),
        due: dated?.due ?? null,
        basis: dated?.basis ?? null,
        projected: dated?.due ? dated.projected : false,
        excludes: dated?.due ? dated.excludes : [],
        notCounted: notCountedStage(pack, stage),
        round: dated?.round ?? null,
        source: stage.source,
      };
    }),
    decision: limit
      ? {
          status: 'limited',
          workingDays: limit.workingDays,
          due: limit.due,
          extendedWorkingDays: limit.extendedWorkingDays,
          extendedDue: limit.extendedDue,
          excludes: limit.excludes,
          source: limit.source,
        }
      : { status: 'not_provided', note: plan.notProvided[0]?.note ?? 'no overall limit' },
    payment: payment
      ? { rule: payment.rule, from: payment.from, projected: payment.projected, source: payment.source }
      : null,
    estimated: plan.warnings.length > 0,
    warnings: plan.warnings,
  };
}

/**
 * The date by which a complaint received on `from` must be answered (`answer`), or a problem the media disclosed
 * on `from` investigated (`mediaReports`); null when the pack gives no limit.
 */
export function complaintDeadline(pack: Pack, from: string, limit: 'answer' | 'mediaReports' = 'answer') {
  const deadline = pack.complaints[limit];
  if ('status' in deadline) return null;
  return {
    ...addWorkingDays(from, deadline.workingDays),
    workingDays: deadline.workingDays,
    source: deadline.source,
  };
}
