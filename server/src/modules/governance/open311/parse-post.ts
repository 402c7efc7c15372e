import { isIsoDateOrDateTime } from './datetime.ts';
import { open311Error, open311Errors } from './errors.ts';
import type { Attribute, Open311Failure, Service, ServiceDefinition } from './types.ts';

/**
 * POST requests: the form body checked against the specification and against the service's definition, before
 * anything is stored. 404 (unknown jurisdiction or service_code) wins over 400; all 400 problems are reported
 * together, each as one error, so a client can fix them in one go. The api_key is not checked here: the route
 * answers 403 first (see formValue).
 */

/** An application/x-www-form-urlencoded body parsed flat: a string per key, an array for a repeated key. */
export type FormBody = Readonly<Record<string, unknown>>;

/** Lengths in characters (code points). 4,000 for description is the specification's limit. */
export const POST_LIMITS = {
  description: 4000,
  attributeValue: 4000,
  address_string: 1000,
  media_url: 2048,
  other: 255,
} as const;

/** number for a number attribute, the keys for a multivaluelist, the text otherwise. */
export type AttributeAnswer = string | number | readonly string[];

export interface PostedServiceRequest {
  jurisdiction_id: string | null;
  service_code: string;
  /** WGS84; both set or both null. */
  lat: number | null;
  long: number | null;
  address_string: string | null;
  address_id: string | null;
  email: string | null;
  device_id: string | null;
  account_id: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  description: string | null;
  media_url: string | null;
  /** Answers by attribute code, in the definition's order; informational (variable: false) ones are dropped. */
  attributes: Readonly<Record<string, AttributeAnswer>>;
}

export interface ServiceLookup {
  service: Service;
  /** The definition of a service whose metadata is true; null when it takes no attributes. */
  definition: ServiceDefinition | null;
}

export interface PostRequestContext {
  /** The service with this code, or undefined when there is none (404). */
  findService(serviceCode: string): ServiceLookup | undefined;
  /**
   * The jurisdictions this endpoint serves. With more than one, jurisdiction_id is required; with any, an
   * unknown jurisdiction_id is 404. Empty or absent: the parameter is ignored, as the specification allows.
   */
  jurisdictionIds?: readonly string[];
}

export type PostParseResult = { ok: true; value: PostedServiceRequest } | Open311Failure;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const ATTRIBUTE_KEY = /^attribute\[([^[\]]+)\](\[\])?$/;

const length = (text: string): number => [...text].length;

/** A user's value inside an error description: quoted and cut short. */
function quoted(value: string): string {
  const chars = [...value];
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value);
}

/**
 * The trimmed non-empty values sent under a key ([] when absent or empty: an empty optional parameter counts as
 * not sent), or null when the value is not text at all (e.g. a nested object from a qs-style parser).
 */
function valuesOf(body: FormBody, key: string): string[] | null {
  if (!Object.hasOwn(body, key)) return [];
  const raw = body[key];
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (!list.every((v) => typeof v === 'string' || v === undefined || v === null)) return null;
  return list.filter((v): v is string => typeof v === 'string').flatMap((v) => v.trim() || []);
}

/** The one value of a form field, or undefined when it is missing, empty, repeated or not text. */
export function formValue(body: FormBody, key: string): string | undefined {
  const values = valuesOf(body, key);
  return values?.length === 1 ? values[0] : undefined;
}

function coordinate(text: string, limit: number): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Math.abs(n) <= limit ? n : null;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

type Checked = { answer: AttributeAnswer } | { problem: string };

/** One attribute's submitted values checked against its datatype and options. */
function checkAnswer(attribute: Attribute, values: readonly string[]): Checked {
  const name = `attribute[${attribute.code}]`;
  const keys = attribute.values.map((v) => v.key);
  const notAllowed = (v: string): Checked => ({
    problem: `${name} value ${quoted(v)} is not one of the allowed keys: ${keys.join(', ')}`,
  });
  if (attribute.datatype === 'multivaluelist') {
    const unique = [...new Set(values)];
    const wrong = unique.find((v) => !keys.includes(v));
    return wrong === undefined ? { answer: unique } : notAllowed(wrong);
  }
  if (values.length > 1) return { problem: `${name} accepts only one value` };
  const value = values[0]!;
  switch (attribute.datatype) {
    case 'singlevaluelist':
      return keys.includes(value) ? { answer: value } : notAllowed(value);
    case 'number':
      return NUMBER.test(value) ? { answer: Number(value) } : { problem: `${name} must be a number` };
    case 'datetime':
      return isIsoDateOrDateTime(value)
        ? { answer: value }
        : { problem: `${name} must be an ISO 8601 date or date-time, e.g. 2026-12-02T15:04:05+08:00` };
    case 'string':
    case 'text':
      if (attribute.datatype === 'string' && /[\r\n]/.test(value)) {
        return { problem: `${name} must be a single line of text` };
      }
      return length(value) > POST_LIMITS.attributeValue
        ? { problem: `${name} is longer than ${POST_LIMITS.attributeValue} characters` }
        : { answer: value };
  }
}

/** The submitted attribute values by code, from both attribute[code]=v and attribute[code][]=v forms. */
function collectAttributes(body: FormBody, problems: string[]): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const key of Object.keys(body)) {
    if (key !== 'attribute' && !key.startsWith('attribute[')) continue;
    const match = ATTRIBUTE_KEY.exec(key);
    const values = valuesOf(body, key);
    if (!match || values === null) {
      problems.push(`${key} must be sent as attribute[code]=value or attribute[code][]=value`);
      continue;
    }
    const code = match[1]!;
    if (values.length > 0) answers.set(code, [...(answers.get(code) ?? []), ...values]);
  }
  return answers;
}

function checkAttributes(
  serviceCode: string,
  definition: ServiceDefinition | null,
  answers: Map<string, string[]>,
  problems: string[],
): Record<string, AttributeAnswer> {
  const defined = new Set(definition?.attributes.map((a) => a.code));
  for (const code of answers.keys()) {
    if (!defined.has(code))
      problems.push(`attribute[${code}] is not defined for service_code ${serviceCode}`);
  }
  const accepted: [string, AttributeAnswer][] = [];
  const inOrder = [...(definition?.attributes ?? [])].sort((a, b) => a.order - b.order);
  for (const attribute of inOrder) {
    if (!attribute.variable) continue;
    const given = answers.get(attribute.code) ?? [];
    if (given.length === 0) {
      if (attribute.required) problems.push(`attribute[${attribute.code}] is required but was not provided`);
      continue;
    }
    const checked = checkAnswer(attribute, given);
    if ('problem' in checked) problems.push(checked.problem);
    else accepted.push([attribute.code, checked.answer]);
  }
  // fromEntries defines own properties, so a code such as "__proto__" stays data.
  return Object.fromEntries(accepted);
}

/** Parses and validates a POST requests body (everything but api_key). */
export function parsePostRequest(body: FormBody, context: PostRequestContext): PostParseResult {
  const problems: string[] = [];

  const single = (key: string, limit: number = POST_LIMITS.other): string | null => {
    const values = valuesOf(body, key);
    if (values === null) {
      problems.push(`${key} must be a single text value`);
      return null;
    }
    if (values.length > 1) problems.push(`${key} was provided more than once`);
    const value = values[0] ?? null;
    if (value !== null && length(value) > limit) problems.push(`${key} is longer than ${limit} characters`);
    return value;
  };

  const jurisdictions = context.jurisdictionIds ?? [];
  const jurisdictionId = single('jurisdiction_id');
  if (jurisdictionId === null && jurisdictions.length > 1) problems.push('jurisdiction_id was not provided');
  if (jurisdictionId !== null && jurisdictions.length > 0 && !jurisdictions.includes(jurisdictionId)) {
    return open311Error(404, 404, 'jurisdiction_id provided was not found');
  }

  const serviceCode = single('service_code');
  const lookup = serviceCode === null ? undefined : context.findService(serviceCode);
  if (serviceCode === null) problems.push('service_code was not provided');
  else if (lookup === undefined) return open311Error(404, 404, 'service_code provided was not found');

  const latText = single('lat');
  const longText = single('long');
  const addressString = single('address_string', POST_LIMITS.address_string);
  const addressId = single('address_id');
  let lat: number | null = null;
  let long: number | null = null;
  if (latText !== null || longText !== null) {
    if (latText === null || longText === null) {
      problems.push('lat and long must both be provided');
    } else {
      lat = coordinate(latText, 90);
      long = coordinate(longText, 180);
      if (lat === null) problems.push('lat must be a number between -90 and 90');
      if (long === null) problems.push('long must be a number between -180 and 180');
    }
  } else if (addressString === null && addressId === null) {
    problems.push('lat/long, address_string, or address_id was not provided');
  }

  const text = {
    email: single('email'),
    device_id: single('device_id'),
    account_id: single('account_id'),
    first_name: single('first_name'),
    last_name: single('last_name'),
    phone: single('phone'),
    description: single('description', POST_LIMITS.description),
    media_url: single('media_url', POST_LIMITS.media_url),
  };
  if (text.email !== null && !EMAIL.test(text.email)) problems.push('email is not a valid email address');
  if (text.media_url !== null && !isWebUrl(text.media_url))
    problems.push('media_url must be an http or https URL');

  const answers = collectAttributes(body, problems);
  const attributes =
    serviceCode !== null && lookup !== undefined
      ? checkAttributes(serviceCode, lookup.definition, answers, problems)
      : {};

  if (problems.length > 0 || serviceCode === null) return open311Errors(400, problems);
  return {
    ok: true,
    value: {
      jurisdiction_id: jurisdictionId,
      service_code: serviceCode,
      lat,
      long,
      address_string: addressString,
      address_id: addressId,
      ...text,
      attributes,
    },
  };
}
