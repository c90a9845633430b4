// First, as in server/main.ts: the server's V8 flags.
import '../server/runtime/heap-flags';
import { createApp } from '../server/app';
import { loadConfig, loadDotEnv } from '../server/config';
import { boot } from '../server/runtime/boot';

/**
 * The product's HTTP app (createApp, every route and middleware) in a process of its own, without the background
 * workers server/main.ts also starts — the outbox dispatcher, the audit sealer, the scheduled jobs. bench:scale
 * measures the inbox with it: on the embedded store the dispatcher's search for due messages reads every
 * application (FerretDB v1 pushes no other filter down), minutes at 100,000 cases, which would measure that
 * search rather than the inbox (see bench/README.md).
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const runtime = await boot(config, { quiet: true });
  const { app } = createApp(runtime.deps);
  const server = app.listen(config.PORT, config.HOST);
  server.requestTimeout = 0;
  process.on('SIGTERM', () => {
    server.close(() => void runtime.shutdown().then(() => process.exit(0)));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
