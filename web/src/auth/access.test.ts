import { describe, expect, it } from 'vitest';
import { canOpen, isStaff } from './access.ts';

describe('area access', () => {
  it('keeps staff administration to administrators', () => {
    expect(canOpen(['administrator'], 'adminStaff')).toBe(true);
    expect(canOpen(['grid_worker'], 'adminStaff')).toBe(false);
    expect(canOpen(['supervisor'], 'adminStaff')).toBe(false);
  });

  it('opens the map to every staff role and to no citizen', () => {
    expect(canOpen(['inspector'], 'map')).toBe(true);
    expect(canOpen(['citizen'], 'map')).toBe(false);
    expect(canOpen(['enterprise_agent'], 'map')).toBe(false);
  });

  it('lets any one role suffice', () => {
    expect(canOpen(['grid_worker', 'data_officer'], 'data')).toBe(true);
    expect(canOpen(['grid_worker'], 'audit')).toBe(false);
    expect(canOpen(['supervisor'], 'audit')).toBe(true);
  });

  it('tells staff from the public', () => {
    expect(isStaff(['citizen'])).toBe(false);
    expect(isStaff(['citizen', 'window_clerk'])).toBe(true);
  });
});
