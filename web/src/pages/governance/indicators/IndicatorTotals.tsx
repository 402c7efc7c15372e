import { Card, Statistic } from 'antd';
import { useI18n } from '../../../i18n/index.tsx';
import { INDICATOR_TITLES, type LabelledRow } from './IndicatorTable.tsx';
import { formatHours, formatRate } from './indicator-format.ts';

/** The period's totals at a glance. */
export function IndicatorTotals({ total }: { total: LabelledRow | null }) {
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
