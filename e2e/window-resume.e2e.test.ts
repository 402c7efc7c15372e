import { makeIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { journey } from './harness.ts';
import { callApi, signInStaff } from './journey-kit.ts';

/** 流动人口居住登记: an instant item (即办件) of the demo catalogue with conditions and three required materials. */
const RESIDENCE_REGISTRATION = '11440604YM0000024E4000105004000';
const run = journey();

describe.skipIf(!run.available.ok)(
  'the window desk: a case left there is resumed from 窗口待办, and the item search',
  () => {
    it('reopened and reloaded, its checklist stays editable and 办结出证 is enabled exactly when it can succeed', async () => {
      const { page, problems } = await signInStaff(run.browser, run.server, 'clerk');
      const idNumber = makeIdNumber('440604', '1990-03-12', 517);
      await callApi(page, 'POST', '/persons', { idNumber, name: '黄志强' });

      // The clerk opens the case at the desk, ticks nothing and is called away.
      await page.getByRole('menuitem', { name: '综合窗口' }).click();
      await page.waitForURL(/\/service\/window$/);
      await page.locator('[data-testid=id-number-input]').fill(idNumber);
      await page.locator('[data-testid=id-number-input]').press('Enter');
      await page.keyboard.type('流动人口居住登记');
      await page.locator(`[data-testid=item-option-${RESIDENCE_REGISTRATION}]`).click();
      await page.click('[data-testid=open-case]');
      await expect
        .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
        .toBe('窗口核对中');
      const caseNo = await page.locator('[data-testid=case-no]').innerText();

      // Later: 窗口待办 → 我未办完的 → the case.
      await page.getByRole('menuitem', { name: '窗口待办' }).click();
      await page.getByRole('tab', { name: /我未办完的/ }).click();
      await page.click(`[data-testid=work-row-${caseNo}]`);
      // It opens on the desk, where the clerk left it.
      await page.waitForURL(/\/service\/window\?case=/);
      const caseId = new URL(page.url()).searchParams.get('case')!;
      await expect
        .poll(() => page.locator('[data-testid=case-no]').innerText(), { timeout: 10_000 })
        .toBe(caseNo);
      await expect(page.locator('[data-testid=resumed-applicant]').innerText()).resolves.toContain('黄志强');
      const complete = page.locator('[data-testid=action-complete_instant]');
      await expect.poll(() => complete.count(), { timeout: 10_000 }).toBe(1);
      // Nothing is ticked: the button that would fail is disabled and the page says what is missing.
      await expect(complete.isDisabled()).resolves.toBe(true);
      await expect(page.locator('[data-testid=shortfall]').innerText()).resolves.toContain('尚缺 3 项材料');

      const { case: opened } = await callApi<{ case: { checklist: { materials: { id: string }[] } } }>(
        page,
        'GET',
        `/cases/${caseId}`,
      );
      // The checklist is editable: the clerk ticks the materials here.
      for (const m of opened.checklist.materials) {
        await page.click(`[data-testid=material-${m.id}-received]`);
        await expect
          .poll(() => page.locator(`[data-testid=material-${m.id}-received]`).getAttribute('aria-pressed'))
          .toBe('true');
      }
      await expect
        .poll(() => page.locator('[data-testid=shortfall]').innerText(), { timeout: 10_000 })
        .toContain('尚缺 0 项材料');
      await expect(complete.isDisabled()).resolves.toBe(true);

      // After a reload the ticks are there and the conditions can still be confirmed.
      await page.reload();
      const first = opened.checklist.materials[0]!;
      await expect
        .poll(
          () => page.locator(`[data-testid=material-${first.id}-received]`).getAttribute('aria-pressed'),
          {
            timeout: 10_000,
          },
        )
        .toBe('true');
      await page.click('[data-testid=condition-away_from_household]');
      await page.click('[data-testid=condition-declared_in_time]');
      await expect
        .poll(() => page.locator('[data-testid=shortfall]').innerText(), { timeout: 10_000 })
        .toContain('要件齐全');
      await expect.poll(() => complete.isDisabled()).toBe(false);
      await page.screenshot({ path: '/tmp/window-resume-ready.png' });
      await complete.click();
      await expect
        .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
        .toBe('已办结');
      const { case: done } = await callApi<{ case: { state: string } }>(page, 'GET', `/cases/${caseId}`);
      expect(done.state).toBe('completed');
      expect(problems).toEqual([]);
    });

    it('on the desk, Enter takes the best match: 个体户变更 opens 个体工商户变更登记, not 设立登记', async () => {
      const { page, problems } = await signInStaff(run.browser, run.server, 'clerk');
      const idNumber = makeIdNumber('440604', '1985-11-02', 731);
      await callApi(page, 'POST', '/persons', { idNumber, name: '陈永康' });
      await page.getByRole('menuitem', { name: '综合窗口' }).click();
      await page.waitForURL(/\/service\/window$/);
      await page.locator('[data-testid=id-number-input]').fill(idNumber);
      await page.locator('[data-testid=id-number-input]').press('Enter');
      await page.keyboard.type('个体户变更');
      await page.keyboard.press('Enter');
      const picked = page.locator('[data-testid=picked-item]');
      await expect.poll(() => picked.count(), { timeout: 10_000 }).toBe(1);
      const name = await picked.locator('.picked-item-name strong').innerText();
      expect(name).toContain('变更');
      expect(name).not.toContain('设立');
      // Enter again opens the case, and the address now names it.
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
        .toBe('窗口核对中');
      await expect.poll(() => new URL(page.url()).searchParams.get('case')).toMatch(/^[0-9a-f-]{36}$/);
      expect(problems).toEqual([]);
    });

    it('全部收到 asks once which situation applies, then receives those materials and waives the others', async () => {
      const { page, problems } = await signInStaff(run.browser, run.server, 'clerk');
      const idNumber = makeIdNumber('440604', '1993-07-21', 263);
      await callApi(page, 'POST', '/persons', { idNumber, name: '梁淑仪' });
      await page.getByRole('menuitem', { name: '综合窗口' }).click();
      await page.waitForURL(/\/service\/window$/);
      await page.locator('[data-testid=id-number-input]').fill(idNumber);
      await page.locator('[data-testid=id-number-input]').press('Enter');
      await page.keyboard.type('出生登记');
      await page.locator('[role=option]', { hasText: '出生登记' }).first().click();
      await page.click('[data-testid=open-case]');
      await expect
        .poll(() => page.locator('[data-testid=case-state]').innerText(), { timeout: 10_000 })
        .toBe('窗口核对中');

      // 公安户籍 answers that the household is in 禅城: the 户口簿 is not needed, and the row says why.
      await expect
        .poll(() => page.locator('[data-testid=material-household_register]').getAttribute('data-status'), {
          timeout: 10_000,
        })
        .toBe('waived');
      await expect(
        page.locator('[data-testid=material-household_register-reason]').innerText(),
      ).resolves.toContain('跳转核验已证明');
      await page.click('[data-testid=all-received]');
      // The parents are married: the marriage certificate applies, the paternity proof does not.
      await page.click('[data-testid=situation-marriage_certificate]');
      await page.screenshot({ path: '/tmp/window-situations.png' });
      await page.click('[data-testid=situation-ok]');
      await expect
        .poll(() => page.locator('[data-testid=material-marriage_certificate]').getAttribute('data-status'), {
          timeout: 10_000,
        })
        .toBe('received');
      await expect
        .poll(() => page.locator('[data-testid=material-paternity_proof]').getAttribute('data-status'))
        .toBe('waived');
      await expect(
        page.locator('[data-testid=material-paternity_proof-reason]').innerText(),
      ).resolves.toContain('不适用：父母未登记结婚且随父落户的');
      await expect
        .poll(() => page.locator('[data-testid=shortfall]').innerText(), { timeout: 10_000 })
        .toContain('尚缺 0 项材料');
      expect(problems).toEqual([]);
    });
  },
);
