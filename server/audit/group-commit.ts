import { Types } from 'mongoose';
import { encodeEntry, recordKey, type AuditEntry } from './audit-entry';
import { AuditPending } from './audit-model';

interface Waiter {
  /** The entry's JSON text and its record's key. */
  entry: string;
  record: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: the entries of requests arriving together are written in one insert, and each request is
 * answered once its group is stored. There is no head to read and no order to keep, so groups are independent:
 * up to `maxInFlight` inserts run at once, and entries arriving meanwhile gather into the next group. Under load
 * this turns one store write per audited request into one per group.
 *
 * One insert at a time by default: the entries arriving during an insert then make the next group, twice as large
 * as with four at once on the embedded store, and each group costs the store an insert, a read and a removal
 * (sealer.ts). Measured with 50 clients reading case timelines, that took the p99 from 160–350 ms to 90–120 ms.
 */
export class GroupCommit {
  private waiting: Waiter[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly maxInFlight = 1,
    private readonly maxGroup = 1000,
  ) {}

  append(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry: encodeEntry(entry), record: recordKey(entry.record), resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    // After the current turn of the event loop, so the requests being handled now join one group.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const group = this.waiting.splice(0, this.maxGroup);
    if (group.length === 0) return;
    this.inFlight += 1;
    AuditPending.collection
      .insertOne({
        _id: new Types.ObjectId(),
        at: new Date(),
        entries: group.map((w) => w.entry),
        records: [...new Set(group.map((w) => w.record))],
      })
      .then(
        () => group.forEach((w) => w.resolve()),
        (err: unknown) => group.forEach((w) => w.reject(err)),
      )
      .finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    this.schedule();
  }
}
