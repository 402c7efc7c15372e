import { type Static, Type } from 'typebox';

/**
 * Request and response contracts of /persons and /enterprises. Response schemas double as a filter:
 * Fastify serialises only the listed properties, so an encrypted or indexed column can never leak.
 */

// The ID number is checked by the service (GB 11643), not by a pattern, so the error says which rule failed.
const IdNumberInput = Type.String({
  minLength: 1,
  maxLength: 32,
  description: '18-character 居民身份证号 (GB 11643)',
});
const Purpose = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'Why the record is read (PIPL); shown to the citizen in their data-access history',
});
const CaseRef = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'The case or matter this read serves',
});
const Uuid = Type.String({ format: 'uuid' });
const AreaCode = Type.String({
  pattern: '^\\d{6}(\\d{3}){0,3}(\\d{2})?$',
  description: 'district … micro-grid code',
});
const Page = Type.Integer({ minimum: 1, maximum: 100_000, default: 1 });
const PageSize = Type.Integer({ minimum: 1, maximum: 100, default: 20 });
const Phone = Type.String({ pattern: '^1[3-9]\\d{9}$', description: '11-digit mobile number' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const CreatePersonBody = Type.Object(
  {
    idNumber: IdNumberInput,
    name: Type.String({ minLength: 1, maxLength: 64, pattern: '\\S' }),
    phone: Type.Optional(Phone),
    addressId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreatePersonInput = Static<typeof CreatePersonBody>;

export const LookupQuery = Type.Object(
  { idNumber: IdNumberInput, purpose: Purpose, caseRef: Type.Optional(CaseRef) },
  { additionalProperties: false },
);

export const PersonDetailQuery = Type.Object(
  {
    purpose: Purpose,
    caseRef: Type.Optional(CaseRef),
    reveal: Type.Boolean({
      default: false,
      description: 'Show the full ID number and phone: window clerks and approvers only, with a caseRef',
    }),
  },
  { additionalProperties: false },
);

export const PersonListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'Name prefix' })),
    gridCode: Type.Optional(AreaCode),
    purpose: Purpose,
    page: Page,
    pageSize: PageSize,
  },
  { additionalProperties: false },
);

const AddressView = Type.Union([Type.Object({ id: Type.String(), text: Type.String() }), Type.Null()]);

export const PersonView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  birthYear: Type.Integer(),
  idNumberMasked: Type.String({ description: 'e.g. 4406**********1234' }),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  address: AddressView,
  gridCode: Type.Union([Type.String(), Type.Null()]),
  synthetic: Type.Boolean(),
  createdAt: Type.String(),
  revealed: Type.Boolean({ description: 'True when the full ID number (and phone) are included' }),
  idNumber: Type.Optional(Type.String()),
  birthDate: Type.Optional(Type.String()),
  phone: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type PersonViewT = Static<typeof PersonView>;

export const PersonListItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  idNumberMasked: Type.String(),
  gridCode: Type.Union([Type.String(), Type.Null()]),
});

export const PersonList = Type.Object({ items: Type.Array(PersonListItem), total: Type.Integer() });

/** Legal forms accepted at registration (enterprises.kind). */
export const ENTERPRISE_KINDS = [
  '有限责任公司',
  '有限责任公司分公司',
  '股份有限公司',
  '个人独资企业',
  '合伙企业',
  '个体工商户',
  '农民专业合作社',
  '外商投资企业',
  '其他',
] as const;

export const CreateEnterpriseBody = Type.Object(
  {
    creditCode: Type.String({
      minLength: 1,
      maxLength: 32,
      description: '18-character 统一社会信用代码 (GB 32100)',
    }),
    name: Type.String({ minLength: 2, maxLength: 128, pattern: '\\S' }),
    kind: Type.Union(ENTERPRISE_KINDS.map((k) => Type.Literal(k))),
    industry: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'GB/T 4754 class name, e.g. 陶瓷制品制造',
    }),
    registeredOn: Type.String({ format: 'date' }),
    legalRepIdNumber: Type.Optional(IdNumberInput),
    addressId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateEnterpriseInput = Static<typeof CreateEnterpriseBody>;

export const EnterpriseListQuery = Type.Object(
  {
    creditCode: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Part of the name' })),
    gridCode: Type.Optional(AreaCode),
    page: Page,
    pageSize: PageSize,
  },
  { additionalProperties: false },
);

export const EnterpriseListItem = Type.Object({
  id: Type.String(),
  creditCode: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  industry: Type.String(),
  registeredOn: Type.String(),
  status: Type.String(),
  gridCode: Type.Union([Type.String(), Type.Null()]),
});

export const EnterpriseView = Type.Object({
  ...EnterpriseListItem.properties,
  address: AddressView,
  legalRep: Type.Union([
    Type.Object({ personId: Type.String(), name: Type.String(), idNumberMasked: Type.String() }),
    Type.Null(),
  ]),
  synthetic: Type.Boolean(),
  createdAt: Type.String(),
});
export type EnterpriseViewT = Static<typeof EnterpriseView>;

export const EnterpriseList = Type.Object({ items: Type.Array(EnterpriseListItem), total: Type.Integer() });

export const PersonEnvelope = Type.Object({ person: PersonView });
export const EnterpriseEnvelope = Type.Object({ enterprise: EnterpriseView });
