import { Badge, Space, Table, type TableProps, Tabs } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { WindowWork, WorkEntry } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseStateTag } from './CaseTags.tsx';

const LISTS = ['prereview', 'awaitingSeal', 'unfinished'] as const;

/**
 * What waits at the windows, one tab per list (pre-review, the seal, unfinished), each row opening its case; the
 * clerk's 窗口待办 and the supervisor's board show the same lists.
 */
export function WindowWorkTabs({
  work,
  loading,
  everyClerk = false,
}: {
  work: WindowWork | null;
  loading: boolean;
  /** The unfinished list holds every clerk's cases (the supervisor's board), not the signed-in clerk's. */
  everyClerk?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const navigate = useNavigate();
  // A case the clerk left at the desk goes back to the desk, where it stopped; anything else opens its case page.
  const open = (entry: WorkEntry) =>
    navigate(
      entry.state === 'checking' && !everyClerk
        ? `/service/window?case=${entry.id}`
        : `/service/cases/${entry.id}`,
    );

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
      loading={loading && !work}
      columns={columns}
      dataSource={work?.[list] ?? []}
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
    <Tabs
      items={LISTS.map((list) => ({
        key: list,
        label: (
          <Space size={6}>
            {t(list === 'unfinished' && everyClerk ? 'work.unfinishedAll' : `work.${list}`)}
            <Badge count={work?.[list].length ?? 0} showZero color="#1677ff" />
          </Space>
        ),
        children: table(list),
      }))}
    />
  );
}
