import { useEffect, useState } from 'react';
import { listAreas } from '../../../api/geo.ts';
import type { AreaListItem } from '../../../api/types.ts';

export interface AreaLists {
  streets: AreaListItem[];
  communities: AreaListItem[];
  grids: AreaListItem[];
}

// Streets, communities and grids change with a new geography release, not during a visit: load them once.
let loading: Promise<AreaLists> | null = null;

function loadAreaLists(): Promise<AreaLists> {
  loading ??= Promise.all([
    listAreas({ level: 'street' }),
    listAreas({ level: 'community' }),
    listAreas({ level: 'grid' }),
  ]).then(([streets, communities, grids]) => ({ streets, communities, grids }));
  // A failed load is tried again by the next screen that asks.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The district's streets, communities and grids, for the area picker of a responsibility line. */
export function useAreaLists(): { areas: AreaLists | null; error: unknown } {
  const [state, setState] = useState<{ areas: AreaLists | null; error: unknown }>({
    areas: null,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    loadAreaLists()
      .then((areas) => !cancelled && setState({ areas, error: null }))
      .catch((error: unknown) => !cancelled && setState({ areas: null, error }));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
