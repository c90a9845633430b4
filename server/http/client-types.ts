import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { API_INFO, declareRoutes } from '../app';
import { loadConfig } from '../config';
import { loadPacks } from '../policy/packs';
import { PROJECT_ROOT as ROOT } from '../runtime/project-root';
import { openApiDocument } from './openapi';

/**
 * Where the typed clients read the contract from. The mini-program keeps its own copy inside its folder, because
 * WeChat DevTools compiles nothing from outside it.
 */
export const CLIENT_TYPE_FILES = ['bot/api/openapi.d.ts', 'miniprogram/api/openapi.d.ts'].map((f) =>
  path.join(ROOT, f),
);

/**
 * Plain modules the server and the mini-program share (the mini-program cannot import from outside its folder):
 * source in server/, copy in miniprogram/, written by the same command and checked by the same test.
 */
export const SHARED_MODULES = [
  { from: 'server/applications/gb11643.ts', to: 'miniprogram/lib/gb11643.ts' },
].map(({ from, to }) => ({ from: path.join(ROOT, from), to: path.join(ROOT, to) }));

/** A shared module's copy: the source with a line saying where it comes from. */
export const sharedCopy = (source: string, from: string) =>
  `// Generated from ${path.relative(ROOT, from)} by \`npm run api:types\`: do not edit here.\n${source}`;

const HEADER = `/**
 * The API contract as TypeScript types, generated from /openapi.json by \`npm run api:types\`.
 * Do not edit: change the route declarations in server/ and run the command again (a test fails when stale).
 */

`;

/** The contract the server serves with its default configuration and the packs under flows/. */
export function contract() {
  const config = loadConfig({ NODE_ENV: 'development' });
  return openApiDocument(declareRoutes(config, loadPacks(config.POLICY_DIR)).specs, API_INFO);
}

/** The TypeScript text both clients compile against (openapi-typescript). */
export async function clientTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(contract())) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
