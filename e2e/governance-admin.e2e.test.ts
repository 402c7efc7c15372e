import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/child-process.ts';
import { journey } from './harness.ts';
import {
  callApi,
  chooseUntilShown,
  markDocument,
  type SignedIn,
  sameDocument,
  screenshots,
  signInStaff,
} from './journey-kit.ts';

const WAIT = { timeout: 10_000 };
/** The new minor class: shared power banks left lying about the street, under 06 市容环境. */
const MAJOR = '06';
const NAME = '共享充电宝乱放';
const NAME_EN = 'Shared power banks left about';
const KEYWORDS = ['充电宝', '共享充电宝'];
/** The unit the new line sends it to; without the line the 06 line of the list gives it to 城管. */
const UNIT_ID = 'amr';
const UNIT = '禅城区市场监督管理局';
const NOTE = '共享充电宝乱放由市场监管部门督促运营企业清理';

const run = journey();
const shot = screenshots('governance-admin', { dir: join(ROOT, 'test-results', 'governance-admin') });

interface Minor {
  code: string;
  name: string;
  nameEn: string;
  majorCode: string;
  keywords: string[];
  limits: Record<string, { amount: number; unit: string }>;
}
interface Rule {
  id: string;
  position: number;
  classPattern: string;
  areaCode: string | null;
  unitId: string;
  note: string;
}

const minorsOf = async (page: Page) =>
  (await callApi<{ minors: Minor[] }>(page, 'GET', '/gov/taxonomy')).minors;
const rulesOf = async (page: Page) =>
  (await callApi<{ rules: Rule[] }>(page, 'GET', '/gov/routing-rules')).rules;

/** An antd input by its test id, whether the id sits on the input itself or on its wrapper. */
const inputOf = (scope: Page | Locator, testId: string) =>
  scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** The dropdown of a select or tree select open now (antd renders it in a portal at the end of the body). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:visible');

/** Before another try: closes a dropdown left open by the last one. */
const closeDropdown = (page: Page) => () => page.keyboard.press('Escape');

/** The entries of an open dropdown: a select's options, or a tree select's nodes (a line's class). */
const ENTRY = { option: '.ant-select-item-option', node: '.ant-select-tree-node-content-wrapper' } as const;

/** Chooses an entry of a select or tree select by typing into its search, as staff find a class or a unit. */
async function choose(
  page: Page,
  select: Locator,
  typed: string,
  shown: string,
  entry: keyof typeof ENTRY = 'option',
) {
  await chooseUntilShown(
    select,
    shown,
    async () => {
      await select.click();
      await page.keyboard.type(typed);
      await openDropdown(page).locator(ENTRY[entry], { hasText: shown }).first().click();
    },
    closeDropdown(page),
  );
}

/** Goes to another screen of the app by its menu entry, inside the single-page app. */
async function viaMenu(page: Page, entry: string, path: string) {
  await page.getByRole('menuitem', { name: entry }).click();
  await page.waitForURL(`${run.server.url}${path}`);
}

/** The centre of the first grid of 祖庙街道: a place inside the district. */
async function placeInDistrict(page: Page): Promise<{ lng: number; lat: number }> {
  const { items } = await callApi<{ items: { code: string }[] }>(
    page,
    'GET',
    '/geo/areas?parent=440604012&level=grid',
  );
  const area = await callApi<{ centerLng: number; centerLat: number }>(
    page,
    'GET',
    `/geo/areas/${items[0]!.code}`,
  );
  return { lng: area.centerLng, lat: area.centerLat };
}

/** What the class picker lists for a search, once the list has settled. */
async function listedFor(page: Page, picker: Locator, typed: string): Promise<string[]> {
  await picker.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(typed);
  const dropdown = openDropdown(page);
  await dropdown.waitFor(WAIT);
  await expect
    .poll(
      async () => (await dropdown.locator('.ant-select-item-option, .ant-select-item-empty').count()) > 0,
      WAIT,
    )
    .toBe(true);
  return dropdown.locator('.ant-select-item-option').allInnerTexts();
}

async function finish(people: SignedIn[]) {
  for (const who of people) expect(who.problems).toEqual([]);
  await Promise.all(people.map((who) => who.page.context().close()));
}

describe.skipIf(!run.available.ok)(
  'city-governance administration (事件分类, 责任清单) in a real browser',
  () => {
    it('the administrator adds a class and a line of the responsibility list; pickers offer it and events follow the line', async () => {
      const [admin, operator] = await Promise.all([
        signInStaff(run.browser, run.server, 'admin'),
        signInStaff(run.browser, run.server, 'operator'),
      ]);
      const ad = admin.page;
      const op = operator.page;

      // The codes taken under 06 市容环境; the new class takes the next one.
      const before = await minorsOf(ad);
      const taken = before.filter((m) => m.majorCode === MAJOR).map((m) => Number(m.code.slice(2)));
      const code = `${MAJOR}${String(Math.max(...taken) + 1).padStart(3, '0')}`;
      expect(before.some((m) => m.name === NAME)).toBe(false);
      const title = `${code} ${NAME}`;

      // The operator has the hotline open from before the edit: its class picker knows no power banks yet.
      await op.goto(`${run.server.url}/gov/hotline`);
      const hotlineClass = op.getByTestId('hotline-class');
      await hotlineClass.waitFor(WAIT);
      const listedNow = async (typed: string) => {
        const listed = await listedFor(op, hotlineClass, typed);
        await op.keyboard.press('Escape');
        return listed;
      };
      // Once the taxonomy has come (a class it has is listed), nothing matches power banks.
      await expect.poll(() => listedNow('道路破损'), WAIT).toEqual(['06013 道路破损']);
      await op.getByTestId('hotline-name').click();
      expect(await listedFor(op, hotlineClass, '充电宝')).toEqual([]);
      await shot(op, '1-hotline-before-no-class');
      await op.keyboard.press('Escape');
      await markDocument(op);

      // 事件分类: the administrator opens 06 市容环境 and adds a minor class.
      await ad.goto(`${run.server.url}/gov`);
      await viaMenu(ad, '事件分类', '/gov/admin/taxonomy');
      await ad.getByTestId(`tax-major-${MAJOR}`).click();
      const minors = ad.getByTestId('tax-minors');
      await ad.getByTestId(`tax-minor-${MAJOR}013`).waitFor(WAIT);
      await expect(ad.locator('.tax-card').nth(1).innerText()).resolves.toContain('06 市容环境');
      await ad.getByTestId('tax-add-minor').click();
      const editor = ad.getByTestId('tax-editor');
      await editor.waitFor(WAIT);
      await expect(editor.innerText()).resolves.toContain('在 06 市容环境 下新增小类');
      // The code offered is the next free one; a code in use is refused before anything is sent.
      const codeInput = inputOf(ad, 'tax-code');
      await expect.poll(() => codeInput.inputValue(), WAIT).toBe(code);
      await codeInput.fill(`${MAJOR}013`);
      await inputOf(ad, 'tax-name').fill(NAME);
      await inputOf(ad, 'tax-name-en').fill(NAME_EN);
      const keywords = ad.getByTestId('tax-keywords');
      await keywords.click();
      for (const word of KEYWORDS) {
        await ad.keyboard.type(word);
        await ad.keyboard.press('Enter');
      }
      await expect
        .poll(() => keywords.locator('.ant-select-selection-item').allInnerTexts(), WAIT)
        .toEqual(KEYWORDS);
      // Disposal in two working days rather than the one offered.
      const dispose = inputOf(ad, 'tax-limit-dispose-amount');
      expect(Number(await dispose.inputValue())).toBe(1);
      await dispose.fill('2');
      await ad.getByTestId('tax-apply').click();
      await expect
        .poll(() => editor.locator('.ant-form-item-explain-error').allInnerTexts(), WAIT)
        .toEqual([`代码 ${MAJOR}013 已被使用`]);
      await codeInput.fill(code);
      await expect.poll(() => editor.locator('.ant-form-item-explain-error').count(), WAIT).toBe(0);
      await shot(ad, '2-new-minor-editor');
      await ad.getByTestId('tax-apply').click();
      await expect.poll(() => editor.isVisible(), WAIT).toBe(false);

      // Applied to the draft: listed under 06 as new, the page tells of unsaved changes; saved, it is in force.
      const row = ad.getByTestId(`tax-minor-${code}`);
      await row.waitFor(WAIT);
      const rowText = await row.innerText();
      expect(rowText).toContain('新增');
      expect(rowText).toContain(NAME);
      expect(rowText).toContain(NAME_EN);
      expect(rowText).toContain('充电宝、共享充电宝');
      expect(rowText).toMatch(/处置\s*2 工作日/);
      await ad.getByTestId('tax-dirty').waitFor(WAIT);
      await shot(ad, '3-taxonomy-draft', row);
      await ad.getByTestId('tax-save').click();
      await expect
        .poll(() => ad.locator('.ant-message').innerText(), WAIT)
        .toMatch(/事件分类已保存为第 \d+ 版，立即生效/);
      await expect.poll(() => ad.getByTestId('tax-dirty').count(), WAIT).toBe(0);
      await expect(row.innerText()).resolves.not.toContain('新增');
      await expect(minors.innerText()).resolves.toContain(NAME);
      const savedMinor = (await minorsOf(ad)).find((m) => m.code === code);
      expect(savedMinor).toMatchObject({
        name: NAME,
        nameEn: NAME_EN,
        majorCode: MAJOR,
        keywords: KEYWORDS,
        limits: {
          accept: { amount: 1, unit: 'working_hours' },
          dispose: { amount: 2, unit: 'working_days' },
        },
      });
      await shot(ad, '4-taxonomy-saved', row);

      // 责任清单, reached by the menu (no reload): a line sends the new class to 市场监管, ahead of the 06 line.
      await markDocument(ad);
      const rulesBefore = await rulesOf(ad);
      const majorLine = rulesBefore.findIndex((r) => r.classPattern === MAJOR) + 1;
      expect(majorLine).toBeGreaterThan(0);
      expect(rulesBefore[majorLine - 1]!.unitId).not.toBe(UNIT_ID);
      await viaMenu(ad, '责任清单', '/gov/admin/rules');
      await ad.getByTestId(`rule-row-${rulesBefore.length}`).waitFor(WAIT);
      await ad.getByTestId('rules-add').click();
      const last = rulesBefore.length + 1;
      await ad.getByTestId(`rule-row-${last}`).waitFor(WAIT);
      // The line's class picker has the class saved a moment ago.
      await choose(ad, ad.getByTestId(`rule-class-${last}`), code, title, 'node');
      await choose(ad, ad.getByTestId(`rule-unit-${last}`), '市场监督', UNIT);
      await inputOf(ad, `rule-note-${last}`).fill(NOTE);
      await ad.getByTestId('rules-dirty').waitFor(WAIT);
      // Below the 06 line it would only dispatch when 城管 sends an event back, and the line says so.
      const shadow = ad.getByTestId(`rule-shadow-${last}`);
      await expect.poll(() => shadow.innerText(), WAIT).toContain(`第 ${majorLine} 条在前且范围更宽`);
      await shot(ad, '5-rules-new-line', ad.getByTestId(`rule-row-${last}`));
      // The first line that fits wins: the warning's own button moves it to just above the 06 line.
      await ad.getByTestId(`rule-shadow-fix-${last}`).click();
      // Then no line of the list is shadowed: not the new one, and none of the demo's.
      await expect.poll(() => ad.locator('[data-testid^="rule-shadow-"]').count(), WAIT).toBe(0);
      const newLine = ad.getByTestId(`rule-row-${majorLine}`);
      await expect.poll(() => newLine.innerText(), WAIT).toContain(title);
      await expect(newLine.innerText()).resolves.toContain(UNIT);
      await expect(ad.getByTestId(`rule-row-${majorLine + 1}`).innerText()).resolves.toContain('06 市容环境');
      await ad.getByTestId('rules-save').click();
      await expect
        .poll(() => ad.locator('.ant-message').innerText(), WAIT)
        .toContain(`责任清单已保存（${last} 条），立即生效`);
      await expect.poll(() => ad.getByTestId('rules-dirty').count(), WAIT).toBe(0);
      const rulesAfter = await rulesOf(ad);
      expect(rulesAfter).toHaveLength(last);
      const rule = rulesAfter.find((r) => r.position === majorLine)!;
      expect(rule).toMatchObject({ classPattern: code, areaCode: null, unitId: UNIT_ID, note: NOTE });
      expect(rulesAfter.find((r) => r.position === majorLine + 1)!.classPattern).toBe(MAJOR);
      await expect(sameDocument(ad)).resolves.toBe(true);
      await shot(ad, '6-rules-saved', newLine);

      // 试一试: an event of the class in 祖庙街道, late on a Sunday (the line has no hours), goes to 市场监管.
      const place = await placeInDistrict(ad);
      await ad.context().grantPermissions(['geolocation'], { origin: run.server.url });
      await ad.context().setGeolocation({ latitude: place.lat, longitude: place.lng });
      const tryPanel = ad.getByTestId('rules-try');
      await tryPanel.getByTestId('place-gps').click();
      await expect
        .poll(() => tryPanel.getByTestId('place-located').getAttribute('data-state'), WAIT)
        .toBe('inside');
      await choose(ad, ad.getByTestId('try-class'), code, title);
      const at = inputOf(ad, 'try-at');
      await at.click();
      await at.fill('2026-03-08 23:30');
      await at.press('Enter');
      await expect.poll(() => at.inputValue(), WAIT).toBe('2026-03-08 23:30');
      await ad.keyboard.press('Escape');
      await ad.getByTestId('try-submit').click();
      const result = ad.getByTestId('try-result');
      await result.waitFor(WAIT);
      await expect(ad.getByTestId('try-unit').innerText()).resolves.toBe(UNIT);
      await expect(ad.getByTestId('try-rule').innerText()).resolves.toBe(`责任清单第 ${majorLine} 条`);
      await expect(ad.getByTestId('try-reason').innerText()).resolves.toBe(
        `责任清单第 ${majorLine} 条（${NAME} · 全区）→ ${UNIT}`,
      );
      await expect(result.innerText()).resolves.toContain('祖庙街道');
      await newLine.getByTestId('rule-hit').waitFor(WAIT);
      await shot(ad, '7-try-result', tryPanel);

      // The operator moves on inside the app and back to the hotline: the picker now offers the class.
      await viaMenu(op, '指挥中心', '/gov/command');
      // The command centre shown (its screen loads on first use; until then the hotline would stay on screen).
      await op.getByTestId('live-status').waitFor(WAIT);
      await viaMenu(op, '热线受理', '/gov/hotline');
      await hotlineClass.waitFor(WAIT);
      await expect.poll(() => listedNow('充电宝'), WAIT).toEqual([title]);
      await choose(op, hotlineClass, '充电宝', title);
      await expect(sameDocument(op)).resolves.toBe(true);
      await expect.poll(() => openDropdown(op).count(), WAIT).toBe(0);
      await shot(op, '8-hotline-picker-new-class', hotlineClass);

      // An event of the class reported in 祖庙街道 goes to 市场监管 by the new line, and its page says why.
      const { event } = await callApi<{
        event: { id: string; unitId: string; routing: { ruleId: string; fallback: boolean } };
      }>(op, 'POST', '/gov/events', {
        description: '路口花坛边丢了一堆共享充电宝，没人收走',
        lng: place.lng,
        lat: place.lat,
        classCode: code,
      });
      expect(event.unitId).toBe(UNIT_ID);
      expect(event.routing).toMatchObject({ ruleId: rule.id, fallback: false });
      await ad.goto(`${run.server.url}/gov/events/${event.id}`);
      const routing = ad.getByTestId('section-routing');
      await routing.waitFor(WAIT);
      await expect(ad.locator('.event-facts .page-title').innerText()).resolves.toBe(NAME);
      await expect(routing.getByTestId('routing-unit').innerText()).resolves.toBe(UNIT);
      await expect(routing.getByTestId('routing-kind').getAttribute('data-kind')).resolves.toBe('rule');
      await expect(routing.getByTestId('routing-reason').innerText()).resolves.toBe(
        `责任清单第 ${majorLine} 条（${NAME} · 全区）→ ${UNIT}`,
      );
      await shot(ad, '9-event-routed-by-new-line', routing);

      await finish([admin, operator]);
    });
  },
);
