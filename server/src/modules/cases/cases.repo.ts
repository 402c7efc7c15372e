import type { MaterialStatus } from '@yimen/shared/case-view';
import type { CaseState } from '@yimen/shared/states';
import type { Queryable } from '../../db/client.ts';
import {
  guardedUpdateStatement,
  runTogether,
  SqlValue,
  type Statement,
  setClause,
} from '../../db/statement.ts';
import type { RequestContext } from '../identity/actor.ts';
import type { CurrentItem } from './current-item.ts';
import type { VerificationRow } from './verifications.repo.ts';

export interface CaseRow {
  id: string;
  /** Moves on with every change of the case; optimistic writes check it (caseGuardStatement). */
  row_version: number;
  district_code: string;
  case_no: string;
  item_id: string;
  item_code: string;
  item_version: number;
  item_name: string;
  department_id: string;
  handling_type: 'instant' | 'commitment';
  channel: 'window' | 'online';
  state: CaseState;
  applicant_kind: 'person' | 'enterprise';
  person_id: string | null;
  enterprise_id: string | null;
  agent_person_id: string | null;
  applicant_user_id: string | null;
  applicant_name: string;
  grid_code: string | null;
  window_no: string | null;
  opened_by: string | null;
  trust_first: boolean;
  flagged: boolean;
  accepted_at: Date | null;
  promised_due_at: Date | null;
  completed_at: Date | null;
  closed_reason: string | null;
  delivery: Record<string, unknown> | null;
  visits: number;
  idempotency_key: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NodeRow {
  id: string;
  case_id: string;
  stage_index: number;
  stage_name: string;
  node_id: string;
  node_name: string;
  department_id: string;
  limit_days: number;
  state: 'waiting' | 'active' | 'approved' | 'rejected' | 'returned' | 'cancelled';
  activated_at: Date | null;
  due_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  comment: string | null;
  checklist: Record<string, { checked: boolean; by: string; at: string }>;
  due_soon_at: Date | null;
  overdue_at: Date | null;
  escalated_at: Date | null;
}

export type NewCase = Omit<
  CaseRow,
  | 'state'
  | 'flagged'
  | 'accepted_at'
  | 'promised_due_at'
  | 'completed_at'
  | 'closed_reason'
  | 'delivery'
  | 'visits'
  | 'updated_at'
  | 'row_version'
  | 'case_no'
> & { state: CaseState; case_no: string | SqlValue };

/** The INSERT of a new case (run together with its checklist, timeline entry and audit record). */
export function caseInsertStatement(c: NewCase): Statement {
  return {
    sql: `INSERT INTO cases (id, district_code, case_no, item_id, item_code, item_version, item_name, department_id,
       handling_type, channel, state, applicant_kind, person_id, enterprise_id, agent_person_id, applicant_user_id,
       applicant_name, grid_code, window_no, opened_by, trust_first, idempotency_key, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$23)`,
    params: [
      c.id,
      c.district_code,
      c.case_no,
      c.item_id,
      c.item_code,
      c.item_version,
      c.item_name,
      c.department_id,
      c.handling_type,
      c.channel,
      c.state,
      c.applicant_kind,
      c.person_id,
      c.enterprise_id,
      c.agent_person_id,
      c.applicant_user_id,
      c.applicant_name,
      c.grid_code,
      c.window_no,
      c.opened_by,
      c.trust_first,
      c.idempotency_key,
      c.created_at,
    ],
  };
}

export async function findCase(q: Queryable, districtCode: string, id: string): Promise<CaseRow | null> {
  const r = await q.query<CaseRow>('SELECT * FROM cases WHERE district_code = $1 AND id = $2', [
    districtCode,
    id,
  ]);
  return r.rows[0] ?? null;
}

/**
 * Reads a case and holds its row lock until the transaction ends, so two decisions cannot interleave. It also
 * moves the row version on, so that an action which read the case earlier without a lock (see
 * readCaseForAction) finds it changed and reads again.
 */
export async function lockCase(tx: Queryable, districtCode: string, id: string): Promise<CaseRow | null> {
  const r = await tx.query<CaseRow>(
    'UPDATE cases SET row_version = row_version + 1 WHERE district_code = $1 AND id = $2 RETURNING *',
    [districtCode, id],
  );
  return r.rows[0] ?? null;
}

const NODE_DATES = [
  'activated_at',
  'due_at',
  'decided_at',
  'due_soon_at',
  'overdue_at',
  'escalated_at',
] as const;

/** What an action decides on: the case with its nodes, checklist, verifications and open pause, as read. */
export interface CaseSnapshot {
  c: CaseRow;
  nodes: NodeRow[];
  checklist: ChecklistRows;
  verifications: VerificationRow[];
  /** The start of the pause (补正 or 中止) that is running, if one is. */
  pausedSince: Date | null;
  /** The applicant's identifier as documents print it: masked ID number or credit code. */
  applicantId: string;
  /** The name of the item's department, which issues the result. */
  departmentName: string | null;
}

const NODES_JSON = `COALESCE((SELECT json_agg(n ORDER BY n.stage_index, n.node_id) FROM case_nodes n
                       WHERE n.case_id = c.id), '[]') AS nodes_json`;

/** Everything a full read adds to the case and its nodes: the checklist, verifications, pause and names. */
const REST_JSON = `COALESCE((SELECT json_agg(json_build_object('material_id', m.material_id, 'status', m.status,
                                                        'note', m.note))
                        FROM case_materials m WHERE m.case_id = c.id), '[]') AS materials_json,
            COALESCE((SELECT json_agg(json_build_object('condition_id', x.condition_id, 'met', x.met))
                        FROM case_conditions x WHERE x.case_id = c.id), '[]') AS conditions_json,
            COALESCE((SELECT json_agg(json_build_object('verification_id', v.verification_id, 'system', v.system,
                          'predicate', v.predicate, 'subject', v.subject, 'expected', v.expected, 'state', v.state,
                          'answer', v.answer, 'no_record', v.no_record, 'attempts', v.attempts,
                          'last_error', v.last_error, 'answered_at', v.answered_at) ORDER BY v.verification_id)
                        FROM case_verifications v WHERE v.case_id = c.id), '[]') AS verifications_json,
            (SELECT p.from_at FROM case_pauses p WHERE p.case_id = c.id AND p.to_at IS NULL) AS paused_since,
            COALESCE((SELECT p.id_number_masked FROM persons p WHERE p.id = c.person_id),
                     (SELECT e.credit_code FROM enterprises e WHERE e.id = c.enterprise_id)) AS applicant_display_id,
            (SELECT d.name_zh FROM departments d WHERE d.id = c.department_id) AS department_name`;

/**
 * What an action reads: `full` is the whole snapshot; `nodes` only the case and its department nodes, for the
 * decisions that look at nothing else (a node's approval or rejection, a suspension). A department approves
 * three times per case for every acceptance, so its read is the one worth keeping small.
 */
export type SnapshotScope = 'full' | 'nodes';

/**
 * Reads, in one round trip and without a lock, everything an action decides on. The action then writes with
 * caseGuardStatement, which succeeds only if the case's row_version is still the one read here. A `nodes` read
 * answers an empty checklist and no verifications, pause or names: only actions that use none of them ask for it.
 */
export async function readCaseForAction(
  q: Queryable,
  districtCode: string,
  id: string,
  scope: SnapshotScope = 'full',
): Promise<CaseSnapshot | null> {
  const r = await q.query<
    CaseRow & {
      nodes_json: Array<Record<string, unknown>>;
      materials_json?: ChecklistRows['materials'];
      conditions_json?: ChecklistRows['conditions'];
      verifications_json?: Array<Record<string, unknown>>;
      paused_since?: Date | null;
      applicant_display_id?: string | null;
      department_name?: string | null;
    }
  >(
    `SELECT c.*, ${NODES_JSON}${scope === 'full' ? `, ${REST_JSON}` : ''}
       FROM cases c WHERE c.district_code = $1 AND c.id = $2`,
    [districtCode, id],
  );
  const row = r.rows[0];
  if (!row) return null;
  const {
    nodes_json,
    materials_json,
    conditions_json,
    verifications_json,
    paused_since,
    applicant_display_id,
    department_name,
    ...c
  } = row;
  return {
    c: c as CaseRow,
    nodes: nodes_json.map((n) => withDates(n, NODE_DATES) as unknown as NodeRow),
    checklist: { materials: materials_json ?? [], conditions: conditions_json ?? [] },
    verifications: (verifications_json ?? []).map(
      (v) => withDates(v, ['answered_at']) as unknown as VerificationRow,
    ),
    pausedSince: paused_since ?? null,
    applicantId: applicant_display_id ?? '',
    departmentName: department_name ?? null,
  };
}

/** Rows that came through JSON carry their timestamps as text. */
function withDates(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out = { ...row };
  for (const f of fields) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
  return out;
}

/**
 * The UPDATE of a case that guards an optimistic write (runGuarded): it changes the case only if its row
 * version is still `version`, and moves the version on.
 */
export const caseGuardStatement = (id: string, version: number, fields: Partial<CaseRow>): Statement =>
  guardedUpdateStatement('cases', id, version, fields);

export async function findCaseByIdempotencyKey(
  q: Queryable,
  districtCode: string,
  key: string,
): Promise<CaseRow | null> {
  const r = await q.query<CaseRow>('SELECT * FROM cases WHERE district_code = $1 AND idempotency_key = $2', [
    districtCode,
    key,
  ]);
  return r.rows[0] ?? null;
}

/** The UPDATE of a case's fields (null when nothing changes), to run alone or with its event and audit record. */
export function caseUpdateStatement(id: string, fields: Partial<CaseRow>): Statement | null {
  const set = setClause(fields);
  if (!set) return null;
  return {
    sql: `UPDATE cases SET ${set.sets}, updated_at = now(), row_version = row_version + 1 WHERE id = $1`,
    params: [id, ...set.values],
  };
}

export async function updateCase(tx: Queryable, id: string, fields: Partial<CaseRow>): Promise<void> {
  await runTogether(tx, [caseUpdateStatement(id, fields)]);
}

export interface ChecklistRows {
  materials: Array<{ material_id: string; status: MaterialStatus; note: string | null }>;
  conditions: Array<{ condition_id: string; met: boolean | null }>;
}

/** The checklist's materials and conditions, read in one round trip. */
export async function readChecklist(q: Queryable, caseId: string): Promise<ChecklistRows> {
  const r = await q.query<{
    kind: 'm' | 'c';
    id: string;
    status: string | null;
    note: string | null;
    met: boolean | null;
  }>(
    `SELECT 'm' AS kind, material_id AS id, status, note, NULL::boolean AS met FROM case_materials WHERE case_id = $1
     UNION ALL
     SELECT 'c', condition_id, NULL, NULL, met FROM case_conditions WHERE case_id = $1`,
    [caseId],
  );
  return {
    materials: r.rows
      .filter((x) => x.kind === 'm')
      .map(
        (x) => ({ material_id: x.id, status: x.status, note: x.note }) as ChecklistRows['materials'][number],
      ),
    conditions: r.rows.filter((x) => x.kind === 'c').map((x) => ({ condition_id: x.id, met: x.met })),
  };
}

/** The INSERTs of a new case's checklist: one per list, whatever the number of materials. */
export function checklistStatements(
  caseId: string,
  materialIds: string[],
  conditionIds: string[],
): Statement[] {
  return [
    ...(materialIds.length
      ? [
          {
            sql: `INSERT INTO case_materials (case_id, material_id, status) SELECT $1, unnest($2::text[]), 'pending'`,
            params: [caseId, materialIds],
          },
        ]
      : []),
    ...(conditionIds.length
      ? [
          {
            sql: 'INSERT INTO case_conditions (case_id, condition_id) SELECT $1, unnest($2::text[])',
            params: [caseId, conditionIds],
          },
        ]
      : []),
  ];
}

/** The UPDATE recording one material of the checklist (received, missing, defective …). */
export function materialStatement(
  caseId: string,
  actorId: string,
  m: { id: string; status: string; note?: string | undefined },
): Statement {
  return {
    sql: `UPDATE case_materials SET status = $3, note = $4, recorded_by = $5, recorded_at = now()
      WHERE case_id = $1 AND material_id = $2`,
    params: [caseId, m.id, m.status, m.note ?? null, actorId],
  };
}

/** The UPDATE confirming or denying one accept condition. */
export function conditionStatement(
  caseId: string,
  actorId: string,
  c: { id: string; met: boolean },
): Statement {
  return {
    sql: `UPDATE case_conditions SET met = $3, recorded_by = $4, recorded_at = now() WHERE case_id = $1 AND condition_id = $2`,
    params: [caseId, c.id, c.met, actorId],
  };
}

export async function readNodes(q: Queryable, caseId: string): Promise<NodeRow[]> {
  const r = await q.query<NodeRow>(
    'SELECT * FROM case_nodes WHERE case_id = $1 ORDER BY stage_index, node_id',
    [caseId],
  );
  return r.rows;
}

const NODE_COLUMNS = [
  'id',
  'case_id',
  'stage_index',
  'stage_name',
  'node_id',
  'node_name',
  'department_id',
  'limit_days',
  'state',
  'activated_at',
  'due_at',
] as const;

/** The INSERT of a case's department nodes, all in one statement. */
export function nodesInsertStatement(
  nodes: ReadonlyArray<Pick<NodeRow, (typeof NODE_COLUMNS)[number]>>,
): Statement {
  const width = NODE_COLUMNS.length;
  const values = nodes.map((_, r) => `(${NODE_COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(',')})`);
  return {
    sql: `INSERT INTO case_nodes (${NODE_COLUMNS.join(', ')}) VALUES ${values.join(', ')}`,
    params: nodes.flatMap((n) => NODE_COLUMNS.map((col) => n[col])),
  };
}

/** The UPDATE of a node's fields (null when nothing changes). */
export function nodeUpdateStatement(id: string, fields: Partial<NodeRow>): Statement | null {
  const set = setClause(fields);
  return set ? { sql: `UPDATE case_nodes SET ${set.sets} WHERE id = $1`, params: [id, ...set.values] } : null;
}

export interface CaseEvent {
  action: string;
  from?: CaseState | null;
  to?: CaseState | null;
  nodeId?: string | null;
  /** What the entry says; a SqlValue when part of it is computed in the same statement (a document number). */
  details?: Record<string, unknown> | SqlValue;
  /** When it happened by the service clock (the demo clock may run ahead); the database's time otherwise. */
  at?: Date;
}

/** The INSERT of one timeline entry, to run alone or together with the change it records. */
export function eventStatement(ctx: RequestContext, caseId: string, e: CaseEvent): Statement {
  return {
    sql: `INSERT INTO case_events (case_id, actor_id, actor_name, action, from_state, to_state, node_id, details, at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8, COALESCE($9::timestamptz, now()))`,
    params: [
      caseId,
      ctx.actor?.id ?? null,
      ctx.actor?.name ?? '系统',
      e.action,
      e.from ?? null,
      e.to ?? null,
      e.nodeId ?? null,
      e.details instanceof SqlValue ? e.details : JSON.stringify(e.details ?? {}),
      e.at ?? null,
    ],
  };
}

/** Appends to the case timeline (the audit trail records the same action with the request's details). */
export async function appendEvent(
  tx: Queryable,
  ctx: RequestContext,
  caseId: string,
  e: CaseEvent,
): Promise<void> {
  await runTogether(tx, [eventStatement(ctx, caseId, e)]);
}

export async function readEvents(q: Queryable, caseId: string) {
  const r = await q.query<{
    id: number;
    at: Date;
    actor_name: string | null;
    action: string;
    from_state: CaseState | null;
    to_state: CaseState | null;
    node_id: string | null;
    details: Record<string, unknown>;
  }>(
    'SELECT id::int AS id, at, actor_name, action, from_state, to_state, node_id, details FROM case_events WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return r.rows;
}

/** The INSERT of a pause (补正 or 中止): the case's clock stands still from `at`. */
export function openPauseStatement(
  caseId: string,
  id: string,
  reason: 'correction' | 'suspension',
  at: Date,
): Statement {
  return {
    sql: 'INSERT INTO case_pauses (id, case_id, reason, from_at) VALUES ($1, $2, $3, $4)',
    params: [id, caseId, reason, at],
  };
}

/** The UPDATE ending the open pause of a case at `at`. */
export function closePauseStatement(caseId: string, at: Date): Statement {
  return {
    sql: 'UPDATE case_pauses SET to_at = $2 WHERE case_id = $1 AND to_at IS NULL',
    params: [caseId, at],
  };
}

/**
 * Counts the case towards the item's use (search ranks by it), and guards the case's write (runGuarded): it
 * matches no row when the item has moved to another version or status since it was read.
 */
export function currentItemGuard(item: CurrentItem): Statement {
  return {
    sql: `UPDATE items SET usage_count = usage_count + 1
           WHERE id = $1 AND current_version = $2 AND status = $3 RETURNING 1`,
    params: [item.itemId, item.version, item.status],
  };
}

/** The portal account's phone and the encrypted phone of the person it claims to be, to compare (real-name binding). */
export async function accountAndPersonPhones(
  q: Queryable,
  userId: string,
  personId: string,
): Promise<{ phone: string | null; phone_enc: string | null } | null> {
  const r = await q.query<{ phone: string | null; phone_enc: string | null }>(
    'SELECT u.phone, p.phone_enc FROM users u, persons p WHERE u.id = $1 AND p.id = $2',
    [userId, personId],
  );
  return r.rows[0] ?? null;
}

/** A citizen who applied for themselves has proved their ID number: the account becomes verified (实名). */
export const verifyAccountStatement = (userId: string, personId: string): Statement => ({
  sql: 'UPDATE users SET person_id = $2 WHERE id = $1 AND person_id IS NULL',
  params: [userId, personId],
});

/** The newest case of the applicant for the item that is still open, or null. */
export async function findOpenCaseOf(
  q: Queryable,
  districtCode: string,
  itemCode: string,
  personId: string | null,
  enterpriseId: string | null,
): Promise<{ id: string; case_no: string } | null> {
  const open = await q.query<{ id: string; case_no: string }>(
    `SELECT id, case_no FROM cases
      WHERE district_code = $1 AND item_code = $2
        AND (person_id = $3 OR enterprise_id = $4)
        AND state NOT IN ('completed', 'incomplete', 'refused', 'rejected', 'withdrawn')
      ORDER BY created_at DESC LIMIT 1`,
    [districtCode, itemCode, personId, enterpriseId],
  );
  return open.rows[0] ?? null;
}
