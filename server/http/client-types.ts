import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { API_INFO, declareRoutes } from '../app';
import { loadConfig } from '../config';
import { loadPacks } from '../policy/packs';
import { openApiDocument } from './openapi';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Where the typed clients read the contract from. The mini-program keeps its own copy inside its folder, because
 * WeChat DevTools compiles nothing from outside it.
 */
export const CLIENT_TYPE_FILES = ['bot/api/openapi.d.ts', 'miniprogram/api/openapi.d.ts'].map((f) =>
  path.join(ROOT, f),
);

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
