import { makeIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { buildItem, COMPLETE_CHECKLIST } from '../server/test/factories.ts';
import { journey } from './harness.ts';
import { callApi, publishItem, screenshots, signInStaff } from './journey-kit.ts';

const run = journey({ YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('rectification');

describe.skipIf(!run.available.ok)('差评整改', () => {
  it('a 非常不满意 rating reaches the supervisor’s board; a return visit with the applicant satisfied closes it', async () => {
    const admin = await signInStaff(run.browser, run.server, 'admin');
    const item = buildItem({ name: '临时救助申请（整改演练）', departmentId: 'cab' });
    await publishItem(admin.page, item);

    // The case is done and rated at the window's rating pad, through the API as the pad does.
    const clerk = await signInStaff(run.browser, run.server, 'clerk');
    const idNumber = makeIdNumber('440604', '1966-05-12', 733);
    await callApi(clerk.page, 'POST', '/persons', { idNumber, name: '郭美玲' });
    const { case: opened } = await callApi<{ case: { id: string; caseNo: string } }>(
      clerk.page,
      'POST',
      '/cases',
      {
        itemCode: item.implementationCode,
        applicant: { kind: 'person', idNumber },
      },
    );
    await callApi(clerk.page, 'PATCH', `/cases/${opened.id}/checklist`, COMPLETE_CHECKLIST);
    await callApi(clerk.page, 'POST', `/cases/${opened.id}/actions/complete_instant`, {});
    await callApi(clerk.page, 'POST', `/cases/${opened.id}/rating`, {
      level: 1,
      indicators: ['efficiency', 'attitude'],
      comment: '排队一个多小时，窗口说话不耐烦',
    });

    // The market regulator's approver works on its own department's bad ratings only: not this one.
    const market = await signInStaff(run.browser, run.server, 'approver');
    await market.page.getByRole('menuitem', { name: '差评整改' }).click();
    await expect.poll(() => market.page.getByText('暂无差评整改').count(), { timeout: 10_000 }).toBe(1);
    expect(await market.page.getByTestId('rect-department').count()).toBe(0);

    const { page, problems } = await signInStaff(run.browser, run.server, 'supervisor');
    await page.getByRole('menuitem', { name: '在线监察' }).click();
    const card = page.getByTestId('board-rectifications');
    const onBoard = card.getByTestId(`board-rect-${opened.caseNo}`);
    await expect.poll(() => onBoard.count(), { timeout: 10_000 }).toBe(1);
    expect(await onBoard.innerText()).toContain('非常不满意');
    expect(await onBoard.innerText()).toContain('剩余 15 个工作日');
    await shot(page, 'r1-board-card', card);

    await card.getByTestId('board-rect-all').click();
    await page.waitForURL(/\/service\/rectifications$/);
    const row = page.getByTestId(`rect-row-${opened.caseNo}`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.innerText()).toContain('禅城区民政局');
    expect(await row.innerText()).toContain('排队一个多小时');
    await shot(page, 'r2-list');

    await page.getByTestId(`rect-open-${opened.caseNo}`).click();
    const drawer = page.getByTestId('rect-drawer');
    await expect.poll(() => drawer.getByText('办事效率').count(), { timeout: 10_000 }).toBe(1);
    expect(await drawer.getByTestId('rect-case-link').getAttribute('href')).toBe(
      `/service/cases/${opened.id}`,
    );

    // The first call: the applicant is not satisfied yet, so the rectification stays open.
    await drawer.getByLabel('整改措施').fill('增开一个民政窗口，窗口人员参加服务规范培训');
    await drawer.getByTestId('rect-not-satisfied').click();
    await drawer.getByLabel('回访情况').fill('电话回访，群众表示还要再看看');
    await drawer.getByTestId('rect-submit').click();
    await expect.poll(() => drawer.getByText('群众仍不满意').count(), { timeout: 10_000 }).toBe(1);
    expect(await drawer.getByTestId('rect-form').count()).toBe(1);
    // The form is ready for the next call: the measures so far kept, the notes of this one cleared.
    expect(await drawer.getByLabel('整改措施').inputValue()).toContain('增开一个民政窗口');
    expect(await drawer.getByLabel('回访情况').inputValue()).toBe('');
    await shot(page, 'r3-first-visit', drawer.getByTestId('rect-visits'));

    // The second call finds the applicant satisfied: closed.
    await drawer.getByTestId('rect-satisfied').click();
    await drawer.getByLabel('回访情况').fill('再次回访，群众对整改表示满意');
    await drawer.getByTestId('rect-submit').click();
    await expect.poll(() => drawer.getByText('群众满意').count(), { timeout: 10_000 }).toBe(1);
    expect(await drawer.getByTestId('rect-form').count()).toBe(0);
    expect(await drawer.innerText()).toContain('监察员 何丽');
    expect(await drawer.innerText()).toContain('已办结');
    await shot(page, 'r4-closed');

    await page.keyboard.press('Escape');
    await page
      .getByTestId('rect-filter')
      .getByText(/已办结/)
      .click();
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('已办结');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('Closed');
    await shot(page, 'r5-list-en');
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByRole('menuitem', { name: '在线监察' }).click();
    await expect.poll(() => onBoard.count(), { timeout: 10_000 }).toBe(0);
    expect(problems).toEqual([]);
  });
});
