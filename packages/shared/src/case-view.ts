import { CASE_ACTIONS } from '@yimen/shared/case-actions';
import { NullableTime, Time } from '@yimen/shared/common';
import { ItemDefinition, Material } from '@yimen/shared/item-definition';
import { CASE_STATES } from '@yimen/shared/states';
import { type Static, type TSchema, Type } from 'typebox';

/** One case as every screen reads it (GET /cases/{id} and every change of a case answer it whole). */

/** What a clerk records for each required material: 待收, 已收, 缺, 有误, 免交. */
export const MATERIAL_STATUSES = ['pending', 'received', 'missing', 'defective', 'waived'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

/** The files a case accepts as materials (checked by their first bytes on the server, by extension in the browser). */
export const ACCEPTED_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number];

/** 送达方式: collect at the window, by EMS, or the electronic result online. */
export const DELIVERY_METHODS = ['pickup', 'mail', 'online'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const NODE_STATES = ['waiting', 'active', 'approved', 'rejected', 'returned', 'cancelled'] as const;
export type NodeState = (typeof NODE_STATES)[number];

export const VERIFICATION_STATES = ['pending', 'answered', 'unavailable', 'invalid'] as const;

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const CaseState = Type.Enum([...CASE_STATES]);
const Status = Type.Enum([...MATERIAL_STATUSES]);

/** A material of the item's checklist with what the clerk recorded of it. */
export const CaseMaterial = Type.Object({
  id: Type.String(),
  name: Type.String(),
  necessity: Material.properties.necessity,
  condition: Nullable(Type.String()),
  originalOrCopy: Material.properties.originalOrCopy,
  form: Material.properties.form,
  copies: Type.Integer(),
  status: Status,
  note: Nullable(Type.String()),
});

export const CaseCondition = Type.Object({
  id: Type.String(),
  text: Type.String(),
  met: Nullable(Type.Boolean({ description: 'null until the clerk has confirmed or denied it' })),
});

/** What the standard checklist still lacks: the exact list a one-time notice (一次性告知) gives the applicant. */
export const Shortfall = Type.Object({
  materials: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), status: Status, note: Nullable(Type.String()) }),
  ),
  conditions: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
});

/** A yes/no question asked of a department's own system (跳转核验); only the signed answer comes back. */
export const CaseVerification = Type.Object({
  id: Type.String(),
  system: Type.String({ description: 'household, marriage, social_insurance, business, property' }),
  predicate: Type.String(),
  description: Type.String(),
  expected: Type.Boolean({ description: 'the answer that lets the case proceed' }),
  state: Type.Enum([...VERIFICATION_STATES]),
  answer: Nullable(Type.Boolean()),
  noRecord: Nullable(Type.Boolean({ description: 'the department has no record of the subject' })),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  answeredAt: NullableTime,
});

/** One department node of the case's process, with its own checklist. */
export const CaseNode = Type.Object({
  id: Type.String(),
  nodeId: Type.String(),
  name: Type.String(),
  stageIndex: Type.Integer(),
  stageName: Type.String(),
  departmentId: Type.String(),
  state: Type.Enum([...NODE_STATES]),
  limitDays: Type.Integer(),
  activatedAt: NullableTime,
  dueAt: NullableTime,
  decidedAt: NullableTime,
  comment: Nullable(Type.String()),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
  checklist: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), checked: Type.Boolean() })),
});

/** One step of the case's timeline. */
export const CaseEvent = Type.Object({
  at: Time,
  actor: Nullable(Type.String()),
  action: Type.String(),
  from: Nullable(CaseState),
  to: Nullable(CaseState),
  nodeId: Nullable(Type.String()),
  details: Nullable(Type.Record(Type.String(), Type.Unknown())),
});

/** A material file as listed on the case (the bytes come from GET /cases/{id}/files/{fileId}). */
export const CaseFileSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  materialId: Type.String(),
  fileName: Type.String(),
  contentType: Type.Enum([...ACCEPTED_FILE_TYPES], { description: 'checked from the content, not declared' }),
  size: Type.Integer({ description: 'bytes' }),
  uploadedAt: Time,
  uploadedByYou: Type.Optional(
    Type.Boolean({
      description: 'the signed-in user uploaded it (and may remove it while the case waits for them)',
    }),
  ),
});

/** An unresolved finding of the cross-check on one of the applicant's earlier trust-first cases (先信任后审批). */
export const ApplicantFlag = Type.Object({
  caseNo: Type.String(),
  itemName: Type.String(),
  predicate: Type.String(),
  raisedAt: Time,
});

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

export const CaseView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  caseNo: Type.String(),
  state: CaseState,
  channel: Type.Union([Type.Literal('window'), Type.Literal('online')]),
  handlingType: ItemDefinition.properties.handlingType,
  item: Type.Object({
    code: Type.String(),
    version: Type.Integer(),
    name: Type.String(),
    departmentId: Type.String(),
  }),
  applicant: Type.Object({
    kind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    name: Type.String(),
    personId: Nullable(Type.String()),
    enterpriseId: Nullable(Type.String()),
  }),
  trustFirst: Type.Boolean(),
  flagged: Type.Boolean(),
  /** Findings on this applicant's earlier cases, for the clerk to check. */
  applicantFlags: Type.Array(ApplicantFlag),
  windowNo: Nullable(Type.String()),
  acceptedAt: NullableTime,
  promisedDueAt: NullableTime,
  completedAt: NullableTime,
  closedReason: Nullable(Type.String()),
  visits: Type.Integer(),
  createdAt: Time,
  checklist: Type.Object({ materials: Type.Array(CaseMaterial), conditions: Type.Array(CaseCondition) }),
  shortfall: Shortfall,
  /** The materials' files (removed ones left out); each names its checklist material. */
  files: Type.Array(CaseFileSummary),
  delivery: DeliveryView,
  verifications: Type.Array(CaseVerification),
  nodes: Type.Array(CaseNode),
  timeline: Type.Array(CaseEvent),
  /** Exactly the actions this reader may take now; the screens offer these and no others. */
  actions: Type.Array(Type.Enum(CASE_ACTIONS)),
});

export const CaseEnvelope = Type.Object({ case: CaseView });

export const CaseFileEnvelope = Type.Object({
  file: Type.Object({ ...CaseFileSummary.properties, sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
  case: CaseView,
});

export type CaseViewT = Static<typeof CaseView>;
export type CaseMaterialT = Static<typeof CaseMaterial>;
export type CaseConditionT = Static<typeof CaseCondition>;
export type ShortfallT = Static<typeof Shortfall>;
export type CaseVerificationT = Static<typeof CaseVerification>;
export type CaseNodeT = Static<typeof CaseNode>;
export type CaseEventT = Static<typeof CaseEvent>;
export type CaseFileSummaryT = Static<typeof CaseFileSummary>;
export type ApplicantFlagT = Static<typeof ApplicantFlag>;
export type DeliveryViewT = Static<typeof DeliveryView>;
