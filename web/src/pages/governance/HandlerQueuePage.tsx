import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, Space, Table, type TableProps, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { type EventSummary, OPEN_STATES } from '../../api/governance.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DueTimer } from './DueTimer.tsx';
import { EventComponentLine } from './EventComponentLine.tsx';
import { EventMarks, EventStateTag, SeverityTag, useClassName } from './EventTags.tsx';
import { unitDeadline } from './event-timers.ts';
import { LiveBadge } from './LiveBadge.tsx';
import { useLiveEvents } from './useLiveEvents.ts';
import './governance.css';

/** What the unit still has to do comes first (to dispose), then what waits for others (核查, 挂账). */
const waitsForUnit = (e: EventSummary) => (e.state === 'reported' || e.state === 'dispatched' ? 0 : 1);

/** The unit's own work first, each group soonest deadline first; events without a running deadline (挂账) last. */
const byDeadline = (a: EventSummary, b: EventSummary) =>
  waitsForUnit(a) - waitsForUnit(b) ||
  (unitDeadline(a)?.dueAt ?? '9').localeCompare(unitDeadline(b)?.dueAt ?? '9');

/**
 * 处置单位工作台: the open events dispatched to the user's unit, live — a new one appears the moment it is routed
 * here, one sent on to another unit leaves — soonest deadline first; a row opens the event to dispose or send back.
 */
export default function HandlerQueuePage() {
  const { t, departmentName, errorText, formatDateTime } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const className = useClassName();
  const unitId = user.department?.id ?? null;
  const keep = useCallback((e: EventSummary) => OPEN_STATES.has(e.state) && e.unitId === unitId, [unitId]);
  const live = useLiveEvents({ open: true }, keep);
  const now = useNow(1000);
  const rows = [...live.events].sort(byDeadline);
  // On a phone the state joins the event's own cell, so the event and its timer share the narrow screen.
  const phone = !Grid.useBreakpoint().sm;
  const open = (e: EventSummary) => navigate(`/gov/events/${e.id}`);
  const late = (e: EventSummary) => {
    const due = unitDeadline(e);
    return due !== null && Date.parse(due.dueAt) < now;
  };

  const columns: TableProps<EventSummary>['columns'] = [
    {
      key: 'state',
      title: t('gov.queue.state'),
      width: 110,
      responsive: ['sm'],
      render: (_, e) => <EventStateTag state={e.state} />,
    },
    {
      key: 'class',
      title: t('gov.queue.class'),
      render: (_, e) => (
        <div>
          <Space size={4} wrap>
            {phone && <EventStateTag state={e.state} testId="gov-queue-row-state" />}
            <strong>{className(e)}</strong>
            <SeverityTag severity={e.severity} />
            <EventMarks e={e} />
          </Space>
          <Typography.Paragraph type="secondary" className="small queue-desc" ellipsis={{ rows: 1 }}>
            {e.description}
          </Typography.Paragraph>
          {e.component && <EventComponentLine component={e.component} />}
        </div>
      ),
    },
    {
      key: 'place',
      title: t('gov.queue.place'),
      responsive: ['md'],
      width: 260,
      render: (_, e) => (
        <span>
          {e.gridName}
          {e.address && <div className="muted small">{e.address}</div>}
        </span>
      ),
    },
    {
      key: 'reported',
      title: t('gov.queue.reportedAt'),
      responsive: ['lg'],
      width: 180,
      render: (_, e) => (
        <span className="nowrap">
          {formatDateTime(e.reportedAt)}
          <div className="mono small muted">{e.eventNo}</div>
        </span>
      ),
    },
    {
      key: 'timer',
      title: t('gov.queue.timer'),
      width: phone ? 104 : 170,
      render: (_, e) => {
        const running = unitDeadline(e);
        return running ? <DueTimer stage={running.stage} dueAt={running.dueAt} now={now} compact /> : '—';
      },
    },
  ];

  return (
    <div className="page">
      <Card
        title={
          <Space>
            {t('gov.queue.title')}
            <LiveBadge status={live.status} />
          </Space>
        }
        extra={<Button icon={<ReloadOutlined />} onClick={live.reload} aria-label={t('common.retry')} />}
      >
        <Typography.Paragraph type="secondary">
          {t('gov.queue.intro', { unit: departmentName(user.department) })}
        </Typography.Paragraph>
        {live.error !== null && (
          <Alert type="error" showIcon title={errorText(live.error)} className="form-alert" />
        )}
        <Table<EventSummary>
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          className="gov-queue"
          loading={live.loading && live.events.length === 0}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
          locale={{ emptyText: t('gov.queue.empty') }}
          rowClassName={(e) =>
            ['clickable-row', late(e) && 'row-overdue', live.fresh.has(e.id) && 'row-fresh']
              .filter(Boolean)
              .join(' ')
          }
          onRow={(e) => ({
            onClick: () => open(e),
            onKeyDown: (event) => event.key === 'Enter' && open(e),
            tabIndex: 0,
            'data-testid': `gov-queue-row-${e.eventNo}`,
          })}
          data-testid="gov-queue"
        />
      </Card>
    </div>
  );
}
