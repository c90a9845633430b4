import bodyParser from '@koa/bodyparser';
import cors from '@koa/cors';
import Koa from 'koa';
import { applicationRoutes } from './applications/application-routes';
import { caseRoutes } from './applications/case-routes';
import { chatRoutes } from './chat/chat-routes';
import { attachmentRoutes } from './applications/attachment-routes';
import { areaRoutes } from './areas/area-routes';
import { placeRoutes } from './areas/place-routes';
import { auditRoutes } from './audit/audit-routes';
import type { Config } from './config';
import { consoleApp } from './console/console-routes';
import type { AppDeps } from './http/deps';
import { clientSettingsRoutes } from './http/client-settings-routes';
import { healthRoutes } from './http/health-routes';
import { authenticate, errorHandler, requestContext } from './http/middleware';
import { openApiDocument } from './http/openapi';
import { Routes } from './http/route';
import { securityHeaders } from './http/security-headers';
import type { AppState } from './http/state';
import { authRoutes } from './identity/auth-routes';
import { staffRoutes } from './identity/staff-routes';
import { policyRoutes } from './policy/policy-routes';
import type { Pack } from './policy/pack-schema';
import { reportRoutes } from './reports/report-routes';
import { parameterRoutes } from './parameters/parameter-routes';
import { noticeRoutes } from './notices/notice-routes';
import { recipientRoutes } from './recipients/recipient-routes';
import { supervisionRoutes } from './supervision/supervision-routes';
import { packetRoutes } from './packets/packet-routes';
import { exportRoutes } from './exports/export-routes';
import { discoveryRoutes } from './discovery/discovery-routes';

export const API_INFO = { title: 'Social assistance front door API', version: '1' };

/** Every endpoint of the API, declared once: the server serves them and the contract is generated from them. */
export function declareRoutes(config: Config, packs: ReadonlyMap<string, Pack>): Routes {
  const routes = new Routes();
  healthRoutes(routes);
  authRoutes(routes, config);
  areaRoutes(routes);
  staffRoutes(routes);
  policyRoutes(routes, packs, config.SCREENING_RATE_LIMIT);
  applicationRoutes(routes);
  caseRoutes(routes);
  auditRoutes(routes);
  attachmentRoutes(routes, config.UPLOAD_MAX_BYTES);
  reportRoutes(routes, config);
  chatRoutes(routes, config);
  parameterRoutes(routes);
  noticeRoutes(routes);
  recipientRoutes(routes);
  supervisionRoutes(routes);
  exportRoutes(routes);
  packetRoutes(routes, { path: config.FONT_CJK_PATH, name: config.FONT_CJK_NAME });
  discoveryRoutes(routes, config);
  placeRoutes(routes);
  clientSettingsRoutes(routes, config);
  return routes;
}

/** Builds the HTTP application: the same for the server, the tests and the benchmarks. */
export function createApp(deps: AppDeps): { app: Koa<AppState>; routes: Routes } {
  const app = new Koa<AppState>({ proxy: deps.config.TRUST_PROXY });
  app.context.deps = deps;

  const routes = declareRoutes(deps.config, deps.packs);
  // Built at the first request, once every route is declared.
  let contract: ReturnType<typeof openApiDocument> | undefined;
  routes.router.get('/openapi.json', (ctx) => {
    ctx.body = contract ??= openApiDocument(routes.specs, API_INFO);
  });

  app.use(requestContext);
  // Outside the error handler, so that errors too carry the headers their type calls for.
  app.use(securityHeaders);
  app.use(errorHandler);
  app.use(
    cors({
      origin: (ctx) => {
        const origin = ctx.get('Origin');
        return deps.config.CORS_ORIGINS.includes(origin) ? origin : '';
      },
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'Accept-Language',
        'X-Request-Id',
        'X-Channel',
        'Idempotency-Key',
        'X-Bot-Chat',
        'X-Bot-Signature',
      ],
      exposeHeaders: ['X-Request-Id', 'Retry-After'],
    }),
  );
  // The staff console parses its own forms and reads its own cookie session (console/).
  app.use(consoleApp().middleware);
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: deps.config.BODY_LIMIT, encoding: 'utf-8' }));
  app.use(authenticate);
  app.use(routes.router.routes());
  app.use(routes.router.allowedMethods());
  return { app, routes };
}
