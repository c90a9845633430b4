import Router from '@koa/router';
import type { TFunction } from 'i18next';
import type Koa from 'koa';
import { z } from 'zod';
import { admit, checkScope, type Access, type PrincipalOf } from '../identity/access';
import type { Audience, Principal } from '../identity/principal';
import type { Language } from '../i18n';
import { AppError } from './errors';
import { fileContentTypes, sendFile, type FileBody } from './file-response';
import { idempotent } from './idempotency';
import { formIdentity, readMultipart, type MultipartSpec, type UploadedFile } from './multipart';
import { rateLimit, type RateLimitRule } from './rate-limit';
import { requestAudit, type RequestAudit } from './request-audit';
import type { AppState } from './state';
import type { Tag } from './tags';
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

/** Route-specific error answers, by status: the codes (namespace "errors") the handler or its services throw. */
export type ErrorAnswers = Partial<
  Record<400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 502 | 503, readonly string[]>
>;

export interface HandlerContext<P, Q, B, T, A extends Audience> extends Input<P, Q, B> {
  /** The caller, typed from the route's `allow` list (a resident, a staff member, or anyone on public routes). */
  principal: PrincipalOf<A>;
  /** The record the access rule loaded and checked (undefined for routes without a scope). */
  record: T;
  /** The files of a multipart route (empty for the others). */
  files: UploadedFile[];
  lng: Language;
  t: TFunction;
  koa: Koa.ParameterizedContext<AppState>;
  /**
   * On an idempotent route, a key standing for this request and its retries: record it with what the request
   * creates, in the same write, and look for it first, so that a retry after a crash answers what was made. Audit
   * what was found as what was made, on the same path: the crash may have come before the entry was stored.
   */
  requestKey: string | undefined;
  /** Records who read or changed which record; actor, channel and request id are filled in. */
  audit: RequestAudit;
}

export interface RouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
  T = undefined,
  A extends Audience = never,
> {
  method: Method;
  /** Koa-style path, e.g. /api/v1/areas/:id */
  path: string;
  /** The operation's name in the contract and the generated clients: camelCase, unique. */
  operationId: string;
  summary: string;
  tags: Tag[];
  access: Access<Input<P, Q, B>, T, A>;
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
  /**
   * The errors particular to this route. Those that follow from the spec itself (validation, sign-in, access,
   * idempotency, rate limit, upload limits) are declared in the contract without being listed here.
   */
  errors?: ErrorAnswers;
  rateLimit?: RateLimitRule;
  /** Requires an Idempotency-Key header; retries replay the first answer (see idempotency.ts). */
  idempotent?: boolean;
  /**
   * Whose retries share an idempotency slot: the caller by default. A route that must not tie what is submitted to
   * a signed-in caller (an anonymous report) answers undefined, so the slot is keyed as anonymous.
   */
  idempotencyOwner?: (input: Input<P, Q, B>, principal: Principal | undefined) => Principal | undefined;
  handler: (ctx: HandlerContext<P, Q, B, T, A>) => Promise<z.input<R>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any, any, any, any>;

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

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
    A extends Audience = never,
  >(spec: RouteSpec<P, Q, B, R, T, A>): void {
    if (!OPERATION_ID.test(spec.operationId)) throw new Error(`${spec.path}: operationId must be camelCase`);
    if (this.specs.some((s) => s.operationId === spec.operationId))
      throw new Error(`${spec.path}: operationId ${spec.operationId} is taken`);
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
          // admit() has checked the caller against `allow`, which is what PrincipalOf<A> states.
          principal: koa.state.principal as PrincipalOf<A>,
          lng: koa.state.lng,
          t: koa.state.t,
          koa,
          audit: requestAudit(koa),
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
