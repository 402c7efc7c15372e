import { makeIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { callApi, publishItem, signInStaff } from './journey-kit.ts';

/** 流动人口居住登记: a real instant item (即办件) of the demo catalogue, trust-first, three required materials. */
const RESIDENCE_REGISTRATION = '11440604YM0000024E4000105004000';
const run = journey();

describe.skipIf(!run.available.ok)('one-window journeys in a real browser', () => {
  it('a clerk completes an instant item for a walk-in resident in at most ten actions', async () => {
    const { page, problems } = await signInStaff(run.browser, run.server, 'clerk');
    // The walk-in resident is in the population register (registered here through the people API).
    const idNumber = makeIdNumber('440604', '1992-08-16', 321);
    await callApi(page, 'POST', '/persons', { idNumber, name: '陈晓敏' });

    await page.getByRole('menuitem', { name: '综合窗口' }).click();
    await page.waitForURL(/\/service\/window$/);
    const idInput = page.locator('[data-testid=id-number-input]');
    await expect.poll(() => idInput.evaluate((el) => el === document.activeElement)).toBe(true);

    // Every click, fill or key press of the clerk counts as one action.
    let actions = 0;
    const act = async (step: () => Promise<unknown>) => {
      actions += 1;
      await step();
    };

    await act(() => idInput.fill(idNumber));
    await act(() => idInput.press('Enter')); // on to the item search
    await act(() => page.keyboard.type('办暂住')); // a colloquial word, not the official name
    const first = page.locator('[role=option]').first();
    await expect.poll(() => first.getAttribute('data-testid')).toBe(`item-option-${RESIDENCE_REGISTRATION}`);
    await expect(first.innerText()).resolves.toContain('即办件');
    await act(() => page.keyboard.press('Enter')); // the first result; focus moves to 开始办理
    await expect(page.locator('[data-testid=picked-item]').innerText()).resolves.toContain(
      '流动人口居住登记',
    );
    await act(() => page.keyboard.press('Enter')); // opens the case

    await expect
      .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
      .toBe('窗口核对中');
    await expect(page.locator('[data-testid=case-no]').innerText()).resolves.toMatch(/^440604\d{8}W\d{5}$/);
    // The ID number has done its work: from now on the desk shows it masked.
    await expect(idInput.inputValue()).resolves.toBe(
      `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    );
    const complete = page.locator('[data-testid=action-complete_instant]');
    await expect(complete.isDisabled()).resolves.toBe(true); // nothing is ticked yet

    await act(() => page.click('[data-testid=all-received]'));
    await act(() => page.click('[data-testid=condition-away_from_household]'));
    await act(() => page.click('[data-testid=condition-declared_in_time]'));
    await expect
      .poll(() => page.locator('[data-testid=shortfall]').innerText(), { timeout: 10_000 })
      .toContain('要件齐全');
    await act(() => complete.click());

    await expect
      .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
      .toBe('已办结');
    expect(actions).toBeLessThanOrEqual(10);
    await page.screenshot({ path: 'test-results/one-window-completed.png' });

    const caseNo = await page.locator('[data-testid=case-no]').innerText();
    const caseLink = await page.locator('a[href^="/service/cases/"]').getAttribute('href');

    // 下一位: the desk is empty again, the cursor in the ID field for the next ID card.
    await page.click('[data-testid=next-applicant]');
    await expect(idInput.inputValue()).resolves.toBe('');
    await expect.poll(() => idInput.evaluate((el) => el === document.activeElement)).toBe(true);

    // The server agrees: completed on the first visit, with the ticks and the completion on the record.
    const caseId = caseLink!.split('/').at(-1)!;
    const { case: done } = await callApi<{
      case: { caseNo: string; state: string; visits: number; timeline: { action: string }[] };
    }>(page, 'GET', `/cases/${caseId}`);
    expect(done).toMatchObject({ caseNo, state: 'completed', visits: 1 });
    expect(done.timeline.map((e) => e.action).at(-1)).toBe('complete_instant');
    await page.goto(`${run.server.url}${caseLink}`);
    await expect
      .poll(() => page.locator('[data-testid=case-timeline]').innerText(), { timeout: 10_000 })
      .toContain('即办办结');
    await expect(page.locator('[data-testid=case-state]').innerText()).resolves.toBe('已办结');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('a department approver decides a node from the queue, and the supervisor sees the stage move on', async () => {
    const admin = await signInStaff(run.browser, run.server, 'admin');
    const code = 'E2E-440604-PARALLEL';
    await publishItem(admin.page, commitmentItem(code));
    await admin.page.close();

    // The clerk accepts a case of it (through the API: the desk itself is covered above).
    const clerk = await signInStaff(run.browser, run.server, 'clerk');
    const idNumber = makeIdNumber('440604', '1979-04-02', 457);
    await callApi(clerk.page, 'POST', '/persons', { idNumber, name: '梁志坚' });
    const opened = await callApi<{ case: { id: string; caseNo: string } }>(clerk.page, 'POST', '/cases', {
      itemCode: code,
      applicant: { kind: 'person', idNumber },
    });
    const caseId = opened.case.id;
    await callApi(clerk.page, 'PATCH', `/cases/${caseId}/checklist`, {
      materials: [{ id: 'application', status: 'received' }],
      conditions: [{ id: 'premises', met: true }],
    });
    await callApi(clerk.page, 'POST', `/cases/${caseId}/actions/accept`, {});
    await clerk.page.close();

    // The demo approver works for market regulation (amr): the first node is theirs.
    const { page, problems } = await signInStaff(run.browser, run.server, 'approver');
    await page.getByRole('menuitem', { name: '审批队列' }).click();
    const row = page.locator(`[data-testid=queue-row-${opened.case.caseNo}]`);
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(row.innerText()).resolves.toContain('剩余');
    await row.click();
    await page.waitForURL(new RegExp(`/service/cases/${caseId}$`));
    const approve = page.locator('[data-testid=action-node_approve]');
    await expect(approve.isDisabled()).resolves.toBe(true); // every checklist entry must be ticked first
    await page.click('[data-testid=node-check-complete]');
    await page.click('[data-testid=node-check-licence]');
    await approve.click();
    await expect
      .poll(() => page.locator('[data-testid=node-docs]').innerText(), { timeout: 10_000 })
      .toContain('已同意');
    await expect(page.locator('[data-testid=case-state]').innerText()).resolves.toBe('审批中');
    expect(problems).toEqual([]);
    await page.close();

    // 在线监察: the next stage's node is running, with its share of the time used.
    const supervisor = await signInStaff(run.browser, run.server, 'supervisor');
    await supervisor.page.getByRole('menuitem', { name: '在线监察' }).click();
    const board = supervisor.page.locator('[data-testid=board-table]');
    await expect.poll(() => board.innerText(), { timeout: 10_000 }).toContain(opened.case.caseNo);
    await expect(board.innerText()).resolves.toContain('作出许可决定');
    expect(supervisor.problems).toEqual([]);
    await supervisor.page.close();
  });
});

/** A commitment item whose first node belongs to market regulation (the demo approver's department). */
function commitmentItem(code: string) {
  return {
    name: '端到端测试许可',
    basicCode: 'E2E000001',
    implementationCode: code,
    level: 'item',
    itemType: '01',
    serviceObjects: ['1'],
    departmentId: 'amr',
    legalBasis: ['《端到端测试办法》'],
    acceptConditions: [{ id: 'premises', text: '有固定经营场所' }],
    materials: [
      {
        id: 'application',
        name: '许可申请书',
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
        id: 'review',
        name: '审查',
        nodes: [
          {
            id: 'docs',
            name: '申请材料审查',
            departmentId: 'amr',
            limitDays: 2,
            checklist: [
              { id: 'complete', text: '申请材料齐全' },
              { id: 'licence', text: '营业执照在有效期内' },
            ],
          },
        ],
      },
      {
        id: 'decide',
        name: '决定',
        nodes: [{ id: 'decision', name: '作出许可决定', departmentId: 'amr', limitDays: 1, checklist: [] }],
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    handlingType: 'commitment',
    fees: [],
    result: { name: '测试许可证', type: 'licence' },
    deliveryMethods: ['pickup'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'district',
    trustFirst: false,
    keywords: [],
    source: 'e2e test fixture',
  };
}
