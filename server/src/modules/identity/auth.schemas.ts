import { Type } from 'typebox';

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
    Type.Object({ code: Type.String(), name: Type.String(), level: Type.String() }),
    Type.Null(),
  ]),
});

export const UserEnvelope = Type.Object({ user: MeSchema });
