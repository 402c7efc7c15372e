/**
 * ECharts with what the governance maps need: the district's polygons as a geo component and events or a pin as
 * scatter points on it. Everything is drawn from our own GeoJSON; no tile server, nothing from the internet.
 */
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);

export type { ECharts } from 'echarts/core';
export { echarts };
