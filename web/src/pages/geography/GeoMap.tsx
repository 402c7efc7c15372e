import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FeatureCollection, MapLayer } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { colourAreas, DISTRICT_BORDER, DISTRICT_FILL, SELECTED_FILL } from './areaColours.ts';
import { type Box, boxOf, union, zoomToFit } from './bbox.ts';
import { type ECharts, echarts } from './echarts.ts';

export interface MapFocus {
  code: string;
  lng: number;
  lat: number;
  /** Used when the area is not drawn on the current layer (its size is then unknown to the map). */
  fallbackZoom: number;
  /** Changes on every request, so asking twice for the same place still moves the map. */
  nonce: number;
}

interface GeoMapProps {
  layer: MapLayer;
  features: FeatureCollection;
  district: FeatureCollection | null;
  selected: string | null;
  focus: MapFocus | null;
  /** Changes when the user asks to reset the view. */
  resetToken: number;
  onSelect: (code: string) => void;
}

const SERIES_ID = 'areas';
/** Above this many areas, labels would overlap: names then appear on hover only. */
const MAX_LABELLED = 40;

const aspectScaleFor = (box: Box | null) =>
  box ? Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180) : 0.75;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The district map drawn with ECharts from our own GeoJSON. The district outline is the first region
 * (silent, underneath); the chosen layer's areas are drawn over it, coloured by street.
 */
export function GeoMap({ layer, features, district, selected, focus, resetToken, onSelect }: GeoMapProps) {
  const { t, label } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const mapName = `yimen-${layer}`;
  const districtCodes = useMemo(
    () => new Set((district?.features ?? []).map((f) => f.properties.code)),
    [district],
  );
  const byCode = useMemo(
    () => new Map(features.features.map((f) => [f.properties.code, f.properties])),
    [features],
  );
  const colours = useMemo(() => colourAreas([...byCode.keys()]), [byCode]);
  const boxes = useMemo(() => {
    const byArea = new Map<string, Box>();
    let whole: Box | null = null;
    for (const feature of [...(district?.features ?? []), ...features.features]) {
      const box = boxOf(feature.geometry);
      if (!box) continue;
      byArea.set(feature.properties.code, box);
      whole = union(whole, box);
    }
    return { byArea, whole };
  }, [district, features]);

  // Create the chart once; keep it sized to its box (the side panel and the phone layout change it).
  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const code = (params as { name?: string }).name;
      if (code) onSelectRef.current(code);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const data = useMemo(() => {
    const outline = (district?.features ?? []).map((f) => ({
      name: f.properties.code,
      silent: true,
      itemStyle: { areaColor: DISTRICT_FILL, borderColor: DISTRICT_BORDER, borderWidth: 2.5 },
      label: { show: false },
      tooltip: { show: false },
    }));
    const labelled = byCode.size <= MAX_LABELLED;
    const areas = [...byCode.keys()].map((code) => {
      const isSelected = code === selected;
      return {
        name: code,
        itemStyle: isSelected
          ? { areaColor: SELECTED_FILL, borderColor: '#ffffff', borderWidth: 2 }
          : { areaColor: colours.get(code), borderColor: '#ffffff', borderWidth: 1 },
        label: isSelected
          ? { show: true, color: '#ffffff', fontWeight: 'bold' as const }
          : { show: labelled, color: '#1f2d3d' },
      };
    });
    return [...outline, ...areas];
  }, [district, byCode, colours, selected]);

  // Formatters and redraws read the latest values through this ref, so a language switch needs no redraw.
  const live = useRef({ byCode, districtCodes, data, boxes, focus, t, label });
  live.current = { byCode, districtCodes, data, boxes, focus, t, label };

  /**
   * Centres on the focused area, zoomed so it fills about half the view. A focus counts as done only once
   * its area was on the drawn layer: a search result's layer may arrive after its details do.
   */
  const focusDone = useRef<number | null>(null);
  const applyFocus = useCallback(() => {
    const { focus, boxes } = live.current;
    if (!focus || focusDone.current === focus.nonce) return;
    const part = boxes.byArea.get(focus.code);
    if (part) focusDone.current = focus.nonce;
    const zoom = part && boxes.whole ? zoomToFit(boxes.whole, part) : focus.fallbackZoom;
    chart.current?.setOption({ series: [{ id: SERIES_ID, center: [focus.lng, focus.lat], zoom }] });
  }, []);

  // A new layer (or district) means a new registered map: redraw from scratch.
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    void resetToken;
    echarts.registerMap(mapName, {
      type: 'FeatureCollection',
      features: [...(district?.features ?? []), ...features.features],
      // biome-ignore lint/suspicious/noExplicitAny: ECharts does not export its GeoJSON input type.
    } as any);
    instance.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (params: unknown) => {
            const { byCode, districtCodes, t, label } = live.current;
            const code = (params as { name: string }).name;
            const area = byCode.get(code);
            if (!area || districtCodes.has(code)) return '';
            const derived = area.derived
              ? `<br/><span style="color:#d46b08">${escapeHtml(t('geo.derived'))}</span>`
              : '';
            const level = escapeHtml(label('level', area.level));
            return `<strong>${escapeHtml(area.name)}</strong><br/>${escapeHtml(code)} · ${level}${derived}`;
          },
        },
        series: [
          {
            id: SERIES_ID,
            type: 'map',
            map: mapName,
            nameProperty: 'code',
            roam: true,
            // Degrees of longitude shrink with latitude: keep the district's true shape.
            aspectScale: aspectScaleFor(live.current.boxes.whole),
            scaleLimit: { min: 0.8, max: 60 },
            selectedMode: false,
            layoutCenter: ['50%', '50%'],
            layoutSize: '95%',
            label: {
              fontSize: 12,
              formatter: (params: { name: string }) => live.current.byCode.get(params.name)?.name ?? '',
            },
            emphasis: {
              itemStyle: { areaColor: '#ffd666', borderColor: '#ffffff' },
              label: { show: true, color: '#1f2d3d', fontWeight: 'bold' },
            },
            data: live.current.data,
          },
        ],
      },
      { notMerge: true },
    );
    applyFocus();
  }, [mapName, features, district, resetToken, applyFocus]);

  // Selection and colours change without moving the view (the user's zoom and pan are kept).
  useEffect(() => {
    chart.current?.setOption({ series: [{ id: SERIES_ID, data }] });
  }, [data]);

  useEffect(() => {
    if (focus) applyFocus();
  }, [focus, applyFocus]);

  return <div ref={container} className="geo-map" data-testid="map" role="img" aria-label={t('geo.title')} />;
}
