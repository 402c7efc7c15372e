import { describe, expect, it } from 'vitest';
import { parseBBox, requireWithinExtent } from './bbox.ts';

describe('bounding boxes', () => {
  it('reads minLng,minLat,maxLng,maxLat', () => {
    expect(parseBBox('113.1,23.0,113.12,23.02')).toEqual([113.1, 23.0, 113.12, 23.02]);
    expect(parseBBox(' 113.1, 23 ,113.12,23.02')).toEqual([113.1, 23, 113.12, 23.02]);
  });

  it.each([
    ['three numbers', '113.1,23.0,113.12', /four numbers/],
    ['a word', '113.1,23.0,east,23.02', /four numbers/],
    ['an empty part', '113.1,,113.12,23.02', /four numbers/],
    ['exponent notation', '1e2,23.0,113.12,23.02', /four numbers/],
    ['corners swapped', '113.12,23.0,113.1,23.02', /south-west corner first/],
    ['a zero-area box', '113.1,23.0,113.1,23.02', /south-west corner first/],
    ['a latitude past the pole', '113.1,23.0,113.12,91', /latitudes -90..90/],
  ])('refuses %s with a 400 on bbox', (_, text, message) => {
    expect(() => parseBBox(text)).toThrow(message);
    try {
      parseBBox(text);
    } catch (e) {
      expect(e).toMatchObject({ status: 400, field: 'bbox' });
    }
  });

  it('allows the extent itself but nothing wider or taller', () => {
    const extent: [number, number, number, number] = [112.98, 22.92, 113.17, 23.06];
    expect(() => requireWithinExtent(extent, extent)).not.toThrow();
    expect(() => requireWithinExtent([112.9, 23.0, 113.1, 23.01], extent)).toThrow(/more than the district/);
    expect(() => requireWithinExtent([113.0, 22.8, 113.01, 23.0], extent)).toThrow(/zoom in/);
  });
});
