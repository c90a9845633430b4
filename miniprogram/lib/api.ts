import { API_BASE } from '../config';
import type { components, operations } from '../api/openapi';
import { language } from './settings';

/**
 * The one API client, typed from the generated contract (api/openapi.d.ts): a changed endpoint breaks this
 * folder's type-check, not a phone. It carries the session, retries what is safe to retry with backoff, keeps an
 * Idempotency-Key across the retries of a submission, upload or report, and turns every failure into an ApiError
 * whose message is already in the person's language (the server's, or ours when the network failed).
 */

export type Schemas = components['schemas'];
type Op = keyof operations;

/** Each operation the mini-program calls, by its operationId: method and path. */
const ROUTES = {
  signInWithWeChat: ['POST', '/api/v1/auth/wechat'],
  signInStaff: ['POST', '/api/v1/auth/staff'],
  signOut: ['POST', '/api/v1/auth/logout'],
  getClientSettings: ['GET', '/api/v1/client-settings'],
  listPlaces: ['GET', '/api/v1/places'],
  getJurisdictionPolicy: ['GET', '/api/v1/jurisdictions/{id}/policy'],
  screenHousehold: ['POST', '/api/v1/screenings'],
  listDeclarations: ['GET', '/api/v1/declarations'],
  createApplication: ['POST', '/api/v1/applications'],
  listMyApplications: ['GET', '/api/v1/applications'],
  claimApplication: ['POST', '/api/v1/applications/claim'],
  getApplication: ['GET', '/api/v1/applications/{id}'],
  saveHousehold: ['PUT', '/api/v1/applications/{id}/household'],
  signDeclaration: ['POST', '/api/v1/applications/{id}/declarations'],
  submitApplication: ['POST', '/api/v1/applications/{id}/submit'],
  getTimeline: ['GET', '/api/v1/applications/{id}/timeline'],
  createChatCode: ['POST', '/api/v1/applications/{id}/chat-code'],
  takeHandoff: ['GET', '/api/v1/handoffs/{code}'],
  uploadAttachment: ['POST', '/api/v1/applications/{id}/attachments'],
  createReport: ['POST', '/api/v1/reports'],
  followReport: ['POST', '/api/v1/reports/follow'],
  addReportEvidence: ['POST', '/api/v1/reports/attachments'],
  reportDiscovery: ['POST', '/api/v1/discoveries'],
  listDiscoveries: ['GET', '/api/v1/discoveries'],
} as const satisfies Partial<Record<Op, readonly ['GET' | 'POST' | 'PUT' | 'DELETE', string]>>;

export type Operation = keyof typeof ROUTES;

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type BodyOf<O extends Operation> = operations[O] extends { requestBody: infer R }
  ? Json<R>
  : operations[O] extends { requestBody?: infer R }
    ? Json<NonNullable<R>>
    : never;
export type ResultOf<O extends Operation> = operations[O]['responses'] extends { 200: infer R }
  ? Json<R>
  : operations[O]['responses'] extends { 201: infer R }
    ? Json<R>
    : never;
type PathOf<O extends Operation> = operations[O]['parameters'] extends { path: infer P } ? P : never;
type QueryOf<O extends Operation> = operations[O]['parameters'] extends { query?: infer Q } ? Q : never;

export interface FieldError {
  path: string;
  field: string;
  message: string;
}

/** A failed call: the status (0 when the network failed), a stable code and a message to show as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** The message for each field the server named, by its path without "body." (members.0.idNumber). */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.path.replace(/^(body|query|params)\./, '')] = f.message;
    return out;
  }

  get offline(): boolean {
    return this.status === 0;
  }
}

/** The words for failures the server could not name, in each language (the server names all the others). */
const LOCAL_ERRORS = {
  'zh-CN': {
    offline: '网络连接不上。已填写的内容保存在本机，联网后会自动重新提交。',
    server: '服务暂时不可用，请稍后再试。',
  },
  en: {
    offline:
      'No network connection. What you entered is kept on this phone and sent again once you are online.',
    server: 'The service is unavailable for a moment. Please try again shortly.',
  },
} as const;

export const localError = (kind: keyof (typeof LOCAL_ERRORS)['en']) => LOCAL_ERRORS[language()][kind];

/** Session tokens: the resident's (WeChat) and, in worker mode, the staff member's. */
export interface SessionSource {
  token(): string | null;
  /** Called once on 401: renew the session (a new wx.login) and answer whether to retry. */
  renew(): Promise<boolean>;
}

let session: SessionSource = { token: () => null, renew: async () => false };
export function useSession(source: SessionSource): void {
  session = source;
}

/** A fresh Idempotency-Key: keep it for every retry of the same submission, upload or report. */
export function newKey(): string {
  const random = () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `mp-${Date.now().toString(16)}-${random()}${random()}`;
}

const RETRIES = 3;
const BACKOFF_MS = 400;
let sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Tests shorten the backoff. */
export function setSleep(fn: (ms: number) => Promise<void>): void {
  sleep = fn;
}

const transient = (status: number) => status === 0 || status === 502 || status === 503 || status === 504;

function urlOf(template: string, path?: Record<string, string>, query?: Record<string, unknown>): string {
  let url = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path?.[name] ?? ''));
  const pairs = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== null);
  if (pairs.length) url += '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return API_BASE + url;
}

function headers(idempotencyKey?: string): Record<string, string> {
  const h: Record<string, string> = { 'X-Channel': 'miniprogram', 'Accept-Language': language() };
  const token = session.token();
  if (token) h.Authorization = `Bearer ${token}`;
  if (idempotencyKey) h['Idempotency-Key'] = idempotencyKey;
  return h;
}

interface Raw {
  status: number;
  data: unknown;
}

function errorOf(raw: Raw): ApiError {
  if (raw.status === 0) return new ApiError(0, 'offline', localError('offline'));
  const body = (typeof raw.data === 'string' ? safeJson(raw.data) : raw.data) as Schemas['Error'] | undefined;
  if (body?.error)
    return new ApiError(raw.status, body.error.code, body.error.message, body.error.fields ?? []);
  return new ApiError(raw.status, 'server', localError('server'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Runs one attempt after another: network failures, 502/503/504 and a retry that overtook its first attempt are
 * retried with doubling backoff when the call is safe to repeat (GET, PUT, or anything carrying an
 * Idempotency-Key); a 401 renews the session once.
 */
async function withRetries(attempt: () => Promise<Raw>, repeatable: boolean): Promise<unknown> {
  let renewed = false;
  for (let n = 0; ; n += 1) {
    const raw = await attempt();
    if (raw.status >= 200 && raw.status < 300)
      return typeof raw.data === 'string' ? (safeJson(raw.data) ?? raw.data) : raw.data;
    if (raw.status === 401 && !renewed && (await session.renew())) {
      renewed = true;
      continue;
    }
    // A retry that arrives while the first attempt still runs (409 idempotency_in_progress) waits its turn too.
    const again =
      transient(raw.status) || (raw.status === 409 && errorOf(raw).code === 'idempotency_in_progress');
    if (repeatable && again && n < RETRIES) {
      await sleep(BACKOFF_MS * 2 ** n);
      continue;
    }
    throw errorOf(raw);
  }
}

export interface CallOptions<O extends Operation> {
  path?: PathOf<O>;
  query?: QueryOf<O>;
  body?: BodyOf<O>;
  /** Required by submissions and reports; keep it across the person's own retries too. */
  idempotencyKey?: string;
}

export async function call<O extends Operation>(op: O, options: CallOptions<O> = {}): Promise<ResultOf<O>> {
  const [method, template] = ROUTES[op];
  const url = urlOf(
    template,
    options.path as Record<string, string> | undefined,
    options.query as Record<string, unknown>,
  );
  const repeatable = method === 'GET' || method === 'PUT' || options.idempotencyKey !== undefined;
  const attempt = () =>
    new Promise<Raw>((resolve) => {
      wx.request({
        url,
        method,
        data: options.body as WechatMiniprogram.IAnyObject | undefined,
        header: { ...headers(options.idempotencyKey), 'Content-Type': 'application/json' },
        success: (res) => resolve({ status: res.statusCode, data: res.data }),
        fail: () => resolve({ status: 0, data: undefined }),
      });
    });
  return (await withRetries(attempt, repeatable)) as ResultOf<O>;
}

export interface UploadOptions<O extends 'uploadAttachment' | 'addReportEvidence'> {
  path?: PathOf<O>;
  filePath: string;
  formData: Record<string, string>;
  idempotencyKey: string;
  onProgress?: (percent: number) => void;
}

/** One file per call (wx.uploadFile), with progress; retried like any idempotent call, under the same key. */
export async function upload<O extends 'uploadAttachment' | 'addReportEvidence'>(
  op: O,
  options: UploadOptions<O>,
): Promise<ResultOf<O>> {
  const [, template] = ROUTES[op];
  const url = urlOf(template, options.path as Record<string, string> | undefined);
  const attempt = () =>
    new Promise<Raw>((resolve) => {
      const task = wx.uploadFile({
        url,
        filePath: options.filePath,
        name: 'file',
        formData: options.formData,
        header: headers(options.idempotencyKey),
        success: (res) => resolve({ status: res.statusCode, data: res.data }),
        fail: () => resolve({ status: 0, data: undefined }),
      });
      task?.onProgressUpdate?.((p) => options.onProgress?.(p.progress));
    });
  return (await withRetries(attempt, true)) as ResultOf<O>;
}
