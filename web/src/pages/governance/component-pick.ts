import type { ComponentItem, ComponentStatus, NearComponent } from '../../api/governance.ts';
import type { MapPoint } from './DistrictMap.tsx';
import type { Point } from './useLocate.ts';

/** How far from the pin to look for components, in metres: a phone's GPS error and a short walk. */
export const NEAR_RADIUS_M = 100;
/** The nearest this many are listed; more is a list nobody reads on a phone. */
export const NEAR_LIMIT = 10;
/** Listed before "show all": what fits a phone screen under the map. */
export const NEAR_SHOWN = 5;

/** Where a problem is: the pin, and the component picked there, if any (then the pin stands on it). */
export interface Place extends Point {
  component?: ComponentItem | null;
}

/** The place a picked component makes: the pin moves onto it. */
export const placeAtComponent = (c: ComponentItem): Place => ({ lng: c.lng, lat: c.lat, component: c });

/** The same pin without the component (the choice cleared). */
export const withoutComponent = (place: Place): Place => ({ lng: place.lng, lat: place.lat });

/** The component id to send with a report, if one was picked. */
export const componentIdOf = (place: Place | null | undefined): string | undefined =>
  place?.component?.id ?? undefined;

/** Nearest first; equal distances in id order, so the list does not shuffle between answers. */
export function nearestFirst(items: readonly NearComponent[]): NearComponent[] {
  return [...items].sort((a, b) => a.distanceM - b.distanceM || a.id.localeCompare(b.id));
}

/** The list as shown: the chosen one always, then the nearest, up to `shown` rows unless all are asked for. */
export function visibleComponents(
  items: readonly NearComponent[],
  chosenId: string | null | undefined,
  showAll: boolean,
  shown = NEAR_SHOWN,
): NearComponent[] {
  const sorted = nearestFirst(items);
  if (showAll || sorted.length <= shown) return sorted;
  const head = sorted.slice(0, shown);
  const chosen = chosenId ? sorted.find((c) => c.id === chosenId) : undefined;
  if (chosen && !head.includes(chosen)) head[shown - 1] = chosen;
  return head;
}

/** Metres as a person reads them: "<1" next to the pin, whole metres after. */
export function metres(distanceM: number): string {
  if (distanceM < 1) return '<1';
  return String(Math.round(distanceM));
}

/**
 * The 17-digit id in its three parts — district (6), class (5), serial (6) — so a worker can read it out; an id
 * of another shape stays whole.
 */
export function componentIdParts(id: string): string[] {
  const m = /^(\d{6})(\d{5})(\d{6})$/.exec(id);
  return m ? [m[1]!, m[2]!, m[3]!] : [id];
}

/** The class code inside a component id (digits 7–11), or null for an id of another shape. */
export function classOfComponentId(id: string): string | null {
  const parts = componentIdParts(id);
  return parts.length === 3 ? parts[1]! : null;
}

/** The colour of a component's state: a working one green, a broken or missing one warns. */
export const STATUS_COLOURS: Readonly<Record<ComponentStatus, string>> = {
  intact: '#389e0d',
  damaged: '#d46b08',
  lost: '#cf1322',
  abandoned: '#8c8c8c',
  removed: '#8c8c8c',
};

/** The antd Tag colour of a state. */
export const STATUS_TAGS: Readonly<Record<ComponentStatus, string>> = {
  intact: 'green',
  damaged: 'orange',
  lost: 'red',
  abandoned: 'default',
  removed: 'default',
};

const CHOSEN_COLOUR = '#1d39c4';

/** The components as small markers on the map: coloured by state; the chosen one larger and blue. */
export function componentMarkers(
  items: readonly NearComponent[],
  chosenId: string | null | undefined,
  title: (c: NearComponent) => string,
): MapPoint[] {
  return items.map((c) => ({
    id: c.id,
    lng: c.lng,
    lat: c.lat,
    colour: c.id === chosenId ? CHOSEN_COLOUR : STATUS_COLOURS[c.status],
    title: title(c),
    large: c.id === chosenId,
  }));
}
