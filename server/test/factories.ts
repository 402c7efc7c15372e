import { randomInt } from 'node:crypto';
import { makeIdNumber } from '@yimen/shared/id-checks';
import type { ItemDefinitionT } from '../src/modules/catalogue/item-definition.ts';
import type { Session, TestApp } from './helpers.ts';

let serial = 0;

/** An item definition with sensible defaults; override what the test is about. */
export function buildItem(overrides: Partial<ItemDefinitionT> = {}): ItemDefinitionT {
  serial += 1;
  return {
    name: `测试事项${serial}`,
    basicCode: `TEST${String(serial).padStart(6, '0')}`,
    implementationCode: `TEST-440604-${String(serial).padStart(6, '0')}-${randomInt(1e6)}`,
    level: 'item',
    itemType: '07',
    serviceObjects: ['1'],
    departmentId: 'cab',
    legalBasis: ['《测试条例》'],
    acceptConditions: [{ id: 'resident', text: '申请人为本区居民' }],
    materials: [
      {
        id: 'id_card',
        name: '居民身份证',
        originalOrCopy: 'original',
        form: 'paper',
        necessity: 'required',
        source: 'applicant',
        copies: 1,
      },
      {
        id: 'form',
        name: '申请表',
        originalOrCopy: 'original',
        form: 'paper',
        necessity: 'required',
        source: 'applicant',
        copies: 1,
      },
      {
        id: 'photo',
        name: '近期照片',
        originalOrCopy: 'original',
        form: 'paper',
        necessity: 'optional',
        source: 'applicant',
        copies: 2,
      },
    ],
    verifications: [],
    stages: [],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    handlingType: 'instant',
    fees: [],
    result: { name: '测试证明', type: 'certificate' },
    deliveryMethods: ['pickup'],
    onlineDepth: 3,
    visitsRequired: 1,
    scope: 'district',
    trustFirst: false,
    keywords: [],
    source: 'test fixture',
    ...overrides,
  };
}

/** A commitment item whose first stage has two departments in parallel and whose second stage has one. */
export function buildCommitmentItem(overrides: Partial<ItemDefinitionT> = {}): ItemDefinitionT {
  return buildItem({
    handlingType: 'commitment',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    departmentId: 'hcb',
    stages: [
      {
        id: 'review',
        name: '部门审核',
        nodes: [
          {
            id: 'housing',
            name: '住建审核',
            departmentId: 'hcb',
            limitDays: 5,
            checklist: [{ id: 'income', text: '核对收入证明' }],
          },
          {
            id: 'civil',
            name: '民政审核',
            departmentId: 'cab',
            limitDays: 5,
            checklist: [{ id: 'family', text: '核对家庭成员' }],
          },
        ],
      },
      {
        id: 'decide',
        name: '审批决定',
        nodes: [{ id: 'final', name: '住建决定', departmentId: 'hcb', limitDays: 3, checklist: [] }],
      },
    ],
    ...overrides,
  });
}

/** Creates and publishes an item through the catalogue API, as an administrator would. */
export async function publishItem(t: TestApp, admin: Session, def: ItemDefinitionT): Promise<string> {
  const created = await t.request(admin, { method: 'POST', url: '/api/v1/catalogue/items', payload: def });
  if (created.statusCode !== 201) throw new Error(`create item: ${created.statusCode} ${created.body}`);
  const code = def.implementationCode;
  const published = await t.request(admin, {
    method: 'POST',
    url: `/api/v1/catalogue/items/${encodeURIComponent(code)}/publish`,
    payload: {},
  });
  if (published.statusCode !== 200)
    throw new Error(`publish item: ${published.statusCode} ${published.body}`);
  return code;
}

/** Registers a person with a valid ID number through the people API and returns the number. */
export async function registerPerson(
  t: TestApp,
  clerk: Session,
  name = '测试居民',
  birth = '1985-06-15',
): Promise<string> {
  serial += 1;
  const idNumber = makeIdNumber('440604', birth, 100 + ((serial * 7 + randomInt(100)) % 800));
  const res = await t.request(clerk, { method: 'POST', url: '/api/v1/persons', payload: { idNumber, name } });
  if (res.statusCode !== 201) throw new Error(`register person: ${res.statusCode} ${res.body}`);
  return idNumber;
}

/** Every required material of `buildItem()` received and its condition met: the checklist is complete. */
export const COMPLETE_CHECKLIST = {
  materials: [
    { id: 'id_card', status: 'received' },
    { id: 'form', status: 'received' },
  ],
  conditions: [{ id: 'resident', met: true }],
};

export const APPROVER_PASSWORD = 'approver-pass-1';

/** Creates a department approver through the staff API and signs them in. */
export async function createApprover(
  t: TestApp,
  admin: Session,
  username: string,
  departmentId: string,
): Promise<Session> {
  const res = await t.request(admin, {
    method: 'POST',
    url: '/api/v1/admin/staff',
    payload: {
      username,
      displayName: `审批 ${departmentId}`,
      password: APPROVER_PASSWORD,
      roles: ['department_approver'],
      departmentId,
      jurisdictionCode: '440604',
    },
  });
  if (res.statusCode !== 201) throw new Error(`create approver: ${res.statusCode} ${res.body}`);
  return t.login(username, APPROVER_PASSWORD);
}

/** A case as the API answers it; tests read the fields they are about. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever field it checks
export type CaseJson = Record<string, any> & { id: string; caseNo: string; state: string; version: number };

function expectStatus(what: string, res: { statusCode: number; body: string }, ...statuses: number[]): void {
  if (!statuses.includes(res.statusCode)) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/**
 * Registers a person with a phone through the people API and signs them in by one-time code, as the citizen
 * would; returns their ID number and session.
 */
export async function registerCitizen(
  t: TestApp,
  clerk: Session,
  name: string,
  phone: string,
  birth = '1985-06-15',
): Promise<{ idNumber: string; session: Session }> {
  serial += 1;
  const idNumber = makeIdNumber('440604', birth, 100 + ((serial * 7 + randomInt(100)) % 800));
  const res = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { idNumber, name, phone },
  });
  expectStatus('register citizen', res, 201);
  return { idNumber, session: await t.loginCitizen(phone) };
}

/** Opens a case at the window for a registered person (the clerk's 受理 screen, before the checklist). */
export async function openWindowCase(
  t: TestApp,
  clerk: Session,
  itemCode: string,
  idNumber: string,
): Promise<CaseJson> {
  const res = await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/cases',
    payload: { itemCode, applicant: { kind: 'person', idNumber } },
  });
  expectStatus('open case', res, 201);
  return res.json().case;
}

/** Applies online as the signed-in citizen (网上办理); a key makes a retry the same application. */
export async function applyOnline(
  t: TestApp,
  citizen: Session,
  itemCode: string,
  idNumber: string,
  idempotencyKey?: string,
): Promise<CaseJson> {
  const res = await t.request(citizen, {
    method: 'POST',
    url: '/api/v1/applications',
    payload: { itemCode, applicant: { kind: 'person', idNumber } },
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  });
  expectStatus('apply online', res, 201, 200); // 200: the same key again, the same application
  return res.json().case;
}

/** Takes one action on a case (`accept`, `node_approve` …) and returns the answer as it is. */
export const caseAction = (t: TestApp, who: Session, caseId: string, action: string, payload: object = {}) =>
  t.request(who, { method: 'POST', url: `/api/v1/cases/${caseId}/actions/${action}`, payload });

/** Records the checklist (complete for `buildItem()` unless given) and accepts: the case is 已受理. */
export async function acceptCase(
  t: TestApp,
  clerk: Session,
  caseId: string,
  checklist: object = COMPLETE_CHECKLIST,
): Promise<CaseJson> {
  const list = await t.request(clerk, {
    method: 'PATCH',
    url: `/api/v1/cases/${caseId}/checklist`,
    payload: checklist,
  });
  expectStatus('record checklist', list, 200);
  const res = await caseAction(t, clerk, caseId, 'accept');
  expectStatus('accept', res, 200);
  return res.json().case;
}

/** A new person's case of `itemCode`, opened at the window and accepted. */
export async function openAcceptedCase(
  t: TestApp,
  clerk: Session,
  itemCode: string,
  name = '受理 居民',
  birth = '1980-01-01',
): Promise<CaseJson> {
  const idNumber = await registerPerson(t, clerk, name, birth);
  const opened = await openWindowCase(t, clerk, itemCode, idNumber);
  return acceptCase(t, clerk, opened.id);
}

/** The area a demo account serves (the demo grid worker's grid, a street office's street). */
export async function jurisdictionOf(t: TestApp, username: string): Promise<string> {
  const r = await t.db.query<{ code: string }>(
    'SELECT jurisdiction_code AS code FROM users WHERE username = $1',
    [username],
  );
  if (!r.rows[0]) throw new Error(`no user ${username}`);
  return r.rows[0].code;
}

/** A random point inside the area with that code (a grid, community or street), as a reporter's pin. */
export function pointIn(t: TestApp, code: string, rng: () => number): { lng: number; lat: number } {
  const [lng, lat] = t.app.geo.randomPointIn(code, rng);
  return { lng: lng!, lat: lat! };
}

/** Reports a problem (上报事件) as the session; the answer must be 201. */
export async function reportEvent(
  t: TestApp,
  who: Session,
  body: Record<string, unknown>,
): Promise<{ id: string; eventNo: string } & Record<string, unknown>> {
  const res = await t.request(who, { method: 'POST', url: '/api/v1/gov/events', payload: body });
  expectStatus('report event', res, 201);
  return res.json().event;
}

/** Takes one action on an event (`confirm`, `dispatch` …) and returns the answer as it is. */
export const eventAction = (
  t: TestApp,
  who: Session,
  eventId: string,
  action: string,
  payload: Record<string, unknown> = {},
) => t.request(who, { method: 'POST', url: `/api/v1/gov/events/${eventId}/actions/${action}`, payload });
