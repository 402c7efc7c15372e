import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import { callApi, screenshots, signInStaff } from './journey-kit.ts';

const WAIT = { timeout: 10_000 };
/** The patrol screen is used on a phone. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** Manhole covers and drain grates (上水/污水/雨水/电力/通信井盖, 雨水篦子): a loose one is a classic patrol find. */
const COVER_CLASSES = new Set(['01001', '01002', '01003', '01004', '01005', '01006']);

interface NearItem {
  id: string;
  classCode: string;
  className: string;
  lng: number;
  lat: number;
  distanceM: number;
}

/** The component's class, its 17-digit id and a state, where a card shows what an event is about. */
async function expectComponentShown(shown: Locator, c: NearItem) {
  await shown.waitFor(WAIT);
  const text = await shown.innerText();
  expect(text).toContain(c.className);
  expect(text.replace(/\s/g, '')).toContain(c.id);
  expect(text).toMatch(/完好|破损|丢失|废弃|移除/);
}

const run = journey();
const shot = screenshots('governance-components', {
  dir: join(ROOT, 'test-results', 'governance-components'),
});

describe.skipIf(!run.available.ok)('city components (部件) in the patrol report, in a real browser', () => {
  it('a grid worker picks the loose manhole cover near them; the event is filed on it, in a component class', async () => {
    const gridWorker = await signInStaff(run.browser, run.server, 'gridworker');
    const { page } = gridWorker;
    await page.setViewportSize(PHONE);

    // A real demo cover near the middle of the worker's grid, found the way the registry is asked.
    const { user } = await callApi<{ user: { jurisdiction: { code: string } } }>(page, 'GET', '/auth/me');
    const grid = await callApi<{ centerLng: number; centerLat: number }>(
      page,
      'GET',
      `/geo/areas/${user.jurisdiction.code}`,
    );
    const { items } = await callApi<{ items: NearItem[] }>(
      page,
      'GET',
      `/components/near?lng=${grid.centerLng}&lat=${grid.centerLat}&radius=1000&limit=20`,
    );
    const cover = items.find((c) => COVER_CLASSES.has(c.classCode));
    expect(cover, 'a manhole cover within 1 km of the grid centre').toBeDefined();
    const { id, classCode, className } = cover!;

    // The worker stands on it: the phone's position drops the pin there.
    await page.context().grantPermissions(['geolocation'], { origin: run.server.url });
    await page.context().setGeolocation({ latitude: cover!.lat, longitude: cover!.lng });
    await page.goto(`${run.server.url}/gov/patrol`);
    await page.getByTestId('patrol-tab-report').click();
    await page.getByTestId('patrol-description').fill('井盖松动，踩上去会晃，有人绊倒的危险');
    // Before any pin, the patrol map opens on the worker's own grid, not the whole district.
    await expect
      .poll(() => page.getByTestId('place-map').getAttribute('data-started-on'), WAIT)
      .toBe(user.jurisdiction.code);
    await shot(page, 'p0-patrol-map-on-own-grid', page.getByTestId('place-map'));
    await page.getByTestId('place-gps').click();
    await expect
      .poll(() => page.getByTestId('place-located').getAttribute('data-state'), WAIT)
      .toBe('inside');

    // The components near the pin, nearest first: the cover itself on top, with its class, id, state, distance.
    const list = page.getByTestId('near-components');
    const row = page.getByTestId(`component-${id}`);
    await row.waitFor(WAIT);
    const rows = list.locator('[data-testid^="component-"][aria-pressed]');
    expect(await rows.first().getAttribute('data-testid')).toBe(`component-${id}`);
    const rowText = await row.innerText();
    expect(rowText).toContain(className);
    expect(rowText.replace(/\s/g, '')).toContain(id);
    expect(rowText).toMatch(/完好|破损|丢失|废弃|移除/);
    expect(rowText).toContain('<1 米');
    // The map zooms in on the pin to show the components as markers: a one-second animation, let it settle.
    await page.waitForTimeout(1_500);
    await shot(page, 'p1-near-components', list);

    // Picked: marked as chosen, and it leads the class suggestions; cleared and picked again.
    await row.click();
    await expect.poll(() => row.getAttribute('aria-pressed'), WAIT).toBe('true');
    const chosen = page.getByTestId('component-chosen');
    await expect.poll(() => chosen.innerText(), WAIT).toContain(className);
    await page.getByTestId('component-clear').click();
    await expect.poll(() => chosen.count(), WAIT).toBe(0);
    await row.click();
    await chosen.waitFor(WAIT);
    await shot(page, 'p2-component-picked', list);

    const suggestion = page.getByTestId(`suggestion-${classCode}`);
    await suggestion.waitFor(WAIT);
    await expect(suggestion.innerText()).resolves.toContain(className);
    await suggestion.click();
    await expect
      .poll(() => page.getByTestId('patrol-form').locator('.ant-select').first().innerText(), WAIT)
      .toContain(classCode);
    await shot(page, 'p3-suggested-class', page.getByTestId('patrol-description'));

    // Sent: the event is about that component, in its class's major (01–05 are the component majors).
    await page.getByTestId('patrol-submit').click();
    const eventNo = page.getByTestId('report-event-no');
    await eventNo.waitFor(WAIT);
    const number = (await eventNo.innerText()).trim();
    // The success card says which component the report was filed on: class, id, state.
    await expectComponentShown(page.getByTestId('report-component'), cover!);
    await shot(page, 'p4-outcome-on-component', page.getByTestId('report-component'));
    await page.getByRole('button', { name: '查看详情' }).click();
    const shown = page.getByTestId('event-component');
    await shown.waitFor(WAIT);
    expect((await shown.innerText()).replace(/\s/g, '')).toContain(id);
    expect(await shown.innerText()).toContain(className);
    const eventId = /\/gov\/events\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const { event } = await callApi<{ event: { componentId: string; classCode: string } }>(
      page,
      'GET',
      `/gov/events/${eventId}`,
    );
    expect(event.componentId).toBe(id);
    expect(event.classCode).toBe(classCode);
    expect(event.classCode).toMatch(/^0[1-5]/);
    await shot(page, 'p5-event-on-component', shown);

    // The worker's task (confirm it on site) shows the component on its card, on the phone and on a desktop.
    await page.goto(`${run.server.url}/gov/patrol`);
    const task = page.getByTestId(`patrol-task-${number}`);
    await task.waitFor(WAIT);
    await expectComponentShown(task.getByTestId('event-card-component'), cover!);
    await shot(page, 'p6-task-card-phone', task);
    await page.setViewportSize(DESKTOP);
    await shot(page, 'p7-task-card-desktop', task);

    // The unit it went to (市政公用设施, 城管局) sees it in its queue with the component, on a desktop and a phone.
    const unit = await signInStaff(run.browser, run.server, 'handler');
    await unit.page.goto(`${run.server.url}/gov/queue`);
    const queued = unit.page.getByTestId(`gov-queue-row-${number}`);
    await queued.waitFor(WAIT);
    await expectComponentShown(queued.getByTestId('event-card-component'), cover!);
    await shot(unit.page, 'p8-queue-row-desktop', queued);
    await unit.page.setViewportSize(PHONE);
    await expect.poll(() => queued.getByTestId('event-card-component').isVisible(), WAIT).toBe(true);
    // On the phone the row keeps its state and timer without pushing the page sideways.
    await expect.poll(() => queued.getByTestId('gov-queue-row-state').isVisible(), WAIT).toBe(true);
    expect(await queued.getByTestId('due-timer').isVisible()).toBe(true);
    const overflow = await unit.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(unit.page, 'p9-queue-row-phone', queued);

    expect(gridWorker.problems).toEqual([]);
    expect(unit.problems).toEqual([]);
    await page.context().close();
    await unit.page.context().close();
  });
});
