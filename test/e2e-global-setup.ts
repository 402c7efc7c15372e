import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startChild } from './child-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The embedded database folder a first `npm start` leaves (migrated, demo seeded); each journey copies it. */
    e2eDataTemplate: string;
  }
}

/**
 * Once per run: start the real server on an empty folder, as a first `npm start` does, and stop it when it is
 * ready. Each journey then starts on a copy of that folder, as a second start would, without seeding again.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) return; // the harness says what is missing
  const dir = mkdtempSync(join(tmpdir(), 'yimen-e2e-template-'));
  const child = await startChild('server/src/main.ts', { YIMEN_DATA_DIR: dir }, '/readyz');
  const code = await child.stop();
  if (code !== 0)
    throw new Error(`the template server did not stop cleanly (exit ${code}):\n${child.output()}`);
  project.provide('e2eDataTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
