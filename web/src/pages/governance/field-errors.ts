import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';

/**
 * Puts a server error on the form field it concerns. `fields` maps the server's field name to the form's (the
 * server names `lng` for a place outside the district; the form holds the place as one field). Returns false
 * when the error names no field of this form and belongs above it.
 */
export function showServerFieldError(
  form: FormInstance,
  error: unknown,
  message: string,
  fields: Readonly<Record<string, string>>,
): boolean {
  const name = formFieldOf(error, fields);
  if (!name) return false;
  form.setFields([{ name, errors: [message] }]);
  form.scrollToField(name);
  return true;
}

/** The form field a server error names, or null. */
export function formFieldOf(error: unknown, fields: Readonly<Record<string, string>>): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  return fields[error.field] ?? null;
}
