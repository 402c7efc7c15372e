import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  INDICATOR_GROUPINGS,
  type IndicatorGrouping,
  type IndicatorQuery,
  indicatorsExportUrl,
} from '../../../api/governance.ts';
import { PageHead } from '../../../components/PageHead.tsx';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { IndicatorChartCards } from './IndicatorChartCards.tsx';
import { IndicatorTable, type LabelledRow } from './IndicatorTable.tsx';
import { IndicatorTotals } from './IndicatorTotals.tsx';
import { chinaDate, groupLabel } from './indicator-format.ts';
import { indicatorParams, readIndicatorQuery } from './indicator-query.ts';
import { useGroupNames } from './useGroupNames.ts';
import { useIndicators } from './useIndicators.ts';
import './indicators.css';

const GROUP_TITLES: Record<IndicatorGrouping, MessageKey> = {
  street: 'gov.ind.by.street',
  unit: 'gov.ind.by.unit',
  major: 'gov.ind.by.major',
  class: 'gov.ind.by.class',
  day: 'gov.ind.by.day',
  week: 'gov.ind.by.week',
  month: 'gov.ind.by.month',
};

const DATE_FORMAT = 'YYYY-MM-DD';

/** The same figures to take away: CSV for any tool, Excel for the office. */
const EXPORTS: { format: 'csv' | 'xlsx'; title: MessageKey }[] = [
  { format: 'csv', title: 'gov.ind.exportCsv' },
  { format: 'xlsx', title: 'gov.ind.exportXlsx' },
];

/**
 * 指标分析: the platform's ten indicators over a period, grouped by street, unit, class or period — charts of the
 * volumes, the rates and the disposal time, the full table with its 合计, and the same figures as CSV or Excel.
 */
export default function IndicatorsPage() {
  const { t, errorText } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readIndicatorQuery(params), [params]);
  const { report, error, loading, reload } = useIndicators(query);
  const setQuery = (changes: Partial<IndicatorQuery>) =>
    setParams(indicatorParams({ ...query, ...changes }), { replace: true });
  const names = useGroupNames();

  // The table and the charts show the answer they belong to, not the grouping just clicked (it is still loading).
  const groupBy = report?.groupBy ?? query.groupBy;
  const rows = useMemo<LabelledRow[]>(
    () => (report?.rows ?? []).map((row) => ({ ...row, label: groupLabel(row, groupBy, names) })),
    [report, groupBy, names],
  );
  const total = report ? { ...report.total, label: groupLabel(report.total, groupBy, names) } : null;
  // The period asked for, or — before one is chosen — the server's default, once it has said which days.
  const period = query.from && query.to ? { from: query.from, to: query.to } : report;
  const exported = { groupBy: query.groupBy, from: period?.from, to: period?.to };

  return (
    <div className="page ind-page">
      <PageHead title={t('gov.ind.title')} intro={t('gov.ind.intro')}>
        <Space wrap>
          {EXPORTS.map(({ format, title }) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              href={indicatorsExportUrl(exported, format)}
              download
              data-testid={`ind-export-${format}`}
            >
              {t(title)}
            </Button>
          ))}
        </Space>
      </PageHead>

      <Card size="small" className="ind-filters">
        <Space wrap size={[16, 8]}>
          <span className="muted">{t('gov.ind.period')}</span>
          <PeriodPicker period={period} onChange={(from, to) => setQuery({ from, to })} />
          <span className="muted">{t('gov.ind.groupBy')}</span>
          <Segmented<IndicatorGrouping>
            value={query.groupBy}
            onChange={(value) => setQuery({ groupBy: value })}
            options={INDICATOR_GROUPINGS.map((g) => ({ value: g, label: t(GROUP_TITLES[g]) }))}
            data-testid="ind-groupby"
          />
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.retry')} />
        </Space>
      </Card>

      {error !== null && <Alert type="error" showIcon title={errorText(error)} className="form-alert" />}

      <IndicatorTotals total={total} />

      <IndicatorChartCards rows={rows} groupBy={groupBy} />

      <Card
        size="small"
        className="ind-card"
        title={period ? t('gov.ind.tableTitle', { from: period.from, to: period.to }) : t('gov.ind.title')}
        extra={<span className="muted small">{t('gov.ind.nullHint')}</span>}
      >
        <IndicatorTable rows={rows} total={total} groupTitle={t(GROUP_TITLES[groupBy])} loading={loading} />
      </Card>
    </div>
  );
}

/** The period as a range of calendar days, with the usual choices one click away. */
function PeriodPicker({
  period,
  onChange,
}: {
  period: { from: string; to: string } | null;
  onChange: (from: string, to: string) => void;
}) {
  const { t } = useI18n();
  const today = dayjs(chinaDate(new Date()));
  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('gov.ind.last7'), value: [today.subtract(6, 'day'), today] },
    { label: t('gov.ind.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('gov.ind.thisMonth'), value: [today.startOf('month'), today] },
    {
      label: t('gov.ind.lastMonth'),
      value: [today.subtract(1, 'month').startOf('month'), today.subtract(1, 'month').endOf('month')],
    },
    { label: t('gov.ind.thisYear'), value: [today.startOf('year'), today] },
  ];
  return (
    <DatePicker.RangePicker
      allowClear={false}
      value={period ? [dayjs(period.from), dayjs(period.to)] : null}
      format={DATE_FORMAT}
      presets={presets}
      onChange={(value) => {
        if (value?.[0] && value[1]) onChange(value[0].format(DATE_FORMAT), value[1].format(DATE_FORMAT));
      }}
      aria-label={t('gov.ind.period')}
      data-testid="ind-period"
    />
  );
}
