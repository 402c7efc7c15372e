import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { type Located, locatePoint } from '../../api/governance.ts';

export interface Point {
  lng: number;
  lat: number;
}

/** The street, community and grid under a point, or the server's reason why there are none (outside the district). */
export function useLocate(point: Point | null): {
  located: Located | null;
  error: unknown;
  loading: boolean;
} {
  const [state, setState] = useState<{ located: Located | null; error: unknown; loading: boolean }>({
    located: null,
    error: null,
    loading: false,
  });
  const lng = point?.lng;
  const lat = point?.lat;
  useEffect(() => {
    if (lng === undefined || lat === undefined) {
      setState({ located: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    locatePoint(lng, lat, controller.signal)
      .then((located) => setState({ located, error: null, loading: false }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState({ located: null, error, loading: false });
      });
    return () => controller.abort();
  }, [lng, lat]);
  return state;
}
