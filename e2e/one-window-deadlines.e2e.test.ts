import { makeIdNumber } from '@yimen/shared/id-checks';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { callApi, publishItem, screenshots, signInStaff, tinyPdf } from './journey-kit.ts';

/** 流动人口居住登记: a real instant, trust-first item of the demo catalogue. */
const RESIDENCE_REGISTRATION = '11440604YM0000024E4000105004000';
const INSPECTION_ITEM = 'E2E-440604-DEADLINE';
const INSPECTION_NAME = '户外广告设置许可（时限演练）';

// The movable clock: an administrator moves time on, and the scheduled work runs at once.
const run = journey({ YIMEN_TEST_CLOCK: 'true', YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('deadlines');

/** At the window desk: the applicant's ID number, the item found by name, then 开始办理. */
async function openAtDesk(page: Page, idNumber: string, search: string, itemCode: string) {
  const idInput = page.getByTestId('id-number-input');
  await idInput.fill(idNumber);
  await idInput.press('Enter');
  await page.getByRole('combobox', { name: '选择事项' }).fill(search);
  await page.getByTestId(`item-option-${itemCode}`).click();
  await page.getByRole('button', { name: '开始办理' }).click();
  await expect.poll(() => page.getByTestId('case-state').innerText(), { timeout: 10_000 }).toBe('窗口核对中');
}

/** Ticks every material received and every accept condition of the case on the desk. */
async function tickEverything(page: Page, conditions: string[]) {
  await page.getByRole('button', { name: '全部收到' }).click();
  for (const text of conditions) await page.getByRole('checkbox', { name: text }).click();
  await expect
    .poll(() => page.getByTestId('shortfall').innerText(), { timeout: 10_000 })
    .toContain('要件齐全');
}

/** Moves the server's clock on and returns what the scheduled work did. */
async function advanceClock(admin: Page, by: { hours?: number; days?: number }) {
  return callApi<{ now: string; work: { deadlines: { overdue: number }; crossCheck: { flagged: number } } }>(
    admin,
    'POST',
    '/test-clock/advance',
    by,
  );
}

describe.skipIf(!run.available.ok)('deadlines and after-the-fact checks on a test clock', () => {
  it('a node passes its limit and appears overdue and escalated on the supervision board', async () => {
    const admin = await signInStaff(run.browser, run.server, 'admin');
    await publishItem(admin.page, inspectionItem());

    const clerk = await signInStaff(run.browser, run.server, 'clerk');
    const idNumber = makeIdNumber('440604', '1971-09-23', 517);
    await callApi(clerk.page, 'POST', '/persons', { idNumber, name: '黎永康' });
    await clerk.page.getByRole('menuitem', { name: '综合窗口' }).click();
    await openAtDesk(clerk.page, idNumber, '户外广告', INSPECTION_ITEM);
    const caseNo = await clerk.page.getByTestId('case-no').innerText();
    // The clerk scans the paper application form at the desk; the scan is kept with the material.
    const [chooser] = await Promise.all([
      clerk.page.waitForEvent('filechooser'),
      clerk.page.getByTestId('upload-application').click(),
    ]);
    await chooser.setFiles({
      name: '申请表扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('scan'),
    });
    await expect
      .poll(() => clerk.page.getByRole('link', { name: '申请表扫描件.pdf' }).count(), { timeout: 10_000 })
      .toBe(1);
    await shot(clerk.page, 'c0-desk-scanned-material');
    await tickEverything(clerk.page, ['广告设施位置符合规划']);
    await clerk.page.getByTestId('action-accept').click();
    await expect
      .poll(() => clerk.page.getByTestId('case-state').innerText(), { timeout: 10_000 })
      .toBe('审批中');
    const caseLink = await clerk.page.getByRole('link', { name: /查看办件/ }).getAttribute('href');
    const caseId = caseLink!.split('/').at(-1)!;

    // Past the node's due date (working days, so found from the case rather than guessed), by the API.
    const { case: accepted } = await callApi<{ case: { nodes: { state: string; dueAt: string }[] } }>(
      admin.page,
      'GET',
      `/cases/${caseId}`,
    );
    const dueAt = Date.parse(accepted.nodes.find((n) => n.state === 'active')!.dueAt);
    const { now } = await callApi<{ now: string }>(admin.page, 'GET', '/test-clock');
    const moved = await advanceClock(admin.page, {
      hours: Math.ceil((dueAt - Date.parse(now)) / 3_600_000) + 1,
    });
    expect(moved.work.deadlines.overdue).toBeGreaterThanOrEqual(1);

    // A second applicant's case the clerk started and has not finished: it waits at the window, not at a department.
    const waitingId = makeIdNumber('440604', '1983-04-12', 238);
    await callApi(clerk.page, 'POST', '/persons', { idNumber: waitingId, name: '冯晓岚' });
    const { case: waiting } = await callApi<{ case: { caseNo: string } }>(clerk.page, 'POST', '/cases', {
      itemCode: INSPECTION_ITEM,
      applicant: { kind: 'person', idNumber: waitingId },
    });

    const supervisor = await signInStaff(run.browser, run.server, 'supervisor');
    const { page } = supervisor;
    await page.getByRole('menuitem', { name: '在线监察' }).click();
    const windows = page.getByTestId('board-windows');
    await windows.getByRole('tab', { name: /窗口未办完的/ }).click();
    await expect
      .poll(() => windows.getByTestId('work-unfinished').innerText(), { timeout: 10_000 })
      .toContain(waiting.caseNo);
    const board = page.getByTestId('board-table');
    await expect.poll(() => board.innerText(), { timeout: 10_000 }).toContain(caseNo);
    await expect(page.getByTestId('board-dept-amr').innerText()).resolves.toMatch(/已超期\s*1/);
    const filter = page.getByTestId('board-filter');
    for (const list of ['已超期', '已督办']) {
      await filter.getByText(new RegExp(`^${list} \\d+$`)).click();
      const row = board.getByRole('row').filter({ hasText: caseNo });
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      const text = await row.innerText();
      expect(text).toContain('现场核查');
      expect(text).toContain('已超期');
      expect(text).toContain('已督办');
      // The countdown runs on the server's clock, which is past the due date, whatever the browser's clock says.
      expect(text).not.toContain('剩余');
      await expect(row.locator('.time-left').getAttribute('data-urgency')).resolves.toBe('overdue');
    }
    await shot(page, 'c1-supervision-overdue-escalated', board);

    for (const who of [admin, clerk, supervisor]) expect(who.problems).toEqual([]);
    await Promise.all([admin, clerk, supervisor].map((who) => who.page.context().close()));
  });

  it('a trust-first case whose cross-check fails raises a flag that the clerk sees next time', async () => {
    const clerk = await signInStaff(run.browser, run.server, 'clerk');
    const { page } = clerk;
    // A local resident (household registered in 禅城区) declares living away from their household registration.
    const idNumber = makeIdNumber('440604', '1990-03-12', 233);
    await callApi(page, 'POST', '/persons', { idNumber, name: '郑家豪' });

    await page.getByRole('menuitem', { name: '综合窗口' }).click();
    await openAtDesk(page, idNumber, '居住登记', RESIDENCE_REGISTRATION);
    await expect(page.getByTestId('verifications').innerText()).resolves.toContain('先信任后审批');
    await tickEverything(page, [
      '离开常住户口所在地，在本区居住的人员',
      '自到达居住地之日起三个工作日内申报；逾期仍予登记',
    ]);
    await page.getByTestId('action-complete_instant').click();
    await expect.poll(() => page.getByTestId('case-state').innerText(), { timeout: 10_000 }).toBe('已办结');
    const firstCaseNo = await page.getByTestId('case-no').innerText();
    const firstCaseLink = await page.getByRole('link', { name: /查看办件/ }).getAttribute('href');

    // A little later the cross-check asks the household registry, which knows better.
    const admin = await signInStaff(run.browser, run.server, 'admin');
    const moved = await advanceClock(admin.page, { hours: 1 });
    expect(moved.work.crossCheck.flagged).toBeGreaterThanOrEqual(1);

    // The same person at the window again: the clerk is warned before checking anything.
    await page.getByTestId('next-applicant').click();
    await openAtDesk(page, idNumber, '居住登记', RESIDENCE_REGISTRATION);
    const warning = page.getByTestId('applicant-flags');
    await warning.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await warning.innerText();
    expect(text).toContain('先信任后审批核查未通过');
    expect(text).toContain(firstCaseNo);
    expect(text).toContain('流动人口居住登记');
    await shot(page, 'd1-desk-flag-warning', warning);

    // The supervisor finds it among the follow-up flags of 在线监察, and opens the case from there.
    const supervisor = await signInStaff(run.browser, run.server, 'supervisor');
    await supervisor.page.getByRole('menuitem', { name: '在线监察' }).click();
    const flags = supervisor.page.getByTestId('flags-table');
    const flag = flags.getByRole('row').filter({ hasText: firstCaseNo });
    await expect.poll(() => flag.count(), { timeout: 10_000 }).toBe(1);
    const flagText = await flag.innerText();
    for (const part of ['郑家豪', '流动人口居住登记', '户籍在本区', '申报“否”，核查为“是”', '待处理'])
      expect(flagText).toContain(part);
    await shot(
      supervisor.page,
      'd2-supervisor-follow-up-flags',
      supervisor.page.getByTestId('follow-up-flags'),
    );
    await flag.getByRole('link', { name: firstCaseNo }).click();
    await supervisor.page.waitForURL(`${run.server.url}${firstCaseLink}`);

    // The first case carries the finding, for the clerk and for the supervisor.
    for (const who of [page, supervisor.page]) {
      await who.goto(`${run.server.url}${firstCaseLink}`);
      await expect
        .poll(() => who.getByTestId('case-timeline').innerText(), { timeout: 10_000 })
        .toContain('事后核查发现不符');
      await expect(who.getByText('核查发现问题', { exact: true }).count()).resolves.toBe(1);
    }
    await shot(supervisor.page, 'd3-supervisor-flagged-case');

    for (const who of [clerk, admin, supervisor]) expect(who.problems).toEqual([]);
    await Promise.all([clerk, admin, supervisor].map((who) => who.page.context().close()));
  });
});

/** A commitment item of market regulation with one node of two working days. */
function inspectionItem() {
  return {
    name: INSPECTION_NAME,
    basicCode: 'E2E000003',
    implementationCode: INSPECTION_ITEM,
    level: 'item',
    itemType: '01',
    serviceObjects: ['1'],
    departmentId: 'amr',
    legalBasis: ['《端到端测试办法》'],
    acceptConditions: [{ id: 'planning', text: '广告设施位置符合规划' }],
    materials: [
      {
        id: 'application',
        name: '户外广告设置申请表',
        originalOrCopy: 'original',
        form: 'paper',
        necessity: 'required',
        source: 'applicant',
        copies: 1,
      },
    ],
    verifications: [],
    stages: [
      {
        id: 'inspect',
        name: '审查',
        nodes: [
          {
            id: 'site',
            name: '现场核查',
            departmentId: 'amr',
            limitDays: 2,
            checklist: [{ id: 'safe', text: '设施结构安全' }],
          },
        ],
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    handlingType: 'commitment',
    fees: [],
    result: { name: '户外广告设置许可', type: 'licence' },
    deliveryMethods: ['pickup'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'district',
    trustFirst: false,
    keywords: [],
    source: 'e2e test fixture',
  };
}
