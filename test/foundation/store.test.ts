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
});
