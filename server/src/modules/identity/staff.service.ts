import { randomUUID } from 'node:crypto';
import type { CreateStaffInput, UpdateStaffInput } from '@yimen/shared/identity';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { authorize, type RequestContext } from './actor.ts';
import { deleteSessionsOfUser } from './identity.repo.ts';
import { hashPassword } from './password.ts';
import {
  departmentExists,
  findStaff,
  jurisdictionAreaExists,
  type StaffFilter,
  searchStaff,
  toStaffView,
} from './staff.repo.ts';

const ADMIN = ['administrator'] as const;

async function checkReferences(tx: Queryable, input: { departmentId?: string; jurisdictionCode?: string }) {
  if (input.departmentId !== undefined && !(await departmentExists(tx, input.departmentId))) {
    throw new AppError(
      'validation_failed',
      `部门 ${input.departmentId} 不存在 / Unknown department "${input.departmentId}".`,
      'departmentId',
    );
  }
  if (input.jurisdictionCode !== undefined && !(await jurisdictionAreaExists(tx, input.jurisdictionCode))) {
    throw new AppError(
      'validation_failed',
      `辖区 ${input.jurisdictionCode} 不存在 / No district, street, community or grid has the code "${input.jurisdictionCode}".`,
      'jurisdictionCode',
    );
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
  if (!staff) throw notFound('Staff member', 'id');
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
    const taken = await tx.query('SELECT 1 FROM users WHERE username = $1', [input.username]);
    if (taken.rows.length)
      throw conflict(
        `用户名 ${input.username} 已被使用 / Username "${input.username}" is taken.`,
        'username',
      );
    await tx.query(
      `INSERT INTO users (id, district_code, kind, username, display_name, password_hash, roles, department_id, jurisdiction_code)
       VALUES ($1, $2, 'staff', $3, $4, $5, $6, $7, $8)`,
      [
        id,
        ctx.districtCode,
        input.username,
        input.displayName,
        passwordHash,
        input.roles,
        input.departmentId,
        input.jurisdictionCode,
      ],
    );
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
  if (!created) throw new AppError('internal', 'The new staff member could not be read back.');
  return toStaffView(created);
}

export async function updateStaff(db: Db, ctx: RequestContext, id: string, patch: UpdateStaffInput) {
  const admin = authorize(ctx, { roles: ADMIN });
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction(async (tx) => {
    const before = await findStaff(tx, id);
    if (!before) throw notFound('Staff member', 'id');
    authorize(ctx, { roles: ADMIN, area: before.jurisdiction_code });
    if (patch.jurisdictionCode) authorize(ctx, { roles: ADMIN, area: patch.jurisdictionCode });
    if (
      id === admin.id &&
      (patch.active === false || (patch.roles && !patch.roles.includes('administrator')))
    ) {
      throw new AppError(
        'validation_failed',
        '不能停用自己或移除自己的管理员角色 / You cannot disable yourself or drop your own administrator role.',
        patch.active === false ? 'active' : 'roles',
      );
    }
    await checkReferences(tx, patch);
    await tx.query(
      `UPDATE users SET display_name = COALESCE($2, display_name), password_hash = COALESCE($3, password_hash),
              roles = COALESCE($4, roles), department_id = COALESCE($5, department_id),
              jurisdiction_code = COALESCE($6, jurisdiction_code), active = COALESCE($7, active), updated_at = now()
        WHERE id = $1`,
      [
        id,
        patch.displayName ?? null,
        passwordHash ?? null,
        patch.roles ?? null,
        patch.departmentId ?? null,
        patch.jurisdictionCode ?? null,
        patch.active ?? null,
      ],
    );
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
  if (!after) throw notFound('Staff member', 'id');
  return toStaffView(after);
}
