// First: V8 flags that must be set before the rest allocates (see heap-flags.ts).
import './runtime/heap-flags';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createApp } from './app';
import { ConfigError, loadConfig, loadDotEnv } from './config';
import { PackError } from './policy/packs';
import { boot } from './runtime/boot';
import { stopChild } from './runtime/child-process';
import { scheduleSweep } from './storage/sweep-schedule';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const runtime = await boot(config);
  const { logger } = runtime.deps;
  const { app } = createApp(runtime.deps);
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ url: `http://${config.HOST}:${config.PORT}` }, 'server listening');
  });
  runtime.deps.outbox.start();
  runtime.deps.audit.start();
  runtime.deps.jobs.start();
  const sweep = scheduleSweep(runtime.deps);
  const bot = config.BOT_ADAPTERS.length > 0 ? startBot(`http://${config.HOST}:${config.PORT}`) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await sweep.stop();
    if (bot) await stopChild(bot);
    await new Promise((resolve) => server.close(resolve));
    await runtime.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * The chat bot in its own process (bot/main.ts), when BOT_ADAPTERS names an adapter: it reads its BOT_* settings
 * from the same environment and talks to this server over HTTP, like any other client.
 */
function startBot(apiUrl: string): ChildProcess {
  // Compiled beside the server in dist/, or from source with the TypeScript loader, as the server itself runs.
  const compiled = path.extname(__filename) === '.js';
  const entry = path.join(__dirname, '..', 'bot', compiled ? 'main.js' : 'main.ts');
  const child = spawn(process.execPath, compiled ? [entry] : ['--import', 'tsx', entry], {
    stdio: 'inherit',
    env: { BOT_API_URL: apiUrl, ...process.env },
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`the chat bot stopped (${signal ?? code})`);
  });
  return child;
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof PackError ? err.message : err);
  process.exit(1);
});
