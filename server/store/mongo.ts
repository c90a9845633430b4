import mongoose from 'mongoose';

/**
 * Connects mongoose. The data layer keeps to what both MongoDB and FerretDB v1 support:
 * single-document atomic updates, no multi-document transactions, no $lookup, no TTL,
 * text or partial indexes.
 */
export async function connectStore(uri: string, dbName: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 5000, autoIndex: false });
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  return mongoose;
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
