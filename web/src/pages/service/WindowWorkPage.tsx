import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Space, Table, type TableProps, Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { getWindowWork, type WindowWork, type WorkEntry } from '../../api/cases.ts';
import { usePolling } from '../../hooks/usePolling.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseStateTag } from './CaseTags.tsx';

const REFRESH_MS = 30_000;
const LISTS = ['prereview', 'awaitingSeal', 'unfinished'] as const;

/**
 * 窗口待办: what waits for any window — online applications to pre-review, cases every department agreed to
 * that wait for the final check and seal, and the cases this clerk opened and has not finished.
 */
export default function WindowWorkPage() {
  const { t, errorText, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const polled = usePolling(getWindowWork, REFRESH_MS);
  const open = (entry: WorkEntry) => navigate(`/service/cases/${entry.id}`);

  const columns: TableProps<WorkEntry>['columns'] = [
    {
      key: 'caseNo',
      title: t('queue.caseNo'),
      render: (_, entry) => <span className="mono nowrap">{entry.caseNo}</span>,
    },
    { key: 'item', title: t('queue.item'), dataIndex: 'itemName' },
    { key: 'applicant', title: t('queue.applicant'), dataIndex: 'applicantName', responsive: ['md'] },
    {
      key: 'channel',
      title: t('work.channel'),
      responsive: ['lg'],
      render: (_, entry) =>
        entry.channel === 'online' ? t('channel.online') : `${t('channel.window')} ${entry.windowNo ?? ''}`,
    },
    {
      key: 'state',
      title: t('case.state'),
      render: (_, entry) => <CaseStateTag state={entry.state} />,
    },
    {
      key: 'waiting',
      title: t('work.waitingSince'),
      render: (_, entry) => <span className="nowrap">{formatDateTime(entry.waitingSince)}</span>,
    },
  ];

  const table = (list: keyof WindowWork) => (
    <Table<WorkEntry>
      rowKey="id"
      size="middle"
      loading={polled.loading && !polled.data}
      columns={columns}
      dataSource={polled.data?.[list] ?? []}
      pagination={false}
      locale={{ emptyText: t('work.empty') }}
      rowClassName="clickable-row"
      onRow={(entry) => ({
        onClick: () => open(entry),
        onKeyDown: (event) => event.key === 'Enter' && open(entry),
        tabIndex: 0,
        'data-testid': `work-row-${entry.caseNo}`,
      })}
      data-testid={`work-${list}`}
    />
  );

  return (
    <div className="page">
      <Card
        title={t('work.title')}
        extra={
          <Space>
            {polled.fetchedAt > 0 && (
              <span className="muted small">
                {t('time.updatedAt', { time: formatDateTime(new Date(polled.fetchedAt).toISOString()) })}
              </span>
            )}
            <Button icon={<ReloadOutlined />} onClick={polled.reload} aria-label={t('common.retry')} />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('work.intro')} {t('time.autoRefresh')}
        </Typography.Paragraph>
        {polled.error !== null && (
          <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
        )}
        <Tabs
          items={LISTS.map((list) => ({
            key: list,
            label: (
              <Space size={6}>
                {t(`work.${list}`)}
                <Badge count={polled.data?.[list].length ?? 0} showZero color="#1677ff" />
              </Space>
            ),
            children: table(list),
          }))}
        />
      </Card>
    </div>
  );
}
