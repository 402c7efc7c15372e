/**
 * Open311 GeoReport v2 wire types (http://wiki.open311.org/GeoReport_v2). Field names are the specification's own
 * snake_case names so a record can be read against the specification line by line.
 *
 * Null rule: `null` means "the field exists, its value is unknown" and is written as an empty element in XML
 * (`<description></description>`) and as `null` in JSON, as in the specification's examples. A key that is absent
 * (`undefined`) is not returned at all; only the fields the specification marks "May not be returned" or
 * "should not be returned if …" are optional in these types.
 */

export const serviceTypes = ['realtime', 'batch', 'blackbox'] as const;
/** realtime: the POST returns a service_request_id; batch: a token; blackbox: neither. */
export type ServiceType = (typeof serviceTypes)[number];

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof attributeDatatypes)[number];

export const requestStatuses = ['open', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** One entry of GET services. */
export interface Service {
  service_code: string;
  service_name: string;
  description: string | null;
  /** true: the client must fetch the service definition and send its attributes. */
  metadata: boolean;
  type: ServiceType;
  /** A comma separated list, as the specification sends it, e.g. "路灯, 照明, street light". */
  keywords: string | null;
  group: string | null;
}

/** One option of a singlevaluelist or multivaluelist attribute. */
export interface AttributeValue {
  key: string;
  name: string;
}

export interface Attribute {
  /** false: the attribute only shows information to the user and takes no input. */
  variable: boolean;
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  datatype_description: string | null;
  /** Position in the form, 1 first; unique within a service definition. */
  order: number;
  description: string;
  /** The options of a list datatype; empty for the other datatypes. */
  values: readonly AttributeValue[];
}

/** GET services/{service_code}: the extra form fields of a service whose metadata is true. */
export interface ServiceDefinition {
  service_code: string;
  attributes: readonly Attribute[];
}

/** One entry of GET requests and GET requests/{service_request_id}. */
export interface ServiceRequest {
  service_request_id: string;
  status: RequestStatus;
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: Date;
  /** For a closed request, when it was closed. */
  updated_datetime: Date;
  expected_datetime: Date | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  /** WGS84. */
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

interface PostResultNotes {
  /** May not be returned: leave undefined to omit, null for an empty element. */
  service_notice?: string | null;
  account_id?: string | null;
}

/** The answer to POST requests: a service_request_id (realtime services) or a token (batch), never both. */
export type PostResult =
  | (PostResultNotes & { service_request_id: string; token?: never })
  | (PostResultNotes & { token: string; service_request_id?: never });

/** GET tokens/{token}. service_request_id is null while the batch has not yet created the request. */
export interface TokenResult {
  service_request_id: string | null;
  token: string;
}

/** One entry of an error response; `code` is the HTTP status in this implementation. */
export interface Open311Error {
  code: number;
  description: string;
}

/** HTTP statuses the specification uses: 404 missing resource, 403 api_key, 400 anything else. */
export type Open311Status = 400 | 403 | 404 | 500;

export interface Open311Failure {
  ok: false;
  status: Open311Status;
  errors: Open311Error[];
}

/** What each response kind carries; list kinds are arrays, as the JSON responses are. */
export interface Open311Documents {
  services: readonly Service[];
  serviceDefinition: ServiceDefinition;
  requests: readonly ServiceRequest[];
  postResult: readonly PostResult[];
  token: readonly TokenResult[];
  errors: readonly Open311Error[];
}

export type Open311Kind = keyof Open311Documents;

export const open311Kinds: readonly Open311Kind[] = [
  'services',
  'serviceDefinition',
  'requests',
  'postResult',
  'token',
  'errors',
];

export type Open311Format = 'json' | 'xml';
