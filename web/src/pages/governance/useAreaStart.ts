import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { areaQuery } from '../../api/geo.ts';
import type { MapStart } from './DistrictMap.tsx';

/** Chancheng's area, km²: at zoom 1 the district fills the map. */
const DISTRICT_KM2 = 154;
const MAX_ZOOM = 24;

/** The zoom at which an area of this size fills about the map (the map's zoom scales lengths, not areas). */
export const zoomFor = (areaKm2: number): number =>
  Math.min(MAX_ZOOM, Math.max(1, 0.8 * Math.sqrt(DISTRICT_KM2 / Math.max(areaKm2, 0.01))));

/**
 * The starting view on an area (a grid worker's own grid): its centre and a zoom that shows it whole. Null until
 * known, and for no area or the whole district; a failed lookup leaves the district view.
 */
export function useAreaStart(code: string | undefined): MapStart | null {
  const wanted = code && code.length > 6 ? code : null;
  const { data: area } = useQuery({ ...areaQuery(wanted ?? ''), enabled: wanted !== null });
  return useMemo(() => {
    if (!wanted || !area || area.code !== wanted) return null;
    if (area.centerLng === null || area.centerLat === null || area.areaKm2 === null) return null;
    return { lng: area.centerLng, lat: area.centerLat, zoom: zoomFor(area.areaKm2), label: wanted };
  }, [wanted, area]);
}
