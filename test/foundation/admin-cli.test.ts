import mongoose from 'mongoose';
import { runAdmin } from '../support/admin-cli';
import { startTestApp, startTestStore } from '../support/harness';

// Each command is a cold start of the CLI (TypeScript loader, store connection): a test runs several in turn.
jest.setTimeout(120_000);
let store: Awaited<ReturnType<typeof startTestStore>>;

beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.stop());

// Each command starts a process that boots the runtime: seconds apiece on a busy machine.
jest.setTimeout(180_000);

function admin(...args: string[]) {
  return adminOn('cli', ...args);
}

function adminOn(db: string, ...args: string[]) {
  return runAdmin(args, {
    MONGODB_URI: store.uri,
    MONGODB_DB: db,
    REDIS_KEY_PREFIX: 'test:cli:',
    DATA_DIR: store.dataDir,
  });
}

describe('admin CLI', () => {
  it('creates an area tree and a staff account that can sign in, and verifies the audit chain', async () => {
    expect(
      (
        await admin(
          'area:create',
          '150822',
          '磴口县',
          '--level',
          'county',
          '--kind',
          '县',
          '--pack',
          'dengkou',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await admin(
          'area:create',
          '150822200',
          '沙金套海苏木',
          '--level',
          'township',
          '--kind',
          '苏木',
          '--parent',
          '150822',
        )
      ).code,
    ).toBe(0);

    const wrongLevel = await admin(
      'area:create',
      '150822300',
      '某镇',
      '--level',
      'county',
      '--kind',
      '镇',
      '--parent',
      '150822',
    );
    expect(wrongLevel.code).toBe(1);
    expect(wrongLevel.err).toContain('区划层级不正确');

    const created = await admin(
      'staff:create',
      'su.mu',
      '--name',
      '苏木',
      '--role',
      'township_staff',
      '--area',
      '150822200',
    );
    expect(created.code).toBe(0);
    const password = /：(\S+)\s*$/.exec(created.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const tree = await admin('area:tree');
    expect(tree.out).toMatch(/150822 {2}磴口县（县） {2}\[dengkou\]\n {2}150822200 {2}沙金套海苏木（苏木）/);

    const app = await startTestApp({ MONGODB_DB: 'cli' }, store);
    try {
      const signedIn = await app.http
        .post('/api/v1/auth/staff')
        .send({ username: 'su.mu', password })
        .expect(200);
      expect(signedIn.body.staff).toMatchObject({ role: 'township_staff', areaId: '150822200' });
    } finally {
      await app.close();
    }

    const verified = await admin('audit:verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('共 4 条记录'); // two areas, one account, one sign-in
  });

  it('fails audit:verify with exit code 1 once an entry has been edited', async () => {
    const checkpoint = await admin('audit:checkpoint');
    expect({ out: checkpoint.out, err: checkpoint.err }).toMatchObject({
      out: expect.stringMatching(/^[0-9a-f-]{36}:\d+:[0-9a-f]{64}$/m),
    });
    const conn = await mongoose.createConnection(store.uri, { dbName: 'cli' }).asPromise();
    const tiles = conn.collection<{ _id: number; entries: string[] }>('audit_trail');
    const [entry] = (await tiles.findOne({ _id: 1 }))!.entries;
    const edited = JSON.stringify({ ...JSON.parse(entry!), actor: { kind: 'cli', id: 'someone-else' } });
    await tiles.updateOne({ _id: 1 }, { $set: { 'entries.0': edited } });
    await conn.close();
    const verified = await admin('audit:verify');
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('第 1 条');
  });

  it('fails audit:verify loudly, exit code 2, on a store that holds no audit log', async () => {
    const empty = await adminOn('not_the_product', 'audit:verify');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('没有任何审计日志');
  });

  it('rebuilds the case index from the applications with cases:reindex', async () => {
    const conn = await mongoose.createConnection(store.uri, { dbName: 'cli_reindex' }).asPromise();
    const caseFields = {
      status: 'in_progress',
      jurisdiction: 'dengkou',
      areaId: '1508222001',
      areaPath: ['150822', '150822200', '1508222001'],
      townshipId: '150822200',
      programs: ['dibao'],
      members: [{ name: '巴特尔', facts: { relation: 'self' } }],
      snapshots: [],
      currentStage: 'investigation',
      currentDue: '2026-12-01',
      revision: 2,
      createdAt: new Date('2026-05-04T02:00:00Z'),
    };
    await conn.collection('applications').insertMany([
      { ...caseFields, caseNumber: '150822-2026-000001' },
      // A draft never submitted has no row.
      { ...caseFields, status: 'draft', revision: 0 },
    ]);
    const run = await adminOn('cli_reindex', 'cases:reindex');
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    expect(run.out).toContain('1 件案件，1 个乡镇');
    const bucket = await conn.collection('case_index_buckets').findOne({ _id: '150822200:2026-05' as never });
    expect(Object.values(bucket!.rows as Record<string, string>).map((row) => JSON.parse(row))).toEqual([
      expect.objectContaining({ caseNumber: '150822-2026-000001', currentStage: 'investigation' }),
    ]);
    expect(await conn.collection('case_index_heads').findOne({ _id: '150822200' as never })).toMatchObject({
      path: ['150822', '150822200'],
      buckets: ['2026-05'],
    });
    await conn.close();
  });
});
