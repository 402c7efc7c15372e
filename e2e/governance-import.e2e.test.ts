import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import { callApi, screenshots, signInStaff } from './journey-kit.ts';

const WAIT = { timeout: 10_000 };
const BOM = '\uFEFF';

const run = journey();
const shot = screenshots('governance-import', { dir: join(ROOT, 'test-results', 'governance-import') });

/** Chooses a file in the import's upload (the file input inside antd's Upload.Dragger). */
const chooseFile = (page: Page, name: string, text: string) =>
  page
    .getByTestId('import-upload')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** The centres of two grids of 祖庙街道: places inside the district. */
async function twoPlaces(page: Page): Promise<{ lng: number; lat: number }[]> {
  const { items } = await callApi<{ items: { code: string }[] }>(
    page,
    'GET',
    '/geo/areas?parent=440604012&level=grid',
  );
  return Promise.all(
    items.slice(0, 2).map(async ({ code }) => {
      const area = await callApi<{ centerLng: number; centerLat: number }>(page, 'GET', `/geo/areas/${code}`);
      return { lng: area.centerLng, lat: area.centerLat };
    }),
  );
}

const importedCount = async (page: Page) =>
  (await callApi<{ events: { channel: string }[] }>(page, 'GET', '/gov/events?limit=500')).events.filter(
    (e) => e.channel === 'import',
  ).length;

describe.skipIf(!run.available.ok)('事件批量导入 in a real browser', () => {
  it('an operator imports a CSV: a bad row refuses the whole file, the fixed file becomes dispatched events', async () => {
    const operator = await signInStaff(run.browser, run.server, 'operator');
    const { page } = operator;
    const [a, b] = await twoPlaces(page);
    const before = await importedCount(page);

    // From 城市治理 to the import screen, as the operator finds it.
    await page.goto(`${run.server.url}/gov`);
    await page.getByTestId('area-card-govImport').click();
    await page.waitForURL(`${run.server.url}/gov/import`);
    await page.getByTestId('import-format').waitFor(WAIT);

    // The template: a BOM for Excel, the header, one example row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe('事件批量导入模板.csv');
    const template = await readFile((await download.path())!, 'utf8');
    expect(template.startsWith(BOM)).toBe(true);
    const [header, example] = template.slice(1).trimEnd().split('\r\n');
    expect(header).toBe('description,lng,lat,address,class_code,severity,reporter_name');
    await shot(page, '1-import-screen');

    // Not a CSV: refused in the browser, with what to do.
    await chooseFile(page, '三月专项.xlsx', 'not a csv');
    await expect
      .poll(() => page.getByTestId('import-file-error').innerText(), WAIT)
      .toContain('不是 CSV 文件');

    // A file with two bad rows: an unknown class (row 3) and a place outside the district (row 4).
    const bad = [
      header,
      example,
      `"路边垃圾堆积，无人清理",${a!.lng},${a!.lat},,99999,,`,
      '占道经营,113.9,22.5,,,,',
      `"井盖松动，
车辆经过有响声",${b!.lng},${b!.lat},,,urgent,市民来电`,
    ];
    await chooseFile(page, '三月专项.csv', `${bad.join('\r\n')}\r\n`);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor(WAIT);
    await expect(page.getByTestId('import-preview-count').innerText()).resolves.toContain('共 4 行数据');
    await expect(preview.innerText()).resolves.toContain('车辆经过有响声');
    await shot(page, '2-preview', preview);

    await page.getByTestId('import-send').click();
    const summary = page.getByTestId('import-refused-summary');
    await summary.waitFor(WAIT);
    await expect(summary.innerText()).resolves.toContain('有 2 处问题，没有保存任何事件');
    const classProblem = page.getByTestId('import-problem-3-class_code');
    await expect(classProblem.innerText()).resolves.toMatch(
      /3\s+class_code\s*事件类别\s+99999\s+没有类别 99999/,
    );
    await expect(page.getByTestId('import-problem-4-lng').innerText()).resolves.toContain(
      '该位置不在本区范围内',
    );
    await expect(page.getByTestId('import-problems').innerText()).resolves.not.toContain(' / ');
    expect(await importedCount(page)).toBe(before);
    await shot(page, '3-refused', page.getByTestId('import-refused'));

    // In English the same problems read in English (the server sends each row's message in both).
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => page.getByTestId('import-refused-summary').innerText(), WAIT)
      .toContain('Not imported: 2 problem(s) in the file, no event was stored');
    await expect(classProblem.innerText()).resolves.toContain('no class 99999');
    await shot(page, '3-refused-en', page.getByTestId('import-refused'));
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => classProblem.innerText(), WAIT).toContain('没有类别 99999');

    // Fixed: the class left to the classifier, the stall pinned inside the district. Sent again.
    const good = [
      ...bad.slice(0, 2),
      `"路边垃圾堆积，无人清理",${a!.lng},${a!.lat},,,,`,
      `占道经营,${b!.lng},${b!.lat},,,,`,
      bad[4],
    ];
    await chooseFile(page, '三月专项-已修改.csv', `${good.join('\r\n')}\r\n`);
    await expect
      .poll(() => page.getByTestId('import-preview-count').innerText(), WAIT)
      .toContain('共 4 行数据');
    await page.getByTestId('import-send').click();
    const created = page.getByTestId('import-created');
    await created.waitFor(WAIT);
    await expect(created.innerText()).resolves.toBe('已导入 4 个事件');
    expect(await importedCount(page)).toBe(before + 4);

    // Each event with its class and unit; the table links to it.
    const table = page.getByTestId('import-events');
    const links = table.locator('[data-testid^="import-event-"]');
    await expect.poll(() => links.count(), WAIT).toBe(4);
    await expect(table.innerText()).resolves.toContain('06013');
    await expect(table.innerText()).resolves.toContain('禅城区');
    await shot(page, '4-imported', table);

    const eventNo = await links.first().innerText();
    await links.first().click();
    await page.waitForURL(/\/gov\/events\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('event-no').innerText(), WAIT).toBe(eventNo);
    await shot(page, '5-event');

    expect(operator.problems).toEqual([]);
    await page.context().close();
  });
});
