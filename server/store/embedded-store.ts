import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { stopChild } from '../runtime/child-process';
import { PROJECT_ROOT } from '../runtime/project-root';
import { PATCH_SOURCE, writeBuildModule } from './ferretdb-patch';

/**
 * The embedded MongoDB-protocol store: FerretDB over SQLite, wrapped in a small Go
 * program (server/store/ferretdb). Built with `go build` on first use, run on loopback.
 */
const SOURCE_DIR = path.join(PROJECT_ROOT, 'server', 'store', 'ferretdb');
export const STORE_BINARY = path.join(PROJECT_ROOT, 'bin', 'ferretdb');

export interface EmbeddedStore {
  /** MongoDB connection string, without a database name. */
  uri: string;
  /** The running store's process id (undefined for a store this process joined). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

/** Builds the Go program, showing progress as `go build -v` names each package it compiles. */
export async function buildEmbeddedStore(out: NodeJS.WritableStream = process.stderr): Promise<void> {
  const list = spawnSync('go', ['list', '-deps', '.'], { cwd: SOURCE_DIR, encoding: 'utf8' });
  if (list.error || list.status !== 0) {
    throw new Error(
      `Cannot build the embedded store: "go list" failed (is Go installed?)\n${list.error?.message ?? list.stderr}`,
    );
  }
  const total = list.stdout.split('\n').filter(Boolean).length;
  const tty = 'isTTY' in out && out.isTTY === true;
  out.write(`Building the embedded store (FerretDB, ${total} packages); this happens once…\n`);
  fs.mkdirSync(path.dirname(STORE_BINARY), { recursive: true });
  // Built beside, then renamed into place: a process starting the store meanwhile runs the old binary or the new
  // one, never half of one.
  const built = `${STORE_BINARY}.${process.pid}.tmp`;

  await new Promise<void>((resolve, reject) => {
    const modfile = writeBuildModule(SOURCE_DIR);
    const child = spawn('go', ['build', '-v', '-modfile', modfile, '-o', built, '.'], {
      cwd: SOURCE_DIR,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines: string[] = [];
    let lastDecile = -1;
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      lines.push(line);
      const pct = Math.min(99, Math.round((lines.length / total) * 100));
      if (tty) out.write(`\r  compiling ${String(pct).padStart(2)}%  ${line.slice(0, 60).padEnd(60)}`);
      else if (Math.floor(pct / 10) > lastDecile) {
        lastDecile = Math.floor(pct / 10);
        out.write(`  compiling ${pct}%\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(path.dirname(modfile), { recursive: true, force: true });
      if (tty) out.write('\n');
      if (code === 0) {
        fs.renameSync(built, STORE_BINARY);
        resolve();
      } else reject(new Error(`Building the embedded store failed:\n${lines.slice(-30).join('\n')}`));
    });
  });
  out.write('Embedded store built.\n');
}

/** No binary yet, or its Go source (main.go, go.mod, go.sum) or the patch of FerretDB changed since it was built. */
function storeOutdated(): boolean {
  if (!fs.existsSync(STORE_BINARY)) return true;
  const builtAt = fs.statSync(STORE_BINARY).mtimeMs;
  const sources = [...fs.readdirSync(SOURCE_DIR).map((f) => path.join(SOURCE_DIR, f)), PATCH_SOURCE];
  return sources.some((f) => fs.statSync(f).mtimeMs > builtAt);
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Where the store writes its own log: a file, never a pipe this process must keep draining. */
export const storeLogFile = (dataDir: string) => path.join(dataDir, 'ferretdb.log');

export interface StoreEvents {
  /** The store exited without being asked to; it is being started again. */
  onExit?: (info: { code: number | null; signal: string | null; restartInMs: number }) => void;
  /** It answers again after a restart. */
  onRestarted?: () => void;
}

const FIRST_RESTART_MS = 200;
const LONGEST_RESTART_MS = 10_000;
/** Up this long, a store counts as healthy again and the restart delay starts over. */
const STABLE_MS = 30_000;

/**
 * Starts the store on 127.0.0.1:port (0 = any free port) with its SQLite files under dataDir, and keeps it
 * running: if it dies (killed, crashed), it is started again on the same port, after a delay that doubles while
 * it keeps dying, and the driver's own reconnect finds it there.
 * If the port already answers — the server's own store, when the admin CLI runs beside it —
 * that store is joined instead of starting a second one on the same files.
 */
export async function startEmbeddedStore(
  opts: { port: number; dataDir: string } & StoreEvents,
): Promise<EmbeddedStore> {
  if (opts.port !== 0 && (await portAnswers(opts.port))) {
    return { uri: `mongodb://127.0.0.1:${opts.port}/`, pid: () => undefined, stop: async () => undefined };
  }
  if (storeOutdated()) await buildEmbeddedStore();
  fs.mkdirSync(opts.dataDir, { recursive: true });

  let stopping = false;
  let child = await launch(opts.port, opts.dataDir);
  const uri = child.uri;
  const port = Number(new URL(uri).port);
  let restartMs = FIRST_RESTART_MS;
  let timer: NodeJS.Timeout | undefined;

  const supervise = (running: Launched) => {
    const startedAt = Date.now();
    running.process.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_MS) restartMs = FIRST_RESTART_MS;
      opts.onExit?.({ code, signal, restartInMs: restartMs });
      const retry = () => {
        timer = setTimeout(() => {
          if (stopping) return;
          launch(port, opts.dataDir).then(
            (next) => {
              if (stopping) return void stopChild(next.process);
              child = next;
              opts.onRestarted?.();
              supervise(next);
            },
            () => {
              restartMs = Math.min(restartMs * 2, LONGEST_RESTART_MS);
              retry();
            },
          );
        }, restartMs);
        timer.unref();
      };
      retry();
      restartMs = Math.min(restartMs * 2, LONGEST_RESTART_MS);
    });
  };
  supervise(child);

  return {
    uri,
    pid: () => child.process.pid,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await stopChild(child.process);
    },
  };
}

interface Launched {
  uri: string;
  process: ChildProcess;
}

/** One run of the store; resolves with its address once it accepts connections. */
async function launch(port: number, dataDir: string): Promise<Launched> {
  // The store's log goes to a file: a pipe left unread (this process blocked in a synchronous call, say) fills
  // up and the store stops answering while it waits to write.
  const logFile = storeLogFile(dataDir);
  const log = fs.openSync(logFile, 'a');
  // stdin stays open as a lifeline: if this process dies, the store sees EOF and exits.
  const child = spawn(STORE_BINARY, ['-listen', `127.0.0.1:${port}`, '-data', dataDir, '-watch-stdin'], {
    stdio: ['pipe', 'pipe', log],
  });
  fs.closeSync(log);
  const stdout = child.stdout;
  if (!stdout) throw new Error('The embedded store has no stdout');
  const lines = readline.createInterface({ input: stdout });
  try {
    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('The embedded store did not start within 30 s')),
        30_000,
      );
      lines.on('line', (line) => {
        if (line.startsWith('READY ')) {
          clearTimeout(timer);
          resolve(line.slice('READY '.length).trim());
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The embedded store exited (code ${code}):\n${tail(logFile, 2000)}`));
      });
    });
    // Nothing more is printed on stdout after READY; keep draining it all the same.
    stdout.resume();
    return { uri, process: child };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}

function tail(file: string, chars: number): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-chars);
  } catch {
    return '';
  }
}
