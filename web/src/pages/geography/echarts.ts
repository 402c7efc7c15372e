/**
 * ECharts with only what the map needs (tree-shaken core), so the map chunk stays small.
 * Everything is drawn from our own GeoJSON: no tile server, nothing loaded from the internet.
 */
import { MapChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, GeoComponent, TooltipComponent, CanvasRenderer]);

export type { ECharts } from 'echarts/core';
export { echarts };
