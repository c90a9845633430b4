import type Router from '@koa/router';

/**
 * One kind of request autocannon sends; `setupRequest` may vary it per request, `onResponse` keep state. Both get
 * the connection's own `context` object (what this connection sent last, say).
 */
export interface Load {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Per request: a path, headers or body of its own (an Idempotency-Key, the next case …). */
  setupRequest?: (
    req: { path: string; headers: Record<string, string>; body?: string | Buffer },
    context: Record<string, unknown>,
  ) => {
    path: string;
    headers: Record<string, string>;
    body?: string | Buffer;
    method?: string;
  };
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

/** What a pair's setup can use: the two servers and what the run prepared (accounts, drafts). */
export interface BenchContext {
  productUrl: string;
  ceilingUrl: string;
  /** A resident's bearer token and the drafts they own (each with its revision). */
  resident: { token: string; drafts: { id: string; revision: number }[] };
  /** Drafts kept for uploads only (a draft takes at most 100 files). */
  uploadDrafts: string[];
  /** A township's staff bearer token, and the ids on the first page of its inbox of `cases` cases. */
  township: { token: string; caseIds: string[]; cases: number };
}

/**
 * A product endpoint beside its ceiling: the least the same machine and store can do for the same request (a bare
 * Koa route doing one store operation, or echoing the body). Measured one after the other in the same run, so the
 * ratio holds even when the machine's absolute speed does not.
 */
export interface Pair {
  name: string;
  /** What the issue asks of it, shown beside the result (null: measured, no target). */
  target?: { minRatio?: number; maxP99Ms?: number };
  /** Concurrent clients (50 unless said). */
  connections?: number;
  /** Routes of the ceiling server (a separate bare Koa process on the same store) this pair needs. */
  ceilingRoutes?: (router: Router) => void;
  setup: (ctx: BenchContext) => Promise<{ product: Load; ceiling: Load }> | { product: Load; ceiling: Load };
}
