import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import mongoose from 'mongoose';
import { startEmbeddedStore } from '../../server/store/embedded-store';
import { tempDir } from '../support/harness';

describe('embedded store', () => {
  it('keeps data across a restart on the same folder', async () => {
    const dataDir = tempDir('persist');
    const first = await startEmbeddedStore({ port: 0, dataDir });
    const a = await mongoose.createConnection(first.uri, { dbName: 'keep' }).asPromise();
    await a.collection('things').insertOne({ name: '低保', n: 1 });
    await a.close();
    await first.stop();

    const second = await startEmbeddedStore({ port: 0, dataDir });
    const b = await mongoose.createConnection(second.uri, { dbName: 'keep' }).asPromise();
    expect(await b.collection('things').findOne({ name: '低保' })).toMatchObject({ n: 1 });
    await b.close();
    await second.stop();
  });

  it('joins a store that already answers on the port instead of starting a second one', async () => {
    const dataDir = tempDir('join');
    const running = await startEmbeddedStore({ port: 0, dataDir });
    const port = Number(new URL(running.uri).port);
    const joined = await startEmbeddedStore({ port, dataDir });
    expect(joined.uri).toBe(`mongodb://127.0.0.1:${port}/`);
    await joined.stop(); // joining never stops the owner
    const c = await mongoose.createConnection(running.uri, { dbName: 'join' }).asPromise();
    await c.db!.admin().ping();
    await c.close();
    await running.stop();
  });

  it('finds a document by _id through an index, not by reading the whole collection, also beside other conditions', async () => {
    const dataDir = tempDir('lookup');
    const first = await startEmbeddedStore({ port: 0, dataDir });
    const a = await mongoose.createConnection(first.uri, { dbName: 'lookup' }).asPromise();
    const docs = Array.from({ length: 500 }, (_, n) => ({ _id: new mongoose.Types.ObjectId(), n }));
    await a.collection('cases').insertMany(docs);
    await a.close();
    await first.stop();

    // The store indexes the tables it finds as it starts (and those made later, within seconds).
    const second = await startEmbeddedStore({ port: 0, dataDir });
    const b = await mongoose.createConnection(second.uri, { dbName: 'lookup' }).asPromise();
    expect(await b.collection('cases').findOne({ _id: docs[437]!._id })).toEqual(docs[437]);
    // A filter with more than the id (an update guarded by a revision) is looked up by the id too
    // (server/store/ferretdb-patch.ts), and the rest of the filter still applies.
    const guarded = { _id: docs[437]!._id, n: 437 };
    const explained = await b.db!.command({ explain: { find: 'cases', filter: guarded } });
    expect(explained).toMatchObject({ filterPushdown: true });
    expect(JSON.stringify(explained.queryPlanner)).toMatch(/SEARCH .* USING INDEX .*__id_lookup/);
    expect(await b.collection('cases').findOne(guarded)).toEqual(docs[437]);
    expect(await b.collection('cases').findOne({ ...guarded, n: 438 })).toBeNull();
    await b.close();
    const sqlite = new DatabaseSync(path.join(dataDir, 'lookup.sqlite'), { readOnly: true });
    const { table_name: table } = sqlite
      .prepare(`SELECT table_name FROM _ferretdb_collections WHERE name = 'cases'`)
      .get() as { table_name: string };
    // The very filter FerretDB v1.24 sends SQLite for an _id equality (internal/backends/sqlite/collection.go).
    const plan = sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "${table}" WHERE _ferretdb_sjson->'$._id' = ?`)
      .all('x') as { detail: string }[];
    sqlite.close();
    await second.stop();
    expect(plan.map((step) => step.detail).join('; ')).toMatch(/^SEARCH .* USING INDEX .*__id_lookup/);
  });

  it('runs each conditional update atomically, whichever connection sends it', async () => {
    const dataDir = tempDir('atomic');
    const store = await startEmbeddedStore({ port: 0, dataDir });
    // Eight connections, as eight API processes would hold (server/store/ferretdb-patch.ts).
    const connections = await Promise.all(
      Array.from({ length: 8 }, () =>
        mongoose.createConnection(store.uri, { dbName: 'atomic', maxPoolSize: 1 }).asPromise(),
      ),
    );
    try {
      const things = (n: number) => connections[n % connections.length]!.collection('things');
      const ids = Array.from({ length: 20 }, () => new mongoose.Types.ObjectId());
      await things(0).insertMany(ids.map((_id) => ({ _id, holder: null, count: 0 })));
      // Each connection tries to claim every document once ("take the lease if it is free") and counts up.
      const claims = await Promise.all(
        connections.flatMap((_, c) =>
          ids.map(async (_id) => {
            await things(c).updateOne({ _id }, { $inc: { count: 1 } });
            const won = await things(c).findOneAndUpdate(
              { _id, holder: null },
              { $set: { holder: c } },
              { returnDocument: 'after' },
            );
            return won ? _id.toString() : null;
          }),
        ),
      );
      const won = claims.filter((id): id is string => id !== null);
      expect(won.sort()).toEqual(ids.map(String).sort());
      const docs = await things(0).find({}).toArray();
      expect(docs.map((d) => d.count)).toEqual(ids.map(() => connections.length));
    } finally {
      await Promise.all(connections.map((c) => c.close()));
      await store.stop();
    }
  });
});
