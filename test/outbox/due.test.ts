import { Types } from 'mongoose';
import { Application } from '../../server/applications/application-model';
import { applicationOutbox } from '../../server/applications/application-outbox';
import { Bulletin, bulletinOutbox, postBulletin } from '../../server/notify/bulletins';
import type { OutboxDispatcher } from '../../server/outbox/dispatcher';
import { markDue, OutboxDue } from '../../server/outbox/due';
import { withOutbox, type OutboxMessage, type SendResult } from '../../server/outbox/outbox';
import { startWeComServer } from '../support/wecom-server';
import { useOutboxTest } from './setup';
import { until } from '../support/until';

const t = useOutboxTest();

const SECOND = 1000;
const notice = (n: number) => t.message('wecom', { areaId: '150822100', markdown: `通知 ${n}` });
const entries = () => OutboxDue.find({}).sort({ _id: 1 }).lean();

/** What a change saves when its process stops before putting the record on the due list. */
async function savedWithoutDueEntry(messages: OutboxMessage[]): Promise<string> {
  const id = await t.applicationWith([]);
  await Application.updateOne(
    { _id: id },
    withOutbox({ $set: { status: 'submitted' } }, messages, t.clock.now),
  );
  return id;
}

const started: OutboxDispatcher[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((d) => d.stop()));
  await Bulletin.deleteMany({});
});

describe('the due list', () => {
  it('is indexed by due time (what MongoDB reads a pass from)', async () => {
    const keys = (await OutboxDue.collection.indexes()).map((index) => index.key);
    expect(keys).toContainEqual({ dueAt: 1 });
  });

  it('gets an entry with the change that adds messages, dropped once all are sent', async () => {
    const message = notice(1);
    expect(
      await postBulletin(
        { id: 'deadline-sweep:150822100:2026-11-30', kind: 'deadline-sweep', areaId: '150822100' },
        [message],
      ),
    ).toBe(true);
    const [entry] = await entries();
    expect(entry).toMatchObject({
      _id: 'bulletin:deadline-sweep:150822100:2026-11-30',
      source: 'bulletin',
      recordId: 'deadline-sweep:150822100:2026-11-30',
    });
    const bulletin = await Bulletin.findById(entry!.recordId).lean();
    expect(entry!.dueAt).toEqual(bulletin!.outboxDueAt);

    const dispatcher = t.dispatcher({ sources: [applicationOutbox, bulletinOutbox], now: () => new Date() });
    expect(await dispatcher.runOnce()).toMatchObject({ documents: 1, sent: 1 });
    expect(t.wecom.received('bayan-key').map((m) => m.messageId)).toEqual([message.id]);
    expect(await entries()).toEqual([]);
  });

  it('moves the entry to the retry time when a message is not delivered', async () => {
    t.wecom.failNext(1, { status: 500 });
    const id = await t.applicationWith([notice(1)]);
    const dispatcher = t.dispatcher();
    expect(await dispatcher.runOnce()).toMatchObject({ retrying: 1 });
    const retryAt = (await t.stored(id)).outboxDueAt!;
    expect(retryAt.getTime()).toBe(t.clock.now.getTime() + 30 * SECOND);
    expect(await entries()).toMatchObject([{ _id: `application:${id}`, dueAt: retryAt }]);

    t.advance(30 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(await entries()).toEqual([]);
  });

  it('drops entries of records with nothing pending, or gone, without sending anything', async () => {
    const idle = await t.applicationWith([]);
    await markDue(applicationOutbox, new Types.ObjectId(idle), t.clock.now);
    await markDue(applicationOutbox, new Types.ObjectId(), t.clock.now);
    expect(await entries()).toHaveLength(2);
    expect(await t.dispatcher().runOnce()).toMatchObject({ documents: 0 });
    expect(await entries()).toEqual([]);
    expect(t.wecom.calls()).toBe(0);
  });

  it('keeps the entry of a record given messages while its outbox is being sent', async () => {
    const id = await t.applicationWith([notice(1)]);
    let sending: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (sending = resolve));
    let release: (r: SendResult) => void = () => undefined;
    const held = () =>
      new Promise<SendResult>((resolve) => {
        release = resolve;
        sending();
      });
    const dispatcher = t.dispatcher({
      senders: { forward: held, wecom: held, subscribe: held, caseIndex: held, chat: held },
    });
    const pass = dispatcher.runOnce();
    await arrived;
    // A change during the send: its messages and its due mark, as the services write them.
    const late = notice(2);
    await Application.updateOne({ _id: id }, withOutbox({ $set: {} }, [late], t.clock.now));
    await markDue(applicationOutbox, new Types.ObjectId(id), t.clock.now);
    release({ status: 'sent' });
    await pass;

    expect(await entries()).toMatchObject([{ _id: `application:${id}`, dueAt: t.clock.now }]);
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1 });
    expect(t.wecom.received('bayan-key').map((m) => m.messageId)).toEqual([late.id]);
    expect(await entries()).toEqual([]);
  });

  it('after a crash between a change and its due entry, delivers once a dispatcher starts', async () => {
    const running = t.dispatcher();
    expect(await running.runOnce()).toMatchObject({ documents: 0 });
    const message = notice(1);
    const id = await savedWithoutDueEntry([message]);
    // A dispatcher past its first pass reads only the due list: the message waits for the repair.
    expect(await running.runOnce()).toMatchObject({ documents: 0 });

    const fresh = t.dispatcher({ schedule: '0 0 1 1 *' });
    started.push(fresh);
    fresh.start();
    await until(() => t.wecom.received('bayan-key').length === 1);
    expect(t.wecom.received('bayan-key')[0]!.messageId).toBe(message.id);
    await until(async () => (await t.stored(id)).outboxDueAt === null);
    await until(async () => (await entries()).length === 0);
  });

  it('is rebuilt on its own schedule while the dispatcher runs', async () => {
    const dispatcher = t.dispatcher({ schedule: '0 0 1 1 *', repairSchedule: '* * * * * *' });
    started.push(dispatcher);
    dispatcher.start();
    // Once its first pass (with its repair) is over, a message saved without its entry waits for the next repair.
    await until(() => t.logs.some((l) => l.msg === 'outbox pass: nothing due'));
    const message = notice(1);
    await savedWithoutDueEntry([message]);
    await until(() => t.wecom.received('bayan-key').length === 1);
    expect(t.wecom.received('bayan-key')[0]!.messageId).toBe(message.id);
  });

  it('has two dispatchers racing over it deliver every message exactly once and leave it empty', async () => {
    const slow = await startWeComServer({ keys: ['bayan'], delayMs: 15 });
    try {
      const messages: OutboxMessage[] = [];
      for (let i = 0; i < 6; i++) {
        const pair = [notice(2 * i), notice(2 * i + 1)];
        messages.push(...pair);
        // Half of them saved by a process that stopped before marking them due: both dispatchers repair.
        if (i % 2) await t.applicationWith(pair);
        else await savedWithoutDueEntry(pair);
      }
      const webhooks = { WECOM_WEBHOOKS: new Map([['150822100', slow.url('bayan')]]) };
      const [a, b] = await Promise.all([
        t.dispatcher({}, webhooks).runOnce(),
        t.dispatcher({}, webhooks).runOnce(),
      ]);

      expect(a.sent + b.sent).toBe(12);
      expect(a.documents + b.documents).toBe(6);
      const received = slow.received('bayan').map((m) => m.messageId);
      expect(received.sort()).toEqual(messages.map((m) => m.id).sort());
      expect(await entries()).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});
