import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const fails = (env: Record<string, string>, setting: string) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).setting).toBe(setting);
    expect((err as Error).message).toContain(setting);
    return;
  }
  throw new Error(`expected ${setting} to be refused`);
};

describe('configuration', () => {
  it('has working defaults for the demo', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.databaseUrl).toBeNull();
    expect(c.demo).toBe(true);
    expect(c.dataKey.length).toBe(32);
    expect(c.districtCode).toBe('440604');
  });

  it('names the setting that is wrong', () => {
    fails({ PORT: 'eighty' }, 'PORT');
    fails({ PORT: '70000' }, 'PORT');
    fails({ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL');
    fails({ LOG_LEVEL: 'loud' }, 'LOG_LEVEL');
    fails({ YIMEN_DEMO: 'perhaps' }, 'YIMEN_DEMO');
    fails({ YIMEN_DATA_KEY: 'c2hvcnQ=' }, 'YIMEN_DATA_KEY');
    fails({ YIMEN_DISTRICT: '4406' }, 'YIMEN_DISTRICT');
  });

  it('refuses the built-in demo keys outside demo mode', () => {
    fails({ YIMEN_DEMO: 'false' }, 'YIMEN_DATA_KEY');
    const key = 'ab'.repeat(32);
    const c = loadConfig({
      YIMEN_DEMO: 'false',
      YIMEN_DATA_KEY: key,
      YIMEN_INDEX_KEY: key.replace(/a/g, 'c'),
    });
    expect(c.dataKey.toString('hex')).toBe(key);
    expect(c.secureCookies).toBe(true);
  });

  it('allows the movable test clock only in demo mode', () => {
    expect(loadConfig({ YIMEN_TEST_CLOCK: 'true' }).testClock).toBe(true);
    fails(
      {
        YIMEN_DEMO: 'false',
        YIMEN_TEST_CLOCK: 'true',
        YIMEN_DATA_KEY: 'a'.repeat(64),
        YIMEN_INDEX_KEY: 'b'.repeat(64),
      },
      'YIMEN_TEST_CLOCK',
    );
  });

  it('reads PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).databaseUrl).toBe('postgres://u@h:5432/db');
  });

  it('trusts a reverse proxy only when told to', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ YIMEN_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ YIMEN_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    fails({ YIMEN_TRUST_PROXY: 'sometimes' }, 'YIMEN_TRUST_PROXY');
  });

  it('sizes the PostgreSQL pool from YIMEN_DB_POOL_SIZE, 10 connections unless told', () => {
    expect(loadConfig({}).dbPoolSize).toBe(10);
    expect(loadConfig({ YIMEN_DB_POOL_SIZE: '25' }).dbPoolSize).toBe(25);
    fails({ YIMEN_DB_POOL_SIZE: '0' }, 'YIMEN_DB_POOL_SIZE');
    fails({ YIMEN_DB_POOL_SIZE: 'many' }, 'YIMEN_DB_POOL_SIZE');
  });
});
