import { resolve } from 'node:path';

/**
 * Configuration: one schema, read from the environment once at start-up. A bad value stops the process
 * with a message that names the setting.
 */
export interface Config {
  host: string;
  port: number;
  /** PostgreSQL connection string; when empty Yimen uses embedded PGlite in dataDir. */
  databaseUrl: string | null;
  /** Connections the PostgreSQL pool opens at most (PGlite has one). */
  dbPoolSize: number;
  dataDir: string;
  /** 32-byte key for AES-256-GCM encryption of ID numbers (base64 or hex). */
  dataKey: Buffer;
  /** 32-byte key for the keyed blind index (HMAC-SHA256) of ID numbers. */
  indexKey: Buffer;
  /** Signs nothing yet; reserved for cookies/tokens that need a server secret. */
  sessionTtlHours: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  districtCode: string;
  /** Demo mode: seed the Chancheng demo on an empty database and show the SMS outbox on the login page. */
  demo: boolean;
  /** Cookies get the Secure flag; on by default in production deployments behind HTTPS. */
  secureCookies: boolean;
  /** Behind a reverse proxy: the client's address comes from X-Forwarded-For. */
  trustProxy: boolean;
  loginRateLimit: number;
  /** Requests per minute one anonymous address may make to the public guide and item search. */
  publicRateLimit: number;
  /** Visits one half-hour slot of the service centre takes by appointment (预约), across its windows. */
  appointmentSlotCapacity: number;
  bodyLimitBytes: number;
  /** Largest accepted file of a case material (PDF, JPG, PNG), bytes. */
  uploadMaxBytes: number;
  webDist: string;
  /**
   * Base URLs of the departments' systems for jump verification, e.g. {"household":"https://…"}. Empty in the
   * demo: Yimen then starts its simulated department systems itself, on ports of their own.
   */
  departmentUrls: Record<string, string>;
  /** Creates the first administrator ("admin") on a database without one; for real deployments. */
  bootstrapAdminPassword: string | null;
  /**
   * A clock administrators can move forward (POST /api/v1/test-clock/advance), for rehearsals and browser
   * journeys that watch deadlines pass. Demo mode only.
   */
  testClock: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Invalid configuration ${setting}: ${message}`);
  }
}

// Development-only keys: fine for the demo, refused when YIMEN_DEMO=false (a real deployment).
const DEMO_DATA_KEY = 'ZGVtby1vbmx5LWRhdGEta2V5LWRvLW5vdC11c2UtISE=';
const DEMO_INDEX_KEY = 'ZGVtby1vbmx5LWluZGV4LWtleS1kby1ub3QtdXNlLSE=';

/** Connections of the PostgreSQL pool unless YIMEN_DB_POOL_SIZE says otherwise. */
export const DEFAULT_DB_POOL_SIZE = 10;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function key(env: Env, name: string, demoFallback: string, demo: boolean): Buffer {
  const raw = env[name];
  if (!raw) {
    if (!demo) throw new ConfigError(name, 'is required when YIMEN_DEMO=false (32 bytes, base64 or hex)');
    return Buffer.from(demoFallback, 'base64');
  }
  const buf = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (buf.length !== 32)
    throw new ConfigError(name, `must decode to 32 bytes (base64 or 64 hex digits), got ${buf.length}`);
  return buf;
}

function departmentUrls(env: Env): Record<string, string> {
  const raw = env.YIMEN_DEPARTMENT_URLS;
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('YIMEN_DEPARTMENT_URLS', 'must be a JSON object like {"household":"https://…"}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError('YIMEN_DEPARTMENT_URLS', 'must be a JSON object of system id → URL');
  }
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string' || !/^https?:\/\//.test(v)) {
      throw new ConfigError('YIMEN_DEPARTMENT_URLS', `the URL of "${k}" must start with http:// or https://`);
    }
  }
  return parsed as Record<string, string>;
}

function bootstrapPassword(env: Env): string | null {
  const raw = env.YIMEN_BOOTSTRAP_ADMIN_PASSWORD;
  if (!raw) return null;
  if (raw.length < 12)
    throw new ConfigError('YIMEN_BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 12 characters');
  return raw;
}

export function loadConfig(env: Env = process.env): Config {
  const demo = bool(env, 'YIMEN_DEMO', true);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const districtCode = env.YIMEN_DISTRICT ?? '440604';
  if (!/^\d{6}$/.test(districtCode))
    throw new ConfigError('YIMEN_DISTRICT', 'must be a 6-digit division code');
  const testClock = bool(env, 'YIMEN_TEST_CLOCK', false);
  if (testClock && !demo) throw new ConfigError('YIMEN_TEST_CLOCK', 'is only allowed with YIMEN_DEMO=true');
  const host = env.HOST ?? '0.0.0.0';
  if (!host.trim()) throw new ConfigError('HOST', 'must not be empty');
  return {
    host,
    port: int(env, 'PORT', 8080, 0, 65535),
    databaseUrl,
    dbPoolSize: int(env, 'YIMEN_DB_POOL_SIZE', DEFAULT_DB_POOL_SIZE, 1, 1000),
    dataDir: resolve(env.YIMEN_DATA_DIR ?? new URL('../../data', import.meta.url).pathname),
    dataKey: key(env, 'YIMEN_DATA_KEY', DEMO_DATA_KEY, demo),
    indexKey: key(env, 'YIMEN_INDEX_KEY', DEMO_INDEX_KEY, demo),
    sessionTtlHours: int(env, 'YIMEN_SESSION_TTL_HOURS', 12, 1, 24 * 30),
    logLevel,
    districtCode,
    demo,
    secureCookies: bool(env, 'YIMEN_SECURE_COOKIES', !demo),
    trustProxy: bool(env, 'YIMEN_TRUST_PROXY', false),
    loginRateLimit: int(env, 'YIMEN_LOGIN_RATE_LIMIT', 10, 1, 10_000),
    publicRateLimit: int(env, 'YIMEN_PUBLIC_RATE_LIMIT', 120, 1, 100_000),
    appointmentSlotCapacity: int(env, 'YIMEN_APPOINTMENT_SLOT_CAPACITY', 6, 1, 1000),
    bodyLimitBytes: int(env, 'YIMEN_BODY_LIMIT', 1_048_576, 1024, 100 * 1_048_576),
    uploadMaxBytes: int(env, 'YIMEN_UPLOAD_MAX_BYTES', 10_485_760, 1024, 100 * 1_048_576),
    bootstrapAdminPassword: bootstrapPassword(env),
    testClock,
    departmentUrls: departmentUrls(env),
    webDist: resolve(env.YIMEN_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}
