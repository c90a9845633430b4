import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../../server/config';
import { Report } from '../../server/reports/report-model';
import { buildDist } from '../../server/runtime/build';
import { startEmbeddedStore } from '../../server/store/embedded-store';
import { seedAreas } from '../support/fixtures';
import { startOwnRedis } from '../support/redis-server';
import { ApiProcess, readyAfter, sleep } from './api-process';
import { reportCalls, uploadCalls } from './clients';
import { killAndRetry, type KillOutcome } from './kill-and-retry';
import { checkUploads } from './upload-check';

/**
 * `npm run chaos`: real processes on loopback, bounded. An API process is killed with SIGKILL while 20 clients
 * submit reports, and again while 20 clients upload files (evidence photos to reports, PDF materials to
 * drafts); each time every request is retried with its Idempotency-Key on a fresh process. A Redis of its own
 * is stopped and started; the store is killed. Prints what it did and the counts, and exits 1 when any count is
 * above zero or a recovery takes longer than RECOVERY_BOUND_SECONDS.
 */
const RECOVERY_BOUND_SECONDS = 10;
const CLIENTS = 20;
const REPORTS_EACH = 10;
const REPORTS_KILL_AFTER = 50;
const UPLOADS_EACH = 6;
const UPLOADS_KILL_AFTER = 40;

const counts = { duplicates: 0, halfWritten: 0, stuckKeys: 0, serverErrors: 0, slowRecoveries: 0 };
const say = (line: string) => process.stdout.write(`${line}\n`);

function killed(outcome: KillOutcome, sent: number, killAfter: number): void {
  counts.stuckKeys += outcome.stuckKeys;
  counts.serverErrors += outcome.serverErrors;
  say(
    `  killed after ${killAfter} answers: ${outcome.cut} of ${sent} requests cut off or refused a connection`,
  );
  say('  retried every request with its Idempotency-Key on a fresh process');
}

function recovered(what: string, seconds: number | undefined): void {
  if (seconds === undefined || seconds > RECOVERY_BOUND_SECONDS) counts.slowRecoveries += 1;
  say(`  ${what}: ready again after ${seconds === undefined ? 'more than 30' : seconds.toFixed(1)} s`);
}

async function main(): Promise<void> {
  // The API process runs compiled, as production does; a restart's time is then the product's own.
  buildDist();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaos-'));
  const store = await startEmbeddedStore({ port: 0, dataDir: path.join(dataDir, 'db') });
  const redis = await startOwnRedis();
  await mongoose.connect(store.uri, { dbName: 'chaos' });
  // The county, its townships and villages the tests use too.
  await seedAreas();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MONGODB_URI: store.uri,
    MONGODB_DB: 'chaos',
    DATA_DIR: dataDir,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `chaos:${randomBytes(4).toString('hex')}:`,
    REPORT_RATE_LIMIT: '100000',
    REPORT_FOLLOW_RATE_LIMIT: '100000',
    DEV_LOGIN: 'true',
  };
  const api = new ApiProcess(env);
  await api.start();
  try {
    say(`1. kill -9 of the API process during ${CLIENTS} concurrent clients submitting reports`);
    const reports = reportCalls(CLIENTS, REPORTS_EACH);
    const submitted = await killAndRetry(api, reports, REPORTS_KILL_AFTER);
    killed(submitted, CLIENTS * REPORTS_EACH, REPORTS_KILL_AFTER);
    // Every stored report must be the one its key answers, and every answer must name a stored report.
    const stored = (await Report.find({}, { receiptCode: 1 }).lean()).map((r) => r.receiptCode);
    const answered = new Set(
      [...submitted.answers.values()].map((a) => (a as { receiptCode: string }).receiptCode),
    );
    counts.duplicates += stored.filter((code) => !answered.has(code)).length;
    counts.halfWritten += [...answered].filter((code) => !stored.includes(code)).length;
    say(
      `  ${submitted.answers.size} answered, ${stored.length} reports stored, ${submitted.retrySeconds.toFixed(1)} s`,
    );

    say(
      `2. kill -9 of the API process during ${CLIENTS} concurrent clients uploading ${UPLOADS_EACH} files each ` +
        '(photos to a report, PDFs to a draft)',
    );
    const uploads = await uploadCalls(api.url, CLIENTS, UPLOADS_EACH);
    const uploaded = await killAndRetry(api, uploads, UPLOADS_KILL_AFTER);
    killed(uploaded, CLIENTS * UPLOADS_EACH, UPLOADS_KILL_AFTER);
    const files = await checkUploads(loadConfig({ ...process.env, ...env }), uploaded.answers, uploaded.cut);
    counts.duplicates += files.duplicates;
    counts.halfWritten += files.halfWritten;
    say(
      `  ${uploaded.answers.size} answered, ${files.stored} attachments stored, ${uploaded.retrySeconds.toFixed(1)} s`,
    );
    say(
      `  left by the killed process, named by no record: blobs ${files.left.blobs}, temporary files ` +
        `${files.left.tempFiles}; removed by the leftovers sweep, run as once past its grace period: ${files.swept}`,
    );

    say('3. Redis stopped, then started again');
    await redis.stop();
    const away = await fetch(`${api.url}/readyz`);
    say(`  /readyz while Redis is away: ${away.status}`);
    await redis.start();
    recovered('Redis', await readyAfter(api.url, 30));

    say('4. the store killed with SIGKILL (its owner restarts it)');
    process.kill(store.pid()!, 'SIGKILL');
    await sleep(50);
    recovered('store', await readyAfter(api.url, 30));
  } finally {
    await api.stop();
    await mongoose.disconnect();
    await redis.stop();
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  say(
    `duplicates ${counts.duplicates}, half-written ${counts.halfWritten}, stuck keys ${counts.stuckKeys}, ` +
      `5xx ${counts.serverErrors}, recoveries over ${RECOVERY_BOUND_SECONDS} s ${counts.slowRecoveries}`,
  );
  process.exit(Object.values(counts).some((c) => c > 0) ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
