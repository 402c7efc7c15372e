import { describe, expect, it } from 'vitest';
import type { NearComponent } from '../../api/governance.ts';
import {
  classOfComponentId,
  componentIdOf,
  componentIdParts,
  componentMarkers,
  metres,
  nearestFirst,
  placeAtComponent,
  STATUS_COLOURS,
  visibleComponents,
  withoutComponent,
} from './component-pick.ts';

let serial = 0;
/** A component near the pin: an intact 上水井盖 in 祖庙街道; override what the test is about. */
function nearFactory(overrides: Partial<NearComponent> = {}): NearComponent {
  serial += 1;
  return {
    id: `44060401001${String(serial).padStart(6, '0')}`,
    classCode: '01001',
    className: '上水井盖',
    status: 'intact',
    ownerUnit: 'wab',
    maintenanceUnit: 'wab',
    lng: 113.107,
    lat: 23.037,
    gridCode: '440604012001001',
    microGridCode: '44060401200100101',
    address: '禅城区祖庙街道人民路12号旁',
    distanceM: 10,
    ...overrides,
  };
}

describe('picking a component near the pin', () => {
  it('moves the pin onto the picked component and sends its id; clearing keeps the pin', () => {
    const cover = nearFactory({ lng: 113.1, lat: 23.03 });
    const place = placeAtComponent(cover);
    expect(place).toMatchObject({ lng: 113.1, lat: 23.03 });
    expect(componentIdOf(place)).toBe(cover.id);
    const cleared = withoutComponent(place);
    expect(cleared).toEqual({ lng: 113.1, lat: 23.03 });
    expect(componentIdOf(cleared)).toBeUndefined();
    expect(componentIdOf(null)).toBeUndefined();
  });

  it('lists the nearest first, equal distances in id order', () => {
    const far = nearFactory({ id: '44060401007000009', distanceM: 80 });
    const tieB = nearFactory({ id: '44060401002000002', distanceM: 12.5 });
    const tieA = nearFactory({ id: '44060401001000001', distanceM: 12.5 });
    const here = nearFactory({ distanceM: 0 });
    expect(nearestFirst([far, tieB, here, tieA]).map((c) => c.id)).toEqual([
      here.id,
      tieA.id,
      tieB.id,
      far.id,
    ]);
  });

  it('shows the first few, always with the chosen one, and all when asked', () => {
    const items = Array.from({ length: 8 }, (_, i) => nearFactory({ distanceM: i * 10 }));
    expect(visibleComponents(items, null, false, 5)).toEqual(items.slice(0, 5));
    const chosenFar = items[7]!;
    const shown = visibleComponents(items, chosenFar.id, false, 5);
    expect(shown).toHaveLength(5);
    expect(shown.at(-1)).toBe(chosenFar);
    expect(visibleComponents(items, chosenFar.id, true, 5)).toHaveLength(8);
    expect(visibleComponents(items.slice(0, 3), null, false, 5)).toHaveLength(3);
  });

  it('reads distances in whole metres, "<1" on the pin itself', () => {
    expect(metres(0)).toBe('<1');
    expect(metres(0.6)).toBe('<1');
    expect(metres(1)).toBe('1');
    expect(metres(37.4)).toBe('37');
    expect(metres(99.5)).toBe('100');
  });

  it('splits a 17-digit id into district, class and serial, and finds the class in it', () => {
    expect(componentIdParts('44060401001000123')).toEqual(['440604', '01001', '000123']);
    expect(classOfComponentId('44060404006000001')).toBe('04006');
    expect(componentIdParts('4406040100100012')).toEqual(['4406040100100012']);
    expect(classOfComponentId('not-an-id')).toBeNull();
  });

  it('marks the chosen component larger and apart from the colours of states', () => {
    const broken = nearFactory({ status: 'damaged' });
    const lost = nearFactory({ status: 'lost' });
    const markers = componentMarkers([broken, lost], lost.id, (c) => `${c.className} · ${c.id}`);
    expect(markers[0]).toMatchObject({ id: broken.id, colour: STATUS_COLOURS.damaged, large: false });
    expect(markers[1]).toMatchObject({ id: lost.id, large: true, title: `上水井盖 · ${lost.id}` });
    expect(Object.values(STATUS_COLOURS)).not.toContain(markers[1]!.colour);
  });
});
