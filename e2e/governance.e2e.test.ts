import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import {
  callApi,
  markDocument,
  type SignedIn,
  sameDocument,
  screenshots,
  signInCitizen,
  signInStaff,
  tinyPng,
} from './journey-kit.ts';

const CITIZEN_PHONE = '13800138000';
const UML = '禅城区城市管理和综合执法局';
const HCB = '禅城区住房城乡建设和水利局';
/**
 * "Live" in a browser on two busy cores: the server's bench measures the sub-second figure; here it is enough that
 * the event arrives without a reload, within a few seconds.
 */
const LIVE_WITHIN_MS = 5_000;
const WAIT = { timeout: 10_000 };

// One server for the four journeys, each in its own street; the last one moves the clock on.
const run = journey({ YIMEN_TEST_CLOCK: 'true', YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('governance', { dir: join(ROOT, 'test-results', 'governance') });

const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: tinyPng(48) });

/** Opens a live screen and waits until its stream is connected (实时). */
async function openLive(who: SignedIn, path: string) {
  await who.page.goto(`${run.server.url}${path}`);
  const badge = who.page.getByTestId('live-status');
  await expect.poll(() => badge.getAttribute('data-status'), { timeout: 15_000 }).toBe('live');
}

/** Adds a photo to a picker (the file input inside antd's Upload) and waits for its thumbnail. */
async function addPhoto(page: Page, picker: string, name: string) {
  await page.getByTestId(picker).locator('input[type=file]').setInputFiles(photo(name));
  await page.getByRole('img', { name }).waitFor(WAIT);
}

/** One step from its button: fills what the dialog asks, sends it, and waits until the dialog has closed. */
async function takeStep(
  page: Page,
  scope: Page | Locator,
  action: string,
  input: { note?: string; photo?: string; shot?: string } = {},
) {
  await scope.getByTestId(`action-${action}`).click();
  const submit = page.getByTestId('step-submit');
  await submit.waitFor(WAIT);
  if (input.note) await page.getByTestId('step-note').fill(input.note);
  if (input.photo) await addPhoto(page, 'step-photos', input.photo);
  if (input.shot) await shot(page, input.shot);
  await submit.click();
  await expect.poll(() => submit.count(), WAIT).toBe(0);
}

/** Chooses a class in a ClassPicker (antd Select) by typing its code, as staff do. */
async function pickClass(page: Page, select: Locator, code: string) {
  await select.click();
  await page.keyboard.type(code);
  await page.locator('.ant-select-item-option').filter({ hasText: code }).first().click();
}

interface Call {
  name: string;
  phone: string;
  address: string;
  description: string;
  /** The class the operator files it under; the classifier decides when left out. */
  classCode?: string;
}

/** The operator takes a call on 热线受理 and answers with the new event's number. */
async function takeCall(page: Page, call: Call): Promise<string> {
  await page.getByTestId('hotline-name').fill(call.name);
  await page.getByTestId('hotline-phone').fill(call.phone);
  await page.getByTestId('hotline-address').fill(call.address);
  await page.getByTestId('hotline-description').fill(call.description);
  if (call.classCode) await pickClass(page, page.getByTestId('hotline-class'), call.classCode);
  await page.getByTestId('hotline-submit').click();
  const eventNo = page.getByTestId('report-event-no');
  await eventNo.waitFor(WAIT);
  return eventNo.innerText();
}

/** Opens an event of the command centre's feed in the drawer beside it. */
async function openInDrawer(page: Page, eventNo: string): Promise<Locator> {
  const card = page.getByTestId(`feed-item-${eventNo}`);
  await card.waitFor(WAIT);
  await card.locator('.event-card-main').click();
  const detail = page.getByTestId('event-detail');
  await expect.poll(() => detail.getByTestId('event-no').innerText(), WAIT).toBe(eventNo);
  return detail;
}

/** What the demo's SMS gateway would have texted to a phone (newest first). */
async function textsTo(page: Page, phone: string): Promise<string[]> {
  const { messages } = await callApi<{ messages: { body: string }[] }>(
    page,
    'GET',
    `/demo/outbox?phone=${phone}`,
  );
  return messages.map((m) => m.body);
}

async function finish(people: SignedIn[]) {
  for (const who of people) expect(who.problems).toEqual([]);
  await Promise.all(people.map((who) => who.page.context().close()));
}

describe.skipIf(!run.available.ok)('city governance (一网统管) in a real browser', () => {
  it('a citizen’s report reaches the centre, the unit and the grid worker live, is handled, closed and rated', async () => {
    const LEAK = '绿化带里的喷灌水管爆了，一直在漏水';
    const [operator, handler, gridWorker, citizen] = await Promise.all([
      signInStaff(run.browser, run.server, 'operator'),
      signInStaff(run.browser, run.server, 'handler'),
      signInStaff(run.browser, run.server, 'gridworker'),
      signInCitizen(run.browser, run.server, CITIZEN_PHONE),
    ]);
    // The demo grid worker's grid, and a point inside it where the citizen stands.
    const { user } = await callApi<{ user: { jurisdiction: { code: string; name: string } } }>(
      gridWorker.page,
      'GET',
      '/auth/me',
    );
    const grid = await callApi<{ centerLng: number; centerLat: number }>(
      gridWorker.page,
      'GET',
      `/geo/areas/${user.jurisdiction.code}`,
    );

    // The centre, the unit and the grid worker have their screens open before anything is reported.
    await Promise.all([
      openLive(operator, '/gov/command'),
      openLive(handler, '/gov/queue'),
      openLive(gridWorker, '/gov/patrol'),
    ]);
    for (const who of [operator, handler, gridWorker]) await markDocument(who.page);

    const me = citizen.page;
    await me.context().grantPermissions(['geolocation'], { origin: run.server.url });
    await me.context().setGeolocation({ latitude: grid.centerLat, longitude: grid.centerLng });
    await me.goto(`${run.server.url}/my/report`);
    await me.getByTestId('report-description').fill(LEAK);
    const suggestion = me.getByTestId('suggestion-04006');
    await suggestion.waitFor(WAIT);
    await expect(suggestion.innerText()).resolves.toContain('绿化喷灌设施');
    await me.getByTestId('place-gps').click();
    await expect.poll(() => me.getByTestId('place-located').getAttribute('data-state'), WAIT).toBe('inside');
    await expect.poll(() => me.getByTestId('place-grid').innerText(), WAIT).toBe(user.jurisdiction.name);
    await addPhoto(me, 'report-photos', '喷灌水管漏水.png');
    await shot(me, 'a1-citizen-report', me.getByTestId('report-form'));

    // Sent: the three screens show it as it arrives, without a reload.
    const arrival = (row: Locator, since: number) => row.waitFor(WAIT).then(() => Date.now() - since);
    const feedCard = operator.page.locator('[data-testid^="feed-item-"]', { hasText: LEAK });
    const queueRow = handler.page.locator('[data-testid^="gov-queue-row-"]', { hasText: LEAK });
    const patrolTask = gridWorker.page.locator('[data-testid^="patrol-task-"]', { hasText: LEAK });
    const sent = Date.now();
    const [, toCentre, toUnit, toGrid] = await Promise.all([
      me.getByTestId('report-submit').click(),
      arrival(feedCard, sent),
      arrival(queueRow, sent),
      arrival(patrolTask, sent),
    ]);
    console.info(
      `[e2e] live after submit: command centre ${toCentre} ms, unit queue ${toUnit} ms, grid worker ${toGrid} ms`,
    );
    for (const ms of [toCentre, toUnit, toGrid]) expect(ms).toBeLessThan(LIVE_WITHIN_MS);
    for (const who of [operator, handler, gridWorker])
      await expect(sameDocument(who.page)).resolves.toBe(true);

    // The citizen sees at once the number, the class, the unit and why; the photo follows.
    const eventNo = await me.getByTestId('report-event-no').innerText();
    await expect(me.getByTestId('report-class').innerText()).resolves.toBe('绿化喷灌设施');
    await expect(me.getByTestId('routing-unit').innerText()).resolves.toBe(UML);
    await expect(me.getByTestId('routing-kind').getAttribute('data-kind')).resolves.toBe('rule');
    await expect(me.getByTestId('routing-reason').innerText()).resolves.toMatch(
      /^责任清单第 \d+ 条（园林绿化设施 · 全区）→ 禅城区城市管理和综合执法局$/,
    );
    await expect.poll(() => me.getByTestId('photo-upload').getAttribute('data-state'), WAIT).toBe('done');
    await expect(feedCard.getAttribute('data-testid')).resolves.toBe(`feed-item-${eventNo}`);
    await expect(feedCard.getByTestId('routing-unit').innerText()).resolves.toBe(UML);
    await shot(operator.page, 'a2-command-centre-live-arrival', feedCard);

    // The grid worker confirms on site (核实) with a photo of what they found.
    const task = gridWorker.page.getByTestId(`patrol-task-${eventNo}`);
    await takeStep(gridWorker.page, task, 'confirm', {
      note: '现场核实：喷灌水管爆裂，持续漏水',
      photo: '现场核实.png',
      shot: 'a2b-grid-worker-confirms-with-photo',
    });
    await expect.poll(() => task.count(), WAIT).toBe(0);

    // The unit sees it confirmed in its queue, opens it and disposes with a photo.
    const hp = handler.page;
    const row = hp.getByTestId(`gov-queue-row-${eventNo}`);
    await expect.poll(() => row.innerText(), WAIT).toContain('处置中');
    await row.click();
    await hp.waitForURL(/\/gov\/events\/[^/]+$/);
    const eventId = hp.url().split('/').at(-1)!;
    const state = hp.getByTestId('event-state');
    await expect.poll(() => state.getAttribute('data-state'), WAIT).toBe('dispatched');
    await takeStep(hp, hp, 'dispose', {
      note: '已关闭阀门并更换爆裂的喷灌水管，现场不再漏水',
      photo: '更换后的水管.png',
    });
    await expect.poll(() => state.getAttribute('data-state'), WAIT).toBe('disposed');
    await hp.getByTestId('photos-disposal').waitFor(WAIT);
    // The photo of the on-site confirmation is there too, under its own stage.
    await hp.getByTestId('photos-confirm').waitFor(WAIT);
    await expect(hp.getByTestId('photos-confirm').innerText()).resolves.toContain('核实照片');
    await shot(hp, 'a3-unit-disposed-with-photo', hp.getByTestId('section-photos'));

    // Back to the grid worker, live, to check on site: it passes and the event closes.
    await task.waitFor(WAIT);
    await expect(task.innerText()).resolves.toContain('待核查');
    await takeStep(gridWorker.page, task, 'check_pass', { note: '复查：水管已更换，绿化带无积水' });
    await expect.poll(() => task.count(), WAIT).toBe(0);

    // The citizen's messages (我的消息) told each step: the bell counts them, opening the list reads them.
    await me.goto(`${run.server.url}/my/reports`);
    const bell = me.getByTestId('messages-bell');
    await bell.waitFor(WAIT);
    await expect
      .poll(
        async () =>
          Number(
            (await me
              .locator('.ant-badge:has([data-testid=messages-bell]) .ant-scroll-number')
              .getAttribute('title')) ?? 0,
          ),
        WAIT,
      )
      .toBeGreaterThanOrEqual(3);
    await bell.click();
    const inbox = me.getByTestId('messages-drawer');
    await inbox.waitFor(WAIT);
    const told = await inbox.getByTestId('message-item').allInnerTexts();
    expect(told.filter((m) => m.includes(eventNo)).join('\n')).toMatch(
      /已核实立案[\s\S]*已处置完毕|已处置完毕[\s\S]*已核实立案/,
    );
    expect(told.some((m) => m.includes(eventNo) && m.includes('已办结'))).toBe(true);
    await me.waitForTimeout(400); // the drawer slides in
    await shot(me, 'a4-citizen-messages');
    await me.keyboard.press('Escape');
    await expect
      .poll(() => me.locator('.ant-badge:has([data-testid=messages-bell]) .ant-scroll-number').count(), WAIT)
      .toBe(0);

    // The citizen finds it closed, reads how it went and rates it.
    const mine = me.getByTestId(`my-report-${eventNo}`);
    await mine.waitFor(WAIT);
    await expect(mine.innerText()).resolves.toContain('已办结');
    await mine.click();
    await me.waitForURL(`${run.server.url}/my/reports/${eventId}`);
    await expect
      .poll(() => me.getByTestId('my-report-state').getAttribute('data-state'), WAIT)
      .toBe('closed');
    const timeline = me.getByTestId('my-report-timeline');
    const steps = await timeline
      .locator('[data-step]')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-step')));
    expect(steps.filter((s) => s !== 'photo')).toEqual(['report', 'confirm', 'dispose', 'check_pass']);
    await me.getByTestId('photos-report').waitFor(WAIT);
    await me.getByTestId('photos-confirm').waitFor(WAIT);
    await me.getByTestId('photos-disposal').waitFor(WAIT);
    await me.getByTestId('rating-stars').getByRole('radio').nth(4).click();
    await me.getByTestId('rating-note').fill('处理很及时，谢谢');
    await me.getByTestId('rating-submit').click();
    const given = me.getByTestId('rating-given');
    await given.waitFor(WAIT);
    await expect(given.locator('.ant-rate-star-full').count()).resolves.toBe(5);
    await expect.poll(() => timeline.innerText(), WAIT).toContain('您给出了 5 星评价');
    await shot(me, 'a4-citizen-closed-and-rated');

    await finish([operator, handler, gridWorker, citizen]);
  });

  it('the centre corrects a wrong class and the event is routed again by the responsibility list', async () => {
    const BROKEN_PAVING = '门口人行道砖块碎裂，碎砖到处都是';
    const [handler, operator] = await Promise.all([
      signInStaff(run.browser, run.server, 'handler'),
      signInStaff(run.browser, run.server, 'operator'),
    ]);
    await openLive(handler, '/gov/queue');

    // A call about broken paving, filed by mistake as dumped construction waste: it goes to 城管.
    const op = operator.page;
    await op.goto(`${run.server.url}/gov/hotline`);
    const eventNo = await takeCall(op, {
      name: '赵先生',
      phone: '13622223333',
      address: '古新路3号',
      description: BROKEN_PAVING,
      classCode: '06011',
    });
    await expect(op.getByTestId('report-class').innerText()).resolves.toBe('建筑垃圾乱倒');
    await expect(op.getByTestId('routing-unit').innerText()).resolves.toBe(UML);
    const row = handler.page.getByTestId(`gov-queue-row-${eventNo}`);
    await row.waitFor(WAIT);

    // The centre sees the mistake, corrects the class in the drawer, and the list sends it to 住建.
    await op.goto(`${run.server.url}/gov/command`);
    const detail = await openInDrawer(op, eventNo);
    await detail.getByTestId('action-reclassify').click();
    await pickClass(op, op.getByTestId('reclassify-picker'), '06013');
    await op.getByTestId('reclassify-submit').click();
    const routing = detail.getByTestId('section-routing');
    await expect.poll(() => routing.getByTestId('routing-unit').innerText(), WAIT).toBe(HCB);
    await expect(routing.getByTestId('routing-kind').getAttribute('data-kind')).resolves.toBe('rule');
    await expect(routing.getByTestId('routing-reason').innerText()).resolves.toMatch(
      /^责任清单第 \d+ 条（道路破损 · 全区）→ 禅城区住房城乡建设和水利局$/,
    );
    await expect(routing.innerText()).resolves.toContain('此前派往');
    // The task list names both units, the one that had it and the one that has it now, never by their codes.
    const tasks = await detail.getByTestId('event-tasks').innerText();
    expect(tasks).toContain(UML);
    expect(tasks).toContain(HCB);
    expect(tasks).not.toMatch(/\b(uml|hcb)\b/);
    await expect(detail.getByTestId('classification').innerText()).resolves.toMatch(
      /指挥中心更正[\s\S]*原类别 06011/,
    );
    await expect(detail.getByTestId('event-timeline').innerText()).resolves.toMatch(
      /更正类别并重新派遣[\s\S]*类别 06011 → 06013/,
    );
    await expect(
      op.getByTestId(`feed-item-${eventNo}`).getByTestId('routing-unit').innerText(),
    ).resolves.toBe(HCB);
    await shot(op, 'b1-reclassified-and-rerouted', routing);

    // 城管's queue drops it live: the unit it was taken from is told too, no reload.
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await shot(handler.page, 'b2-old-unit-queue');

    await finish([handler, operator]);
  });

  it('a second report of the same problem is merged, and its caller follows the original', async () => {
    const FIRST_CALLER = '13711112222';
    const SECOND_CALLER = '13733334444';
    const operator = await signInStaff(run.browser, run.server, 'operator');
    const op = operator.page;

    // Two neighbours call about the same refuse at the same door.
    await op.goto(`${run.server.url}/gov/hotline`);
    const first = await takeCall(op, {
      name: '陈女士',
      phone: FIRST_CALLER,
      address: '南庄大道3号',
      description: '南庄大道3号门口一堆生活垃圾没人清理，很臭',
    });
    await expect(op.getByTestId('report-class').innerText()).resolves.toBe('暴露垃圾');
    await op.getByTestId('hotline-next').click();
    const second = await takeCall(op, {
      name: '李先生',
      phone: SECOND_CALLER,
      address: '南庄大道3号',
      description: '南庄大道3号旁边垃圾袋散落一地，好几天没人收',
    });
    await expect(op.getByTestId('report-class').innerText()).resolves.toBe('暴露垃圾');

    // The second's drawer names the first as a likely duplicate; the centre merges them.
    await op.goto(`${run.server.url}/gov/command`);
    const detail = await openInDrawer(op, second);
    const duplicate = detail.getByTestId(`duplicate-${first}`);
    await duplicate.waitFor(WAIT);
    await expect(duplicate.innerText()).resolves.toContain('相距 0 米');
    await shot(op, 'c1-likely-duplicate', detail.getByTestId('section-duplicates'));
    await detail.getByTestId(`merge-${first}`).click();
    await op.locator('.ant-popconfirm').getByRole('button', { name: '合并到此事件' }).click();
    await expect
      .poll(() => detail.getByTestId('event-state').getAttribute('data-state'), WAIT)
      .toBe('merged');
    await expect(detail.getByTestId('event-timeline').innerText()).resolves.toMatch(
      new RegExp(`合并到原事件[\\s\\S]*并入 ${first}`),
    );
    const original = detail.getByTestId('event-original');
    await shot(op, 'c2-merged', original);

    // The link leads to the original, which goes on: the centre confirms it with the community.
    await original.click();
    await op.waitForURL(/\/gov\/events\/[^/]+$/);
    await expect.poll(() => op.getByTestId('event-no').innerText(), WAIT).toBe(first);
    await takeStep(op, op, 'confirm', { note: '已电话联系吉利社区核实属实' });
    await expect
      .poll(() => op.getByTestId('event-state').getAttribute('data-state'), WAIT)
      .toBe('dispatched');

    // The second caller was told by SMS which event to follow, and hears how the original is getting on.
    await expect
      .poll(async () => (await textsTo(op, SECOND_CALLER)).join('\n'), WAIT)
      .toContain(`您上报的事件 ${first} 已核实立案，正在处置。`);
    await expect(textsTo(op, SECOND_CALLER)).resolves.toContain(
      `【一门】您上报的事件 ${second} 与事件 ${first} 为同一问题，已合并，请关注事件 ${first} 的进展。`,
    );

    await finish([operator]);
  });

  it('an event past its limit on the test clock is shown overdue and escalated, and the supervisor supervises it', async () => {
    const [operator, admin] = await Promise.all([
      signInStaff(run.browser, run.server, 'operator'),
      signInStaff(run.browser, run.server, 'admin'),
    ]);
    const op = operator.page;
    await op.goto(`${run.server.url}/gov/hotline`);
    const eventNo = await takeCall(op, {
      name: '何先生',
      phone: '13544445555',
      address: '太平路1号',
      description: '太平路1号门口有人乱丢垃圾袋，一直没人清理',
    });
    const link = await op.getByTestId('hotline-event-link').getAttribute('href');
    const { event } = await callApi<{ event: { acceptDueAt: string } }>(
      op,
      'GET',
      `/gov/events/${link!.split('/').at(-1)}`,
    );

    // Time passes the on-site confirmation's limit; the scheduled work runs at once.
    const { now } = await callApi<{ now: string }>(admin.page, 'GET', '/test-clock');
    const moved = await callApi<{ now: string; work: { events: { overdue: number } } }>(
      admin.page,
      'POST',
      '/test-clock/advance',
      { hours: Math.ceil((Date.parse(event.acceptDueAt) - Date.parse(now)) / 3_600_000) + 1 },
    );
    expect(moved.work.events.overdue).toBeGreaterThanOrEqual(1);

    // The supervisor's browser lives on the same day as the server (the timers count against the browser's clock).
    const supervisor = await signInStaff(run.browser, run.server, 'supervisor');
    const sp = supervisor.page;
    await sp.context().clock.install({ time: Date.parse(moved.now) });
    await openLive(supervisor, '/gov/command');
    await expect
      .poll(async () => Number(await sp.getByTestId('count-overdue').innerText()), WAIT)
      .toBeGreaterThan(0);
    const card = sp.getByTestId(`feed-item-${eventNo}`);
    await card.waitFor(WAIT);
    await expect(card.getAttribute('class')).resolves.toContain('event-card-overdue');
    const timer = card.getByTestId('due-timer');
    await expect(timer.getAttribute('data-urgency')).resolves.toBe('overdue');
    await expect(timer.innerText()).resolves.toContain('已超时');
    await shot(sp, 'd1-command-centre-overdue', card);

    // Its timeline shows the overdue mark and the escalation to the supervisors.
    const detail = await openInDrawer(sp, eventNo);
    const timeline = detail.getByTestId('event-timeline');
    // Both are written at the same instant, in either order.
    const marks = await timeline.locator('[data-action="overdue"], [data-action="escalate"]').allInnerTexts();
    expect(marks).toHaveLength(2);
    expect(marks).toEqual(
      expect.arrayContaining([
        expect.stringContaining('已超时 · 系统'),
        expect.stringContaining('超时升级 · 系统'),
      ]),
    );
    await shot(sp, 'd2-timeline-escalated', timeline);

    await takeStep(sp, detail, 'supervise', { note: '请城管局今日内处置并回复' });
    await detail.getByTestId('mark-supervised').waitFor(WAIT);
    await expect.poll(() => timeline.locator('[data-action="supervise"]').count(), WAIT).toBe(1);
    await card.getByTestId('mark-supervised').waitFor(WAIT);
    await shot(sp, 'd3-supervised', timeline);

    await finish([operator, admin, supervisor]);
  });
});
