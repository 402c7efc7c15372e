import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import {
  callApi,
  publishItem,
  type SignedIn,
  screenshots,
  signInCitizen,
  signInStaff,
  tinyPdf,
  tinyPng,
  waitForCaseState,
} from './journey-kit.ts';

const ITEM_CODE = 'E2E-440604-ONLINE-PARALLEL';
const ITEM_NAME = '小微餐饮经营许可（网办演练）';
/** The second department's approver, created for the journey (the demo has one approver, of market regulation). */
const HOUSING_APPROVER = { username: 'e2e.hcb', password: 'e2e-hcb-pass-2026' };
const CITIZEN_PHONE = '13800138000';

const run = journey({ YIMEN_LOGIN_RATE_LIMIT: '100' });
const shot = screenshots('online');

/** Chooses a file for one material's upload button, as the applicant does in the file dialog. */
async function upload(page: Page, materialId: string, name: string, mimeType: string, buffer: Buffer) {
  const row = page.getByTestId(`material-${materialId}`);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    row.getByTestId(`upload-${materialId}`).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
  await expect.poll(() => row.getByText(name).count(), { timeout: 10_000 }).toBe(1);
}

/** Chooses a file for one material on the application's upload step; it stays in the browser until submission. */
async function stage(page: Page, materialId: string, name: string, mimeType: string, buffer: Buffer) {
  const row = page.getByTestId(`staged-${materialId}`);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    row.getByTestId(`stage-upload-${materialId}`).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
  await expect.poll(() => row.getByText(name).count(), { timeout: 10_000 }).toBe(1);
}

/** A clerk opens a case from one tab of 窗口待办 (window work), as any window does. */
async function openFromWindowWork(who: SignedIn, tab: '网上预审' | '待办结盖章', caseNo: string) {
  const { page } = who;
  await page.getByRole('menuitem', { name: '窗口待办' }).click();
  await page.waitForURL(/\/service\/window-work$/);
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  const list = page.getByTestId(tab === '网上预审' ? 'work-prereview' : 'work-awaitingSeal');
  const row = list.getByTestId(`work-row-${caseNo}`);
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  await page.waitForURL(/\/service\/cases\/[^/]+$/);
}

/** A department approver opens the case from the queue, ticks the node's checklist and agrees. */
async function approveFromQueue(who: SignedIn, caseNo: string, nodeId: string, check: string) {
  const { page } = who;
  await page.getByRole('menuitem', { name: '审批队列' }).click();
  const row = page.getByTestId(`queue-row-${caseNo}`);
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  await page.waitForURL(/\/service\/cases\//);
  const panel = page.getByTestId(`decision-${nodeId}`);
  await panel.getByRole('checkbox', { name: check }).click();
  await panel.getByTestId('action-node_approve').click();
  await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(0);
}

describe.skipIf(!run.available.ok)('applying online in a real browser', () => {
  it('is filled in, uploaded (a wrong file removed, the right one previewed), reviewed and submitted once, pre-reviewed, sent back for one missing material, resubmitted, approved by two departments in parallel, sealed, and the result downloaded', async () => {
    const admin = await signInStaff(run.browser, run.server, 'admin');
    await publishItem(admin.page, parallelItem());
    await callApi(admin.page, 'POST', '/admin/staff', {
      ...HOUSING_APPROVER,
      displayName: '住建审批员',
      roles: ['department_approver'],
      departmentId: 'hcb',
      jurisdictionCode: '440604',
    });
    await admin.page.close();

    // 王小明 finds the item on the portal and applies with the ID number the demo outbox told him.
    const citizen = await signInCitizen(run.browser, run.server, CITIZEN_PHONE);
    const me = citizen.page;
    await me.getByRole('menuitem', { name: '我的办件' }).click();
    await me.getByRole('button', { name: '在线申办' }).first().click();
    await me.getByRole('combobox', { name: '选择事项' }).fill('餐饮经营许可');
    await me
      .getByRole('option', { name: new RegExp(ITEM_NAME.slice(0, 4)) })
      .first()
      .click();
    await expect.poll(() => me.getByTestId('apply-item-name').innerText()).toBe(ITEM_NAME);
    // 填写信息 → 上传材料 → 核对 → 提交, with back and next.
    const steps = me.getByTestId('apply-steps');
    await me.getByLabel('申请人身份证号').fill(citizen.idNumber);
    await shot(me, 'a1-apply-fill');
    await me.getByRole('button', { name: '下一步：上传材料' }).click();
    await expect.poll(() => steps.locator('.ant-steps-item-active').innerText()).toContain('上传材料');

    // A wrong file for the form is taken back before anything is sent; the right ones go in, and one is previewed.
    await stage(me, 'form', '拍错的照片.png', 'image/png', tinyPng());
    await me.getByTestId('staged-form').getByTestId('staged-remove').click();
    await expect.poll(() => me.getByTestId('staged-form').getByTestId('staged-file').count()).toBe(0);
    await stage(me, 'form', '申请表.pdf', 'application/pdf', tinyPdf('Application form'));
    await stage(me, 'id_card', '身份证正反面.png', 'image/png', tinyPng());
    await me.getByTestId('staged-id_card').getByTestId('staged-preview').click();
    const preview = me.getByTestId('preview-image');
    await preview.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await me.waitForTimeout(300); // the modal zooms in
    await shot(me, 'a2-apply-preview');
    await me.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached', timeout: 10_000 });
    await shot(me, 'a3-apply-upload');

    // Back to the first step and forward again keeps what was entered and chosen.
    await me.getByTestId('apply-back').click();
    await expect.poll(() => me.getByLabel('申请人身份证号').inputValue()).toBe(citizen.idNumber);
    await me.getByRole('button', { name: '下一步：上传材料' }).click();
    await expect.poll(() => me.getByTestId('staged-file').count()).toBe(2);
    await me.getByRole('button', { name: '下一步：核对' }).click();
    const review = me.getByTestId('apply-step-review');
    await expect.poll(() => review.innerText()).toContain(citizen.idNumber);
    const reviewed = await review.innerText();
    expect(reviewed).toContain(ITEM_NAME);
    expect(reviewed).toContain('申请表.pdf');
    expect(reviewed).toContain('身份证正反面.png');
    expect(reviewed).not.toContain('拍错的照片.png');
    await shot(me, 'a4-apply-review');
    // A double click submits once.
    await me.getByTestId('apply-submit').dblclick();
    await me.waitForURL(/\/my\/cases\/[^/]+$/);
    const caseId = me.url().split('/').at(-1)!;
    await waitForCaseState(me, '网上预审');
    const caseNo = await me.getByTestId('case-no').innerText();
    expect(caseNo).toMatch(/^440604\d{8}O\d{5}$/);
    const mine = await callApi<{ items: Array<{ itemName: string }> }>(me, 'GET', '/my/cases');
    expect(mine.items.filter((c) => c.itemName === ITEM_NAME)).toHaveLength(1);

    // The two files went in with the application; the result is to go out online.
    for (const [id, name] of [
      ['form', '申请表.pdf'],
      ['id_card', '身份证正反面.png'],
    ] as const) {
      await expect
        .poll(() => me.getByTestId(`material-${id}`).getByText(name).count(), { timeout: 10_000 })
        .toBe(1);
    }
    const delivery = me.getByTestId('delivery-card');
    await delivery.getByText('网上送达', { exact: true }).click();
    await delivery.getByRole('button', { name: '保存送达方式' }).click();
    await expect.poll(() => delivery.getByTestId('delivery-form').count(), { timeout: 10_000 }).toBe(0);
    await expect(delivery.innerText()).resolves.toContain('网上送达');
    await shot(me, 'b1-citizen-applied');

    // Pre-review: the clerk marks the missing material and asks for a correction (补正通知书).
    // The clerk finds the application where any window's clerk would: 窗口待办, under 网上预审.
    const clerk = await signInStaff(run.browser, run.server, 'clerk');
    await openFromWindowWork(clerk, '网上预审', caseNo);
    expect(clerk.page.url()).toBe(`${run.server.url}/service/cases/${caseId}`);
    await waitForCaseState(clerk.page, '网上预审');
    // Not accepted yet: the department stages start on acceptance.
    await expect(clerk.page.getByTestId('no-process').innerText()).resolves.toContain(
      '受理后进入部门审批环节',
    );
    const premises = clerk.page.getByTestId('material-premises');
    await premises.getByTestId('material-premises-missing').click();
    await expect.poll(() => premises.getAttribute('data-status'), { timeout: 10_000 }).toBe('missing');
    await clerk.page.getByRole('button', { name: '要求补正' }).click();
    const reason = '缺少经营场所证明（房产证或租赁合同），请上传后提交补正';
    await clerk.page.getByTestId('reasons-input').fill(reason);
    await shot(clerk.page, 'b2-clerk-requests-correction');
    await clerk.page.getByTestId('reasons-submit').click();
    await waitForCaseState(clerk.page, '待补正');

    // The applicant reads why, uploads the missing file and resubmits.
    await waitForCaseState(me, '待补正');
    const notice = me.getByTestId('correction-notice');
    await expect(notice.innerText()).resolves.toContain(reason);
    await expect
      .poll(() => me.getByTestId('documents-card').innerText(), { timeout: 10_000 })
      .toContain('补正通知书');
    await shot(me, 'b3-citizen-correction', notice);
    // A wrong file goes up first: the applicant looks at it (fetched with the session) and takes it back.
    await upload(me, 'premises', '拍错的合同.png', 'image/png', tinyPng());
    const premisesRow = me.getByTestId('material-premises');
    await premisesRow.getByTestId('file-preview').click();
    const uploadedPreview = me.getByTestId('preview-image');
    await uploadedPreview.waitFor({ state: 'visible', timeout: 10_000 });
    await expect
      .poll(() => uploadedPreview.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await me.keyboard.press('Escape');
    await uploadedPreview.waitFor({ state: 'detached', timeout: 10_000 });
    await premisesRow.getByTestId('file-remove').click();
    await me
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await expect.poll(() => premisesRow.getByText('拍错的合同.png').count(), { timeout: 10_000 }).toBe(0);
    await upload(me, 'premises', '租赁合同.pdf', 'application/pdf', tinyPdf('Lease contract'));
    await notice.getByRole('button', { name: '提交补正' }).click();
    await waitForCaseState(me, '网上预审');

    // The clerk finds the file in, confirms the condition and accepts.
    await waitForCaseState(clerk.page, '网上预审');
    await premises.getByTestId('material-premises-received').click();
    await expect.poll(() => premises.getAttribute('data-status'), { timeout: 10_000 }).toBe('received');
    const condition = clerk.page.getByRole('checkbox', { name: '有固定经营场所' });
    await condition.click();
    await expect.poll(() => condition.isChecked(), { timeout: 10_000 }).toBe(true);
    await clerk.page.getByRole('button', { name: '预审通过并受理' }).click();
    await waitForCaseState(clerk.page, '审批中');

    // The applicant is told of the acceptance once, in 我的消息 (the bell in the header).
    await waitForCaseState(me, '审批中');
    await me.getByTestId('messages-bell').click();
    const inbox = me.getByTestId('messages-drawer');
    await inbox.waitFor({ state: 'visible', timeout: 10_000 });
    const acceptedText = `您申请的「${ITEM_NAME}」（办件编号 ${caseNo}）已受理`;
    await expect
      .poll(async () => (await inbox.getByTestId('message-item').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toContain(acceptedText);
    const told = await inbox.getByTestId('message-item').allInnerTexts();
    expect(told.filter((m) => m.includes(acceptedText))).toHaveLength(1);
    expect(told.filter((m) => m.includes(caseNo) && m.includes('需要补正'))).toHaveLength(1);
    await me.waitForTimeout(400); // the drawer slides in
    await shot(me, 'b5-citizen-messages');
    await me.keyboard.press('Escape');

    // Two departments decide their nodes of the one stage, each from their own queue.
    const market = await signInStaff(run.browser, run.server, 'approver');
    await approveFromQueue(market, caseNo, 'market', '经营范围符合规定');
    await waitForCaseState(market.page, '审批中'); // the housing node is still running
    const housing = await signInStaff(
      run.browser,
      run.server,
      HOUSING_APPROVER.username,
      HOUSING_APPROVER.password,
    );
    await approveFromQueue(housing, caseNo, 'housing', '场所房屋安全');
    await waitForCaseState(housing.page, '待办结盖章');
    await shot(housing.page, 'b4-both-departments-agreed');

    // The window seals (办结): the clerk finds the case again in 窗口待办, under 待办结盖章.
    await openFromWindowWork(clerk, '待办结盖章', caseNo);
    await waitForCaseState(clerk.page, '待办结盖章');
    await clerk.page.getByRole('button', { name: '办结盖章' }).click();
    await waitForCaseState(clerk.page, '已办结');
    await expect(clerk.page.getByTestId('case-timeline').innerText()).resolves.toMatch(
      /要求补正[\s\S]*补正后重新提交[\s\S]*预审通过[\s\S]*办结盖章/,
    );

    // The applicant downloads the result from their case page.
    await waitForCaseState(me, '已办结');
    const result = me.getByTestId('document-certificate');
    await result.waitFor({ state: 'visible', timeout: 10_000 });
    // The link opens the PDF in a new tab (the browser's viewer); the same address, with the same session, gives
    // the file's bytes.
    const link = result.getByRole('link', { name: /下载 PDF/ });
    const [viewer] = await Promise.all([me.waitForEvent('popup'), link.click()]);
    const href = new URL((await link.getAttribute('href'))!, run.server.url).href;
    const file = await me.context().request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(viewer.url()).toBe(href);
    await viewer.close();
    await shot(me, 'b6-citizen-completed', result);

    for (const who of [citizen, clerk, market, housing]) expect(who.problems).toEqual([]);
    await Promise.all([citizen, clerk, market, housing].map((who) => who.page.context().close()));
  });
});

/** A commitment item applied for online: three required materials, and one stage of two departments in parallel. */
function parallelItem() {
  const material = (id: string, name: string) => ({
    id,
    name,
    originalOrCopy: 'original',
    form: 'electronic',
    necessity: 'required',
    source: 'applicant',
    copies: 1,
  });
  return {
    name: ITEM_NAME,
    basicCode: 'E2E000002',
    implementationCode: ITEM_CODE,
    level: 'item',
    itemType: '01',
    serviceObjects: ['1'],
    departmentId: 'amr',
    legalBasis: ['《端到端测试办法》'],
    acceptConditions: [{ id: 'premises_fixed', text: '有固定经营场所' }],
    materials: [
      material('form', '经营许可申请表'),
      material('id_card', '申请人身份证'),
      material('premises', '经营场所证明'),
    ],
    verifications: [],
    stages: [
      {
        id: 'review',
        name: '部门并联审查',
        nodes: [
          {
            id: 'market',
            name: '市场监管审查',
            departmentId: 'amr',
            limitDays: 3,
            checklist: [{ id: 'scope', text: '经营范围符合规定' }],
          },
          {
            id: 'housing',
            name: '住建场所审查',
            departmentId: 'hcb',
            limitDays: 3,
            checklist: [{ id: 'building', text: '场所房屋安全' }],
          },
        ],
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    handlingType: 'commitment',
    fees: [],
    result: { name: '小微餐饮经营许可证', type: 'certificate' },
    deliveryMethods: ['pickup', 'online'],
    onlineDepth: 4,
    visitsRequired: 0,
    scope: 'district',
    trustFirst: false,
    keywords: ['开饭店'],
    source: 'e2e test fixture',
  };
}
