import mongoose from 'mongoose';
import { AuditSealer } from '../../server/audit/sealer';
import { createLogger } from '../../server/logger';

/**
 * A second process sealing the audit log of the store at argv[2] (database argv[3]) for argv[4] ms, with a lease
 * so short that it never keeps the other sealer out: the worst case of two sealers at once.
 */
async function main(): Promise<void> {
  const [uri, dbName, ms] = process.argv.slice(2);
  await mongoose.connect(uri!, { dbName });
  const sealer = new AuditSealer({
    logger: createLogger('silent'),
    intervalMs: 1,
    batchSize: 50,
    leaseMs: 1,
    checkpointEveryMs: 0,
    holder: 'second-process',
  });
  let sealed = 0;
  console.log('READY');
  const until = Date.now() + Number(ms);
  // A round stuck behind the other process's writes must not keep this one alive: stopping mid-round is a crash
  // the log has to survive as well.
  setTimeout(
    () => {
      console.log(`SEALED ${sealed}`);
      process.exit(0);
    },
    Number(ms) + 5000,
  ).unref();
  while (Date.now() < until)
    sealed += (await sealer.round().catch((err: unknown) => (console.error(String(err)), { sealed: 0 })))
      .sealed;
  console.log(`SEALED ${sealed}`);
  await mongoose.disconnect();
}

void main();
