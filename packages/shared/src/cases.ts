import { type CaseAction, TRANSITIONS } from '@yimen/shared/case-actions';
import { DELIVERY_METHODS, MATERIAL_STATUSES } from '@yimen/shared/case-view';
import { NullableTime, Time } from '@yimen/shared/common';
import { CASE_STATES } from '@yimen/shared/states';
import { type Static, Type } from 'typebox';

/** Requests about cases, and the lists of cases the desks read (one case itself: case-view.ts). */

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

/** An online application (网上申办): the item and the applicant; the case waits for pre-review. */
export const ApplicationBody = Type.Object(
  { itemCode: OpenCaseBody.properties.itemCode, applicant: OpenCaseBody.properties.applicant },
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

const CaseState = Type.Enum([...CASE_STATES]);
/** 'online' (网上申办) or 'window' (opened at a window). */
const Channel = Type.Union([Type.Literal('window'), Type.Literal('online')]);

/** A case waiting for the windows (GET /window/work). */
export const WorkEntry = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  state: CaseState,
  channel: Channel,
  windowNo: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
  waitingSince: Time,
});

const WorkList = Type.Array(WorkEntry);
export const WindowWork = Type.Object({ prereview: WorkList, awaitingSeal: WorkList, unfinished: WorkList });

/** An active node in an approver's queue, with the time left against its limit. */
export const QueueEntry = Type.Object({
  caseId: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  nodeId: Type.String(),
  nodeName: Type.String(),
  stageName: Type.String(),
  activatedAt: Time,
  dueAt: Time,
  msLeft: Type.Number({ description: 'milliseconds to the deadline, negative once past' }),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
});
export const Queue = Type.Object({ items: Type.Array(QueueEntry) });

/** One of the applicant's own cases (我的办件). */
export const MyCaseEntry = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String(),
  state: CaseState,
  channel: Channel,
  createdAt: Time,
  promisedDueAt: NullableTime,
});
export const MyCases = Type.Object({ items: Type.Array(MyCaseEntry) });
