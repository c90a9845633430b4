import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { appendAudit } from '../server/audit/audit-log';
import { AuditSealer } from '../server/audit/sealer';
import { createLogger } from '../server/logger';
import { startEmbeddedStore } from '../server/store/embedded-store';
import { connectStore } from '../server/store/mongo';
import { loadAverage } from './load';

/** Entries stored before the sealer starts: a backlog of four rounds of the default batch. */
const ENTRIES = Number(process.env.BENCH_SEALING_ENTRIES ?? 20_000);

/**
 * Entries per second one sealer integrates, on a database of its own in the store at `uri`: `ENTRIES` entries are
 * appended 1,000 at a time (as 1,000 concurrent requests would), then one `sealAll` with a checkpoint is timed.
 * Leaves mongoose connected to that database.
 */
export async function sealingRate(
  uri: string,
  dbName = 'bench_sealing',
): Promise<{ entries: number; seconds: number; perSecond: number }> {
  await mongoose.disconnect();
  await connectStore(uri, dbName);
  for (let i = 0; i < ENTRIES; i += 1000)
    await Promise.all(
      Array.from({ length: Math.min(1000, ENTRIES - i) }, (_, j) =>
        appendAudit({
          actor: { kind: 'resident', id: `r${(i + j) % 97}` },
          channel: 'miniprogram',
          action: 'read',
          record: { type: 'application', id: `a${(i + j) % 500}` },
          areaId: '150822201',
        }),
      ),
    );
  const sealer = new AuditSealer({
    logger: createLogger('silent'),
    intervalMs: 1000,
    batchSize: 5000,
    leaseMs: 30_000,
    checkpointEveryMs: 60_000,
  });
  const t0 = Date.now();
  const { sealed } = await sealer.sealAll({ checkpoint: true });
  const seconds = (Date.now() - t0) / 1000;
  return { entries: sealed, seconds, perSecond: Math.round(sealed / seconds) };
}

/** `tsx bench/sealing.ts`: the sealing measure alone, on a throwaway embedded store. */
async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sealing-'));
  const store = await startEmbeddedStore({ port: 0, dataDir });
  try {
    const r = await sealingRate(store.uri);
    console.log(
      `audit sealing: ${r.entries} entries in ${r.seconds.toFixed(2)} s = ${r.perSecond} entries/s (target ≥ 5,000; load ${loadAverage()})`,
    );
  } finally {
    await mongoose.disconnect();
    await store.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
