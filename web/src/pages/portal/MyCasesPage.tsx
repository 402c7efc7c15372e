import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { type MyCaseEntry, myCasesQuery } from '../../api/applications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseStateTag } from '../service/CaseTags.tsx';
import { newestFirst } from './portal-case.ts';

const REFRESH_MS = 60_000;

/** 我的办件: the applicant's own cases, newest first; a row opens the case. */
export default function MyCasesPage() {
  const { t, label, errorText, formatDate, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const polled = useQuery({
    ...myCasesQuery(),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const rows = newestFirst(polled.data ?? []);
  const open = (entry: MyCaseEntry) => navigate(`/my/cases/${entry.id}`);
  const apply = (
    <Button
      type="primary"
      icon={<FormOutlined />}
      onClick={() => navigate('/my/apply')}
      data-testid="my-apply"
    >
      {t('myCases.apply')}
    </Button>
  );

  const columns: TableProps<MyCaseEntry>['columns'] = [
    {
      key: 'state',
      title: t('myCases.state'),
      width: 120,
      render: (_, entry) => <CaseStateTag state={entry.state} />,
    },
    {
      key: 'item',
      title: t('myCases.item'),
      render: (_, entry) => (
        <span className="my-case-item">
          <strong>{entry.itemName}</strong>
          <span className="mono small muted my-case-no-inline">{entry.caseNo}</span>
        </span>
      ),
    },
    {
      key: 'caseNo',
      title: t('myCases.caseNo'),
      responsive: ['lg'],
      render: (_, entry) => <span className="mono nowrap">{entry.caseNo}</span>,
    },
    {
      key: 'channel',
      title: t('myCases.channel'),
      responsive: ['md'],
      render: (_, entry) => <Tag bordered={false}>{label('channel', entry.channel)}</Tag>,
    },
    {
      key: 'submitted',
      title: t('myCases.submittedAt'),
      responsive: ['sm'],
      render: (_, entry) => <span className="nowrap">{formatDateTime(entry.createdAt)}</span>,
    },
    {
      key: 'promised',
      title: t('myCases.promised'),
      responsive: ['xl'],
      render: (_, entry) => (entry.promisedDueAt ? formatDate(entry.promisedDueAt) : '—'),
    },
  ];

  return (
    <div className="page">
      <Card
        title={t('myCases.title')}
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void polled.refetch()}
              aria-label={t('common.retry')}
            />
            {apply}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('myCases.intro')}</Typography.Paragraph>
        {polled.error && (
          <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
        )}
        <Table<MyCaseEntry>
          rowKey="id"
          size="middle"
          loading={polled.isPending}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myCases.empty')}>
                {apply}
              </Empty>
            ),
          }}
          rowClassName={(entry) => `clickable-row${entry.state === 'correction' ? ' row-attention' : ''}`}
          onRow={(entry) => ({
            onClick: () => open(entry),
            onKeyDown: (event) => event.key === 'Enter' && open(entry),
            tabIndex: 0,
            'data-testid': `my-case-${entry.caseNo}`,
          })}
          data-testid="my-cases"
        />
      </Card>
    </div>
  );
}
