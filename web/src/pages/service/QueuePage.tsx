import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { caseKeys, listQueue, type QueueEntry } from '../../api/cases.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TimeLeft } from './TimeLeft.tsx';

const REFRESH_MS = 30_000;

/** 审批队列: the running nodes of the approver's department, soonest deadline first, with a live countdown. */
export default function QueuePage() {
  const { t, errorText, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const polled = useQuery({
    queryKey: caseKeys.queue(),
    queryFn: ({ signal }) => listQueue(signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const now = useNow(1000);
  // Count down from the server's msLeft (its clock), so a wrong clock on this machine does not matter.
  const left = (entry: QueueEntry) => entry.msLeft - (now - polled.dataUpdatedAt);
  const rows = [...(polled.data ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));

  const columns: TableProps<QueueEntry>['columns'] = [
    {
      key: 'caseNo',
      title: t('queue.caseNo'),
      render: (_, entry) => <span className="mono nowrap">{entry.caseNo}</span>,
    },
    { key: 'item', title: t('queue.item'), dataIndex: 'itemName' },
    { key: 'applicant', title: t('queue.applicant'), dataIndex: 'applicantName', responsive: ['md'] },
    {
      key: 'node',
      title: t('queue.node'),
      render: (_, entry) => (
        <span>
          {entry.nodeName}
          <Typography.Text type="secondary" className="small">
            {' '}
            · {entry.stageName}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'activatedAt',
      title: t('queue.activatedAt'),
      responsive: ['xl'],
      render: (_, entry) => <span className="nowrap">{formatDateTime(entry.activatedAt)}</span>,
    },
    {
      key: 'dueAt',
      title: t('queue.dueAt'),
      responsive: ['lg'],
      render: (_, entry) => <span className="nowrap">{formatDateTime(entry.dueAt)}</span>,
    },
    {
      key: 'left',
      title: t('queue.timeLeft'),
      render: (_, entry) => (
        <Space size={4} wrap>
          <TimeLeft msLeft={left(entry)} />
          {entry.escalated && <Tag color="volcano">{t('case.escalated')}</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <div className="page">
      <Card
        title={t('queue.title')}
        extra={
          <Space>
            {polled.dataUpdatedAt > 0 && (
              <span className="muted small">
                {t('time.updatedAt', { time: formatDateTime(new Date(polled.dataUpdatedAt).toISOString()) })}
              </span>
            )}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void polled.refetch()}
              aria-label={t('common.retry')}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('queue.intro')} {t('time.autoRefresh')}
        </Typography.Paragraph>
        {polled.error !== null && (
          <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
        )}
        <Table<QueueEntry>
          rowKey={(entry) => `${entry.caseId}-${entry.nodeId}`}
          size="middle"
          loading={polled.isPending}
          columns={columns}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('queue.empty') }}
          rowClassName={(entry) => `clickable-row${left(entry) < 0 ? ' row-overdue' : ''}`}
          onRow={(entry) => ({
            onClick: () => navigate(`/service/cases/${entry.caseId}`),
            onKeyDown: (event) => event.key === 'Enter' && navigate(`/service/cases/${entry.caseId}`),
            tabIndex: 0,
            'data-testid': `queue-row-${entry.caseNo}`,
          })}
          data-testid="queue-table"
        />
      </Card>
    </div>
  );
}
