import { attributeDatatypes, type Open311Kind, requestStatuses, serviceTypes } from './types.ts';

/**
 * The six GeoReport v2 response shapes, written from the specification's field tables (not derived from the
 * serializer, so the check can disagree with it). A field is `required` unless the specification says "May not
 * be returned" or "should not be returned if …"; it is `nullable` when the specification's examples leave it
 * empty/null or when it describes optional information (a description, an address, a note).
 */

export type ScalarType = 'text' | 'id' | 'boolean' | 'number' | 'integer' | 'positiveInteger' | 'datetime';
export type FieldType =
  | ScalarType
  | { readonly oneOf: readonly string[] }
  | { readonly listOf: RecordSchema };

export interface FieldSchema {
  readonly type: FieldType;
  readonly required: boolean;
  readonly nullable: boolean;
}

/** A record-level rule over the already-read record; `at(field)` names a field in the problem text. */
export type RecordRule = (
  record: Readonly<Record<string, unknown>>,
  at: (field: string) => string,
) => string[];

export interface RecordSchema {
  /** Element name of one record in its list (XML). */
  readonly item: string;
  readonly fields: Readonly<Record<string, FieldSchema>>;
  readonly rules?: readonly RecordRule[];
}

export interface DocumentSchema {
  /** Root element (XML); for `list` documents the JSON body is an array of records, otherwise one object. */
  readonly root: string;
  readonly list: boolean;
  readonly record: RecordSchema;
  readonly minItems?: number;
}

const required = (type: FieldType): FieldSchema => ({ type, required: true, nullable: false });
const requiredOrNull = (type: FieldType): FieldSchema => ({ type, required: true, nullable: true });
const optional = (type: FieldType, nullable = true): FieldSchema => ({ type, required: false, nullable });

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

const listDatatypeHasValues: RecordRule = (attribute, at) => {
  const listType = attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist';
  const values = attribute.values;
  return listType && !(Array.isArray(values) && values.length > 0)
    ? [`${at('values')} must list the options of a ${String(attribute.datatype)} attribute`]
    : [];
};

/** "Any positive integer not used for other attributes in the same service_code"; codes are identifiers. */
const attributesAreDistinct: RecordRule = (definition, at) => {
  const attributes = Array.isArray(definition.attributes) ? definition.attributes : [];
  const problems: string[] = [];
  for (const field of ['code', 'order'] as const) {
    const seen = new Set<string>();
    for (const attribute of attributes) {
      const value = (attribute as Record<string, unknown> | null)?.[field];
      if (!given(value)) continue;
      const key = String(value);
      if (seen.has(key))
        problems.push(`${at('attributes')}: attribute ${field} ${key} is used more than once`);
      seen.add(key);
    }
  }
  return problems;
};

const idOrToken: RecordRule = (result, at) => {
  const hasId = given(result.service_request_id);
  const hasToken = given(result.token);
  if (hasId && hasToken) return [`${at('token')} must not be returned together with service_request_id`];
  if (!hasId && !hasToken) return [`${at('service_request_id')} or token must be returned`];
  return [];
};

const service: RecordSchema = {
  item: 'service',
  fields: {
    service_code: required('id'),
    service_name: required('text'),
    description: requiredOrNull('text'),
    metadata: required('boolean'),
    type: required({ oneOf: serviceTypes }),
    keywords: requiredOrNull('text'),
    group: requiredOrNull('text'),
  },
};

const attributeValue: RecordSchema = {
  item: 'value',
  fields: { key: required('id'), name: required('text') },
};

const attribute: RecordSchema = {
  item: 'attribute',
  fields: {
    variable: required('boolean'),
    code: required('id'),
    datatype: required({ oneOf: attributeDatatypes }),
    required: required('boolean'),
    datatype_description: requiredOrNull('text'),
    order: required('positiveInteger'),
    description: required('text'),
    values: optional({ listOf: attributeValue }, false),
  },
  rules: [listDatatypeHasValues],
};

const serviceDefinition: RecordSchema = {
  item: 'service_definition',
  fields: { service_code: required('id'), attributes: required({ listOf: attribute }) },
  rules: [attributesAreDistinct],
};

const serviceRequest: RecordSchema = {
  item: 'request',
  fields: {
    service_request_id: required('id'),
    status: required({ oneOf: requestStatuses }),
    status_notes: optional('text'),
    service_name: required('text'),
    service_code: required('id'),
    description: requiredOrNull('text'),
    agency_responsible: optional('text'),
    service_notice: optional('text'),
    requested_datetime: required('datetime'),
    updated_datetime: required('datetime'),
    expected_datetime: optional('datetime'),
    address: requiredOrNull('text'),
    address_id: requiredOrNull('id'),
    zipcode: requiredOrNull('id'),
    lat: requiredOrNull('number'),
    long: requiredOrNull('number'),
    media_url: requiredOrNull('text'),
  },
};

const postResult: RecordSchema = {
  item: 'request',
  fields: {
    service_request_id: optional('id', false),
    token: optional('id', false),
    service_notice: optional('text'),
    account_id: optional('id'),
  },
  rules: [idOrToken],
};

const tokenResult: RecordSchema = {
  item: 'request',
  fields: { service_request_id: requiredOrNull('id'), token: required('id') },
};

const error: RecordSchema = {
  item: 'error',
  fields: { code: required('integer'), description: required('text') },
};

export const responseSchemas: Readonly<Record<Open311Kind, DocumentSchema>> = {
  services: { root: 'services', list: true, record: service },
  serviceDefinition: { root: 'service_definition', list: false, record: serviceDefinition },
  requests: { root: 'service_requests', list: true, record: serviceRequest },
  postResult: { root: 'service_requests', list: true, record: postResult, minItems: 1 },
  token: { root: 'service_requests', list: true, record: tokenResult, minItems: 1 },
  errors: { root: 'errors', list: true, record: error, minItems: 1 },
};

const scalarJsonSchemas: Readonly<Record<ScalarType, Record<string, unknown>>> = {
  text: { type: 'string' },
  id: { type: 'string' },
  boolean: { type: 'boolean' },
  number: { type: 'number' },
  integer: { type: 'integer' },
  positiveInteger: { type: 'integer', minimum: 1 },
  datetime: { type: 'string', format: 'date-time' },
};

function fieldJsonSchema(field: FieldSchema): Record<string, unknown> {
  const { type } = field;
  const base =
    typeof type === 'string'
      ? scalarJsonSchemas[type]
      : 'oneOf' in type
        ? { type: 'string', enum: [...type.oneOf] }
        : { type: 'array', items: recordJsonSchema(type.listOf) };
  return field.nullable ? { anyOf: [base, { type: 'null' }] } : base;
}

function recordJsonSchema(record: RecordSchema): Record<string, unknown> {
  const names = Object.keys(record.fields);
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, fieldJsonSchema(record.fields[n]!)])),
    required: names.filter((n) => record.fields[n]!.required),
  };
}

/** A response kind's JSON body as JSON Schema, for the OpenAPI document (the same field tables as the check). */
export function open311JsonSchema(kind: Open311Kind): Record<string, unknown> {
  const doc = responseSchemas[kind];
  const record = recordJsonSchema(doc.record);
  return doc.list
    ? { type: 'array', items: record, ...(doc.minItems ? { minItems: doc.minItems } : {}) }
    : record;
}
