import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { fillCitizenSignIn, screenshots } from './journey-kit.ts';

const run = journey({ YIMEN_PUBLIC_RATE_LIMIT: '500', YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('public');

/** Runs a search from the public home page's box and waits for its answer. */
async function search(page: Page, words: string) {
  const box = page.getByRole('searchbox', { name: /查找事项|Find an item/ });
  await box.fill(words);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === words);
  // The list answers this query (its heading names it), not the one still shown from before.
  await expect
    .poll(() => page.getByTestId('public-results').innerText(), { timeout: 10_000 })
    .toContain(`“${words}”`);
}

const hitNames = (page: Page) =>
  page.locator('[data-testid=public-results] .public-hit-name').allInnerTexts();

describe.skipIf(!run.available.ok)('the public home page and service guide, without signing in', () => {
  it('a visitor finds the food-business guide by everyday words, reads it in both languages and is led to sign in to apply online', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${run.server.url}/`);
    // The public home, not the sign-in page: search, entries by life event and life cycle, popular items, 登录.
    await page.getByRole('heading', { name: '办事指南 · 事项查询' }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    // antd spaces out a two-character button label (登 录).
    await expect(page.getByTestId('public-sign-in').innerText()).resolves.toMatch(/登\s?录/);
    for (const entry of ['出生', '上学', '就业', '结婚', '退休', '开办', '变更', '注销', '食品经营许可']) {
      expect(await page.getByRole('link', { name: entry, exact: true }).count()).toBe(1);
    }
    await shot(page, 'home-zh');

    // Every entry runs a search that finds items (not just suggestions) for its audience.
    const entries = await page
      .locator('.public-entry')
      .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
    for (const href of entries) {
      const url = new URL(href);
      const answer = await page.evaluate(async (query) => {
        const res = await fetch(`/api/v1/items?${query}&limit=5`);
        return (await res.json()) as { items: { suggestion?: boolean }[] };
      }, url.search.slice(1));
      expect(answer.items.length, url.searchParams.get('q')!).toBeGreaterThan(0);
      expect(answer.items[0]!.suggestion, url.searchParams.get('q')!).toBeUndefined();
    }
    // One of them, clicked: 结婚 lists 结婚登记.
    await page.getByRole('link', { name: '结婚', exact: true }).click();
    await expect.poll(() => hitNames(page), { timeout: 10_000 }).toContain('结婚登记');

    // 开饭店 finds 食品经营许可; its guide shows the materials and where to go.
    await search(page, '开饭店');
    await expect.poll(() => hitNames(page)).toContain('食品经营许可');
    await page.getByRole('link', { name: '食品经营许可' }).first().click();
    await page.waitForURL(/\/guide\/[^/]+$/);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect
      .poll(() => page.getByTestId('guide-title').innerText(), { timeout: 10_000 })
      .toBe('食品经营许可');
    const materials = page.getByTestId('guide-materials');
    await expect(materials.innerText()).resolves.toContain('申请材料');
    expect(await materials.locator('tbody tr').count()).toBeGreaterThan(0);
    const where = page.getByTestId('guide-where');
    const whereText = await where.innerText();
    expect(whereText).toContain('办理地点');
    expect(whereText).toContain('办公时间');
    expect(whereText).toContain('可网上办理');
    await shot(page, 'guide-zh');
    await shot(page, 'guide-zh-where', where);
    // The blank application form downloads as a PDF, without signing in.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('blank-form-application_form').click(),
    ]);
    expect(download.suggestedFilename()).toBe('食品经营许可申请书.pdf');
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // In English the fixed headings and labels turn English, the item content stays Chinese with a note.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => materials.innerText()).toContain('Materials');
    await expect(where.innerText()).resolves.toContain('Where to apply');
    await expect(where.innerText()).resolves.toContain('Opening hours');
    await expect(page.getByTestId('guide-basic').innerText()).resolves.toContain('Basic information');
    await expect(page.getByTestId('guide-language-note').innerText()).resolves.toContain('shown in Chinese');
    await expect(page.getByTestId('guide-title').innerText()).resolves.toBe('食品经营许可');
    const apply = page.getByTestId('guide-apply-online');
    await expect(apply.innerText()).resolves.toContain('Apply online');
    await shot(page, 'guide-en');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Service guides · find an item' }).waitFor();
    await shot(page, 'home-en');
    await page.goBack();
    await page.getByTestId('lang-switch').click();

    // 在线办理 leads to the public sign-in, and after signing in straight to the item's online application.
    await page.getByTestId('guide-apply-online').click();
    await page.waitForURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/my/apply/${encodeURIComponent(code)}`);
    await fillCitizenSignIn(page, '13800138000');
    await page.waitForURL((url) => url.pathname === `/my/apply/${encodeURIComponent(code)}`, {
      timeout: 10_000,
    });
    // Signed in, / is the signed-in home inside the shell again.
    await page.goto(`${run.server.url}/`);
    await page.locator('aside').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('public-search').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a query that finds nothing shows suggestions, the 法人 switch puts a legal-person item first, and an in-person-only item offers no online application', async () => {
    const page = await run.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${run.server.url}/`);
    await search(page, '火星上结婚怎么办');
    const results = page.getByTestId('public-results');
    await expect(results.innerText()).resolves.toContain('没有找到“火星上结婚怎么办”，您是不是要找：');
    expect(await hitNames(page)).toContain('结婚登记');
    await shot(page, 'home-zh-390-suggestions');

    await search(page, '食品');
    const personFirst = (await hitNames(page))[0];
    await page.getByTestId('audience-2').click();
    await page.waitForURL((url) => url.searchParams.get('prefer') === '2');
    await page.waitForTimeout(1500);
    await shot(page, 'legal-first');
    await expect.poll(() => results.locator('.public-hit').first().innerText()).toContain('法人');
    const legalFirst = (await hitNames(page))[0];
    expect(legalFirst).not.toBe(personFirst);
    await page.getByTestId('audience-1').click();
    await expect.poll(async () => (await hitNames(page))[0]).toBe(personFirst);

    // 结婚登记 needs both parties in person: its guide says so and has no 在线办理.
    await search(page, '结婚登记');
    // The results of the new query, not the ones still shown from the last (the list re-renders when they arrive).
    const marriage = results.getByRole('link', { name: '结婚登记', exact: true }).first();
    await marriage.waitFor({ state: 'visible', timeout: 10_000 });
    // On this element itself, not at its coordinates: on a phone the list may still move under the pointer.
    await marriage.dispatchEvent('click');
    await page.waitForURL((url) => url.pathname.startsWith('/guide/'), { timeout: 10_000 });
    await expect
      .poll(() => page.getByTestId('guide-title').innerText(), { timeout: 10_000 })
      .toBe('结婚登记');
    await expect(page.getByTestId('guide-where').innerText()).resolves.toContain('不提供网上申请');
    expect(await page.getByTestId('guide-apply-online').count()).toBe(0);
    await shot(page, 'guide-zh-390');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('guide-basic').innerText()).toContain('Basic information');
    await shot(page, 'guide-en-390');
    await page.getByRole('link', { name: 'Home' }).click();
    await shot(page, 'home-en-390');
    await page.close();
  });
});
