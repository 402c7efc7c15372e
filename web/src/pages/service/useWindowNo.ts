import { useCallback, useState } from 'react';

const STORAGE_KEY = 'yimen.windowNo';

function saved(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The number of the window this browser serves; remembered on the machine, since a desk keeps its window. */
export function useWindowNo(): [string, (windowNo: string) => void] {
  const [windowNo, setState] = useState(saved);
  const set = useCallback((next: string) => {
    setState(next);
    try {
      if (next) localStorage.setItem(STORAGE_KEY, next);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered; the number still goes with this visit's cases.
    }
  }, []);
  return [windowNo, set];
}
