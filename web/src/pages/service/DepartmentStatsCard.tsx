import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Space, Table, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type DepartmentStats, getDepartmentStats, supervisionKeys } from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Figures per department over a period: on-time rate, average handling time, instant share, visits per case. */
export function DepartmentStatsCard() {
  const { t, errorText } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const from = range[0].startOf('day').toISOString();
  const to = range[1].endOf('day').toISOString();
  const stats = useQuery({
    queryKey: supervisionKeys.departmentStats(from, to),
    queryFn: ({ signal }) => getDepartmentStats(from, to, signal),
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });

  const columns: TableProps<DepartmentStats>['columns'] = [
    { key: 'department', title: t('board.department'), dataIndex: 'departmentName' },
    { key: 'completed', title: t('board.completed'), dataIndex: 'completed', align: 'right' },
    {
      key: 'onTime',
      title: t('board.onTimeRate'),
      align: 'right',
      render: (_, s) => (
        <span className={s.onTimeRate < 0.9 ? 'bad-text' : undefined}>{percent(s.onTimeRate)}</span>
      ),
    },
    {
      key: 'hours',
      title: t('board.averageHours'),
      align: 'right',
      render: (_, s) => s.averageHandlingHours.toFixed(1),
    },
    {
      key: 'instant',
      title: t('board.instantShare'),
      align: 'right',
      render: (_, s) => percent(s.instantShare),
    },
    {
      key: 'visits',
      title: t('board.visitsPerCase'),
      align: 'right',
      render: (_, s) => s.visitsPerCase.toFixed(2),
    },
  ];

  return (
    <Card size="small" className="case-card" title={t('board.stats')}>
      <Space wrap className="filters">
        <span className="muted">{t('board.period')}</span>
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          aria-label={t('board.period')}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          data-testid="stats-period"
        />
      </Space>
      {stats.error !== null && (
        <Alert type="error" showIcon title={errorText(stats.error)} className="form-alert" />
      )}
      <Table<DepartmentStats>
        rowKey="departmentId"
        size="small"
        loading={stats.isPending}
        columns={columns}
        dataSource={stats.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="stats-table"
      />
    </Card>
  );
}
