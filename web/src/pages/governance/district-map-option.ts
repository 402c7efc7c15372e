import type { FeatureCollection } from '../../api/types.ts';
import { colourAreas, DISTRICT_BORDER, DISTRICT_FILL } from '../geography/areaColours.ts';
import { boxOf, union } from '../geography/bbox.ts';
import type { Point } from './useLocate.ts';

export interface MapPoint extends Point {
  id: string;
  colour: string;
  /** Shown on hover. */
  title: string;
  /** Drawn larger (the selected event, an overdue one). */
  large?: boolean;
}

export interface BaseLayers {
  district: FeatureCollection;
  communities: FeatureCollection;
  streets: FeatureCollection;
}

export const MAP_NAME = 'yimen-gov-district';
const PIN_COLOUR = '#e8453c';
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** All the features of the base map, to register with ECharts under MAP_NAME. */
export const baseFeatures = ({ district, communities, streets }: BaseLayers) => [
  ...district.features,
  ...communities.features,
  ...streets.features,
];

/**
 * The base map's option: the district's outline, the communities coloured by street, the streets named; hovering a
 * community names it.
 */
export function baseMapOption(
  { district, communities, streets }: BaseLayers,
  names: ReadonlyMap<string, string>,
) {
  let box = null;
  for (const f of district.features) box = union(box, boxOf(f.geometry));
  const colours = colourAreas(communities.features.map((f) => f.properties.code));
  const regions = [
    ...district.features.map((f) => ({
      name: f.properties.code,
      silent: true,
      itemStyle: { areaColor: DISTRICT_FILL, borderColor: DISTRICT_BORDER, borderWidth: 2.5 },
      label: { show: false },
    })),
    ...communities.features.map((f) => ({
      name: f.properties.code,
      itemStyle: { areaColor: colours.get(f.properties.code), borderColor: '#ffffff', borderWidth: 0.6 },
      label: { show: false },
    })),
    ...streets.features.map((f) => ({
      name: f.properties.code,
      silent: true,
      itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: DISTRICT_BORDER, borderWidth: 1.2 },
      label: {
        show: true,
        color: '#0b3a75',
        fontSize: 13,
        fontWeight: 'bold' as const,
        formatter: f.properties.name,
      },
    })),
  ];
  return {
    tooltip: { trigger: 'item', confine: true },
    geo: {
      map: MAP_NAME,
      nameProperty: 'code',
      roam: true,
      scaleLimit: { min: 0.8, max: 40 },
      // Degrees of longitude shrink with latitude: keep the district's true shape.
      aspectScale: box ? Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180) : 0.92,
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      selectedMode: false,
      emphasis: { itemStyle: { areaColor: '#ffe58f' }, label: { show: false } },
      tooltip: {
        show: true,
        formatter: (params: { name: string }) => escapeHtml(names.get(params.name) ?? ''),
      },
      regions,
    },
  };
}

/** The points (events) and the pin over the base map. */
export function pointsOption(points: readonly MapPoint[] | undefined, pin: Point | null | undefined) {
  return {
    series: [
      {
        id: 'events',
        type: 'scatter',
        coordinateSystem: 'geo',
        zlevel: 1,
        data: (points ?? []).map((p) => ({
          name: p.id,
          value: [p.lng, p.lat],
          symbolSize: p.large ? 15 : 10,
          itemStyle: { color: p.colour, borderColor: '#ffffff', borderWidth: 1.2 },
          tooltip: { formatter: escapeHtml(p.title) },
        })),
        emphasis: { scale: 1.6 },
      },
      {
        id: 'pin',
        type: 'scatter',
        coordinateSystem: 'geo',
        zlevel: 2,
        symbol: 'pin',
        symbolSize: 36,
        silent: true,
        itemStyle: { color: PIN_COLOUR },
        data: pin ? [{ name: 'pin', value: [pin.lng, pin.lat] }] : [],
      },
    ],
  };
}
