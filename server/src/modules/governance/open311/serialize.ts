import { formatW3cDateTime, SHANGHAI_OFFSET_MINUTES } from './datetime.ts';
import type {
  Attribute,
  Open311Documents,
  Open311Error,
  Open311Format,
  Open311Kind,
  PostResult,
  Service,
  ServiceRequest,
  TokenResult,
} from './types.ts';
import { writeXmlDocument, type XmlNode } from './xml-writer.ts';

/**
 * JSON and XML bodies for the six GeoReport v2 responses. Both formats are written from one ordered field list
 * per record, so they cannot drift apart: JSON is the XML with the list wrappers turned into arrays (the
 * specification's "Spark convention"), and identifiers are always JSON strings because codes like "006" need
 * their leading zeros.
 */

export interface SerializeOptions {
  /** Offset used to write date/times; Asia/Shanghai (+08:00) unless given. */
  utcOffsetMinutes?: number;
}

type Scalar = string | number | boolean | null;
interface List {
  readonly item: string;
  readonly records: readonly Fields[];
}
type FieldValue = Scalar | List | undefined;
/** Field order is element order in XML; an undefined value means "not returned". */
type Fields = ReadonlyArray<readonly [name: string, value: FieldValue]>;

interface Document {
  readonly root: string;
  readonly body: List | Fields;
}

const isList = (value: FieldValue | Fields): value is List =>
  typeof value === 'object' && value !== null && 'records' in value;

const finite = (n: number | null): number | null => (n !== null && Number.isFinite(n) ? n : null);

const serviceFields = (s: Service): Fields => [
  ['service_code', s.service_code],
  ['service_name', s.service_name],
  ['description', s.description],
  ['metadata', s.metadata],
  ['type', s.type],
  ['keywords', s.keywords],
  ['group', s.group],
];

const attributeFields = (a: Attribute): Fields => [
  ['variable', a.variable],
  ['code', a.code],
  ['datatype', a.datatype],
  ['required', a.required],
  ['datatype_description', a.datatype_description],
  ['order', a.order],
  ['description', a.description],
  [
    'values',
    {
      item: 'value',
      records: a.values.map((v) => [
        ['key', v.key],
        ['name', v.name],
      ]),
    },
  ],
];

function requestFields(r: ServiceRequest, offset: number): Fields {
  const when = (d: Date | null) => (d === null ? null : formatW3cDateTime(d, offset));
  return [
    ['service_request_id', r.service_request_id],
    ['status', r.status],
    ['status_notes', r.status_notes],
    ['service_name', r.service_name],
    ['service_code', r.service_code],
    ['description', r.description],
    ['agency_responsible', r.agency_responsible],
    ['service_notice', r.service_notice],
    ['requested_datetime', when(r.requested_datetime)],
    ['updated_datetime', when(r.updated_datetime)],
    ['expected_datetime', when(r.expected_datetime)],
    ['address', r.address],
    ['address_id', r.address_id],
    ['zipcode', r.zipcode],
    ['lat', finite(r.lat)],
    ['long', finite(r.long)],
    ['media_url', r.media_url],
  ];
}

const postResultFields = (p: PostResult): Fields => [
  ['service_request_id', p.service_request_id],
  ['token', p.token],
  ['service_notice', p.service_notice],
  ['account_id', p.account_id],
];

const tokenFields = (t: TokenResult): Fields => [
  ['service_request_id', t.service_request_id],
  ['token', t.token],
];

const errorFields = (e: Open311Error): Fields => [
  ['code', e.code],
  ['description', e.description],
];

type Builders = { [K in Open311Kind]: (value: Open311Documents[K], offset: number) => Document };

const builders: Builders = {
  services: (list) => ({ root: 'services', body: { item: 'service', records: list.map(serviceFields) } }),
  serviceDefinition: (definition) => ({
    root: 'service_definition',
    body: [
      ['service_code', definition.service_code],
      ['attributes', { item: 'attribute', records: definition.attributes.map(attributeFields) }],
    ],
  }),
  requests: (list, offset) => ({
    root: 'service_requests',
    body: { item: 'request', records: list.map((r) => requestFields(r, offset)) },
  }),
  postResult: (list) => ({
    root: 'service_requests',
    body: { item: 'request', records: list.map(postResultFields) },
  }),
  token: (list) => ({ root: 'service_requests', body: { item: 'request', records: list.map(tokenFields) } }),
  errors: (list) => ({ root: 'errors', body: { item: 'error', records: list.map(errorFields) } }),
};

function buildDocument<K extends Open311Kind>(
  kind: K,
  value: Open311Documents[K],
  options: SerializeOptions,
) {
  return builders[kind](value, options.utcOffsetMinutes ?? SHANGHAI_OFFSET_MINUTES);
}

// JSON

type JsonValue = Scalar | JsonValue[] | { [key: string]: JsonValue };

function fieldsToJson(fields: Fields): { [key: string]: JsonValue } {
  const entries: [string, JsonValue][] = [];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    entries.push([name, isList(value) ? value.records.map(fieldsToJson) : value]);
  }
  return Object.fromEntries(entries);
}

/** The JSON body of a response: an array for the list kinds, an object for a service definition. */
export function toJson<K extends Open311Kind>(
  kind: K,
  value: Open311Documents[K],
  options: SerializeOptions = {},
): string {
  const { body } = buildDocument(kind, value, options);
  return JSON.stringify(isList(body) ? body.records.map(fieldsToJson) : fieldsToJson(body));
}

// XML

const scalarText = (value: Scalar): string => (value === null ? '' : String(value));

function fieldsToXml(fields: Fields): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    nodes.push(isList(value) ? listToXml(name, value) : { name, text: scalarText(value) });
  }
  return nodes;
}

const listToXml = (name: string, list: List): XmlNode => ({
  name,
  children: list.records.map((record) => ({ name: list.item, children: fieldsToXml(record) })),
});

/** The XML body of a response, with the declaration; unknown values are empty elements. */
export function toXml<K extends Open311Kind>(
  kind: K,
  value: Open311Documents[K],
  options: SerializeOptions = {},
): string {
  const { root, body } = buildDocument(kind, value, options);
  return writeXmlDocument(isList(body) ? listToXml(root, body) : { name: root, children: fieldsToXml(body) });
}

/** The Content-Type headers the specification gives for each format. */
export const open311ContentTypes: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Body and Content-Type for the format named by the URL suffix (`.json` or `.xml`). */
export function renderOpen311<K extends Open311Kind>(
  format: Open311Format,
  kind: K,
  value: Open311Documents[K],
  options: SerializeOptions = {},
): { contentType: string; body: string } {
  const body = format === 'json' ? toJson(kind, value, options) : toXml(kind, value, options);
  return { contentType: open311ContentTypes[format], body };
}
