import { Type } from 'typebox';

/**
 * Wire schemas of a department system. Unknown fields are refused, not dropped: the department signs the
 * hash of the body it received, and a silently trimmed body would no longer match the platform's hash.
 */
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

const SubjectSchema = Type.Object(
  { type: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]), id: Text(64) },
  { additionalProperties: false },
);

export const AskBodySchema = Type.Object(
  {
    predicate: Text(64),
    subject: SubjectSchema,
    about: Type.Optional(SubjectSchema),
    caseRef: Text(128),
    official: Type.Object(
      { id: Text(128), name: Text(128), department: Text(128) },
      { additionalProperties: false },
    ),
    requestedAt: Type.String({ format: 'date-time', maxLength: 40 }),
    nonce: Type.String({ minLength: 16, maxLength: 128 }),
  },
  { additionalProperties: false },
);

/** The only thing a department sends back: the signed answer, never the record behind it. */
export const AskResponseSchema = Type.Object({ attestation: Type.String() }, { additionalProperties: false });

export const FaultsSchema = Type.Object(
  {
    latencyMs: Type.Optional(Type.Number({ minimum: 0, maximum: 600_000 })),
    failRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    down: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});
