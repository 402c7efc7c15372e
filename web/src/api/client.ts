/**
 * The typed fetch client. Every request is same-origin JSON; every non-GET carries the CSRF token that the
 * server set in the `yimen_csrf` cookie (double-submit). Failures become an `ApiError` carrying the server's
 * `{error: {code, message, field?, correlationId}}`.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly correlationId?: string,
    /** What the server sends along with a refusal a person can act on (e.g. every problem of a document). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data instead of `body` (file uploads); the browser writes its content type. */
  form?: FormData;
  /** Sent as it is (a photo as the raw image); its type becomes the content type unless `headers` name one. */
  raw?: Blob;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

const CSRF_COOKIE = 'yimen_csrf';

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Builds `/api/v1/...?a=b`, leaving out empty values so filters can be passed as they are. */
export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

let acceptLanguage = 'zh-CN';
/** The server may localise its messages; the i18n module keeps this in step with the UI language. */
export function setApiLanguage(locale: string): void {
  acceptLanguage = locale;
}

const unauthenticatedListeners = new Set<() => void>();
/** Called when any request answers 401, so the session can be dropped and the user sent to sign in. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const forbiddenListeners = new Set<() => void>();
/**
 * Called when any request answers 403: the user's rights may have changed since sign-in (an enterprise revoked
 * its agent, an administrator changed a role), so the session can read them again.
 */
export function onForbidden(listener: () => void): () => void {
  forbiddenListeners.add(listener);
  return () => forbiddenListeners.delete(listener);
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    field?: string;
    correlationId?: string;
    details?: Record<string, unknown>;
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status line below.
  }
  const error = body?.error;
  return new ApiError(
    response.status,
    error?.code ?? (response.status >= 500 ? 'internal' : 'http_error'),
    error?.message ?? `${response.status} ${response.statusText}`.trim(),
    error?.field,
    error?.correlationId ?? response.headers.get('x-correlation-id') ?? undefined,
    error?.details,
  );
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': acceptLanguage,
  };
  // A multipart body must not get a content type from here: only the browser knows its boundary.
  if (options.body !== undefined && !options.form && !options.raw)
    headers['content-type'] = 'application/json';
  if (options.raw && !headers['content-type'])
    headers['content-type'] = options.raw.type || 'application/octet-stream';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.raw ??
        options.form ??
        (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'network_error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && error.code === 'unauthenticated') {
      for (const listener of unauthenticatedListeners) listener();
    }
    if (response.status === 403) for (const listener of forbiddenListeners) listener();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request<T>('POST', path, { body: body ?? {}, headers }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  /** POSTs a multipart form (a file upload), with the CSRF header like every other write. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
  /** POSTs a file as the raw body (its own content type), with the CSRF header. */
  uploadRaw: <T>(path: string, file: Blob, query?: Query) => request<T>('POST', path, { raw: file, query }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
