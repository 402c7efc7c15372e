import { Ajv, type ErrorObject } from 'ajv';
import { bilingual } from '../../errors.ts';
import { ItemDefinition, type ItemDefinitionT } from './item-definition.ts';
import type { RuleViolation } from './item-rules.ts';

// Definitions that arrive outside a route body (import files, the seed) get the same strict check as a body:
// no type coercion, no defaults, unknown fields refused (see plugins/validation.ts).
const ajv = new Ajv({ allErrors: false, coerceTypes: false, useDefaults: false, strict: false });
const validate = ajv.compile<ItemDefinitionT>(ItemDefinition);

function fieldOf(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = e.params as { missingProperty?: string; additionalProperty?: string };
  const extra = params.missingProperty ?? params.additionalProperty;
  if (extra) return path ? `${path}.${extra}` : extra;
  return path;
}

/** Checks a value against the ItemDefinition schema; the violation names the path inside the definition. */
export function schemaViolation(value: unknown): RuleViolation | null {
  if (validate(value)) return null;
  const e = validate.errors?.[0];
  if (!e) return { field: '', message: bilingual('事项定义无效', 'Invalid item definition.') };
  const field = fieldOf(e);
  if (e.keyword === 'required')
    return { field, message: bilingual(`缺少必填字段 "${field}"`, `Missing required field "${field}".`) };
  if (e.keyword === 'additionalProperties')
    return {
      field,
      message: bilingual(`不接受字段 "${field}"，请删除`, `Unknown field "${field}"; remove it.`),
    };
  return {
    field,
    message: bilingual(`字段 "${field}" 格式不正确`, `Field "${field}" ${e.message ?? 'is invalid'}.`),
  };
}

export const isItemDefinition = (value: unknown): value is ItemDefinitionT => validate(value);
