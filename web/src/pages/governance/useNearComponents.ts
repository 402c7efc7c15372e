import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { type NearComponent, nearComponents } from '../../api/governance.ts';
import { NEAR_LIMIT, NEAR_RADIUS_M } from './component-pick.ts';
import type { Point } from './useLocate.ts';

export interface NearState {
  items: NearComponent[];
  loading: boolean;
  error: unknown;
}

/**
 * The registered components near a pin, nearest first, asked again whenever the pin moves (a newer pin cancels
 * the older question). While a new answer is awaited the old list stays, so it does not flicker.
 */
export function useNearComponents(point: Point | null): NearState {
  const [state, setState] = useState<NearState>({ items: [], loading: false, error: null });
  const lng = point?.lng;
  const lat = point?.lat;
  useEffect(() => {
    if (lng === undefined || lat === undefined) {
      setState({ items: [], loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    nearComponents({ lng, lat, radius: NEAR_RADIUS_M, limit: NEAR_LIMIT }, controller.signal)
      .then((items) => setState({ items, loading: false, error: null }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState({ items: [], loading: false, error });
      });
    return () => controller.abort();
  }, [lng, lat]);
  return state;
}
