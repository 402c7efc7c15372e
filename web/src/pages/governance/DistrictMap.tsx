import { Alert, Button, Spin } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useGeoJson } from '../geography/useGeoData.ts';
import { baseFeatures, baseMapOption, MAP_NAME, type MapPoint, pointsOption } from './district-map-option.ts';
import { echarts } from './echarts.ts';
import { useDistrictChart } from './useDistrictChart.ts';
import type { Point } from './useLocate.ts';

export type { MapPoint } from './district-map-option.ts';

interface DistrictMapProps {
  points?: readonly MapPoint[];
  pin?: Point | null;
  /** A click anywhere on the map: the place it names (the pin picker). */
  onPick?: (point: Point) => void;
  onPointClick?: (id: string) => void;
  /** Brought into view, zoomed in to street level when the view is further out (the components near a pin). */
  focus?: Point | null;
  /** Where the view starts, instead of the whole district (a grid worker's own grid); applied once. */
  start?: MapStart | null;
  /** Drawn over the map (a legend, a hint). */
  overlay?: ReactNode;
  testId?: string;
  className?: string;
}

/** A starting view: a centre, and the zoom (1 = the whole district) at which an area of that size fills the map. */
export interface MapStart {
  lng: number;
  lat: number;
  zoom: number;
  /** What the view was started on, for the page (an area code). */
  label: string;
}

/** The zoom at which points 100 m apart stand clearly apart on a phone-sized map. */
const FOCUS_ZOOM = 24;

/**
 * The district drawn from our own GeoJSON — its outline, the communities coloured by street, the streets named —
 * with events as points or a pin to place. There are no map tiles: the district's polygons are the map.
 */
export function DistrictMap({
  points,
  pin,
  onPick,
  onPointClick,
  focus,
  start,
  overlay,
  testId,
  className,
}: DistrictMapProps) {
  const { t } = useI18n();
  const district = useGeoJson('district');
  const communities = useGeoJson('community');
  const streets = useGeoJson('street');
  const ready = Boolean(district.data && communities.data && streets.data);
  const error = district.error ?? communities.error ?? streets.error;

  /** Counts base-map draws: the points go on once there is a map under them. */
  const [drawn, setDrawn] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const chart = useDistrictChart(container, { onPick, onPointClick });

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of communities.data?.features ?? []) map.set(f.properties.code, f.properties.name);
    return map;
  }, [communities.data]);

  // The base map: registered and drawn once the three layers are in.
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !district.data || !communities.data || !streets.data) return;
    const layers = { district: district.data, communities: communities.data, streets: streets.data };
    // biome-ignore lint/suspicious/noExplicitAny: ECharts does not export its GeoJSON input type.
    echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features: baseFeatures(layers) } as any);
    instance.setOption(baseMapOption(layers, names), { notMerge: true });
    setDrawn((n) => n + 1);
  }, [chart, district.data, communities.data, streets.data, names]);

  // Points and the pin change without moving the view (the user's zoom and pan are kept).
  useEffect(() => {
    const instance = chart.current;
    if (!instance || drawn === 0) return;
    instance.setOption(pointsOption(points, pin));
  }, [chart, points, pin, drawn]);

  // Zoomed in to the focus once; after that the user's zoom and pan are kept while it stays in view.
  const focusLng = focus?.lng;
  const focusLat = focus?.lat;
  useEffect(() => {
    const instance = chart.current;
    if (!instance || drawn === 0 || focusLng === undefined || focusLat === undefined) return;
    const zoom = (instance.getOption().geo as Array<{ zoom?: number }> | undefined)?.[0]?.zoom ?? 1;
    const at = instance.convertToPixel({ geoIndex: 0 }, [focusLng, focusLat]) as number[] | null;
    const inView =
      at !== null &&
      at[0]! >= 0 &&
      at[1]! >= 0 &&
      at[0]! <= instance.getWidth() &&
      at[1]! <= instance.getHeight();
    if (zoom >= FOCUS_ZOOM && inView) return;
    instance.setOption({ geo: { center: [focusLng, focusLat], zoom: Math.max(zoom, FOCUS_ZOOM) } });
  }, [chart, focusLng, focusLat, drawn]);

  // The starting view, once, when the map is first drawn and before anyone moved it.
  const [started, setStarted] = useState<string | null>(null);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || drawn === 0 || !start || started !== null) return;
    instance.setOption({ geo: { center: [start.lng, start.lat], zoom: start.zoom } });
    setStarted(start.label);
  }, [chart, start, drawn, started]);

  return (
    <div
      className={`gov-map-frame ${className ?? ''}`}
      data-testid={testId}
      {...(started ? { 'data-started-on': started } : {})}
    >
      <div
        ref={container}
        className={`gov-map${onPick ? ' gov-map-pick' : ''}`}
        role="img"
        aria-label={t('gov.map.label')}
      />
      {!ready && !error && (
        <div className="map-loading">
          <Spin />
        </div>
      )}
      {error ? (
        <Alert
          className="map-error"
          type="error"
          showIcon
          title={error}
          action={
            <Button
              onClick={() => {
                for (const layer of [district, communities, streets]) if (layer.error) layer.retry();
              }}
            >
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {overlay}
    </div>
  );
}
