import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../server/src/excel.ts';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import { screenshots, signInStaff } from './journey-kit.ts';

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
    await shot(page, '12-list-en');
    await page.getByTestId('lang-switch').click();

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
