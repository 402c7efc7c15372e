import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../server/src/excel.ts';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import { chooseUntilShown, screenshots, signInStaff } from './journey-kit.ts';

const WAIT = { timeout: 15_000 };
const ITEM = '食品经营许可';
const NEW_MATERIAL = '经营场所平面布局图';

const run = journey({ YIMEN_PUBLIC_RATE_LIMIT: '500' });
const shot = screenshots('catalogue-admin', { dir: join(ROOT, 'test-results', 'catalogue-admin') });

/** The rows of the guide's 申请材料 table, as text. */
const guideMaterials = (page: Page) => page.getByTestId('guide-materials').innerText();

/** Confirms antd's open confirm dialog (its buttons space out two-character labels, so not by name). */
const confirmDialog = (page: Page) => page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();

/** Chooses a workbook in the import dialog's upload. */
const chooseWorkbook = (page: Page, name: string, buffer: Buffer) =>
  page.getByTestId('catalogue-import-upload').locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });

/** The workbook with one cell of sheet 事项 changed: the column under `header`, in the row of `code`. */
async function editCell(file: Buffer, code: string, header: string, value: string): Promise<Buffer> {
  const wb = await newWorkbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('事项')!;
  let column = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (String(cell.value) === header) column = col;
  });
  let changed = false;
  ws.eachRow((row) => {
    if (row.getCell(1).value === code) {
      row.getCell(column).value = value;
      changed = true;
    }
  });
  expect(changed, code).toBe(true);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!run.available.ok)('事项目录管理 in a real browser', () => {
  it('an administrator changes an item, previews, publishes it for the public, and round-trips the Excel', async () => {
    const { page, problems } = await signInStaff(run.browser, run.server, 'admin');

    // From the home page's card to the list: about a thousand items, paged.
    await page.getByTestId('area-card-catalogue').click();
    await page.waitForURL(`${run.server.url}/catalogue`);
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').innerText(), WAIT)
      .toMatch(/共 \d{4} 个事项/);
    await shot(page, '1-list-zh');

    // Found by name among the published items.
    await page.getByTestId('catalogue-search').locator('input').fill(ITEM);
    await page.getByTestId('catalogue-search').locator('input').press('Enter');
    await expect.poll(() => page.getByTestId('catalogue-table').innerText(), WAIT).toContain('已发布');
    await page.getByTestId('catalogue-row-link').filter({ hasText: ITEM }).first().click();
    await page.waitForURL(/\/catalogue\/items\/[^/]+$/);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByTestId('item-editor').waitFor(WAIT);
    const before = Number(/第 (\d+) 版/.exec(await page.getByTestId('item-version').innerText())![1]);
    await shot(page, '2-item-zh');

    // A promise longer than the law: the server's refusal lands on 承诺办结时限, and nothing is saved.
    const legal = Number(await page.getByTestId('field-legalLimitDays').inputValue());
    await page.getByTestId('field-promisedLimitDays').fill(String(legal + 5));
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-refusal').waitFor(WAIT);
    const promisedItem = page
      .locator('.ant-form-item')
      .filter({ has: page.getByTestId('field-promisedLimitDays') });
    await expect
      .poll(() => promisedItem.locator('.ant-form-item-explain-error').innerText(), WAIT)
      .toMatch(/.+/);
    await shot(page, '3-field-error-zh', promisedItem);
    await page.getByTestId('field-promisedLimitDays').fill(String(legal));

    // A new material, saved as the draft.
    await page.getByTestId('add-material').click();
    await page.getByTestId('material-name').last().fill(NEW_MATERIAL);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('item-status').innerText(), WAIT).toContain('有未发布的修改');
    expect(await page.getByTestId('editor-refusal').count()).toBe(0);

    // The preview is the guide as the public will read it, with the new material.
    await page.getByTestId('tab-preview').click();
    await expect.poll(() => guideMaterials(page), WAIT).toContain(NEW_MATERIAL);
    await shot(page, '4-preview-zh', page.getByTestId('guide-materials'));

    // The public still reads the current version until the draft is published.
    const visitor = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${run.server.url}/guide/${encodeURIComponent(code)}`);
    await expect.poll(() => guideMaterials(visitor), WAIT).not.toContain(NEW_MATERIAL);
    await visitor.close();

    // Publish, confirmed: the next version.
    await page.getByTestId('item-publish').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('item-version').innerText(), WAIT).toBe(`第 ${before + 1} 版`);
    expect(await page.getByTestId('item-status').innerText()).not.toContain('有未发布的修改');
    expect(await page.getByTestId('item-publish').isDisabled()).toBe(true);

    // The history: the new version on top, by this administrator, the earlier one below.
    await page.getByTestId('tab-history').click();
    const history = page.getByTestId('item-history');
    await expect.poll(() => history.innerText(), WAIT).toContain(`第 ${before + 1} 版`);
    expect(await history.innerText()).toContain('系统管理员 陈明');
    expect(await history.innerText()).toContain(`第 ${before} 版`);
    await shot(page, '5-history-zh');

    // Signed out, the public guide now lists the material. (A visitor who read it before may keep the old
    // answer for the few minutes the public cache allows, so this is a new visitor.)
    const next = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await next.goto(`${run.server.url}/guide/${encodeURIComponent(code)}`);
    await expect.poll(() => guideMaterials(next), WAIT).toContain(NEW_MATERIAL);
    await shot(next, '6-public-guide', next.getByTestId('guide-materials'));
    await next.close();

    // The same screens in English.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('tab-history').innerText(), WAIT).toBe('Version history');
    await shot(page, '7-history-en');
    await page.getByRole('tab', { name: 'Edit draft' }).click();
    await shot(page, '8-item-en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('tab-history').innerText(), WAIT).toBe('版本历史');

    // Export: the whole catalogue as a workbook.
    await page.goto(`${run.server.url}/catalogue`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('catalogue-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^catalogue-\d+\.xlsx$/);
    const exported = await readFile((await download.path())!);

    // A bad department in one row: the whole file is refused, with the cell.
    await page.getByTestId('catalogue-import').click();
    await chooseWorkbook(page, 'bad.xlsx', await editCell(exported, code, '实施主体（部门编码）', 'nope'));
    const refused = page.getByTestId('catalogue-import-refused');
    await expect.poll(() => refused.innerText(), WAIT).toContain('文件未导入');
    expect(await refused.innerText()).toMatch(/事项!\w+\d+|items\.\d+/);
    await shot(page, '9-import-refused-zh');

    // Renamed in Excel and imported again: one draft updated, the rest unchanged, nothing published.
    const renamed = await editCell(exported, code, '事项名称', `${ITEM}（导入）`);
    await chooseWorkbook(page, 'renamed.xlsx', renamed);
    const result = page.getByTestId('catalogue-import-result');
    await expect.poll(() => result.innerText(), WAIT).toMatch(/新建 0 个，更新 1 个，未变 \d{4} 个/);
    expect(await result.innerText()).toContain(code);
    expect(await result.innerText()).toContain('更新草稿');
    // The row of sheet 事项 the item is on.
    expect(await result.innerText()).toMatch(/事项!A\d+/);
    await shot(page, '10-import-result-zh');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count(), WAIT).toBe(0);
    // The list shows the imported draft as an unpublished change.
    await expect
      .poll(() => page.getByTestId('catalogue-table').innerText(), WAIT)
      .toContain(`${ITEM}（导入）`);

    // The same file again, in English: nothing changes this time.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('catalogue-import').click();
    await chooseWorkbook(page, 'renamed.xlsx', renamed);
    await expect.poll(() => result.innerText(), WAIT).toMatch(/0 created, 0 updated, \d{4} unchanged/);
    await page.getByText('Show unchanged items').click();
    await expect.poll(() => result.innerText(), WAIT).toContain('Unchanged');
    await shot(page, '11-import-result-en');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count(), WAIT).toBe(0);
    await shot(page, '12-list-en');
    await page.getByTestId('lang-switch').click();

    expect(problems).toEqual([]);
    await page.close();
  });

  it('an administrator creates a new item as a draft, previews it and retires it', async () => {
    const { page, problems } = await signInStaff(run.browser, run.server, 'admin');
    await page.goto(`${run.server.url}/catalogue`);
    await page.getByTestId('catalogue-new').click();
    await page.waitForURL(`${run.server.url}/catalogue/new`);

    // Nothing filled in: the form says what is missing and sends nothing.
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count(), WAIT).toBeGreaterThan(3);
    expect(new URL(page.url()).pathname).toBe('/catalogue/new');

    const code = `DEMO-440604-${Date.now()}`;
    await page.getByLabel('事项名称').fill('演示新增事项');
    await page.getByLabel('实施编码').fill(code);
    await page.getByLabel('基本编码').fill('DEMO000001');
    await page.getByLabel('办理结果名称').fill('演示证明');
    const department = page.locator('.ant-form-item').filter({ hasText: '实施主体' }).locator('.ant-select');
    await chooseUntilShown(department, '市场监督管理局', async () => {
      await department.click();
      await page.keyboard.type('市场监督');
      await page.keyboard.press('Enter');
    });
    await page.getByTestId('add-condition').click();
    await page.getByLabel('条件').last().fill('申请人为本区居民');
    await page.getByTestId('add-material').click();
    await page.getByTestId('material-name').last().fill('居民身份证');
    await shot(page, '14-new-item-zh', page.getByTestId('materials'));
    await page.getByTestId('editor-save').click();

    // Created: its own page, a draft never published.
    await page.waitForURL(`${run.server.url}/catalogue/items/${code}`, WAIT);
    await expect.poll(() => page.getByTestId('item-status').innerText(), WAIT).toContain('草稿');
    expect(await page.getByTestId('item-version').innerText()).toBe('未发布');
    await page.getByTestId('tab-preview').click();
    await expect.poll(() => guideMaterials(page), WAIT).toContain('居民身份证');
    await expect
      .poll(() => page.getByTestId('guide-conditions').innerText(), WAIT)
      .toContain('申请人为本区居民');
    await page.getByTestId('tab-history').click();
    await expect.poll(() => page.getByTestId('item-history').innerText(), WAIT).toContain('草稿（未发布）');
    expect(await page.getByTestId('item-history').innerText()).toContain('系统管理员 陈明');

    // Retired, confirmed: the state changes on the page and retiring again is not offered.
    await page.getByTestId('item-retire').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('item-status').innerText(), WAIT).toContain('已废止');
    expect(await page.getByTestId('item-retire').isDisabled()).toBe(true);
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached', ...WAIT });
    await shot(page, '15-retired-zh');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a window clerk is refused the catalogue screens and has no menu entry for them', async () => {
    const { page } = await signInStaff(run.browser, run.server, 'clerk');
    expect(await page.getByTestId('area-card-catalogue').count()).toBe(0);
    await page.goto(`${run.server.url}/catalogue`);
    await page.getByTestId('forbidden').waitFor(WAIT);
    await page.goto(`${run.server.url}/catalogue/items/ANY-CODE`);
    await page.getByTestId('forbidden').waitFor(WAIT);
    await shot(page, '13-clerk-refused');
    await page.close();
  });
});
