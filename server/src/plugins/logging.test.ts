import { describe, expect, it } from 'vitest';
import { redactUrl } from './logging.ts';

describe('log redaction', () => {
  it('never lets an ID number, phone or code reach the log', () => {
    expect(redactUrl('/api/v1/persons/lookup?idNumber=44060419900101123X&purpose=x')).toBe(
      '/api/v1/persons/lookup?idNumber=[redacted]&purpose=x',
    );
    expect(redactUrl('/api/v1/demo/outbox?phone=13800138000')).toBe('/api/v1/demo/outbox?phone=[redacted]');
    expect(redactUrl('/x/440604199001011234/y')).toBe('/x/[redacted]/y');
    expect(redactUrl('/api/v1/geo/locate?lng=113.1&lat=23')).toBe('/api/v1/geo/locate?lng=113.1&lat=23');
  });
});
