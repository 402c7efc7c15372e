import { describe, expect, it } from 'vitest';
import { zoomFor } from './useAreaStart.ts';

describe('the starting zoom on an area', () => {
  it('zooms further in the smaller the area, from the district view at 1', () => {
    expect(zoomFor(154)).toBe(1);
    const grid = zoomFor(0.5);
    const community = zoomFor(1);
    expect(grid).toBeGreaterThan(community);
    expect(community).toBeGreaterThan(1);
    // Lengths, not areas: a quarter of the area is twice the zoom.
    expect(zoomFor(0.25) / zoomFor(1)).toBeCloseTo(2, 5);
    expect(zoomFor(0)).toBe(24);
  });
});
