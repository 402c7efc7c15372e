import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningServer } from './harness.ts';

/** The demo's staff password (README). */
export const PASSWORD = 'Yimen@2026demo';

export interface SignedIn {
  page: Page;
  /** Uncaught errors of the page's scripts: a journey ends with none. */
  problems: string[];
}

async function newPage(browser: Browser): Promise<SignedIn> {
  // Each page is its own browser context: its own cookies, so several people can work side by side.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** Signs a member of staff in on the login page. */
export async function signInStaff(
  browser: Browser,
  server: RunningServer,
  username: string,
  password = PASSWORD,
): Promise<SignedIn> {
  const signed = await newPage(browser);
  const { page } = signed;
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${server.url}/`);
  return signed;
}

/**
 * Signs a resident in with their phone and the one-time code of the demo outbox, and reads from the same outbox
 * the ID number the demo tells them (an online application asks for it).
 */
export async function signInCitizen(
  browser: Browser,
  server: RunningServer,
  phone: string,
): Promise<SignedIn & { idNumber: string }> {
  const signed = await newPage(browser);
  const { page } = signed;
  await page.goto(`${server.url}/login?tab=public`);
  const idNumber = await fillCitizenSignIn(page, phone);
  await page.waitForURL(`${server.url}/`);
  return { ...signed, idNumber };
}

/**
 * On the 公众登录 tab: asks for a code for the phone, takes it from the demo outbox and signs in. Returns the ID
 * number the demo tells the citizen; the page then goes where the sign-in leads (the home page, or `?next=`).
 */
export async function fillCitizenSignIn(page: Page, phone: string): Promise<string> {
  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const outbox = page.getByTestId('demo-outbox');
  await expect.poll(() => outbox.innerText(), { timeout: 10_000 }).toMatch(/身份证号为 \d{17}[\dX]/);
  const idNumber = /身份证号为 (\d{17}[\dX])/.exec(await outbox.innerText())![1]!;
  await outbox
    .getByRole('button', { name: /填入验证码/ })
    .first()
    .click();
  await page.getByTestId('otp-submit').click();
  return idNumber;
}

/** Calls the API from inside a signed-in page, with its session cookie and the CSRF header, as the client does. */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie
        .split('; ')
        .find((part) => part.startsWith('yimen_csrf='))
        ?.slice('yimen_csrf='.length);
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { method, path, body },
  );
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json as T;
}

/** Publishes an item through the catalogue API, as an administrator does before it can be applied for. */
export async function publishItem(admin: Page, item: { implementationCode: string }): Promise<void> {
  await callApi(admin, 'POST', '/catalogue/items', item);
  await callApi(admin, 'POST', `/catalogue/items/${encodeURIComponent(item.implementationCode)}/publish`, {});
}

/**
 * Screenshots of the key moments, in a temp folder named in the test output (or in `options.dir`, e.g. under
 * test-results/). The shot shows the viewport after scrolling `focus` into view (a full-page shot would paint the
 * fixed header in the middle of the page).
 */
export function screenshots(
  prefix: string,
  options: { dir?: string } = {},
): (page: Page, name: string, focus?: Locator) => Promise<void> {
  let dir: string | null = null;
  return async (page, name, focus) => {
    if (!dir) {
      dir = options.dir ?? mkdtempSync(join(tmpdir(), `yimen-${prefix}-`));
      mkdirSync(dir, { recursive: true });
      console.info(`[e2e] screenshots in ${dir}`);
    }
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, `${name}.png`) });
  };
}

/** Waits until the case page shows the state, asking the server again (the page's reload button) meanwhile. */
export async function waitForCaseState(page: Page, label: string): Promise<void> {
  const state = page.getByTestId('case-state');
  await expect
    .poll(
      async () => {
        const now = (await state.count()) > 0 ? await state.innerText() : '';
        if (now !== label) await page.getByTestId('case-reload').click();
        return now;
      },
      { timeout: 15_000, interval: 400 },
    )
    .toBe(label);
}

/** A small but well-formed one-page PDF (ASCII text only). */
export function tinyPdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 20 50 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A small well-formed PNG: a grey square, as a photographed ID card stands in for here. */
export function tinyPng(size = 16): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size, 0xa0)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Makes a choice, and makes it again while the field does not show it (at most four tries): on a busy machine an
 * antd dropdown can open late and swallow the click. `between` runs before a retry (closing a stale dropdown, say).
 */
export async function chooseUntilShown(
  field: Locator,
  shown: string,
  choose: () => Promise<void>,
  between?: () => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if ((await field.innerText()).includes(shown)) return;
    await choose();
    try {
      await expect.poll(async () => (await field.innerText()).includes(shown), { timeout: 5_000 }).toBe(true);
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await between?.();
    }
  }
}

type Marked = Window & { journeyMark?: boolean };

/** Marks the page's document, so that a later check (sameDocument) proves nothing reloaded it meanwhile. */
export const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as Marked).journeyMark = true;
  });

export const sameDocument = (page: Page) => page.evaluate(() => (window as Marked).journeyMark === true);
