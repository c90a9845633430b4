import { createApp } from './app';
import { ConfigError, loadConfig, loadDotEnv } from './config';
import { PackError } from './policy/packs';
import { boot } from './runtime/boot';
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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await sweep.stop();
    await new Promise((resolve) => server.close(resolve));
    await runtime.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof PackError ? err.message : err);
  process.exit(1);
});
