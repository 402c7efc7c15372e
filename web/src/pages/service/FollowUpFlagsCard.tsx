import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type FollowUpFlag, getFollowUpFlags, supervisionKeys } from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';

/**
 * 事后核查问题: trust-first cases whose after-the-fact cross-check found a declared fact untrue, for the
 * supervisor to follow up. The server lists only open (unresolved) flags.
 */
export function FollowUpFlagsCard() {
  const { t, label, errorText, formatDateTime } = useI18n();
  const flags = useQuery({
    queryKey: supervisionKeys.flags(),
    queryFn: ({ signal }) => getFollowUpFlags(signal),
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });
  const yesNo = (answer: boolean) => t(answer ? 'followUp.yes' : 'followUp.no');

  const columns: TableProps<FollowUpFlag>['columns'] = [
    {
      key: 'case',
      title: t('board.caseNo'),
      render: (_, f) => (
        <span className="board-case">
          <Link to={`/service/cases/${f.caseId}`} className="mono nowrap">
            {f.caseNo}
          </Link>
          <Typography.Text type="secondary" className="small">
            {f.itemName}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'applicant', title: t('case.applicant'), dataIndex: 'applicantName' },
    {
      key: 'mismatch',
      title: t('followUp.mismatch'),
      render: (_, f) => (
        <span className="board-case">
          <span>{label('predicate', f.predicate)}</span>
          <Typography.Text type="secondary" className="small">
            {t('followUp.declaredFound', { declared: yesNo(f.declared), found: yesNo(f.found) })}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'raisedAt',
      title: t('followUp.raisedAt'),
      responsive: ['md'],
      render: (_, f) => <span className="nowrap">{formatDateTime(f.raisedAt)}</span>,
    },
    {
      key: 'status',
      title: t('followUp.status'),
      render: () => <Tag color="red">{t('followUp.open')}</Tag>,
    },
  ];

  return (
    <Card
      size="small"
      className="case-card"
      title={
        <Space size={6}>
          {t('followUp.title')}
          <Badge
            count={flags.data?.length ?? 0}
            showZero
            color={flags.data?.length ? '#cf1322' : '#8c8c8c'}
          />
        </Space>
      }
      data-testid="follow-up-flags"
    >
      <Typography.Paragraph type="secondary" className="small">
        {t('followUp.intro')}
      </Typography.Paragraph>
      {flags.error !== null && (
        <Alert type="error" showIcon title={errorText(flags.error)} className="form-alert" />
      )}
      <Table<FollowUpFlag>
        rowKey={(f) => `${f.caseId}-${f.predicate}`}
        size="small"
        loading={flags.isPending}
        columns={columns}
        dataSource={flags.data ?? []}
        locale={{ emptyText: t('followUp.empty') }}
        pagination={{
          pageSize: 10,
          hideOnSinglePage: true,
          showTotal: (count) => t('common.total', { count }),
        }}
        scroll={{ x: 640 }}
        data-testid="flags-table"
      />
    </Card>
  );
}
