import mongoose from 'mongoose';

/**
 * Connects mongoose. The data layer keeps to what both MongoDB and FerretDB v1 support:
 * single-document atomic updates, no multi-document transactions, no $lookup, no TTL,
 * text or partial indexes.
 */
export async function connectStore(uri: string, dbName: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  const options = { dbName, serverSelectionTimeoutMS: 5000, autoIndex: false };
  await mongoose.connect(uri, options);
  if (await isFerretDb()) {
    // FerretDB v1 runs an update as a read followed by a whole-document write, outside any transaction: two
    // updates of one document at once can lose one, and a conditional update can match twice. With a single
    // connection this process's operations reach it one at a time, which makes each update atomic again.
    await mongoose.disconnect();
    await mongoose.connect(uri, { ...options, maxPoolSize: 1 });
  }
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  return mongoose;
}

async function isFerretDb(): Promise<boolean> {
  const info = await mongoose.connection.db!.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info;
}

export async function storeReachable(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db) return false;
    await db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
