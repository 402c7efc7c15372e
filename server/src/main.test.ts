import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('start-up with a bad configuration', () => {
  it('stops at once with a message that names the setting', () => {
    for (const [name, value] of [
      ['PORT', 'eighty'],
      ['DATABASE_URL', 'mysql://db/yimen'],
      ['YIMEN_DATA_KEY', 'too-short'],
    ] as const) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, [name]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status, name).toBe(78);
      expect(r.stderr).toContain(`Invalid configuration ${name}`);
    }
  });
});
