import fs from 'node:fs';
import os from 'node:os';
import { finished } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { rebuildCaseIndex } from '../applications/case-index';
import { AREA_LEVELS } from '../areas/area-model';
import { createArea, rootAreaIds, subtree } from '../areas/areas';
import { SingleBar, Presets } from 'cli-progress';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import { formatCheckpoint, parseCheckpoint, verifyAuditLog, type OutsideCheckpoint } from '../audit/verify';
import { loadConfig, loadDotEnv } from '../config';
import { AppError } from '../http/errors';
import { describeIssues } from '../http/validation';
import { pickLanguage, translator } from '../i18n';
import { STAFF_ROLES } from '../identity/principal';
import { endStaffSessions } from '../identity/sessions';
import { createStaff, generatePassword, resetPassword, setDisabled } from '../identity/staff';
import { boot, type Runtime } from '../runtime/boot';
import { chinaToday } from '../calendar/china-date';
import { writeRecipientWorkbook } from '../exports/recipient-workbook';
import { yearMonth } from '../recipients/recipients';
import { blobStoreFor } from '../storage/blob-store-for';
import { sweepLeftovers } from '../storage/leftovers';

const t = translator(pickLanguage(process.env.LC_ALL ?? process.env.LANG));
const operator = { kind: 'cli', id: os.userInfo().username };

const audit = (event: Pick<AuditEvent, 'action' | 'record' | 'areaId' | 'details'>) =>
  appendAudit({ ...event, actor: operator, channel: 'cli' });

/** Boots the store and Redis, runs one command, and always shuts down again. */
async function withRuntime(run: (rt: Runtime) => Promise<number | void>): Promise<void> {
  loadDotEnv();
  const runtime = await boot(loadConfig(), { quiet: true });
  try {
    process.exitCode = (await run(runtime)) ?? 0;
  } catch (err) {
    process.exitCode = 1;
    if (err instanceof AppError)
      console.error(t('admin:failed', { message: t(`errors:${err.code}`, err.params) }));
    else if (err instanceof z.ZodError) {
      for (const f of describeIssues(t, 'body', err.issues))
        console.error(t('admin:failed', { message: `${f.field}: ${f.message}` }));
    } else console.error(t('admin:failed', { message: err instanceof Error ? err.message : String(err) }));
  } finally {
    await runtime.shutdown();
  }
}

const program = new Command('admin').description(t('admin:description'));

program
  .command('area:create')
  .description('Create an area: county/city, township (乡镇/街道/苏木/农场公司) or village (村/社区/嘎查)')
  .argument('<id>', 'area code, e.g. the statistical division code 150822')
  .argument('<name>', 'name, e.g. 磴口县')
  .addOption(new Option('--level <level>', 'level').choices(AREA_LEVELS).makeOptionMandatory())
  .requiredOption(
    '--kind <kind>',
    'the local word for the unit: 县, 镇, 街道, 苏木, 农场公司, 村, 社区, 嘎查 …',
  )
  .option('--parent <id>', 'the parent area')
  .option('--pack <pack>', 'policy pack (flows/<pack>) for this area and its subtree')
  .action((id: string, name: string, o: { level: string; kind: string; parent?: string; pack?: string }) =>
    withRuntime(async () => {
      const area = await createArea({
        id,
        name,
        level: o.level as (typeof AREA_LEVELS)[number],
        kind: o.kind,
        parentId: o.parent ?? null,
        policyPack: o.pack ?? null,
      });
      await audit({ action: 'create', record: { type: 'area', id }, areaId: id });
      console.log(t('admin:areaCreated', { id, name, level: area.level, path: area.path.join(' / ') }));
    }),
  );

program
  .command('area:tree')
  .description('Print the area tree, or the subtree under one area')
  .argument('[id]', 'the area to start from')
  .action((id?: string) =>
    withRuntime(async () => {
      const roots = id ? [id] : await rootAreaIds();
      if (roots.length === 0) console.log(t('admin:treeEmpty'));
      for (const root of roots) {
        for (const a of await subtree(root)) {
          const pack = a.policyPack ? `  [${a.policyPack}]` : '';
          console.log(`${'  '.repeat(a.path.length - 1)}${a._id}  ${a.name}（${a.kind}）${pack}`);
        }
      }
    }),
  );

program
  .command('staff:create')
  .description(
    'Create a staff account; prints a one-time initial password unless --password is given (either way it must be changed at the first sign-in)',
  )
  .argument('<username>')
  .requiredOption('--name <displayName>', 'full name')
  .addOption(new Option('--role <role>', 'role').choices(STAFF_ROLES).makeOptionMandatory())
  .requiredOption('--area <areaId>', 'the area the account serves')
  .option('--phone <phone>', 'mobile number (stored encrypted)')
  .option('--password <password>', 'initial password (at least 10 characters)')
  .action(
    (username: string, o: { name: string; role: string; area: string; phone?: string; password?: string }) =>
      withRuntime(async ({ deps }) => {
        const password = o.password ?? generatePassword();
        const staff = await createStaff(
          {
            username,
            displayName: o.name,
            role: o.role as (typeof STAFF_ROLES)[number],
            areaId: o.area,
            password,
            phone: o.phone,
          },
          deps.crypto,
          // The administrator knows the password: it is the person's to replace at their first sign-in.
          { oneTime: true },
        );
        await audit({
          action: 'create',
          record: { type: 'staff', id: String(staff._id) },
          areaId: staff.areaId,
        });
        console.log(
          t('admin:staffCreated', { username: staff.username, role: staff.role, areaId: staff.areaId }),
        );
        if (!o.password) console.log(t('admin:passwordIssued', { password }));
      }),
  );

program
  .command('staff:reset-password')
  .description(
    'Set a one-time password (printed once unless --password is given; changed at the next sign-in), end all sessions',
  )
  .argument('<username>')
  .option('--password <password>', 'the new password (at least 10 characters)')
  .action((username: string, o: { password?: string }) =>
    withRuntime(async ({ deps }) => {
      const password = o.password ?? generatePassword();
      const staff = await resetPassword(username, password, { oneTime: true });
      await endStaffSessions(deps.redis, String(staff._id));
      await audit({
        action: 'reset_password',
        record: { type: 'staff', id: String(staff._id) },
        areaId: staff.areaId,
      });
      console.log(t('admin:passwordReset', { username: staff.username }));
      if (!o.password) console.log(t('admin:passwordIssued', { password }));
    }),
  );

for (const [name, disabled] of [
  ['staff:disable', true],
  ['staff:enable', false],
] as const) {
  program
    .command(name)
    .description(disabled ? 'Disable an account and end its sessions' : 'Enable a disabled account')
    .argument('<username>')
    .action((username: string) =>
      withRuntime(async ({ deps }) => {
        const staff = await setDisabled(username, disabled);
        if (disabled) await endStaffSessions(deps.redis, String(staff._id));
        await audit({
          action: name.slice('staff:'.length),
          record: { type: 'staff', id: String(staff._id) },
          areaId: staff.areaId,
        });
        console.log(t(disabled ? 'admin:staffDisabled' : 'admin:staffEnabled', { username: staff.username }));
      }),
    );
}

/** A progress bar on a terminal (on stderr, so output stays clean); nothing when piped. */
function progressBar(label: string) {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted}`, stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

program
  .command('audit:verify')
  .description(
    'Seal what is pending, then recompute the audit chain and check it against every checkpoint (and an outside one); exit code 1 if broken, 2 if the store holds no audit log',
  )
  .option(
    '--checkpoint <logId:size:head>',
    'a checkpoint kept outside the store (the log, the WeCom message)',
  )
  .action((o: { checkpoint?: string }) =>
    withRuntime(async ({ deps }) => {
      let outside: OutsideCheckpoint | undefined;
      if (o.checkpoint) {
        outside = parseCheckpoint(o.checkpoint) ?? undefined;
        if (!outside) {
          console.error(t('admin:auditBadCheckpoint'));
          return 2;
        }
      }
      await deps.audit.sealAll();
      const bar = progressBar(t('admin:auditProgressLabel'));
      const report = await verifyAuditLog({ outside, onProgress: bar.update });
      bar.stop();
      const { problem } = report;
      if (!problem) {
        console.log(
          t('admin:auditOk', {
            entries: report.entries,
            checkpoints: report.checkpoints,
            pending: report.pending,
          }),
        );
        return 0;
      }
      if (problem.kind === 'empty' || problem.kind === 'other_log') {
        console.error(t(`admin:auditProblem.${problem.kind}`, problem));
        return 2;
      }
      const reason = t(`admin:reason.${problem.kind}`);
      if ('last' in problem && problem.last > problem.seq)
        console.error(t('admin:auditBrokenRange', { seq: problem.seq, last: problem.last, reason }));
      else console.error(t('admin:auditBroken', { seq: problem.seq, reason }));
      return 1;
    }),
  );

program
  .command('audit:checkpoint')
  .description(
    'Seal what is pending, write a checkpoint and print it (logId:size:head) to keep outside the store',
  )
  .action(() =>
    withRuntime(async ({ deps }) => {
      const { checkpoint } = await deps.audit.sealAll({ checkpoint: true });
      if (!checkpoint) {
        console.error(t('admin:auditProblem.empty'));
        return 2;
      }
      console.log(formatCheckpoint(checkpoint));
    }),
  );

program
  .command('job:list')
  .description('List the scheduled jobs and their schedules')
  .action(() =>
    withRuntime(async ({ deps }) => {
      for (const job of deps.jobs.list())
        console.log(`${job.name.padEnd(20)} ${job.schedule(deps.config).padEnd(16)} ${job.description}`);
    }),
  );

program
  .command('job:run')
  .description('Run a scheduled job now, under the same lock as the scheduled runs')
  .argument('<name>', 'the job (job:list names them)')
  .option('--date <YYYY-MM-DD>', 'run it as of this day (China time)')
  .action((name: string, o: { date?: string }) =>
    withRuntime(async ({ deps }) => {
      const job = deps.jobs.find(name);
      if (!job) {
        console.error(
          t('admin:jobUnknown', {
            name,
            names: deps.jobs
              .list()
              .map((j) => j.name)
              .join(', '),
          }),
        );
        return 2;
      }
      const now = o.date ? new Date(`${o.date}T09:00:00+08:00`) : undefined;
      if (now && Number.isNaN(now.getTime())) {
        console.error(t('admin:jobBadDate', { date: o.date }));
        return 2;
      }
      const bar = progressBar(name);
      const outcome = await deps.jobs.run(job, { now, progress: bar.update });
      bar.stop();
      if (outcome.status === 'busy') {
        console.error(t('admin:jobBusy', { name }));
        return 3;
      }
      const counts = Object.entries(outcome.counts)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(t('admin:jobDone', { name, counts, seconds: (outcome.ms / 1000).toFixed(1) }));
    }),
  );

program
  .command('storage:sweep')
  .description('Remove uploaded blobs that no record names and temporary files of unfinished writes')
  .option('--grace-hours <hours>', 'only what is older than this (default SWEEP_GRACE_HOURS)')
  .action((o: { graceHours?: string }) =>
    withRuntime(async ({ deps }) => {
      const hours = o.graceHours === undefined ? deps.config.SWEEP_GRACE_HOURS : Number(o.graceHours);
      if (!Number.isFinite(hours) || hours < 0) throw new Error(t('admin:badGraceHours'));
      const store = blobStoreFor(deps.config);
      try {
        const swept = await sweepLeftovers(store, { graceMs: hours * 3_600_000, logger: deps.logger });
        console.log(t('admin:swept', { ...swept, hours }));
      } finally {
        store.close?.();
      }
    }),
  );

program
  .command('export:recipients')
  .description(
    'Export an area’s recipients and a month’s changes to an Excel workbook for the provincial system',
  )
  .requiredOption('--area <id>', 'the area (county, township or village)')
  .option('--month <YYYY-MM>', 'the month whose changes are listed (default: this month)')
  .requiredOption('--out <file.xlsx>', 'where to write the workbook')
  .action((o: { area: string; month?: string; out: string }) =>
    withRuntime(async ({ deps }) => {
      const month = yearMonth.parse(o.month ?? chinaToday().slice(0, 7));
      const lng = pickLanguage(process.env.LC_ALL ?? process.env.LANG);
      const file = fs.createWriteStream(o.out);
      const bar = progressBar('export:recipients');
      const counts = await writeRecipientWorkbook(
        { areaId: o.area, month, lng },
        file,
        deps.crypto,
        bar.update,
      );
      bar.stop();
      await finished(file);
      await audit({
        action: 'export.recipients',
        record: { type: 'area', id: o.area },
        areaId: o.area,
        details: { month, ...counts },
      });
      console.log(t('exports:written', { ...counts, file: o.out }));
    }),
  );

program
  .command('cases:reindex')
  .description(
    'Rebuild the case index (the inbox and the deadline sweep read it) from the applications; best while quiet',
  )
  .action(() =>
    withRuntime(async () => {
      const started = Date.now();
      const bar = progressBar(t('admin:reindexProgressLabel'));
      const counts = await rebuildCaseIndex(bar.update);
      bar.stop();
      await audit({ action: 'reindex', record: { type: 'case_index', id: 'all' }, details: counts });
      console.log(t('admin:reindexed', { ...counts, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
    }),
  );

program.parseAsync().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
