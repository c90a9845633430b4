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
/** A resident's own words for a case that is not theirs (staff hear of jurisdictions). */
export const notYourApplication = () => new AppError(403, 'not_your_application');
export const conflict = (code: string, params?: Record<string, unknown>) => new AppError(409, code, params);

/** A limit as people read it: 10485760 bytes with unit 2^20 → "10", 250000 pixels with unit 10^6 → "0.25". */
export const readableMillions = (n: number, unit: number) => String(Number((n / unit).toPrecision(3)));

/** 413 for a file over the limit, naming the limit. */
export const fileTooLarge = (maxBytes: number) =>
  new AppError(413, 'upload_too_large', { limit: `${readableMillions(maxBytes, 1024 * 1024)} MB` });
