import { Empty } from 'antd';
import { useEffect, useRef } from 'react';
import { type ECharts, type EChartsCoreOption, echarts } from './indicator-echarts.ts';

interface IndicatorChartProps {
  option: EChartsCoreOption;
  /** No groups: an empty note instead of bare axes. */
  empty: boolean;
  emptyText: string;
  /** Names the chart for screen readers. */
  label: string;
  testId: string;
  /** Wider than the card when there are many groups: the chart then scrolls sideways. */
  minWidth: number;
  height?: number;
}

/** One ECharts chart that follows its option and the width of its card. */
export function IndicatorChart({
  option,
  empty,
  emptyText,
  label,
  testId,
  minWidth,
  height = 300,
}: IndicatorChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // A new grouping has other series and categories: replace, do not merge.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div className="ind-chart-frame" style={{ height }} data-testid={testId}>
      <div className="ind-chart-scroll">
        <div
          ref={container}
          className="ind-chart"
          style={minWidth ? { minWidth } : undefined}
          role="img"
          aria-label={label}
        />
      </div>
      {empty && (
        <div className="ind-chart-empty">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        </div>
      )}
    </div>
  );
}
