import { Table, type TableProps } from 'antd';
import type { IndicatorRow } from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { formatHours, formatRate, INDICATOR_COLUMNS, type IndicatorKey } from './indicator-format.ts';

export interface LabelledRow extends IndicatorRow {
  label: string;
}

const TITLES: Record<IndicatorKey, MessageKey> = {
  reported: 'gov.ind.reported',
  registered: 'gov.ind.registered',
  registrationRate: 'gov.ind.registrationRate',
  onTimeRegistrationRate: 'gov.ind.onTimeRegistrationRate',
  accurateDispatchRate: 'gov.ind.accurateDispatchRate',
  onTimeDisposalRate: 'gov.ind.onTimeDisposalRate',
  onTimeClosureRate: 'gov.ind.onTimeClosureRate',
  reworkRate: 'gov.ind.reworkRate',
  duplicateRate: 'gov.ind.duplicateRate',
  averageDisposalHours: 'gov.ind.averageDisposalHours',
};

const show = (row: IndicatorRow, key: IndicatorKey, kind: 'count' | 'rate' | 'hours') => {
  const value = row[key];
  if (kind === 'rate') return formatRate(value);
  if (kind === 'hours') return formatHours(value);
  return String(value ?? 0);
};

/** The ten indicators of every group, with the 合计 row fixed under them. */
export function IndicatorTable({
  rows,
  total,
  groupTitle,
  loading,
}: {
  rows: LabelledRow[];
  total: LabelledRow | null;
  groupTitle: string;
  loading: boolean;
}) {
  const { t } = useI18n();
  const columns: TableProps<LabelledRow>['columns'] = [
    { key: 'label', title: groupTitle, dataIndex: 'label', width: 160, className: 'ind-group-cell' },
    ...INDICATOR_COLUMNS.map(({ key, kind }) => ({
      key,
      title: t(TITLES[key]),
      align: 'right' as const,
      className: 'ind-figure-cell',
      render: (_: unknown, row: LabelledRow) => (
        <span className={row[key] === null ? 'muted' : undefined}>{show(row, key, kind)}</span>
      ),
    })),
  ];

  return (
    <Table<LabelledRow>
      rowKey={(row) => row.key || '-'}
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('gov.ind.empty') }}
      data-testid="ind-table"
      summary={() =>
        total ? (
          <Table.Summary fixed>
            <Table.Summary.Row className="ind-total-row" data-testid="ind-total-row">
              <Table.Summary.Cell index={0} className="ind-group-cell">
                {total.label}
              </Table.Summary.Cell>
              {INDICATOR_COLUMNS.map(({ key, kind }, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  <span data-testid={`ind-total-${key}`}>{show(total, key, kind)}</span>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}

export { TITLES as INDICATOR_TITLES };
