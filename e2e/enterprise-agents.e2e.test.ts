import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { callApi, publishItem, screenshots, signInCitizen, signInStaff } from './journey-kit.ts';

const ITEM_CODE = 'E2E-440604-AGENT-ITEM';
const ITEM_NAME = '企业名称变更登记（授权演练）';
const REPRESENTATIVE_PHONE = '13800138000'; // 王小明, legal representative of the demo enterprise
const AGENT_PHONE = '13900139000'; // 刘芳
const ENTERPRISE = '佛山市禅城区一门演示贸易有限公司';

const run = journey({ YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('enterprise-agents');

interface Authorization {
  id: string;
  status: string;
}

describe.skipIf(!run.available.ok)('an enterprise authorizing an agent in a real browser', () => {
  it('the legal representative grants the agent one item, the agent applies, and after the revocation is refused', async () => {
    const admin = await signInStaff(run.browser, run.server, 'admin');
    await publishItem(admin.page, enterpriseItem());
    await admin.page.context().close();

    // 王小明 opens 企业授权管理: the business register confirms him as the demo enterprise's legal representative.
    const rep = await signInCitizen(run.browser, run.server, REPRESENTATIVE_PHONE);
    const page = rep.page;
    await page.getByRole('menuitem', { name: '企业授权管理' }).click();
    await page.waitForURL(/\/my\/enterprise-agents$/);
    const table = page.getByTestId('agents-table');
    await expect.poll(() => table.innerText(), { timeout: 10_000 }).toContain('139****9000');
    // The demo seeds 刘芳 for all items; he narrows her to one item: revoke, then grant that item.
    const { items } = await callApi<{ items: Array<{ creditCode: string }> }>(
      page,
      'GET',
      '/enterprise-agents/represented',
    );
    const creditCode = items[0]!.creditCode;
    await page.getByTestId('agents-revoke').first().click();
    await page.locator('#agents-revoke-confirm').click();
    await expect.poll(() => table.getByText('已撤销').count(), { timeout: 10_000 }).toBe(1);

    await page.getByTestId('agents-phone').fill(AGENT_PHONE);
    await page.getByText('指定事项', { exact: true }).click();
    const itemsInput = page.getByTestId('agents-items').locator('input');
    await itemsInput.fill(ITEM_CODE);
    await itemsInput.press('Enter');
    await page.getByTestId('agents-grant').click();
    await expect.poll(() => table.getByText(ITEM_CODE).count(), { timeout: 10_000 }).toBe(1);
    await shot(page, 'a1-granted');

    // 刘芳 applies: she picks the enterprise among those that authorize her for this item.
    const agent = await signInCitizen(run.browser, run.server, AGENT_PHONE);
    const her = agent.page;
    await her.goto(`${run.server.url}/my/apply/${ITEM_CODE}`);
    await her.getByTestId('apply-enterprise').click();
    await her.locator('.ant-select-item-option', { hasText: ENTERPRISE }).click();
    await shot(her, 'a2-agent-picks');
    await toReview(her);
    await her.getByRole('button', { name: '提交申请' }).click();
    await her.waitForURL(/\/my\/cases\/[^/]+$/);

    // She starts a second application; meanwhile 王小明 revokes her.
    await her.goto(`${run.server.url}/my/apply/${ITEM_CODE}`);
    await her.getByTestId('apply-enterprise').click();
    await her.locator('.ant-select-item-option', { hasText: ENTERPRISE }).click();
    const list = await callApi<{ items: Authorization[] }>(
      page,
      'GET',
      `/enterprise-agents/represented/${creditCode}/authorizations`,
    );
    expect(list.items.filter((a) => a.status === 'active')).toHaveLength(1);
    await page.getByTestId('agents-revoke').first().click();
    await page.locator('#agents-revoke-confirm').click();
    await expect.poll(() => table.getByText('已撤销').count(), { timeout: 10_000 }).toBe(2);

    await toReview(her);
    const roleTags = () => her.locator('header .ant-tag').allInnerTexts();
    await expect(roleTags()).resolves.toContain('企业经办人');
    await her.getByRole('button', { name: '提交申请' }).click();
    const refusal = her.getByTestId('apply-error');
    await refusal.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(refusal.innerText()).resolves.toContain('您尚未获得该企业授权');
    await expect(refusal.innerText()).resolves.toContain('企业授权管理');
    await shot(her, 'a3-agent-refused');
    // The refusal makes her screen read her rights again: the header no longer calls her an agent.
    await expect.poll(roleTags, { timeout: 10_000 }).not.toContain('企业经办人');

    for (const who of [rep, agent]) expect(who.problems).toEqual([]);
    await Promise.all([rep, agent].map((who) => who.page.context().close()));
  });
});

/** From the filled-in first step of the application, past the (empty) upload step to the review. */
async function toReview(page: Page) {
  await page.getByRole('button', { name: '下一步：上传材料' }).click();
  await page.getByRole('button', { name: '下一步：核对' }).click();
  await page.getByTestId('apply-step-review').waitFor({ state: 'visible', timeout: 10_000 });
}

/** An instant item for enterprises, applied for online. */
function enterpriseItem() {
  return {
    name: ITEM_NAME,
    basicCode: 'E2EAGENT01',
    implementationCode: ITEM_CODE,
    level: 'item',
    itemType: '07',
    serviceObjects: ['2'],
    departmentId: 'amr',
    legalBasis: ['《市场主体登记管理条例》'],
    acceptConditions: [{ id: 'registered', text: '企业已在本区登记' }],
    materials: [
      {
        id: 'form',
        name: '变更登记申请书',
        originalOrCopy: 'original',
        form: 'electronic',
        necessity: 'required',
        source: 'applicant',
        copies: 1,
      },
    ],
    verifications: [],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '变更登记通知书', type: 'certificate' },
    deliveryMethods: ['pickup', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: false,
    keywords: [],
    source: 'e2e test fixture',
  };
}
