import type { Queryable } from '../../db/client.ts';

/** The district's departments in their set order. */
export async function departmentsOf(q: Queryable, districtCode: string) {
  const r = await q.query<{ id: string; name_zh: string; name_en: string; kind: string }>(
    'SELECT id, name_zh, name_en, kind FROM departments WHERE district_code = $1 ORDER BY sort_order, id',
    [districtCode],
  );
  return r.rows;
}
