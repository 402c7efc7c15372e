/**
 * The one error type. Every failure a person can act on is an AppError with a stable code;
 * plugins/errors.ts turns it into `{error: {code, message, field?, correlationId}}`.
 */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  out_of_jurisdiction: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  outside_district: 422,
  invalid_id_number: 422,
  invalid_credit_code: 422,
  rate_limited: 429,
  service_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

/** Messages are written "中文 / English"; plugins/errors.ts sends the part the client's Accept-Language asks for. */
export const bilingual = (zh: string, en: string): string => `${zh} / ${en}`;

export const badRequest = (message: string, field?: string) =>
  new AppError('validation_failed', message, field);
export const notFound = (what: string, field?: string) =>
  new AppError('not_found', bilingual('未找到该记录', `${what} not found`), field);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, field?: string) => new AppError('conflict', message, field);
