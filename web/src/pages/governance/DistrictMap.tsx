import { Alert, Button, Spin } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { colourAreas, DISTRICT_BORDER, DISTRICT_FILL } from '../geography/areaColours.ts';
import { boxOf, union } from '../geography/bbox.ts';
import { useGeoJson } from '../geography/useGeoData.ts';
import { type ECharts, echarts } from './echarts.ts';
import type { Point } from './useLocate.ts';

export interface MapPoint extends Point {
  id: string;
  colour: string;
  /** Shown on hover. */
  title: string;
  /** Drawn larger (the selected event, an overdue one). */
  large?: boolean;
}

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

const MAP_NAME = 'yimen-gov-district';
const PIN_COLOUR = '#e8453c';
/** The zoom at which points 100 m apart stand clearly apart on a phone-sized map. */
const FOCUS_ZOOM = 24;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
  const [attempt, setAttempt] = useState(0);
  const district = useGeoJson('district', attempt);
  const communities = useGeoJson('community', attempt);
  const streets = useGeoJson('street', attempt);
  const ready = Boolean(district.data && communities.data && streets.data);
  const error = district.error ?? communities.error ?? streets.error;

  /** Counts base-map draws: the points go on once there is a map under them. */
  const [drawn, setDrawn] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const handlers = useRef({ onPick, onPointClick });
  handlers.current = { onPick, onPointClick };

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of communities.data?.features ?? []) map.set(f.properties.code, f.properties.name);
    return map;
  }, [communities.data]);

  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // A click on a point is that point's, not a new pin. ECharts hands both handlers the same event, its own
    // (the point's) last, so the pin waits for the end of the dispatch to see whether a point took the click.
    let pointEvent: unknown = null;
    instance.on('click', { seriesId: 'events' }, (params) => {
      const id = (params as { name?: string }).name;
      if (id && handlers.current.onPointClick) {
        pointEvent = (params as { event?: unknown }).event ?? null;
        handlers.current.onPointClick(id);
      }
    });
    instance.getZr().on('click', (event) => {
      if (!handlers.current.onPick) return;
      const at = instance.convertFromPixel({ geoIndex: 0 }, [event.offsetX, event.offsetY]) as
        | number[]
        | null;
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) return;
      queueMicrotask(() => {
        if (event !== pointEvent) handlers.current.onPick?.({ lng: at[0]!, lat: at[1]! });
      });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // The base map: registered and drawn once the three layers are in.
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !district.data || !communities.data || !streets.data) return;
    const features = [...district.data.features, ...communities.data.features, ...streets.data.features];
    // biome-ignore lint/suspicious/noExplicitAny: ECharts does not export its GeoJSON input type.
    echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features } as any);
    let box = null;
    for (const f of district.data.features) box = union(box, boxOf(f.geometry));
    const colours = colourAreas(communities.data.features.map((f) => f.properties.code));
    const regions = [
      ...district.data.features.map((f) => ({
        name: f.properties.code,
        silent: true,
        itemStyle: { areaColor: DISTRICT_FILL, borderColor: DISTRICT_BORDER, borderWidth: 2.5 },
        label: { show: false },
      })),
      ...communities.data.features.map((f) => ({
        name: f.properties.code,
        itemStyle: { areaColor: colours.get(f.properties.code), borderColor: '#ffffff', borderWidth: 0.6 },
        label: { show: false },
      })),
      ...streets.data.features.map((f) => ({
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
    instance.setOption(
      {
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
      },
      { notMerge: true },
    );
    setDrawn((n) => n + 1);
  }, [district.data, communities.data, streets.data, names]);

  // Points and the pin change without moving the view (the user's zoom and pan are kept).
  useEffect(() => {
    const instance = chart.current;
    if (!instance || drawn === 0) return;
    instance.setOption({
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
    });
  }, [points, pin, drawn]);

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
  }, [focusLng, focusLat, drawn]);

  // The starting view, once, when the map is first drawn and before anyone moved it.
  const [started, setStarted] = useState<string | null>(null);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || drawn === 0 || !start || started !== null) return;
    instance.setOption({ geo: { center: [start.lng, start.lat], zoom: start.zoom } });
    setStarted(start.label);
  }, [start, drawn, started]);

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
          action={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.retry')}</Button>}
        />
      ) : null}
      {overlay}
    </div>
  );
}
