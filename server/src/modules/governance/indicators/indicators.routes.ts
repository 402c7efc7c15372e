import { Binary, byContentType, errorResponses, Text } from '@yimen/shared/common';
import { IndicatorQuery, IndicatorReport } from '@yimen/shared/events';
import type { App } from '../../../http.ts';
import { govDeps } from '../events/gov-deps.ts';
import { indicatorsCsv, indicatorsOfPeriod, indicatorsWorkbook } from './indicators.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The platform's indicators by street, unit, class or period, as JSON, CSV or an Excel workbook. */
export default async function indicatorRoutes(app: App): Promise<void> {
  app.get(
    '/gov/indicators',
    {
      schema: {
        tags: ['city governance'],
        summary:
          'Indicators (上报数 … 平均处置时长) of the events reported in a period, grouped; JSON, CSV or Excel',
        querystring: IndicatorQuery,
        response: {
          200: byContentType({
            'application/json': IndicatorReport,
            'text/csv': Text('text/csv'),
            [XLSX]: Binary(XLSX),
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const result = await indicatorsOfPeriod(govDeps(app), req.ctx, req.query);
      const { from, to } = result;
      const rows = [...result.rows, result.total];
      const file = `indicators-${result.groupBy}-${from}-${to}`;
      if (req.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file}.csv"`)
          .send(indicatorsCsv(rows));
      }
      if (req.query.format === 'xlsx') {
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${file}.xlsx"`)
          .send(await indicatorsWorkbook(`一网统管指标 ${from} 至 ${to}（按${result.groupBy}）`, rows));
      }
      return result;
    },
  );
}
