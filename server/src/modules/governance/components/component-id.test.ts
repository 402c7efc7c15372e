import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.ts';
import { componentId, parseComponentId, requireComponentId } from './component-id.ts';

describe('component ids', () => {
  it('joins district, class and a zero-padded serial into 17 digits, and splits them back', () => {
    const id = componentId('440604', '01001', 123);
    expect(id).toBe('44060401001000123');
    expect(parseComponentId(id)).toEqual({ districtCode: '440604', classCode: '01001', serial: 123 });
    expect(parseComponentId(componentId('440604', '05004', 999_999))?.serial).toBe(999_999);
  });

  it('refuses to build an id from a bad district, an event class or an out-of-range serial', () => {
    expect(() => componentId('44060', '01001', 1)).toThrow(RangeError);
    expect(() => componentId('440604', '06010', 1)).toThrow(/not a component class/);
    expect(() => componentId('440604', '01001', 0)).toThrow(/serial/);
    expect(() => componentId('440604', '01001', 1_000_000)).toThrow(/serial/);
    expect(() => componentId('440604', '01001', 1.5)).toThrow(/serial/);
  });

  it.each([
    ['too short', '4406040100100012'],
    ['too long', '440604010010001234'],
    ['not digits', '44060401001000a23'],
    ['an event class', '44060406010000123'],
    ['an unknown class', '44060401099000123'],
    ['serial zero', '44060401001000000'],
  ])('parses %s as null', (_, id) => {
    expect(parseComponentId(id)).toBeNull();
  });

  it('explains a malformed id as a 400 on the named field', () => {
    const err = (() => {
      try {
        requireComponentId('44060406010000123', 'componentId');
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 400, field: 'componentId' });
    expect(err.message).toContain('06010 is not a component class');
    expect(() => requireComponentId('123')).toThrow(/17 digits/);
  });
});
