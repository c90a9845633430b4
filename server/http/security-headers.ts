import helmet from 'helmet';
import type Koa from 'koa';
import type { AppState } from './state';

/**
 * Security headers, chosen by what the response is, once it is known.
 *
 * A document (the console's pages, the public notice page) gets helmet's full set, which governs what a browser may
 * load into it and run; a policy the page set for itself (the console's, stricter) is kept. Anything else is data:
 * JSON, files, the contract. For those the OWASP REST Security Cheat Sheet asks only that a browser never render,
 * sniff or frame them; the document set would add some 700 bytes to every answer (half a screening's) and cost
 * more to write than its rate limit.
 */
const documentHeaders = helmet();

const DATA_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

const CSP = 'Content-Security-Policy';

export const securityHeaders: Koa.Middleware<AppState> = async (ctx, next) => {
  await next();
  if (ctx.response.type === 'text/html') {
    const own = ctx.response.get(CSP);
    documentHeaders(ctx.req, ctx.res, () => undefined);
    if (own) ctx.set(CSP, own);
  } else {
    for (const [name, value] of DATA_HEADERS) ctx.res.setHeader(name, value);
  }
};
