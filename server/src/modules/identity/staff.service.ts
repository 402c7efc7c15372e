import { randomUUID } from 'node:crypto';
import type { CreateStaffInput, UpdateStaffInput } from '@yimen/shared/identity';
import type { Db, Queryable } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from './actor.ts';
import { identityErrors } from './identity.errors.ts';
import { deleteSessionsOfUser } from './identity.repo.ts';
import { hashPassword } from './password.ts';
import {
  departmentExists,
  findStaff,
  insertStaff,
  jurisdictionAreaExists,
  type StaffFilter,
  searchStaff,
  toStaffView,
  updateStaffRow,
  usernameTaken,
} from './staff.repo.ts';

const ADMIN = ['administrator'] as const;

async function checkReferences(tx: Queryable, input: { departmentId?: string; jurisdictionCode?: string }) {
  if (input.departmentId !== undefined && !(await departmentExists(tx, input.departmentId))) {
    throw identityErrors.unknownDepartment({ id: input.departmentId });
  }
  if (input.jurisdictionCode !== undefined && !(await jurisdictionAreaExists(tx, input.jurisdictionCode))) {
    throw identityErrors.unknownJurisdiction({ code: input.jurisdictionCode });
  }
}

export async function listStaff(db: Db, ctx: RequestContext, filter: Omit<StaffFilter, 'within'>) {
  const admin = authorize(ctx, { roles: ADMIN });
  const { rows, total } = await searchStaff(db, {
    ...filter,
    within: admin.jurisdictionCode ?? ctx.districtCode,
  });
  return { items: rows.map(toStaffView), total };
}

export async function getStaff(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx, { roles: ADMIN });
  const staff = await findStaff(db, id);
  if (!staff) throw identityErrors.staffNotFound();
  authorize(ctx, { roles: ADMIN, area: staff.jurisdiction_code });
  return toStaffView(staff);
}

/** Creates a staff account; the administrator's own jurisdiction must cover the new one. */
export async function createStaff(db: Db, ctx: RequestContext, input: CreateStaffInput) {
  authorize(ctx, { roles: ADMIN, area: input.jurisdictionCode });
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await checkReferences(tx, input);
    if (await usernameTaken(tx, input.username)) {
      throw identityErrors.usernameTaken({ username: input.username });
    }
    await insertStaff(tx, {
      id,
      districtCode: ctx.districtCode,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      departmentId: input.departmentId,
      jurisdictionCode: input.jurisdictionCode,
    });
    await recordAudit(tx, ctx, {
      action: 'staff.create',
      targetType: 'user',
      targetId: id,
      details: {
        username: input.username,
        roles: input.roles,
        departmentId: input.departmentId,
        jurisdictionCode: input.jurisdictionCode,
      },
    });
  });
  const created = await findStaff(db, id);
  if (!created) throw identityErrors.staffNotReadBack();
  return toStaffView(created);
}

export async function updateStaff(db: Db, ctx: RequestContext, id: string, patch: UpdateStaffInput) {
  const admin = authorize(ctx, { roles: ADMIN });
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction(async (tx) => {
    const before = await findStaff(tx, id);
    if (!before) throw identityErrors.staffNotFound();
    authorize(ctx, { roles: ADMIN, area: before.jurisdiction_code });
    if (patch.jurisdictionCode) authorize(ctx, { roles: ADMIN, area: patch.jurisdictionCode });
    if (
      id === admin.id &&
      (patch.active === false || (patch.roles && !patch.roles.includes('administrator')))
    ) {
      throw identityErrors.cannotDemoteSelf({ field: patch.active === false ? 'active' : 'roles' });
    }
    await checkReferences(tx, patch);
    await updateStaffRow(tx, id, {
      displayName: patch.displayName ?? null,
      passwordHash: passwordHash ?? null,
      roles: patch.roles ?? null,
      departmentId: patch.departmentId ?? null,
      jurisdictionCode: patch.jurisdictionCode ?? null,
      active: patch.active ?? null,
    });
    // A new password or a disabled account ends every open session of that user.
    if (passwordHash || patch.active === false) await deleteSessionsOfUser(tx, id);
    const { password: _omit, ...changed } = patch;
    await recordAudit(tx, ctx, {
      action: 'staff.update',
      targetType: 'user',
      targetId: id,
      details: { changed: { ...changed, ...(passwordHash ? { password: '(reset)' } : {}) } },
    });
  });
  const after = await findStaff(db, id);
  if (!after) throw identityErrors.staffNotFound();
  return toStaffView(after);
}
