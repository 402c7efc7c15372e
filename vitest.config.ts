import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/sequencer.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const api = (name: string, db: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/src/**/*.api.test.ts', 'server/test/**/*.api.test.ts'],
    env: { YIMEN_TEST_DB: db },
    // Migrates and seeds one database per run, which every file copies; starts the department systems once.
    globalSetup: ['./test/api-global-setup.ts'],
    // The files of a worker share one module graph (the server is imported once, not once per file); each file
    // still builds its own app on its own database copy.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Two cores: PGlite instances are memory-hungry, so at most two test files run at once.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      api('api-pglite', 'pglite'),
      ...(onPostgres ? [api('api-postgres', 'postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two journeys share the two cores: a click's round trip can take seconds, so a poll waits longer.
          expect: { poll: { timeout: 15_000 } },
          // Seeds one embedded database for the run; every journey's server starts on a copy of it.
          globalSetup: ['./test/e2e-global-setup.ts'],
        },
      },
    ],
  },
});
