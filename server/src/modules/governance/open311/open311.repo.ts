import type { Queryable } from '../../../db/client.ts';
import type { EventRow } from '../events/events.repo.ts';

/** States an Open311 client sees as closed. */
const CLOSED_SQL = "('closed','rejected','voided','merged')";

export async function findEventByNo(q: Queryable, districtCode: string, eventNo: string) {
  const r = await q.query<EventRow>('SELECT * FROM gov_events WHERE district_code = $1 AND event_no = $2', [
    districtCode,
    eventNo,
  ]);
  return r.rows[0] ?? null;
}

export async function eventNoOf(q: Queryable, id: string): Promise<string> {
  const r = await q.query<{ event_no: string }>('SELECT event_no FROM gov_events WHERE id = $1', [id]);
  return r.rows[0]!.event_no;
}

export interface RequestsFilter {
  /** When given, these and nothing else. */
  eventNos?: string[];
  from?: Date;
  to?: Date;
  classCodes?: string[];
  /** Only open or only closed events; both when not given. */
  status?: 'open' | 'closed';
  limit: number;
}

/** The district's events by the Open311 query, the newest first. */
export async function listEventsFor311(q: Queryable, districtCode: string, f: RequestsFilter) {
  const where = ['district_code = $1'];
  const params: unknown[] = [districtCode];
  if (f.eventNos) {
    params.push(f.eventNos);
    where.push(`event_no = ANY($${params.length}::text[])`);
  } else {
    if (f.from && f.to) {
      params.push(f.from, f.to);
      where.push(`reported_at BETWEEN $${params.length - 1} AND $${params.length}`);
    }
    if (f.classCodes) {
      params.push(f.classCodes);
      where.push(`class_code = ANY($${params.length}::text[])`);
    }
    if (f.status) where.push(`state ${f.status === 'closed' ? '' : 'NOT '}IN ${CLOSED_SQL}`);
  }
  const r = await q.query<EventRow>(
    `SELECT * FROM gov_events WHERE ${where.join(' AND ')} ORDER BY reported_at DESC LIMIT ${f.limit}`,
    params,
  );
  return r.rows;
}

/** The active client an Open311 api_key (by its hash) belongs to. */
export async function findClientByKeyHash(q: Queryable, districtCode: string, keyHash: string) {
  const r = await q.query<{ id: string; name: string }>(
    'SELECT id, name FROM open311_clients WHERE key_hash = $1 AND active AND district_code = $2',
    [keyHash, districtCode],
  );
  return r.rows[0] ?? null;
}
