import { Application } from '../../server/applications/application-model';
import { withOutbox, type OutboxMessage, type SendResult } from '../../server/outbox/outbox';
import { startWeComServer } from '../support/wecom-server';
import { useOutboxTest, WARN } from './setup';
import { until } from '../support/until';

const t = useOutboxTest();

const SECOND = 1000;
const notice = (n: number) => t.message('wecom', { areaId: '150822100', markdown: `通知 ${n}` });

/** A sender that holds every message until the test lets it go, as a dispatcher stuck mid-send would. */
function heldSender() {
  const held: { message: string; release: (r: SendResult) => void }[] = [];
  let arrived: () => void = () => undefined;
  return {
    held,
    /** Resolves once a message is being sent. */
    next: () => new Promise<void>((resolve) => (arrived = resolve)),
    send: (message: { id: string }) =>
      new Promise<SendResult>((release) => {
        held.push({ message: message.id, release });
        arrived();
      }),
  };
}

describe('leases', () => {
  it('keeps updates of one document made at once (the embedded store takes them one at a time)', async () => {
    const id = await t.applicationWith([]);
    await Promise.all(
      Array.from({ length: 40 }, () => Application.updateOne({ _id: id }, { $inc: { revision: 1 } })),
    );
    expect((await Application.findById(id).lean())!.revision).toBe(40);
  });

  it('has two dispatchers racing deliver every message exactly once', async () => {
    const slow = await startWeComServer({ keys: ['bayan'], delayMs: 15 });
    try {
      const messages: OutboxMessage[] = [];
      for (let i = 0; i < 8; i++) {
        const pair = [notice(2 * i), notice(2 * i + 1)];
        messages.push(...pair);
        await t.applicationWith(pair);
      }
      const webhooks = { WECOM_WEBHOOKS: new Map([['150822100', slow.url('bayan')]]) };
      const [a, b] = await Promise.all([
        t.dispatcher({}, webhooks).runOnce(),
        t.dispatcher({}, webhooks).runOnce(),
      ]);

      expect(a.sent + b.sent).toBe(16);
      expect(a.documents + b.documents).toBe(8);
      const received = slow.received('bayan').map((m) => m.messageId);
      expect(received.sort()).toEqual(messages.map((m) => m.id).sort());
      const stored = await Application.find({}).lean();
      expect(stored.every((s) => s.outboxDueAt === null && s.outboxLeaseUntil === null)).toBe(true);
      expect(stored.flatMap((s) => s.outbox.map((m) => m.status))).toEqual(Array(16).fill('sent'));
    } finally {
      await slow.close();
    }
  });

  it('takes over the lease of a dispatcher that stopped, once it expires, and delivers', async () => {
    const message = notice(1);
    const id = await t.applicationWith([message]);
    // A dispatcher claimed the document and died.
    await Application.updateOne(
      { _id: id },
      { $set: { outboxLeaseUntil: new Date(t.clock.now.getTime() + 60 * SECOND) } },
    );
    const dispatcher = t.dispatcher();

    expect(await dispatcher.runOnce()).toMatchObject({ documents: 0 });
    t.advance(59 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ documents: 0 });
    expect(t.wecom.calls()).toBe(0);

    t.advance(1 * SECOND);
    expect(await dispatcher.runOnce()).toMatchObject({ documents: 1, sent: 1 });
    expect(t.wecom.received('bayan-key').map((m) => m.messageId)).toEqual([message.id]);
    expect(t.logs.some((l) => l.level === WARN && /taking its work over/.test(l.msg))).toBe(true);
    expect(await t.stored(id)).toMatchObject({ outboxDueAt: null, outboxLeaseUntil: null });
  });

  it('lets a stuck dispatcher finish without undoing the work of the one that took over', async () => {
    const message = notice(1);
    const id = await t.applicationWith([message]);
    const stuck = heldSender();
    const first = t.dispatcher({
      senders: {
        forward: stuck.send,
        wecom: stuck.send,
        subscribe: stuck.send,
        caseIndex: stuck.send,
        chat: stuck.send,
      },
    });
    const arrived = stuck.next();
    const firstPass = first.runOnce();
    await arrived;

    const second = t.dispatcher();
    expect(await second.runOnce()).toMatchObject({ documents: 0 });
    t.advance(61 * SECOND);
    expect(await second.runOnce()).toMatchObject({ sent: 1 });

    // The first one's send returns at last: at least once means the message went twice, recorded once.
    stuck.held[0]!.release({ status: 'failed', error: 'late' });
    expect(await firstPass).toMatchObject({ documents: 1 });
    const stored = await t.stored(id);
    expect(stored.outbox[0]).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(stored).toMatchObject({ outboxDueAt: null, outboxLeaseUntil: null });
  });

  it('renews the lease while it is still sending, so nobody else takes the document', async () => {
    const id = await t.applicationWith([notice(1), notice(2)]);
    const stuck = heldSender();
    const first = t.dispatcher({
      senders: {
        forward: stuck.send,
        wecom: stuck.send,
        subscribe: stuck.send,
        caseIndex: stuck.send,
        chat: stuck.send,
      },
    });
    let arrived = stuck.next();
    const firstPass = first.runOnce();
    await arrived;
    t.advance(40 * SECOND); // past half the lease: the next message renews it
    arrived = stuck.next();
    stuck.held[0]!.release({ status: 'sent' });
    await arrived;
    expect((await t.stored(id)).outboxLeaseUntil).toEqual(new Date(t.clock.now.getTime() + 60 * SECOND));

    t.advance(30 * SECOND); // the first lease would have expired by now
    expect(await t.dispatcher().runOnce()).toMatchObject({ documents: 0 });
    stuck.held[1]!.release({ status: 'sent' });
    expect(await firstPass).toMatchObject({ sent: 2 });
    expect(t.wecom.calls()).toBe(0);
  });

  it('keeps the document due when a change adds messages while its outbox is being sent', async () => {
    const id = await t.applicationWith([notice(1)]);
    const stuck = heldSender();
    const dispatcher = t.dispatcher({
      senders: {
        forward: stuck.send,
        wecom: stuck.send,
        subscribe: stuck.send,
        caseIndex: stuck.send,
        chat: stuck.send,
      },
    });
    const arrived = stuck.next();
    const pass = dispatcher.runOnce();
    await arrived;
    const late = notice(2);
    await Application.updateOne(
      { _id: id },
      withOutbox({ $set: { status: 'in_progress' } }, [late], t.clock.now),
    );
    stuck.held[0]!.release({ status: 'sent' });
    await pass;

    const stored = await t.stored(id);
    expect(stored.outbox.map((m) => m.status)).toEqual(['sent', 'pending']);
    expect(stored.outboxDueAt).toEqual(t.clock.now);
    expect(stored.outboxLeaseUntil).toBeNull();
    expect(await t.dispatcher().runOnce()).toMatchObject({ sent: 1 });
    expect(t.wecom.received('bayan-key').map((m) => m.messageId)).toEqual([late.id]);
  });

  it('runs one pass at a time: a call during a pass waits and runs the next', async () => {
    await t.applicationWith([notice(1)]);
    const dispatcher = t.dispatcher();
    const [first, second, third] = await Promise.all([
      dispatcher.runOnce(),
      dispatcher.runOnce(),
      dispatcher.runOnce(),
    ]);
    expect(first).toMatchObject({ sent: 1 });
    expect(second).toEqual({ documents: 0, sent: 0, skipped: 0, retrying: 0, failed: 0 });
    expect(third).toBe(second);
    expect(t.wecom.calls()).toBe(1);
  });

  it('delivers soon after a kick once started, and on its schedule', async () => {
    t.clock.now = new Date(); // these dispatchers run on the real clock
    const kicked = t.dispatcher({ schedule: '0 0 1 1 *', kickDelayMs: 10, now: () => new Date() });
    const message = t.message('wecom', { areaId: '150822100', markdown: '踢一下' });
    const id = await t.applicationWith([message]);
    kicked.start();
    try {
      await until(async () => (await t.stored(id)).outbox[0]!.status === 'sent');
      const later = await t.applicationWith([t.message('wecom', { areaId: '150822100', markdown: '再踢' })]);
      kicked.kick();
      kicked.kick();
      await until(async () => (await t.stored(later)).outbox[0]!.status === 'sent');
    } finally {
      await kicked.stop();
    }

    const scheduled = t.dispatcher({ schedule: '* * * * * *', kickDelayMs: 60_000, now: () => new Date() });
    scheduled.start();
    try {
      const id2 = await t.applicationWith([t.message('wecom', { areaId: '150822100', markdown: '每秒' })]);
      await until(async () => (await t.stored(id2)).outbox[0]!.status === 'sent');
    } finally {
      await scheduled.stop();
    }
    expect(t.wecom.calls()).toBe(3);
  });
});
