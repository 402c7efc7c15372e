import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { callApi, fillCitizenSignIn, screenshots } from './journey-kit.ts';

const run = journey({ YIMEN_PUBLIC_RATE_LIMIT: '500' });
const shot = screenshots('appointment');

describe.skipIf(!run.available.ok)('预约办理: booking a visit from the guide', () => {
  it('a visitor reads the 结婚登记 guide, books a half-hour visit after signing in, sees it in 我的预约 and cancels it', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${run.server.url}/`);
    const box = page.getByRole('searchbox', { name: /查找事项/ });
    await box.fill('结婚登记');
    await box.press('Enter');
    const marriage = page.getByTestId('public-results').getByRole('link', { name: '结婚登记', exact: true });
    await marriage.first().waitFor({ state: 'visible', timeout: 10_000 });
    await marriage.first().dispatchEvent('click');
    await expect
      .poll(() => page.getByTestId('guide-title').innerText(), { timeout: 10_000 })
      .toBe('结婚登记');
    // Both parties must come in person: no online application, but a visit can be booked.
    expect(await page.getByTestId('guide-apply-online').count()).toBe(0);
    await page.getByTestId('guide-book-visit').click();
    await page.waitForURL(/\/login\?/);
    await fillCitizenSignIn(page, '13800138000');
    await page.waitForURL((url) => url.pathname.startsWith('/my/book/'), { timeout: 10_000 });

    await page.getByTestId('book-slot-09:30').waitFor({ timeout: 10_000 });
    const confirm = page.getByTestId('book-confirm');
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await page.getByTestId('book-slot-09:30').click();
    await expect(confirm.innerText()).resolves.toContain('确认预约 09:30');
    await shot(page, 'slots');
    await confirm.click();
    const done = page.getByTestId('book-done');
    await done.waitFor({ timeout: 10_000 });
    const text = await done.innerText();
    const bookingNo = /Y\d{4}-\d{4}-\d{4}/.exec(text)?.[0];
    expect(bookingNo).toBeDefined();
    expect(text).toContain('结婚登记');
    expect(text).toContain('09:30–10:00');
    expect(text).toContain('禅城区行政服务中心');
    await shot(page, 'booked');

    // 我的消息 tells of it once.
    const messages = await callApi<{ items: { kind: string; body: string }[] }>(page, 'GET', '/me/messages');
    expect(
      messages.items.filter((m) => m.kind === 'appointment_booked' && m.body.includes(bookingNo!)),
    ).toHaveLength(1);

    await page.getByRole('button', { name: '我的预约' }).click();
    await page.waitForURL(/\/my\/appointments$/);
    const row = page.getByTestId(`appointment-${bookingNo}`);
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('已预约');
    await page.getByTestId(`appointment-cancel-${bookingNo}`).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '取消预约' }).click();
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('已取消');
    await shot(page, 'cancelled');
    expect(problems).toEqual([]);
    await page.close();
  });
});
