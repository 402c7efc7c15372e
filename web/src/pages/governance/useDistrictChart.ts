import { type RefObject, useEffect, useRef } from 'react';
import { type ECharts, echarts } from './echarts.ts';
import type { Point } from './useLocate.ts';

interface ChartHandlers {
  onPick?: (point: Point) => void;
  onPointClick?: (id: string) => void;
}

/**
 * The ECharts instance in `container`, for as long as the component lives: resized with its box; a click on a point
 * goes to `onPointClick`, a click anywhere else to `onPick` with the place it names.
 */
export function useDistrictChart(
  container: RefObject<HTMLDivElement | null>,
  handlers: ChartHandlers,
): RefObject<ECharts | null> {
  const chart = useRef<ECharts | null>(null);
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // A click on a point is that point's, not a new pin. ECharts hands both handlers the same event, its own
    // (the point's) last, so the pin waits for the end of the dispatch to see whether a point took the click.
    let pointEvent: unknown = null;
    instance.on('click', { seriesId: 'events' }, (params) => {
      const id = (params as { name?: string }).name;
      if (id && current.current.onPointClick) {
        pointEvent = (params as { event?: unknown }).event ?? null;
        current.current.onPointClick(id);
      }
    });
    instance.getZr().on('click', (event) => {
      if (!current.current.onPick) return;
      const at = instance.convertFromPixel({ geoIndex: 0 }, [event.offsetX, event.offsetY]) as
        | number[]
        | null;
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) return;
      queueMicrotask(() => {
        if (event !== pointEvent) current.current.onPick?.({ lng: at[0]!, lat: at[1]! });
      });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [container]);

  return chart;
}
