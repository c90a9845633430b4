import Router from '@koa/router';
import type { TFunction } from 'i18next';
import type Koa from 'koa';
import { z } from 'zod';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import { admit, checkScope, type Access } from '../identity/access';
import { actorOf, type Principal } from '../identity/principal';
import type { Language } from '../i18n';
import { AppError } from './errors';
import { fileContentTypes, sendFile, type FileBody } from './file-response';
import { idempotent } from './idempotency';
import { formIdentity, readMultipart, type MultipartSpec, type UploadedFile } from './multipart';
import { rateLimit, type RateLimitRule } from './rate-limit';
import type { AppState } from './state';
import { parseInput } from './validation';

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface Input<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

export interface HandlerContext<P, Q, B, T> extends Input<P, Q, B> {
  principal: Principal | undefined;
  /** The record the access rule loaded and checked (undefined for routes without a scope). */
  record: T;
  /** The files of a multipart route (empty for the others). */
  files: UploadedFile[];
  lng: Language;
  t: TFunction;
  koa: Koa.ParameterizedContext<AppState>;
  /**
   * On an idempotent route, a key standing for this request and its retries: record it with what the request
   * creates, in the same write, and look for it first, so that a retry after a crash answers what was made.
   */
  requestKey: string | undefined;
  /** Records who read or changed which record; actor, channel and request id are filled in. */
  audit: (event: Pick<AuditEvent, 'action' | 'record' | 'areaId' | 'details'>) => Promise<void>;
}

export interface RouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
  T = undefined,
> {
  method: Method;
  /** Koa-style path, e.g. /api/v1/areas/:id */
  path: string;
  summary: string;
  tags: string[];
  access: Access<Input<P, Q, B>, T>;
  params?: P;
  query?: Q;
  /** JSON body; for a multipart route, its text fields. */
  body?: B;
  /**
   * Takes multipart/form-data with files (see multipart.ts); `body` then validates the text fields. The access
   * rule's scope is checked before the form is read, so it must not depend on the body.
   */
  multipart?: MultipartSpec;
  /** The success response; `status` defaults to 200. A `fileResponse()` schema answers with the file itself. */
  response: { status?: number; description: string; schema: R };
  rateLimit?: RateLimitRule;
  /** Requires an Idempotency-Key header; retries replay the first answer (see idempotency.ts). */
  idempotent?: boolean;
  /**
   * Whose retries share an idempotency slot: the caller by default. A route that must not tie what is submitted to
   * a signed-in caller (an anonymous report) answers undefined, so the slot is keyed as anonymous.
   */
  idempotencyOwner?: (input: Input<P, Q, B>, principal: Principal | undefined) => Principal | undefined;
  handler: (ctx: HandlerContext<P, Q, B, T>) => Promise<z.input<R>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any, any, any>;

/**
 * Every endpoint is declared once: its validation, its access rule, its rate limit and
 * its OpenAPI entry all come from the same spec, so contract and behaviour cannot drift.
 */
export class Routes {
  readonly router = new Router<AppState>();
  readonly specs: AnyRouteSpec[] = [];

  add<
    P extends Schema | undefined,
    Q extends Schema | undefined,
    B extends Schema | undefined,
    R extends Schema,
    T = undefined,
  >(spec: RouteSpec<P, Q, B, R, T>): void {
    const isFile = fileContentTypes(spec.response.schema) !== undefined;
    if (isFile && spec.idempotent) throw new Error(`${spec.path}: a file response cannot be replayed`);
    this.specs.push(spec);
    this.router[spec.method](spec.path, async (koa) => {
      if (spec.rateLimit) await rateLimit(koa, spec.rateLimit);
      admit(spec.access, koa.state.principal);
      if (spec.body && !spec.multipart && !koa.request.is('application/json'))
        throw new AppError(415, 'unsupported_media_type');
      const params = (spec.params ? parseInput(spec.params, 'params', koa.params) : undefined) as Out<P>;
      const query = (spec.query ? parseInput(spec.query, 'query', koa.query) : undefined) as Out<Q>;
      // A multipart route's access is settled before its files are read, so an outsider cannot make the server
      // take in a large body only to be refused; its scope rule therefore sees no body.
      const early = spec.multipart
        ? await checkScope(spec.access, koa.state.principal, { params, query, body: undefined as Out<B> })
        : undefined;
      const form = spec.multipart ? await readMultipart(koa, spec.multipart) : undefined;
      const rawBody = form ? form.fields : koa.request.body;
      const input = {
        params,
        query,
        body: (spec.body ? parseInput(spec.body, 'body', rawBody) : undefined) as Out<B>,
      };
      const record = (
        spec.multipart ? early : await checkScope(spec.access, koa.state.principal, input)
      ) as T;
      const run = async (requestKey?: string) => {
        const result = await spec.handler({
          ...input,
          requestKey,
          record,
          files: form?.files ?? [],
          principal: koa.state.principal,
          lng: koa.state.lng,
          t: koa.state.t,
          koa,
          audit: (event) =>
            appendAudit({
              ...event,
              actor: actorOf(koa.state.principal),
              channel: koa.state.channel,
              requestId: koa.state.requestId,
            }),
        });
        // The response schema is also an allow-list: nothing outside it reaches the caller.
        return { status: spec.response.status ?? 200, body: spec.response.schema.parse(result) as unknown };
      };
      if (spec.idempotent) {
        const principal = koa.state.principal;
        const owner = spec.idempotencyOwner ? spec.idempotencyOwner(input, principal) : principal;
        return idempotent(koa, IDEMPOTENCY_TTL_SECONDS, form ? formIdentity(form) : rawBody, run, owner);
      }
      const { status, body } = await run();
      if (isFile) return sendFile(koa, status, body as FileBody);
      koa.status = status;
      koa.body = body;
    });
  }
}
