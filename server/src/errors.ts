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

/** The two halves of a "中文 / English" message (both the whole message when it has only one language). */
export function halves(message: string): { zh: string; en: string } {
  const i = message.indexOf(' / ');
  return i < 0 ? { zh: message, en: message } : { zh: message.slice(0, i), en: message.slice(i + 3) };
}

/** The names a message's `{placeholder}`s give, e.g. "已有 {count} 件" → "count". */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** One refusal in a module's catalogue: its code (hence HTTP status), what it says in both languages, its field. */
export interface ErrorEntry {
  code: ErrorCode;
  zh: string;
  en: string;
  /** The input field the refusal is about, when it is always the same one. */
  field?: string;
}

type ConstructorOf<E extends ErrorEntry> = [Placeholders<E['zh']> | Placeholders<E['en']>] extends [never]
  ? (opts?: { field?: string; details?: Record<string, unknown> }) => AppError
  : (
      params: Record<Placeholders<E['zh']> | Placeholders<E['en']>, string | number>,
      opts?: { field?: string; details?: Record<string, unknown> },
    ) => AppError;

const catalogue = new Map<string, ErrorEntry>();

/** Every message of every module's catalogue, keyed `module.name`: the one list to review and translate. */
export const errorCatalogue = (): ReadonlyMap<string, ErrorEntry> => catalogue;

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/**
 * A module's refusals as named constructors: `defineErrors('cases', { notFound: {code, zh, en} })` gives
 * `caseErrors.notFound()`, which throws the same code and words wherever it is used. Placeholders such as
 * `{count}` become required parameters. Messages are kept in both languages; the error handler sends the one the
 * client asks for.
 */
export function defineErrors<const T extends Record<string, ErrorEntry>>(
  module: string,
  entries: T,
): { [K in keyof T]: ConstructorOf<T[K]> } {
  const constructors: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const key = `${module}.${name}`;
    if (catalogue.has(key) && catalogue.get(key) !== entry) throw new Error(`error ${key} is defined twice`);
    catalogue.set(key, entry);
    const takesParams = /\{\w+\}/.test(entry.zh + entry.en);
    constructors[name] = (...args: unknown[]) => {
      const params = (takesParams ? args[0] : {}) as Record<string, string | number>;
      const opts = (takesParams ? args[1] : args[0]) as
        | { field?: string; details?: Record<string, unknown> }
        | undefined;
      return new AppError(
        entry.code,
        bilingual(fill(entry.zh, params), fill(entry.en, params)),
        opts?.field ?? entry.field,
        opts?.details,
      );
    };
  }
  return constructors as { [K in keyof T]: ConstructorOf<T[K]> };
}
