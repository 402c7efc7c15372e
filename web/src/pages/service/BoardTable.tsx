import { Progress, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { BoardNode } from '../../api/supervision.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TimeLeft } from './TimeLeft.tsx';
import { msLeftByServer, shareColour } from './time-left.ts';

export type BoardFilter = 'all' | 'dueSoon' | 'overdue' | 'escalated';

const STROKE = { green: '#52c41a', orange: '#fa8c16', red: '#f5222d' } as const;

/** 即将超期 counts nodes in their warning window that are not overdue yet, as the department cards do. */
export function filterNodes(nodes: readonly BoardNode[], filter: BoardFilter): BoardNode[] {
  if (filter === 'dueSoon') return nodes.filter((n) => n.dueSoon && !n.overdue);
  if (filter === 'overdue') return nodes.filter((n) => n.overdue);
  if (filter === 'escalated') return nodes.filter((n) => n.escalated);
  return [...nodes];
}

interface BoardTableProps {
  nodes: BoardNode[];
  loading: boolean;
  /** The server's clock when it made the board (`generatedAt`) and when the answer arrived here. */
  serverNow: string;
  fetchedAt: number;
}

/** Every running department node with a bar of the share of its time limit used. */
export function BoardTable({ nodes, loading, serverNow, fetchedAt }: BoardTableProps) {
  const { t, formatDateTime } = useI18n();
  const navigate = useNavigate();
  // Count down by the server's clock (as the overdue flags do), so a wrong clock here does not matter.
  const now = useNow(30_000);
  const msLeft = (n: BoardNode) => msLeftByServer(n.dueAt, serverNow, fetchedAt, now);

  const columns: TableProps<BoardNode>['columns'] = [
    {
      key: 'case',
      title: t('board.caseNo'),
      render: (_, n) => (
        <span className="board-case">
          <span className="mono nowrap">{n.caseNo}</span>
          <Typography.Text type="secondary" className="small">
            {n.itemName} · {n.applicantName}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'used',
      title: t('board.used'),
      width: 180,
      render: (_, n) => (
        <Progress
          percent={Math.min(100, Math.round(n.usedShare * 100))}
          strokeColor={STROKE[shareColour(n.usedShare)]}
          // Past 100 % antd would show the figure in its "success" green: keep it in the bar's colour.
          status={n.usedShare >= 1 ? 'exception' : 'normal'}
          format={() => (
            <span style={{ color: STROKE[shareColour(n.usedShare)] }}>{Math.round(n.usedShare * 100)}%</span>
          )}
          size="small"
          data-testid={`used-${n.caseNo}-${n.nodeId}`}
          data-colour={shareColour(n.usedShare)}
        />
      ),
    },
    { key: 'department', title: t('board.department'), dataIndex: 'departmentName', responsive: ['md'] },
    {
      key: 'node',
      title: t('board.node'),
      render: (_, n) => (
        <span>
          {n.nodeName}
          <Typography.Text type="secondary" className="small">
            {' '}
            · {t('case.limitDays', { days: n.limitDays })}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'due',
      title: t('board.dueAt'),
      responsive: ['lg'],
      render: (_, n) => (
        <span className="board-due">
          <span className="nowrap small">{formatDateTime(n.dueAt)}</span>
          <TimeLeft msLeft={msLeft(n)} />
        </span>
      ),
    },
    {
      key: 'flags',
      title: t('board.flags'),
      render: (_, n) => (
        <Space size={2} wrap>
          {n.overdue && <Tag color="red">{t('board.overdue')}</Tag>}
          {!n.overdue && n.dueSoon && <Tag color="orange">{t('board.dueSoon')}</Tag>}
          {n.escalated && <Tag color="volcano">{t('board.escalated')}</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <Table<BoardNode>
      rowKey={(n) => `${n.caseId}-${n.nodeId}`}
      size="small"
      loading={loading}
      columns={columns}
      dataSource={nodes}
      pagination={{
        pageSize: 20,
        hideOnSinglePage: true,
        showTotal: (count) => t('common.total', { count }),
      }}
      scroll={{ x: 760 }}
      rowClassName={() => 'clickable-row'}
      onRow={(n) => ({ onClick: () => navigate(`/service/cases/${n.caseId}`) })}
      data-testid="board-table"
    />
  );
}
