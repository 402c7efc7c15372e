import { Type } from 'typebox';
import { CASE_STATES, type CaseAction, TRANSITIONS } from './case-machine.ts';
import { MATERIAL_STATUSES } from './record-checklist.ts';

const Code = Type.String({ minLength: 1, maxLength: 60 });

export const OpenCaseBody = Type.Object(
  {
    itemCode: Code,
    applicant: Type.Union([
      Type.Object(
        { kind: Type.Literal('person'), idNumber: Type.String({ minLength: 1, maxLength: 20 }) },
        { additionalProperties: false },
      ),
      Type.Object(
        { kind: Type.Literal('enterprise'), creditCode: Type.String({ minLength: 1, maxLength: 20 }) },
        { additionalProperties: false },
      ),
    ]),
    agentIdNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    windowNo: Type.Optional(
      Type.String({ pattern: '^[0-9A-Za-z-]{1,8}$', description: 'window number, e.g. 12' }),
    ),
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100, pattern: '^[\\w.:-]+$' })),
});

export const ChecklistBody = Type.Object(
  {
    materials: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ minLength: 1, maxLength: 48 }),
            status: Type.Enum([...MATERIAL_STATUSES]),
            note: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 60 },
      ),
    ),
    conditions: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Type.String({ minLength: 1, maxLength: 48 }), met: Type.Boolean() },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ActionParams = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    action: Type.Enum(Object.keys(TRANSITIONS) as CaseAction[]),
  },
  { additionalProperties: false },
);

export const ActionBody = Type.Object(
  {
    comment: Type.Optional(Type.String({ maxLength: 1000 })),
    reasons: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 20 })),
    nodeId: Type.Optional(Type.String({ minLength: 1, maxLength: 48 })),
    checked: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 48 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const CaseIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** The case as every screen reads it; kept open (additional properties) while the module grows. */
export const CaseEnvelope = Type.Object({
  case: Type.Object(
    {
      id: Type.String(),
      caseNo: Type.String(),
      state: Type.Enum([...CASE_STATES]),
      actions: Type.Array(Type.String()),
    },
    { additionalProperties: true },
  ),
});
