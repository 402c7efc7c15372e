import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { formFieldOf } from './field-errors.ts';

describe('server errors on form fields', () => {
  const fields = { lng: 'place', lat: 'place', description: 'description' };

  it('maps the server’s field to the form’s', () => {
    expect(formFieldOf(new ApiError(422, 'unprocessable', 'outside', 'lng'), fields)).toBe('place');
    expect(formFieldOf(new ApiError(400, 'validation_failed', 'x', 'description'), fields)).toBe(
      'description',
    );
  });

  it('leaves errors without a known field above the form', () => {
    expect(formFieldOf(new ApiError(409, 'conflict', 'x', 'idempotencyKey'), fields)).toBeNull();
    expect(formFieldOf(new ApiError(500, 'internal', 'x'), fields)).toBeNull();
    expect(formFieldOf(new Error('x'), fields)).toBeNull();
  });
});
