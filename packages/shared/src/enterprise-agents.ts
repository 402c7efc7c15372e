import { type Static, Type } from 'typebox';
import { PHONE_PATTERN } from './identity.ts';

export const CreditCodeParams = Type.Object(
  { creditCode: Type.String({ minLength: 1, maxLength: 32, description: '统一社会信用代码' }) },
  { additionalProperties: false },
);

export const RevokeParams = Type.Object(
  { creditCode: CreditCodeParams.properties.creditCode, id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const GrantBody = Type.Object(
  {
    agentPhone: Type.String({ pattern: PHONE_PATTERN, description: 'The agent’s 11-digit mobile number' }),
    allItems: Type.Boolean({ description: 'true: every item; false: only itemCodes' }),
    itemCodes: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true }),
    ),
    validUntil: Type.String({ format: 'date-time', description: 'The authorization ends at this instant' }),
  },
  { additionalProperties: false },
);
export type GrantBodyT = Static<typeof GrantBody>;

export const AuthorizationView = Type.Object({
  id: Type.String(),
  creditCode: Type.String(),
  agentPhoneMasked: Type.String(),
  allItems: Type.Boolean(),
  itemCodes: Type.Array(Type.String()),
  validUntil: Type.String(),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
});

export const RepresentedEnterprise = Type.Object({
  creditCode: Type.String(),
  name: Type.String(),
});

export const AgentEnterprise = Type.Object({
  creditCode: Type.String(),
  name: Type.String(),
  allItems: Type.Boolean(),
  itemCodes: Type.Array(Type.String()),
  validUntil: Type.String(),
});

export type AuthorizationView = Static<typeof AuthorizationView>;
export type RepresentedEnterprise = Static<typeof RepresentedEnterprise>;
export type AgentEnterprise = Static<typeof AgentEnterprise>;
export const RepresentedList = Type.Object({ items: Type.Array(RepresentedEnterprise) });
export const AuthorizationList = Type.Object({ items: Type.Array(AuthorizationView) });
export const AuthorizationEnvelope = Type.Object({ authorization: AuthorizationView });
export const AgentEnterpriseList = Type.Object({ items: Type.Array(AgentEnterprise) });
