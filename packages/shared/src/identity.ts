import { type Static, Type } from 'typebox';
import { GEO_LEVELS } from './geography.ts';
import { STAFF_ROLES } from './roles.ts';

/** The contract of signing in, the signed-in user, staff accounts and API tokens. */

export const PHONE_PATTERN = '^1[3-9]\\d{9}$';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const OtpRequestBody = Type.Object(
  { phone: Type.String({ pattern: PHONE_PATTERN, description: '11-digit mainland mobile number' }) },
  { additionalProperties: false },
);

export const OtpVerifyBody = Type.Object(
  {
    phone: Type.String({ pattern: PHONE_PATTERN }),
    code: Type.String({ pattern: '^\\d{6}$' }),
    /** Kept so that older clients still sign in; it grants nothing (agents are authorized by enterprises). */
    accountType: Type.Optional(
      Type.Union([Type.Literal('citizen'), Type.Literal('enterprise_agent')], {
        description: 'Ignored: a phone acts as an enterprise agent only under an enterprise’s authorization',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MeSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  displayName: Type.String(),
  username: Type.Union([Type.String(), Type.Null()]),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  department: Type.Union([
    Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() }),
    Type.Null(),
  ]),
  jurisdiction: Type.Union([
    Type.Object({ code: Type.String(), name: Type.String(), level: Type.Enum([...GEO_LEVELS]) }),
    Type.Null(),
  ]),
});

export const UserEnvelope = Type.Object({ user: MeSchema });

// ---------- staff accounts ----------

/** A staff account's roles are those of roles.ts that are not the public's (citizen, enterprise agent). */
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

export type Me = Static<typeof MeSchema>;
export type StaffView = Static<typeof StaffView>;

export const OtpSent = Type.Object({ expiresInSeconds: Type.Integer(), demoOutbox: Type.Boolean() });
export type OtpSent = Static<typeof OtpSent>;

export const DemoOutboxQuery = Type.Object(
  { phone: Type.String({ pattern: PHONE_PATTERN }) },
  { additionalProperties: false },
);

/** Demo only: the messages that would have gone out by SMS. */
export const DemoOutbox = Type.Object({
  messages: Type.Array(
    Type.Object({
      id: Type.Integer(),
      recipient: Type.String(),
      kind: Type.String(),
      body: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});
export type DemoOutboxT = Static<typeof DemoOutbox>;

export const StaffIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const StaffPage = Type.Object({ items: Type.Array(StaffView), total: Type.Integer() });
export const StaffEnvelope = Type.Object({ staff: StaffView });

// ---------- API tokens ----------

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const CreateApiTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    roles: CreateStaffBody.properties.roles,
    departmentId: CreateStaffBody.properties.departmentId,
    jurisdictionCode: CreateStaffBody.properties.jurisdictionCode,
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);

/** A new token: the secret is shown this once. */
export const ApiTokenCreated = Type.Object({
  id: Type.String(),
  token: Type.String(),
  prefix: Type.String(),
});

export const ApiTokenItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  roles: Type.Array(Type.String()),
  createdAt: Type.String(),
  expiresAt: NullableString,
  revokedAt: NullableString,
  lastUsedAt: NullableString,
});
export type ApiTokenItem = Static<typeof ApiTokenItem>;

export const ApiTokenList = Type.Object({ items: Type.Array(ApiTokenItem) });
export const ApiTokenIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
