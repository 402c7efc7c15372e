import { EnvironmentOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DueTimer } from './DueTimer.tsx';
import { EventComponentLine } from './EventComponentLine.tsx';
import { EventMarks, EventStateTag, SeverityTag, useClassName } from './EventTags.tsx';
import { isOverdue, runningDeadline } from './event-timers.ts';
import { RoutingExplain } from './RoutingExplain.tsx';

interface EventCardProps {
  e: EventSummary;
  now: number;
  /** Arrived or changed live a moment ago: highlighted. */
  fresh?: boolean;
  selected?: boolean;
  onOpen?: () => void;
  /** Show where it was routed and why (the centre); a unit knows it is theirs. */
  showRouting?: boolean;
  /** Buttons under the card (the grid worker's steps). */
  children?: ReactNode;
  testId?: string;
}

/**
 * One event in a live list: class and state, the running timer, the component it is about (部件), the place, where
 * it went and why.
 */
export function EventCard({
  e,
  now,
  fresh = false,
  selected = false,
  onOpen,
  showRouting = true,
  children,
  testId,
}: EventCardProps) {
  const { formatDateTime } = useI18n();
  const className = useClassName();
  const running = runningDeadline(e);
  const overdue = isOverdue(e, now);
  const classes = [
    'event-card',
    fresh && 'event-card-fresh',
    selected && 'event-card-selected',
    overdue && 'event-card-overdue',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} data-testid={testId ?? `event-card-${e.eventNo}`} data-state={e.state}>
      <button type="button" className="event-card-main" onClick={onOpen} disabled={!onOpen}>
        <div className="event-card-top">
          <strong className="event-card-class">{className(e)}</strong>
          <EventStateTag state={e.state} />
          <SeverityTag severity={e.severity} />
          <EventMarks e={e} />
          <span className="event-card-spacer" />
          {running && <DueTimer stage={running.stage} dueAt={running.dueAt} now={now} compact />}
        </div>
        <Typography.Paragraph className="event-card-desc" ellipsis={{ rows: 2 }}>
          {e.description}
        </Typography.Paragraph>
        {e.component && (
          <div className="event-card-component">
            <EventComponentLine component={e.component} />
          </div>
        )}
        <div className="event-card-meta small muted">
          <EnvironmentOutlined /> {e.gridName}
          {e.address && ` · ${e.address}`}
          <span className="event-card-time">
            <span className="mono">{e.eventNo}</span> · {formatDateTime(e.reportedAt)}
          </span>
        </div>
      </button>
      {showRouting && <RoutingExplain e={e} compact />}
      {children && <div className="event-card-actions">{children}</div>}
    </div>
  );
}
