import { STAFF_ROLES } from '@yimen/shared/roles';
import type { Db } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';

/** The district's departments, for staff (forms, routing). */
export async function listDepartments(db: Db, ctx: RequestContext) {
  authorize(ctx, { roles: STAFF_ROLES });
  const r = await db.query<{ id: string; name_zh: string; name_en: string; kind: string }>(
    'SELECT id, name_zh, name_en, kind FROM departments WHERE district_code = $1 ORDER BY sort_order, id',
    [ctx.districtCode],
  );
  return r.rows.map((d) => ({ id: d.id, nameZh: d.name_zh, nameEn: d.name_en, kind: d.kind }));
}
