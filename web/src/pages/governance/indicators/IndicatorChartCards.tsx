import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import type { IndicatorGrouping } from '../../../api/governance.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { INDICATOR_TITLES, type LabelledRow } from './IndicatorTable.tsx';
import { CHART_RATES, chartMinWidth, countsOption, hoursOption, ratesOption } from './indicator-charts.ts';
import type { EChartsCoreOption } from './indicator-echarts.ts';

interface ChartCard {
  key: 'counts' | 'rates' | 'hours';
  title: string;
  option: EChartsCoreOption;
  /** Half a row on a wide screen; otherwise the whole row. */
  half: boolean;
  height?: number;
}

/** The volumes and the rates side by side, the disposal time under them, each in its own card. */
export function IndicatorChartCards({ rows, groupBy }: { rows: LabelledRow[]; groupBy: IndicatorGrouping }) {
  const { t } = useI18n();
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const counts = useMemo(
    () =>
      countsOption(labels, rows, { reported: t('gov.ind.reported'), registered: t('gov.ind.registered') }),
    [labels, rows, t],
  );
  const rates = useMemo(
    () =>
      ratesOption(
        labels,
        rows,
        groupBy,
        Object.fromEntries(CHART_RATES.map((rate) => [rate, t(INDICATOR_TITLES[rate])])) as Record<
          (typeof CHART_RATES)[number],
          string
        >,
      ),
    [labels, rows, groupBy, t],
  );
  const hours = useMemo(
    () =>
      hoursOption(labels, rows, { hours: t('gov.ind.averageDisposalHoursShort'), unit: t('gov.ind.hours') }),
    [labels, rows, t],
  );
  const cards: ChartCard[] = [
    { key: 'counts', title: t('gov.ind.chartCounts'), option: counts, half: true },
    { key: 'rates', title: t('gov.ind.chartRates'), option: rates, half: true },
    { key: 'hours', title: t('gov.ind.chartHours'), option: hours, half: false, height: 240 },
  ];
  const minWidth = chartMinWidth(rows.length);
  return (
    <Row gutter={[12, 12]} className="ind-charts">
      {cards.map((card) => (
        <Col key={card.key} xs={24} xl={card.half ? 12 : undefined}>
          <Card size="small" className="ind-card" title={card.title}>
            <IndicatorChart
              option={card.option}
              empty={rows.length === 0}
              emptyText={t('gov.ind.empty')}
              minWidth={minWidth}
              label={card.title}
              testId={`ind-chart-${card.key}`}
              height={card.height}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
