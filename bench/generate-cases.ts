import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { Types } from 'mongoose';
import { Application, type ApplicationDoc } from '../server/applications/application-model';
import { deadlineFields } from '../server/applications/case-deadline';
import { CaseIndexBuilder } from '../server/applications/case-index';
import { applicationStage, planOf } from '../server/applications/stages';
import { Area } from '../server/areas/area-model';
import { createArea } from '../server/areas/areas';
import { chinaToday } from '../server/calendar/china-date';
import { addCalendarDays, addWorkingDays } from '../server/calendar/working-days';
import { loadConfig, loadDotEnv } from '../server/config';
import { createStaff } from '../server/identity/staff';
import { Staff } from '../server/identity/staff-model';
import type { Pack, ProgramId } from '../server/policy/pack-schema';
import { boot } from '../server/runtime/boot';

/**
 * Seeds the store (MONGODB_URI, or the embedded one under DATA_DIR, as the server would use) with applications
 * across three counties — Dengkou, Chaohu, Yichun — each with 10 townships of 5 villages, and one township account
 * per township (password BENCH_PASSWORD). Every case walks the pack's procedure through the same functions the
 * product uses (planOf, currentStageOf), stage by stage, each done around its deadline (some late), up to a
 * random point or today: submitted only, in progress at any stage, or closed by a decision. The case index the
 * inbox and the sweep read is written from the same cases (case-index.ts), as the product's changes write it.
 *
 *   npm run bench:seed -- --cases 100000
 */
export const COUNTIES = ['dengkou', 'chaohu', 'yichun'] as const;
export const TOWNSHIPS_PER_COUNTY = 10;
export const BENCH_PASSWORD = 'bench-password-1';
const BATCH = 1000;

/** A small deterministic generator, so two runs seed the same cases. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const townshipId = (pack: Pack, t: number) =>
  `${pack.divisionCode}${String(100 + t * 100).padStart(3, '0')}`;

async function seedAreas(
  packs: ReadonlyMap<string, Pack>,
  crypto: Parameters<typeof createStaff>[1],
  counties: readonly string[],
  townships: number,
) {
  for (const id of counties) {
    const pack = packs.get(id)!;
    if (await Area.exists({ _id: pack.divisionCode })) continue;
    await createArea({
      id: pack.divisionCode,
      name: pack.name['zh-CN'],
      level: 'county',
      kind: '县',
      policyPack: id,
    });
    for (let t = 0; t < townships; t += 1) {
      const tid = townshipId(pack, t);
      await createArea({
        id: tid,
        name: `乡镇${t + 1}`,
        level: 'township',
        kind: '镇',
        parentId: pack.divisionCode,
      });
      for (let v = 1; v <= 5; v += 1)
        await createArea({ id: `${tid}${v}`, name: `村${v}`, level: 'village', kind: '村', parentId: tid });
      if (!(await Staff.exists({ username: `bench.${tid}` })))
        await createStaff(
          {
            username: `bench.${tid}`,
            displayName: `乡镇${t + 1}`,
            role: 'township_staff',
            areaId: tid,
            password: BENCH_PASSWORD,
          },
          crypto,
        );
    }
  }
}

/** One case, walked through its pack's procedure from a submission day to some point before today. */
function generateCase(
  rand: () => number,
  pack: Pack,
  county: string,
  n: number,
  today: string,
  townships: number,
): ApplicationDoc {
  const township = townshipId(pack, Math.floor(rand() * townships));
  const village = `${township}${1 + Math.floor(rand() * 5)}`;
  const programs: ProgramId[] = rand() < 0.8 ? ['dibao'] : ['tekun'];
  const programsInPack = programs.filter((p) => p in pack.programs);
  const people = 1 + Math.floor(rand() * 4);
  const members = Array.from({ length: people }, (_, i) => ({
    name: `成员${i + 1}`,
    idNumberSealed: null,
    idNumberIndex: null,
    facts: { relation: i === 0 ? 'self' : 'child', age: 20 + Math.floor(rand() * 60), workCapacity: 'full' },
  }));
  const household = {
    residenceArea: rand() < 0.7 ? 'rural' : 'urban',
    incomes: [{ kind: 'wages', monthly: Math.floor(rand() * 80000) }],
  };
  const submitted = addCalendarDays(today, -(3 + Math.floor(rand() * 170)));
  const by = { kind: 'staff', id: 'generator', role: 'township_staff' };
  const base = {
    _id: new Types.ObjectId(),
    status: 'submitted',
    jurisdiction: county,
    areaId: village,
    areaPath: [pack.divisionCode, township, village],
    placeBasis: 'registration',
    townshipId: township,
    programs: programsInPack.length ? programsInPack : [Object.keys(pack.programs)[0]!],
    ownerResidentId: null,
    createdBy: { kind: 'resident', id: new Types.ObjectId().toHexString(), role: null },
    onBehalf: null,
    members,
    household,
    phoneSealed: null,
    phoneIndex: null,
    declarations: [],
    attachments: [],
    notice: null,
    caseNumber: `${pack.divisionCode}-${submitted.slice(0, 4)}-${String(n).padStart(6, '0')}`,
    snapshots: [
      {
        version: 1,
        submittedAt: new Date(`${submitted}T10:00:00+08:00`),
        submittedBy: by,
        sha256: '0'.repeat(64),
        content: { members, household },
      },
    ],
    forwardedAt: new Date(`${submitted}T10:01:00+08:00`),
    acceptedOn: null as string | null,
    stages: [] as unknown as ApplicationDoc['stages'],
    decision: null as ApplicationDoc['decision'],
    outbox: [],
    outboxDueAt: null,
    outboxLeaseUntil: null,
    revision: 3,
    createdAt: new Date(`${submitted}T09:00:00+08:00`),
    updatedAt: new Date(`${submitted}T10:00:00+08:00`),
  };
  const app = base as unknown as ApplicationDoc;
  const apply = applicationStage(app, pack);
  if (apply)
    app.stages.push({
      stage: apply.id,
      on: submitted,
      at: new Date(`${submitted}T10:00:00+08:00`),
      by,
      outcome: null,
      note: null,
    } as never);
  // How far this case has come: some wait for acceptance, most are under way, some are decided.
  const depth = rand() < 0.1 ? 0 : Math.floor(rand() * 12);
  let last = submitted;
  for (let step = 0; step < depth; step += 1) {
    const plan = planOf(app, pack);
    const stage = plan.expected.find((a) => a.event === 'done' && !a.emergency)?.stage;
    if (!stage) break;
    const due = plan.current?.due ?? null;
    // Done within its limit mostly, a few days late now and then.
    const slack = rand() < 0.15 ? 1 + Math.floor(rand() * 4) : -Math.floor(rand() * 4);
    const on = due
      ? slack >= 0
        ? addWorkingDays(due, slack).date
        : addCalendarDays(due, slack)
      : addWorkingDays(last, 1 + Math.floor(rand() * 3)).date;
    const day = on < last ? last : on;
    if (day >= today) break;
    let outcome: string | null = null;
    if (stage.decides === 'acceptance') outcome = rand() < 0.95 ? 'accepted' : 'not_accepted';
    if (stage.decides === 'approval') outcome = rand() < 0.85 ? 'approved' : 'refused';
    app.stages.push({
      stage: stage.id,
      on: day,
      at: new Date(`${day}T15:00:00+08:00`),
      by,
      outcome,
      note: null,
    } as never);
    last = day;
    if (outcome === 'accepted') Object.assign(app, { acceptedOn: day, status: 'in_progress' });
    else if (outcome) {
      const decided =
        outcome === 'approved' ? 'approved' : outcome === 'refused' ? 'refused' : 'not_accepted';
      app.decision = {
        outcome: decided,
        reasons: decided === 'approved' ? null : '家庭人均收入高于当地低保标准',
        on: day,
        by,
      } as never;
    }
    if (outcome === 'not_accepted' || !planOf(app, pack).expected.some((a) => a.event === 'done')) {
      app.status = 'closed';
      break;
    }
  }
  Object.assign(app, deadlineFields(app, pack, today), { updatedAt: new Date(`${last}T15:00:00+08:00`) });
  return app;
}

export interface SeedOptions {
  cases: number;
  seed?: number;
  counties?: readonly string[];
  townshipsPerCounty?: number;
  /** Told after each batch: cases written so far, of how many. */
  progress?: (done: number, total: number) => void;
}

/** Seeds areas, accounts, cases and their index; what was seeded and how long each part took. */
export async function seedCases(
  { packs, crypto }: { packs: ReadonlyMap<string, Pack>; crypto: Parameters<typeof createStaff>[1] },
  opts: SeedOptions,
) {
  const { cases: total, seed = 14, counties = COUNTIES, townshipsPerCounty = TOWNSHIPS_PER_COUNTY } = opts;
  await seedAreas(packs, crypto, counties, townshipsPerCounty);
  const already = await Application.estimatedDocumentCount();
  const rand = random(seed + already);
  const today = chinaToday();
  const index = new CaseIndexBuilder();
  // Seeding more into a seeded store: the index keeps the rows it has.
  if (already) await index.includeCurrent();
  const started = Date.now();
  const byStatus: Record<string, number> = {};
  for (let done = 0; done < total; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, total - done) }, (_, i) => {
      const county = counties[(done + i) % counties.length]!;
      return generateCase(
        rand,
        packs.get(county)!,
        county,
        already + done + i + 1,
        today,
        townshipsPerCounty,
      );
    });
    for (const app of batch) {
      byStatus[app.status] = (byStatus[app.status] ?? 0) + 1;
      index.add(app);
    }
    await Application.collection.insertMany(batch as never[], { ordered: false });
    opts.progress?.(done + batch.length, total);
  }
  const casesSeconds = (Date.now() - started) / 1000;
  const indexed = await index.write();
  const indexSeconds = (Date.now() - started) / 1000 - casesSeconds;
  return { cases: total, byStatus, casesSeconds, indexed, indexSeconds };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '14' } },
  });
  const total = Number(values.cases);
  loadDotEnv();
  const runtime = await boot(loadConfig(), { quiet: true });
  try {
    const bar = new SingleBar(
      { format: 'seeding cases [{bar}] {percentage}% {value}/{total} {eta_formatted}' },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    const seeded = await seedCases(runtime.deps, {
      cases: total,
      seed: Number(values.seed),
      progress: (done) => bar.update(done),
    });
    bar.stop();
    const statuses = Object.entries(seeded.byStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `seeded ${total} cases in ${seeded.casesSeconds.toFixed(1)} s (${Math.round(total / seeded.casesSeconds)}/s); ${statuses}`,
    );
    console.log(
      `case index: ${seeded.indexed.cases} rows, ${seeded.indexed.townships} townships, ${seeded.indexed.buckets} buckets written in ${seeded.indexSeconds.toFixed(1)} s`,
    );
  } finally {
    await runtime.shutdown();
  }
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
