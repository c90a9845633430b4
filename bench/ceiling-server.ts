import bodyParser from '@koa/bodyparser';
import Router from '@koa/router';
import Koa from 'koa';
import { connectStore } from '../server/store/mongo';
import { pairs } from './pairs';

/**
 * The ceilings: a bare Koa server on the same store with the same connection settings as the product
 * (`connectStore`), and only the routes the pairs declare — no sessions, validation, access or audit.
 * Run by bench/http-pairs.ts in its own process, as the product server is.
 */
async function main(): Promise<void> {
  const [uri, dbName, port] = process.argv.slice(2);
  await connectStore(uri!, dbName!);
  const router = new Router();
  for (const pair of pairs) pair.ceilingRoutes?.(router);
  const app = new Koa();
  // Bodies are parsed only where a route reads JSON; the upload ceiling streams its body to a file.
  app.use(async (ctx, next) =>
    ctx.path === '/ceiling/write' ? next() : bodyParser({ jsonLimit: '1mb' })(ctx, next),
  );
  app.use(router.routes());
  app.listen(Number(port), '127.0.0.1', () => console.log('READY'));
}

void main();
