import { buildEmbeddedStore } from './embedded-store';

// `npm run build:store`: (re)builds the embedded store ahead of time, e.g. in CI.
buildEmbeddedStore().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
