import { STAFF_ROLES } from '@yimen/shared/roles';
import type { Db } from '../../db/client.ts';
import { authorize, type RequestContext } from '../identity/actor.ts';
import { departmentsOf } from './organisation.repo.ts';

/** The district's departments, for staff (forms, routing). */
export async function listDepartments(db: Db, ctx: RequestContext) {
  authorize(ctx, { roles: STAFF_ROLES });
  const rows = await departmentsOf(db, ctx.districtCode);
  return rows.map((d) => ({ id: d.id, nameZh: d.name_zh, nameEn: d.name_en, kind: d.kind }));
}
