import type { Open311Error, Open311Failure, Open311Status } from './types.ts';

/**
 * A failed Open311 call: the HTTP status and the error list for the body. The specification wants 404 for a
 * resource that does not exist, 403 for a missing or wrong api_key and 400 for anything else.
 */
export function open311Error(status: Open311Status, code: number, description: string): Open311Failure {
  return { ok: false, status, errors: [{ code, description }] };
}

/** One failure carrying several errors (the body is a list), all with the same status as their code. */
export function open311Errors(status: Open311Status, descriptions: readonly string[]): Open311Failure {
  const errors: Open311Error[] = descriptions.map((description) => ({ code: status, description }));
  return { ok: false, status, errors };
}

/** A refusal answered in the specification's own error format (not the API's error body). */
export class Open311Refusal extends Error {
  constructor(readonly failure: Open311Failure) {
    super(failure.errors.map((e) => e.description).join('; '));
  }
}
