/** ECharts with what the indicator charts need (bars, lines, axes, legend); the maps register their own. */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type { ECharts, EChartsCoreOption } from 'echarts/core';
export { echarts };
