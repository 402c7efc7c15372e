import { STAFF_ROLES } from '@yimen/shared/roles';
import { Type } from 'typebox';

const RoleSchema = Type.Union(
  STAFF_ROLES.map((r) => Type.Literal(r)),
  { description: 'A staff role id' },
);
const Roles = Type.Array(RoleSchema, { minItems: 1, maxItems: STAFF_ROLES.length, uniqueItems: true });
const AreaCode = Type.String({
  pattern: '^\\d{6}(\\d{3}){0,3}$',
  description: 'district, street, community or grid code',
});

export const USERNAME_PATTERN = '^[a-z][a-z0-9._-]{2,31}$';

export const StaffView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  department: Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() }),
  jurisdiction: Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
  active: Type.Boolean(),
  createdAt: Type.String(),
});

export const StaffListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64 })),
    role: Type.Optional(RoleSchema),
    departmentId: Type.Optional(Type.String({ maxLength: 32 })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

export const CreateStaffBody = Type.Object(
  {
    username: Type.String({
      pattern: USERNAME_PATTERN,
      description: 'lower-case letters, digits, . _ -; 3–32 characters',
    }),
    displayName: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 10, maxLength: 256 }),
    roles: Roles,
    departmentId: Type.String({ minLength: 1, maxLength: 32 }),
    jurisdictionCode: AreaCode,
  },
  { additionalProperties: false },
);

export const UpdateStaffBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 256 })),
    roles: Type.Optional(Roles),
    departmentId: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    jurisdictionCode: Type.Optional(AreaCode),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type CreateStaffInput = {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  departmentId: string;
  jurisdictionCode: string;
};
export type UpdateStaffInput = Partial<Omit<CreateStaffInput, 'username'>> & { active?: boolean };
