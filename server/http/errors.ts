/**
 * An error meant for the caller: an HTTP status, a stable code, and an i18n key
 * (namespace "errors") rendered in the caller's language by the error middleware.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
export const outsideJurisdiction = () => new AppError(403, 'outside_jurisdiction');
export const conflict = (code: string, params?: Record<string, unknown>) => new AppError(409, code, params);
