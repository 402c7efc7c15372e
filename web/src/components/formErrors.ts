import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';

/**
 * Puts a server error on the form field it names, when that is one of `fields`, and returns true;
 * returns false when the error belongs above the form instead.
 */
export function showFieldError(
  form: FormInstance,
  error: unknown,
  message: string,
  fields: readonly string[],
): boolean {
  if (!(error instanceof ApiError) || !error.field || !fields.includes(error.field)) return false;
  form.setFields([{ name: error.field, errors: [message] }]);
  form.scrollToField(error.field);
  return true;
}
