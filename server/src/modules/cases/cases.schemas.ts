import { type CaseAction, TRANSITIONS } from '@yimen/shared/case-actions';
import { CASE_STATES } from '@yimen/shared/states';
import { type Static, type TSchema, Type } from 'typebox';
import { ACCEPTED_FILE_TYPES } from '../../http/file-type.ts';
import { MATERIAL_STATUSES } from './record-checklist.service.ts';

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
    /** Open it although a case of this applicant for this item is still open (answered 409 otherwise). */
    despiteOpenCase: Type.Optional(Type.Boolean()),
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

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** A material file as listed on the case (the bytes come from GET /cases/{id}/files/{fileId}). */
export const CaseFileSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  materialId: Type.String(),
  fileName: Type.String(),
  contentType: Type.Enum([...ACCEPTED_FILE_TYPES], { description: 'checked from the content, not declared' }),
  size: Type.Integer({ description: 'bytes' }),
  uploadedAt: Type.String({ format: 'date-time' }),
  uploadedByYou: Type.Optional(
    Type.Boolean({
      description: 'the signed-in user uploaded it (and may remove it while the case waits for them)',
    }),
  ),
});

export const DELIVERY_METHODS = ['pickup', 'mail', 'online'] as const;

/** How the result reaches the applicant (送达方式), as the case shows it; the phone only masked. */
export const DeliveryView = Type.Object({
  method: Type.Enum([...DELIVERY_METHODS]),
  /** False while nobody chose: the default (window pickup) applies. */
  chosen: Type.Boolean(),
  recipient: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  address: Nullable(Type.String()),
  pickupCode: Type.Optional(Type.String({ description: '取件码, once the result is issued for pickup' })),
  trackingNo: Type.Optional(Type.String({ description: 'EMS tracking number (UPU S10), once mailed' })),
});

/** The case as every screen reads it; kept open (additional properties) while the module grows. */
export const CaseEnvelope = Type.Object({
  case: Type.Object(
    {
      id: Type.String(),
      caseNo: Type.String(),
      state: Type.Enum([...CASE_STATES]),
      actions: Type.Array(Type.String()),
      files: Type.Array(CaseFileSummary),
      delivery: DeliveryView,
    },
    { additionalProperties: true },
  ),
});

export const DeliveryBody = Type.Object(
  {
    method: Type.Enum([...DELIVERY_METHODS], {
      description: 'pickup 窗口领取, mail EMS寄递, online 网上送达',
    }),
    recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    phone: Type.Optional(Type.String({ pattern: '^1[3-9]\\d{9}$', description: '11-digit mobile number' })),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type DeliveryInput = Static<typeof DeliveryBody>;

export const MaterialFileParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), materialId: Type.String({ minLength: 1, maxLength: 48 }) },
  { additionalProperties: false },
);

export const CaseFileParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/**
 * The upload body, for the API documentation. It has no "type" on purpose: @fastify/multipart leaves the parsed
 * body empty (the handler streams the file), and an untyped schema documents the form without refusing that.
 */
export const MaterialFileUpload = {
  content: {
    'multipart/form-data': {
      schema: Type.Unsafe<unknown>({
        properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPG or PNG' } },
        required: ['file'],
      }),
    },
  },
};

export const CaseFileEnvelope = Type.Object({
  file: Type.Object({ ...CaseFileSummary.properties, sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
  case: CaseEnvelope.properties.case,
});
