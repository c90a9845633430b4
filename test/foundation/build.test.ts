import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildDist } from '../../server/runtime/build';
import { stopChild } from '../../server/runtime/child-process';
import { PROJECT_ROOT } from '../../server/runtime/project-root';
import { startTestStore } from '../support/harness';
import { freePort } from '../support/redis-server';
import { until } from '../support/until';

/**
 * What production runs: the build (`npm run build`). The compiled server starts on its own and serves what it reads
 * beside its code (the locales, the console's stylesheet) and from the project root (the policy packs); the
 * deployment files start programs the build contains.
 */
const OUT = path.join(PROJECT_ROOT, 'test', 'artifacts', 'build');
let store: Awaited<ReturnType<typeof startTestStore>>;
let server: ChildProcess | undefined;

beforeAll(async () => {
  buildDist(OUT);
  store = await startTestStore();
}, 120_000);
afterAll(async () => {
  if (server) await stopChild(server);
  await store.stop();
});

/** A path in the image (under /app, the project root) as a path in the test's build. */
const inBuild = (file: string) => path.join(OUT, path.relative('dist', file));

describe('the build', () => {
  it('contains the programs the deployment files start', () => {
    const dockerfile = fs.readFileSync(path.join(PROJECT_ROOT, 'deploy', 'Dockerfile'), 'utf8');
    const cmd = JSON.parse(/^CMD (.+)$/m.exec(dockerfile)![1]!) as string[];
    const compose = parseYaml(fs.readFileSync(path.join(PROJECT_ROOT, 'deploy', 'compose.yaml'), 'utf8')) as {
      services: Record<string, { command?: string[] }>;
    };
    const commands = [cmd, ...Object.values(compose.services).flatMap((s) => (s.command ? [s.command] : []))];
    const entries = commands.filter((c) => c[0] === 'node').map((c) => c[1]!);
    expect(entries).toEqual(expect.arrayContaining(['dist/server/main.js', 'dist/bot/main.js']));
    for (const entry of entries) expect(fs.existsSync(inBuild(entry))).toBe(true);
  });

  it('runs the admin CLI from compiled code alone', () => {
    const help = spawnSync(process.execPath, [path.join(OUT, 'server', 'admin', 'cli.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('area:create');
  });

  it('runs the server from compiled code alone', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [path.join(OUT, 'server', 'main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGODB_URI: store.uri,
        MONGODB_DB: 'build',
        DATA_DIR: store.dataDir,
        REDIS_KEY_PREFIX: `build:${randomBytes(6).toString('hex')}:`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    await until(
      () =>
        fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ),
      30_000,
    );

    // The packs (flows/, from the project root) and the English locale (beside the compiled code).
    const places = (await (await fetch(`${url}/api/v1/jurisdictions?lang=en`)).json()) as {
      items: { id: string; programs: { name: string }[] }[];
    };
    expect(places.items.map((p) => p.id)).toEqual(expect.arrayContaining(['dengkou', 'yichun']));
    expect(places.items[0]!.programs[0]!.name).toMatch(/Minimum Living/i);
    // An error, in Chinese by default, from the errors namespace.
    const missing = await fetch(`${url}/api/v1/jurisdictions/nowhere/policy`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(
      /[\u4e00-\u9fff]/,
    );
    // The console's stylesheet.
    const css = await fetch(`${url}/console/assets/console.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('font-size');
  }, 60_000);
});
