import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { chooseUntilShown } from './journey-kit.ts';

const PASSWORD = 'Yimen@2026demo';
const run = journey();

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${run.server.url}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('[data-testid=login-submit]');
  await page.waitForURL(`${run.server.url}/`);
}

describe.skipIf(!run.available.ok)('foundation journey in a real browser', () => {
  it('administrator: map, grid details and their source, language, new staff member; that member is refused a page outside the role', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    await signIn(page, 'admin', PASSWORD);
    await expect(page.locator('[data-testid=user-menu]').innerText()).resolves.toContain('系统管理员');

    // The map: switch to the grid layer and click in the middle of the district.
    await page.getByRole('menuitem', { name: '一张图' }).click();
    await page.waitForURL(/\/map/);
    await page.locator('[data-testid=layer-switch]').getByText('网格', { exact: true }).click();
    await page.waitForSelector('[data-testid=map] canvas');
    await page.waitForTimeout(1200); // the map animates to the new layer
    const box = await page.locator('[data-testid=map]').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const detail = page.locator('[data-testid=area-detail]');
    await expect.poll(() => detail.innerText(), { timeout: 10_000 }).toMatch(/44060401\d{7}/);
    const detailText = await detail.innerText();
    expect(detailText).toContain('网格');
    expect(detailText).toContain('推算边界'); // derived geometry is labelled as such
    // Where the grid comes from is said in the interface's language, not as the stored English record.
    const source = await detail.locator('[data-testid=area-source]').innerText();
    expect(source).toContain('合成网格');
    expect(source).not.toMatch(/[A-Za-z]{4,}/);

    // Language switch: the shell turns English, and back.
    await page.click('[data-testid=lang-switch]');
    await expect.poll(() => page.locator('aside').innerText()).toContain('Map');
    await expect(detail.innerText()).resolves.toContain('Grid');
    // No English menu label is cut off with an ellipsis, once the sider has widened for English (it animates).
    const clippedLabels = () =>
      page
        .locator('aside .ant-menu-title-content')
        .evaluateAll((labels) =>
          labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
        );
    await expect
      .poll(() => page.locator('aside.app-sider').evaluate((a) => a.getBoundingClientRect().width))
      .toBe(256);
    await page.waitForTimeout(300); // the labels' own transition after the width settles
    expect(await clippedLabels()).toEqual([]);
    await page.click('[data-testid=lang-switch]');
    await expect.poll(() => page.locator('aside').innerText()).toContain('一张图');

    // Staff administration: a new grid worker for 石湾镇街道.
    await page.goto(`${run.server.url}/admin/staff`);
    await page.click('[data-testid=staff-new]');
    const drawer = page.locator('[data-testid=staff-drawer]');
    await drawer.locator('#username').fill('e2e.gridworker');
    await drawer.locator('#displayName').fill('网格员 测试');
    await drawer.locator('#password').fill('e2e-password-1');
    // Each choice is made again until its field shows it: on a busy machine a dropdown can open late and swallow a click.
    const field = (id: string) => drawer.locator('.ant-form-item').filter({ has: page.locator(`#${id}`) });
    await chooseUntilShown(field('roles'), '网格员', async () => {
      await drawer.locator('#roles').click();
      await page.locator('.ant-select-dropdown:visible').getByText('网格员', { exact: true }).click();
      await page.keyboard.press('Escape');
    });
    await chooseUntilShown(field('departmentId'), '石湾镇街道办事处', async () => {
      await drawer.locator('#departmentId').click();
      await drawer.locator('#departmentId').fill('石湾');
      await page.locator('.ant-select-dropdown:visible').getByText('石湾镇街道办事处').click();
    });
    await chooseUntilShown(field('jurisdictionCode'), '石湾镇街道', async () => {
      await drawer.locator('#jurisdictionCode').click();
      const tree = page.locator('.ant-select-dropdown:visible');
      const node = tree.locator('.ant-select-tree-node-content-wrapper', { hasText: '石湾镇街道' });
      if (!(await node.isVisible())) await tree.locator('.ant-select-tree-switcher').first().click();
      await node.click();
      await page.keyboard.press('Escape');
    });
    await page.click('[data-testid=staff-submit]');
    // The drawer closes once the server has created the member; on a busy machine that can take a while.
    // If the form refuses instead, its messages say why.
    await expect
      .poll(
        async () =>
          (await drawer.isVisible())
            ? (await drawer.locator('.ant-form-item-explain-error').allInnerTexts()).join('; ') || 'open'
            : 'closed',
        { timeout: 30_000 },
      )
      .toBe('closed');
    const table = page.locator('[data-testid=staff-table]');
    // Every grid has its grid worker in the demo: find the new member by name.
    await page
      .locator('input[data-testid=staff-search], [data-testid=staff-search] input')
      .first()
      .fill('e2e.gridworker');
    await page.keyboard.press('Enter');
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain('e2e.gridworker');
    await expect(table.innerText()).resolves.toContain('石湾镇街道');

    // Sign out and in as the new member: the staff page is refused, in the page and by the API.
    await page.context().clearCookies();
    await signIn(page, 'e2e.gridworker', 'e2e-password-1');
    await page.goto(`${run.server.url}/admin/staff`);
    await page.locator('[data-testid=forbidden]').waitFor({ state: 'visible', timeout: 10_000 });
    await page.screenshot({ path: 'test-results/forbidden.png' });
    const status = await page.evaluate(async () => (await fetch('/api/v1/admin/staff')).status);
    expect(status).toBe(403);
    await expect(page.locator('aside').innerText()).resolves.not.toContain('人员管理');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('login: the language switch never covers the sign-in card, however tall it grows', async () => {
    for (const viewport of [
      { width: 1024, height: 600 },
      { width: 768, height: 700 },
    ]) {
      const page = await run.browser.newPage({ viewport });
      await page.goto(`${run.server.url}/login?tab=public`);
      await page.locator('.login-card').waitFor();
      const lang = await page.locator('[data-testid=lang-switch]').boundingBox();
      const card = await page.locator('.login-card').boundingBox();
      if (!lang || !card) throw new Error('login page has no switch or card');
      const overlaps =
        lang.x < card.x + card.width &&
        card.x < lang.x + lang.width &&
        lang.y < card.y + card.height &&
        card.y < lang.y + lang.height;
      expect(overlaps, `at ${viewport.width}×${viewport.height}`).toBe(false);
      // And nothing runs off the right edge.
      expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
  });

  it('supervisor: the audit log says what happened in words of either language, and filters by action', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'supervisor', PASSWORD);
    await page.goto(`${run.server.url}/audit`);
    const words = page.getByTestId('audit-action-words');
    await expect.poll(() => words.allInnerTexts(), { timeout: 15_000 }).toContain('登录');
    // Only sign-ins, chosen by their name.
    await chooseUntilShown(page.locator('.audit-action-filter'), '登录', async () => {
      await page.locator('.audit-action-filter').click();
      await page.keyboard.type('登录');
      await page.locator('.ant-select-dropdown:visible').getByText('登录', { exact: true }).click();
    });
    await page.getByRole('button', { name: /^搜\s?索$/ }).click();
    await expect
      .poll(async () => [...new Set(await words.allInnerTexts())], { timeout: 15_000 })
      .toEqual(['登录']);
    await page.click('[data-testid=lang-switch]');
    await expect.poll(() => words.first().innerText()).toBe('Signed in');
    await page.close();
  });

  it('data officer: the menu offers only screens that exist', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'dataofficer', PASSWORD);
    const menu = await page.locator('aside').innerText();
    expect(menu).toContain('指标分析');
    expect(menu).not.toMatch(/^数据$/m);
    await expect(page.locator('body').innerText()).resolves.not.toContain('即将上线');
    await page.close();
  });
});
