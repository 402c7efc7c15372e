import { CHANNELS } from '@yimen/shared/events';
import { type EventState, OPEN_EVENT_STATES } from '@yimen/shared/states';
import type { Queryable } from '../../../db/client.ts';
import { dailyNumberStatement } from '../../../db/daily-number.ts';
import { columnValue, guardedUpdateStatement, type SqlValue, type Statement } from '../../../db/statement.ts';
import type { RequestContext } from '../../identity/actor.ts';
import type { ComponentStatus } from '../components/component-classes.ts';
import type { EventVisibility } from './event-visibility.ts';

export { CHANNELS };
export type Channel = (typeof CHANNELS)[number];

export interface EventRow {
  id: string;
  district_code: string;
  event_no: string;
  channel: Channel;
  state: EventState;
  class_code: string;
  severity: 'general' | 'urgent' | 'critical';
  description: string;
  address_text: string | null;
  lng: number;
  lat: number;
  street_code: string;
  community_code: string | null;
  grid_code: string;
  micro_grid_code: string | null;
  component_id: string | null;
  /** The picked component's class and state in the registry now, where the event was read with them (EVENT_READ). */
  component_class?: string | null;
  component_status?: ComponentStatus | null;
  reporter_user_id: string | null;
  reporter_name: string | null;
  reporter_phone_enc: string | null;
  anonymous: boolean;
  classification: Record<string, unknown>;
  routing: Record<string, unknown>;
  unit_id: string | null;
  assignee_user_id: string | null;
  grid_worker_id: string | null;
  duplicate_of: string | null;
  supervised_at: Date | null;
  rework_count: number;
  sendback_count: number;
  reported_at: Date;
  registered_at: Date | null;
  dispatched_at: Date | null;
  disposed_at: Date | null;
  closed_at: Date | null;
  accept_due_at: Date | null;
  dispose_due_at: Date | null;
  verify_due_at: Date | null;
  due_soon_at: Date | null;
  overdue_at: Date | null;
  escalated_at: Date | null;
  rating: number | null;
  rating_comment: string | null;
  open311_token: string | null;
  idempotency_key: string | null;
  row_version: number;
  updated_at: Date;
}

export interface TaskRow {
  id: string;
  event_id: string;
  kind: 'confirm' | 'dispose' | 'check';
  unit_id: string | null;
  user_id: string | null;
  state: 'open' | 'done' | 'returned' | 'cancelled';
  due_at: Date | null;
  created_at: Date;
  done_at: Date | null;
  done_by: string | null;
  outcome: Record<string, unknown>;
}

/**
 * Event numbers: `{district 6}{date 8}E{sequence 5}`, e.g. 44060420261202E00042 — the day of the report in China
 * time and the day's running number, drawn in the statement that writes the event (see dailyNumberStatement).
 */
export const eventNumberStatement = (districtCode: string, now: Date) =>
  dailyNumberStatement('gov_event_sequences', 'event_no', districtCode, 'E', now);

export const EVENT_NUMBER_PATTERN = '^\\d{6}\\d{8}E\\d{5}$';

type NewEvent = Omit<
  EventRow,
  | 'event_no'
  | 'row_version'
  | 'updated_at'
  | 'supervised_at'
  | 'rework_count'
  | 'sendback_count'
  | 'disposed_at'
  | 'closed_at'
  | 'verify_due_at'
  | 'due_soon_at'
  | 'overdue_at'
  | 'escalated_at'
  | 'rating'
  | 'rating_comment'
  | 'duplicate_of'
  | 'component_class'
  | 'component_status'
> & { event_no: SqlValue };

/** Column list and values of an INSERT, in the order of the object's keys (our own row types, never input). */
function insertOf(table: string, row: object): Statement {
  const entries = Object.entries(row);
  return {
    sql: `INSERT INTO ${table} (${entries.map(([k]) => k).join(', ')}) VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')})`,
    params: entries.map(([, v]) => columnValue(v)),
  };
}

/** The INSERT of a new event, named `event` and answering the stored row (its number drawn in the statement). */
export const eventInsertStatement = (e: NewEvent): Statement => {
  const insert = insertOf('gov_events', e);
  return { as: 'event', sql: `${insert.sql} RETURNING *`, params: insert.params };
};

export const taskInsertStatement = (t: Omit<TaskRow, 'done_at' | 'done_by' | 'outcome'>): Statement =>
  insertOf('gov_event_tasks', t);

/** Closes the open tasks of an event (of one kind, or all) as done, returned or cancelled. */
export function closeTasksStatement(
  eventId: string,
  kinds: ReadonlyArray<TaskRow['kind']>,
  state: 'done' | 'returned' | 'cancelled',
  by: string | null,
  at: Date,
  outcome: Record<string, unknown> = {},
): Statement {
  return {
    sql: `UPDATE gov_event_tasks SET state = $3, done_by = $4, done_at = $5, outcome = $6
           WHERE event_id = $1 AND kind = ANY($2::text[]) AND state = 'open'`,
    params: [eventId, kinds, state, by, at, JSON.stringify(outcome)],
  };
}

export interface EventLogEntry {
  action: string;
  from?: EventState | null;
  to?: EventState | null;
  details?: Record<string, unknown>;
  at: Date;
}

export function eventLogStatement(
  ctx: RequestContext,
  eventId: string | SqlValue,
  e: EventLogEntry,
): Statement {
  return {
    sql: `INSERT INTO gov_event_log (event_id, at, actor_id, actor_name, action, from_state, to_state, details)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    params: [
      eventId,
      e.at,
      ctx.actor?.id ?? null,
      ctx.actor?.name ?? '系统',
      e.action,
      e.from ?? null,
      e.to ?? null,
      JSON.stringify(e.details ?? {}),
    ],
  };
}

/** The UPDATE that guards an optimistic write of an event: it holds only if the row version is still `version`. */
export const eventGuardStatement = (id: string, version: number, fields: Partial<EventRow>): Statement =>
  guardedUpdateStatement('gov_events', id, version, fields);

/**
 * Events (`e`) read with the class and state of the component (部件) each is about, as the registry has them now:
 * a join on the component's key, so a list of events stays one query. `source` is the table, or a CTE that
 * answers events (a report just written).
 */
export const eventRead = (source = 'gov_events') =>
  `SELECT e.*, c.class_code AS component_class, c.status AS component_status
     FROM ${source} e LEFT JOIN components c ON c.id = e.component_id`;

export async function findEvent(q: Queryable, districtCode: string, id: string): Promise<EventRow | null> {
  const r = await q.query<EventRow>(`${eventRead()} WHERE e.district_code = $1 AND e.id = $2`, [
    districtCode,
    id,
  ]);
  return r.rows[0] ?? null;
}

export async function findEventByNumber(
  q: Queryable,
  districtCode: string,
  no: string,
): Promise<EventRow | null> {
  const r = await q.query<EventRow>(`${eventRead()} WHERE e.district_code = $1 AND e.event_no = $2`, [
    districtCode,
    no,
  ]);
  return r.rows[0] ?? null;
}

/** Which events a list holds: those of the district the person may see, narrowed to a state or the open ones. */
export interface EventListFilter {
  districtCode: string;
  /** Whose list it is: only the events they may see. */
  visibility: EventVisibility;
  state?: EventState;
  open?: boolean;
  limit: number;
}

/** The events of a list, newest report first, with their components (one query). */
export async function listEventRows(q: Queryable, f: EventListFilter): Promise<EventRow[]> {
  const where = ['e.district_code = $1'];
  const params: unknown[] = [f.districtCode];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const v = f.visibility;
  if (!v.all) {
    // The same ways in as maySee; a way the person does not have is NULL and matches nothing.
    where.push(
      `(e.reporter_user_id = ${param(v.reporterId)} OR e.grid_worker_id = ${param(v.gridWorkerId)}
        OR starts_with(e.grid_code, ${param(v.areaCode)}::text) OR e.unit_id = ${param(v.unitId)})`,
    );
  }
  if (f.state) where.push(`e.state = ${param(f.state)}`);
  if (f.open) where.push(`e.state IN (${OPEN_EVENT_STATES.map((s) => `'${s}'`).join(', ')})`);
  const limit = param(f.limit);
  const r = await q.query<EventRow>(
    `${eventRead()} WHERE ${where.join(' AND ')} ORDER BY e.reported_at DESC LIMIT ${limit}`,
    params,
  );
  return r.rows;
}

export async function readTasks(q: Queryable, eventId: string): Promise<TaskRow[]> {
  const r = await q.query<TaskRow>(
    'SELECT * FROM gov_event_tasks WHERE event_id = $1 ORDER BY created_at, kind',
    [eventId],
  );
  return r.rows;
}

export async function readEventLog(q: Queryable, eventId: string) {
  const r = await q.query<{
    id: number;
    at: Date;
    actor_id: string | null;
    actor_name: string;
    action: string;
    from_state: string | null;
    to_state: string | null;
    details: Record<string, unknown>;
  }>(
    'SELECT id::int AS id, at, actor_id, actor_name, action, from_state, to_state, details FROM gov_event_log WHERE event_id = $1 ORDER BY id',
    [eventId],
  );
  return r.rows;
}

/** Every follower of `fromId` (its reporters, callers) follows `intoId` too: a merged report's people stay told. */
export const copyFollowersStatement = (fromId: string, intoId: string): Statement => ({
  sql: `INSERT INTO gov_event_followers (event_id, user_id, phone_enc, via_event)
        SELECT $1, user_id, phone_enc, via_event FROM gov_event_followers WHERE event_id = $2
        ON CONFLICT DO NOTHING`,
  params: [intoId, fromId],
});

/** Who follows the event: app users by id, hotline callers by their encrypted phone. */
export async function listFollowers(
  db: Queryable,
  eventId: string,
): Promise<Array<{ user_id: string | null; phone_enc: string | null }>> {
  const r = await db.query<{ user_id: string | null; phone_enc: string | null }>(
    'SELECT user_id, phone_enc FROM gov_event_followers WHERE event_id = $1',
    [eventId],
  );
  return r.rows;
}
