import { isW3cDateTime } from './datetime.ts';
import {
  type DocumentSchema,
  type FieldSchema,
  type FieldType,
  type RecordSchema,
  responseSchemas,
  type ScalarType,
} from './response-schemas.ts';
import type { Open311Kind } from './types.ts';
import { readXml, type XmlElement } from './xml-reader.ts';

/**
 * Checks a response body against the GeoReport v2 shapes in response-schemas.ts and lists every problem, each
 * naming where it is ($[0].lat in JSON, /service_requests/request[1]/lat in XML). An empty list means valid.
 * Foreign fields count as problems: the specification asks servers not to add tags.
 */

type ReadRecord = Readonly<Record<string, unknown>>;

interface Mode {
  readonly xml: boolean;
  field(path: string, name: string): string;
  item(path: string, itemName: string, index: number): string;
}

const jsonMode: Mode = {
  xml: false,
  field: (path, name) => `${path}.${name}`,
  item: (path, _itemName, index) => `${path}[${index}]`,
};

const xmlMode: Mode = {
  xml: true,
  field: (path, name) => `${path}/${name}`,
  item: (path, itemName, index) => `${path}/${itemName}[${index + 1}]`,
};

const isListType = (type: FieldType): type is { readonly listOf: RecordSchema } =>
  typeof type === 'object' && 'listOf' in type;

const XML_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const XML_INTEGER = /^[+-]?\d+$/;

const DESCRIBE: Record<ScalarType, string> = {
  text: 'text',
  id: 'an identifier (string or number)',
  boolean: 'a boolean (true or false)',
  number: 'a number',
  integer: 'an integer',
  positiveInteger: 'a positive integer',
  datetime: 'an ISO 8601 date-time with a zone, e.g. 2026-12-02T15:04:05+08:00',
};

/** Whether a present, non-null value fits a scalar type; XML values arrive as trimmed text. */
function fitsJson(type: ScalarType, value: unknown): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'id':
      return (
        (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'positiveInteger':
      return Number.isInteger(value) && (value as number) > 0;
    case 'datetime':
      return typeof value === 'string' && isW3cDateTime(value);
  }
}

function fitsXml(type: ScalarType, text: string): boolean {
  switch (type) {
    case 'text':
    case 'id':
      return true;
    case 'boolean':
      return text === 'true' || text === 'false';
    case 'number':
      return XML_NUMBER.test(text);
    case 'integer':
      return XML_INTEGER.test(text);
    case 'positiveInteger':
      return XML_INTEGER.test(text) && Number(text) > 0;
    case 'datetime':
      return isW3cDateTime(text);
  }
}

function checkScalar(field: FieldSchema, value: unknown, path: string, mode: Mode, problems: string[]): void {
  // null is JSON null or an empty XML element; "" in JSON is as empty for text and identifiers.
  if (value === null || value === '') {
    if (!field.nullable) {
      problems.push(`${path} ${value === null ? 'must have a value' : 'must not be empty'}`);
      return;
    }
    if (value === null || field.type === 'text' || field.type === 'id') return;
  }
  const { type } = field;
  if (typeof type === 'object') {
    if (!('oneOf' in type)) return;
    if (typeof value !== 'string' || !type.oneOf.includes(value)) {
      problems.push(`${path} must be one of ${type.oneOf.join(', ')}`);
    }
    return;
  }
  const fits = mode.xml ? fitsXml(type, value as string) : fitsJson(type, value);
  if (!fits) problems.push(`${path} must be ${DESCRIBE[type]}`);
}

function runRules(
  schema: RecordSchema,
  record: ReadRecord,
  path: string,
  mode: Mode,
  problems: string[],
): void {
  for (const rule of schema.rules ?? []) problems.push(...rule(record, (name) => mode.field(path, name)));
}

function missingFields(schema: RecordSchema, present: (name: string) => boolean, path: string, mode: Mode) {
  return Object.entries(schema.fields)
    .filter(([name, field]) => field.required && !present(name))
    .map(([name]) => `${mode.field(path, name)} is required`);
}

// JSON

function jsonList(schema: RecordSchema, value: unknown, path: string, problems: string[]): void {
  if (!Array.isArray(value)) {
    problems.push(`${path} must be an array`);
    return;
  }
  value.forEach((item, i) => {
    jsonRecord(schema, item, jsonMode.item(path, schema.item, i), problems);
  });
}

function jsonRecord(schema: RecordSchema, value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path} must be an object`);
    return;
  }
  const record = value as ReadRecord;
  for (const name of Object.keys(record)) {
    if (!Object.hasOwn(schema.fields, name))
      problems.push(`${jsonMode.field(path, name)} is not a GeoReport v2 field`);
  }
  problems.push(...missingFields(schema, (name) => Object.hasOwn(record, name), path, jsonMode));
  for (const [name, field] of Object.entries(schema.fields)) {
    if (!Object.hasOwn(record, name)) continue;
    const at = jsonMode.field(path, name);
    if (isListType(field.type)) jsonList(field.type.listOf, record[name], at, problems);
    else checkScalar(field, record[name], at, jsonMode, problems);
  }
  runRules(schema, record, path, jsonMode, problems);
}

/** Problems of a parsed JSON response body of the given kind; [] when it fits the specification. */
export function checkJson(kind: Open311Kind, value: unknown): string[] {
  const schema: DocumentSchema = responseSchemas[kind];
  const problems: string[] = [];
  if (schema.list) {
    jsonList(schema.record, value, '$', problems);
    if (Array.isArray(value) && value.length < (schema.minItems ?? 0)) {
      problems.push(`$ must hold at least ${schema.minItems} ${schema.record.item}`);
    }
  } else {
    jsonRecord(schema.record, value, '$', problems);
  }
  return problems;
}

// XML

function xmlList(schema: RecordSchema, element: XmlElement, path: string, problems: string[]): ReadRecord[] {
  if (element.text.trim() !== '') problems.push(`${path} has text between its elements`);
  return element.children.map((child, i) => {
    const at = xmlMode.item(path, schema.item, i);
    if (child.name !== schema.item) problems.push(`${at} is <${child.name}>, expected <${schema.item}>`);
    return xmlRecord(schema, child, at, problems);
  });
}

/** Reads a record element into { field: trimmed text | null | records[] } while checking it. */
function xmlRecord(schema: RecordSchema, element: XmlElement, path: string, problems: string[]): ReadRecord {
  if (element.text.trim() !== '') problems.push(`${path} has text between its elements`);
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const child of element.children) {
    const at = xmlMode.field(path, child.name);
    const field = Object.hasOwn(schema.fields, child.name) ? schema.fields[child.name] : undefined;
    if (field === undefined) {
      problems.push(`${at} is not a GeoReport v2 element`);
      continue;
    }
    if (seen.has(child.name)) {
      problems.push(`${at} appears more than once`);
      continue;
    }
    seen.add(child.name);
    if (isListType(field.type)) {
      entries.push([child.name, xmlList(field.type.listOf, child, at, problems)]);
      continue;
    }
    if (child.children.length > 0) problems.push(`${at} must hold text, not elements`);
    const text = child.text.trim();
    checkScalar(field, text === '' ? null : text, at, xmlMode, problems);
    entries.push([child.name, text === '' ? null : text]);
  }
  problems.push(...missingFields(schema, (name) => seen.has(name), path, xmlMode));
  const record = Object.fromEntries(entries);
  runRules(schema, record, path, xmlMode, problems);
  return record;
}

/** Problems of an XML response body of the given kind: well-formedness, root, elements, values. */
export function checkXml(kind: Open311Kind, xmlText: string): string[] {
  const schema: DocumentSchema = responseSchemas[kind];
  if (!/^\uFEFF?<\?xml\s[^>]*encoding=["']utf-8["']/i.test(xmlText)) {
    return ['the document must start with the XML declaration <?xml version="1.0" encoding="utf-8"?>'];
  }
  const read = readXml(xmlText);
  if (!read.ok) return [`not well-formed XML: ${read.error}`];
  if (read.root.name !== schema.root)
    return [`the root element is <${read.root.name}>, expected <${schema.root}>`];
  const path = `/${schema.root}`;
  const problems: string[] = [];
  if (schema.list) {
    const records = xmlList(schema.record, read.root, path, problems);
    if (records.length < (schema.minItems ?? 0)) {
      problems.push(`${path} must hold at least ${schema.minItems} <${schema.record.item}>`);
    }
  } else {
    xmlRecord(schema.record, read.root, path, problems);
  }
  return problems;
}
