import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app';
import { startTestApp, type TestApp } from '../../support/harness';

/**
 * The real backend for the mini-program's tests: the product on a throwaway store and the machine's Redis
 * (startTestApp), listening on a real loopback port so the phone's wx.request reaches it over HTTP.
 */
export async function startBackend(
  env: Record<string, string> = {},
): Promise<{ app: TestApp; base: string; close(): Promise<void> }> {
  const app = await startTestApp(env);
  const server = http.createServer(createApp(app.runtime.deps).app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
