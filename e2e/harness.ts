import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { ROOT, startChild } from '../test/child-process.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser journeys need Debian's chromium; without it they are skipped locally and fail under CI. */
export function browserAvailability(): { ok: true } | { ok: false; reason: string } {
  if (existsSync(CHROMIUM)) return { ok: true };
  const reason = `chromium not found at ${CHROMIUM}: install Debian's chromium and fonts-noto-cjk to run the browser journeys`;
  if (process.env.CI === 'true') throw new Error(reason);
  console.warn(`[e2e] skipped: ${reason}`);
  return { ok: false, reason };
}

/**
 * Headless chromium still builds each window's omnibox popups (chrome://omnibox-popup.top-chrome/, plain and AI
 * mode) in renderers of their own, one pair per browser context, and keeps them busy: in a journey they took about a
 * fifth of all renderer time. The journeys never open an omnibox, so the popups are switched off.
 * Shared memory is left to Debian's launcher, which adds --disable-dev-shm-usage itself where /dev/shm is small.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    ],
  });
}

export interface RunningServer {
  url: string;
  output(): string;
  /** Stops the server with SIGTERM; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real server (main.ts) on the embedded database with the demo data, as `npm start` does: on a copy of
 * the run's seeded folder (test/e2e-global-setup.ts), or on a fresh one when there is none.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run "npm run build" first (npm ci does it)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'yimen-e2e-'));
  const template = inject('e2eDataTemplate');
  if (template) cpSync(template, dataDir, { recursive: true });
  const child = await startChild('server/src/main.ts', { YIMEN_DATA_DIR: dataDir, ...env }, '/readyz');
  return {
    url: child.url,
    output: child.output,
    async stop() {
      const code = await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export interface Journey {
  /** Whether chromium is here; the journey's describe is skipped when it is not (and fails under CI). */
  readonly available: ReturnType<typeof browserAvailability>;
  /** The server and the browser, once the file's tests start. */
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * One server (on a fresh embedded database with the demo) and one browser for a journey file: started before its
 * tests, stopped after them. The server is stopped with SIGTERM and must exit with 0: open requests finish and the
 * database closes.
 */
export function journey(env: Record<string, string> = {}): Journey {
  const available = browserAvailability();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!available.ok) return;
    server = await startServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await server.stop()).toBe(0);
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the journey has not started (or chromium is missing)');
    return x;
  };
  return {
    available,
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
