import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Router from '@koa/router';
import type { AppState } from '../http/state';

/**
 * The console's only static files: its stylesheet and htmx, served from node_modules as installed (no front-end
 * build). Each URL carries a hash of the content, so browsers may keep a file for a year and still see a new one.
 */

interface Asset {
  body: Buffer;
  type: string;
  url: string;
}

function asset(name: string, file: string, type: string): Asset {
  const body = fs.readFileSync(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, type, url: `/console/assets/${name}?v=${hash}` };
}

const files = {
  css: asset('console.css', path.join(__dirname, 'assets', 'console.css'), 'text/css; charset=utf-8'),
  htmx: asset('htmx.min.js', require.resolve('htmx.org/dist/htmx.min.js'), 'text/javascript; charset=utf-8'),
};

export const ASSETS = { css: files.css.url, htmx: files.htmx.url };

export function assetRoutes(router: Router<AppState>): void {
  for (const file of Object.values(files)) {
    router.get(file.url.slice('/console'.length).split('?')[0]!, (ctx) => {
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      ctx.type = file.type;
      ctx.body = file.body;
    });
  }
}
