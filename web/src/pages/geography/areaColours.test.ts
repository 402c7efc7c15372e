import { describe, expect, it } from 'vitest';
import { colourAreas, streetOf } from './areaColours.ts';

describe('area colours', () => {
  it('gives different streets different colours', () => {
    const colours = colourAreas(['440604010', '440604011', '440604012', '440604100']);
    expect(new Set(colours.values()).size).toBe(4);
  });

  it('alternates shades between neighbours inside one street', () => {
    const colours = colourAreas(['440604010001', '440604010002', '440604011001']);
    expect(colours.get('440604010001')).not.toBe(colours.get('440604010002'));
    expect(streetOf('440604010001001')).toBe('440604010');
  });
});
