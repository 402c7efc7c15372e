import { Button, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Rectification } from '../../api/rectifications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RectificationDeadline } from './RectificationDeadline.tsx';

/** The columns of 差评整改: case and item, department, the rating, when opened, the deadline, and 查看. */
export function useRectificationColumns(
  onOpen: (r: Rectification) => void,
): TableProps<Rectification>['columns'] {
  const { t, label, formatDateTime } = useI18n();
  return [
    {
      key: 'case',
      title: t('rect.caseNo'),
      render: (_, r) => (
        <span className="board-case">
          <Link
            to={`/service/cases/${r.caseId}`}
            className="mono nowrap"
            onClick={(event) => event.stopPropagation()}
          >
            {r.caseNo}
          </Link>
          <Typography.Text type="secondary" className="small">
            {r.itemName}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'department', title: t('rect.department'), dataIndex: 'departmentName', responsive: ['md'] },
    {
      key: 'rating',
      title: t('rect.rating'),
      render: (_, r) => (
        <span className="board-case">
          <Tag color={r.rating.level === 1 ? 'red' : 'volcano'} className="nowrap">
            {label('ratingLevel', String(r.rating.level))}
          </Tag>
          {r.rating.comment && (
            <Typography.Text type="secondary" className="small" ellipsis={{ tooltip: r.rating.comment }}>
              {r.rating.comment}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'openedAt',
      title: t('rect.openedAt'),
      responsive: ['lg'],
      render: (_, r) => <span className="nowrap">{formatDateTime(r.openedAt)}</span>,
    },
    {
      key: 'deadline',
      title: t('rect.deadline'),
      render: (_, r) => (
        <span className="board-case">
          <RectificationDeadline rectification={r} />
          <Typography.Text type="secondary" className="small nowrap">
            {formatDateTime(r.state === 'closed' && r.closedAt ? r.closedAt : r.dueAt)}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, r) => (
        <Button size="small" onClick={() => onOpen(r)} data-testid={`rect-open-${r.caseNo}`}>
          {t('rect.open')}
        </Button>
      ),
    },
  ];
}
