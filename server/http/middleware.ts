import { randomUUID } from 'node:crypto';
import type { TFunction } from 'i18next';
import type Koa from 'koa';
import type { Logger } from '../logger';
import { pickLanguage, isLanguage, translator, type Language } from '../i18n';
import type { Principal } from '../identity/principal';
import { resolveSession } from '../identity/sessions';
import { AppError } from './errors';
import { CHANNELS, type AppState, type Channel } from './state';
import { storeFailed } from '../store/mongo';
import { RETRY_AFTER_SECONDS, unavailableDependency } from './unavailable';
import { describeIssues, ValidationError } from './validation';

type Middleware = Koa.Middleware<AppState>;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * A request's state. Its logger is made when first used: making a child logger (its bindings pass the redaction)
 * cost a screening more than its rate limit's key, and most requests log nothing but the request line. The lazy
 * logger is a getter of the class, not an accessor defined on each request's object: V8 gives an object a map of
 * its own for an accessor defined on it, and that map, kept in the old generation, held each request's whole graph
 * through young collections (every scavenge promoted some 15 MB under load; pauses of 20 ms, p99 four times longer).
 */
class RequestState implements AppState {
  principal?: Principal;
  sessionToken?: string;
  private childLog: Logger | undefined;

  constructor(
    private readonly logger: Logger,
    public requestId: string,
    public lng: Language,
    public t: TFunction,
    public channel: Channel,
  ) {}

  get log(): Logger {
    return (this.childLog ??= this.logger.child({ requestId: this.requestId }));
  }
}

/** Request id (accepted from X-Request-Id when well-formed), language, channel and a child logger. */
export const requestContext: Middleware = async (ctx, next) => {
  const incoming = ctx.get('X-Request-Id');
  const requestId = REQUEST_ID.test(incoming) ? incoming : randomUUID();
  ctx.set('X-Request-Id', requestId);
  const queryLang = ctx.query.lang;
  const lng = isLanguage(queryLang) ? queryLang : pickLanguage(ctx.get('Accept-Language'));
  const channel = ctx.get('X-Channel');
  ctx.state = new RequestState(
    ctx.deps.logger,
    requestId,
    lng,
    translator(lng),
    (CHANNELS as readonly string[]).includes(channel) ? (channel as Channel) : 'api',
  );

  const started = process.hrtime.bigint();
  try {
    await next();
  } finally {
    ctx.deps.logger.info(
      {
        requestId: ctx.state.requestId,
        method: ctx.method,
        path: ctx.path,
        status: ctx.status,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        channel: ctx.state.channel,
      },
      'request',
    );
  }
};

/** One place turns every failure into a localised JSON error; stacks never leave the server. */
export const errorHandler: Middleware = async (ctx, next) => {
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) throw new AppError(404, 'not_found');
  } catch (err) {
    const { t, requestId } = ctx.state;
    if (err instanceof ValidationError) {
      const fields = describeIssues(t, err.location, err.issues);
      ctx.status = 400;
      ctx.body = {
        error: {
          code: 'validation_failed',
          message: t('errors:validation_failed', {
            details: fields
              .map((f) => t('validation:fieldMessage', { field: f.field, message: f.message }))
              .join(t('validation:separator')),
          }),
          fields,
          requestId,
        },
      };
      return;
    }
    if (err instanceof AppError) {
      ctx.status = err.status;
      ctx.body = { error: { code: err.code, message: t(`errors:${err.code}`, err.params), requestId } };
      return;
    }
    // Errors raised by Koa or its body parser carry an exposable status (413, 415, 400 bad JSON).
    const status = (err as { status?: unknown; expose?: boolean }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = HTTP_CODES[status] ?? 'bad_request';
      ctx.status = status;
      ctx.body = { error: { code, message: t(`errors:${code}`), requestId } };
      return;
    }
    const away = unavailableDependency(err);
    if (away) {
      // Logged once per change of state (cache/redis.ts, store/mongo.ts), not per request.
      if (away === 'store') storeFailed(err);
      ctx.status = 503;
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      ctx.body = {
        error: {
          code: 'service_unavailable',
          message: t('errors:service_unavailable', { seconds: RETRY_AFTER_SECONDS }),
          requestId,
        },
      };
      return;
    }
    ctx.state.log.error({ err }, 'unhandled error');
    ctx.status = 500;
    ctx.body = { error: { code: 'internal', message: t('errors:internal'), requestId } };
  }
};

const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Resolves "Authorization: Bearer <token>" to a principal; an unknown token is simply anonymous. */
export const authenticate: Middleware = async (ctx, next) => {
  const header = ctx.get('Authorization');
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (match?.[1]) {
    const principal = await resolveSession(ctx.deps.redis, match[1]);
    if (principal) {
      ctx.state.principal = principal;
      ctx.state.sessionToken = match[1];
    }
  }
  await next();
};
