import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Segmented, Space, Statistic } from 'antd';
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
import { useDepartmentList } from '../useDepartmentList.ts';
import { useTaxonomy } from '../useTaxonomy.ts';
import { IndicatorChartCards } from './IndicatorChartCards.tsx';
import { INDICATOR_TITLES, IndicatorTable, type LabelledRow } from './IndicatorTable.tsx';
import { chinaDate, formatHours, formatRate, type GroupNames, groupLabel } from './indicator-format.ts';
import { indicatorParams, readIndicatorQuery } from './indicator-query.ts';
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

      <TotalCards total={total} />

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

/** The period's totals at a glance. */
function TotalCards({ total }: { total: LabelledRow | null }) {
  const { t } = useI18n();
  const cards: { key: string; title: string; value: string; suffix?: string }[] = [
    { key: 'reported', title: t('gov.ind.reported'), value: total ? String(total.reported) : '' },
    { key: 'registered', title: t('gov.ind.registered'), value: total ? String(total.registered) : '' },
    ...(['accurateDispatchRate', 'onTimeDisposalRate', 'onTimeClosureRate', 'reworkRate'] as const).map(
      (key) => ({ key, title: t(INDICATOR_TITLES[key]), value: total ? formatRate(total[key]) : '' }),
    ),
    {
      key: 'averageDisposalHours',
      title: t('gov.ind.averageDisposalHoursShort'),
      value: total ? formatHours(total.averageDisposalHours) : '',
      suffix: total?.averageDisposalHours == null ? undefined : t('gov.ind.hours'),
    },
  ];
  return (
    <div className="ind-totals">
      {cards.map((card) => (
        <Card key={card.key} size="small">
          <Statistic
            title={<span title={card.title}>{card.title}</span>}
            value={card.value}
            suffix={card.suffix}
            loading={!total}
            formatter={(value) => <span data-testid={`ind-card-${card.key}`}>{value}</span>}
          />
        </Card>
      ))}
    </div>
  );
}

/** Unit and class names in the current language (the server names groups in Chinese). */
function useGroupNames(): GroupNames {
  const { t, locale, departmentName } = useI18n();
  const departments = useDepartmentList();
  const { taxonomy } = useTaxonomy();
  return useMemo<GroupNames>(() => {
    const units = new Map(departments.map((d) => [d.id, departmentName(d)]));
    const classes = new Map<string, string>();
    for (const c of [...(taxonomy?.majors ?? []), ...(taxonomy?.minors ?? [])]) classes.set(c.code, c.nameEn);
    return {
      lang: locale === 'en-US' ? 'en' : 'zh',
      unit: (id) => units.get(id),
      classEn: (code) => classes.get(code) || undefined,
      undispatched: t('gov.ind.undispatched'),
      total: t('gov.ind.total'),
      weekOf: (date) => t('gov.ind.weekOf', { date }),
    };
  }, [departments, taxonomy, locale, departmentName, t]);
}
