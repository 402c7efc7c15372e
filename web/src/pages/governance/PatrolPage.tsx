import { FormOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, Collapse, Empty, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type EventSummary, OPEN_STATES } from '../../api/governance.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventActions, useActor } from './EventActions.tsx';
import { EventCard } from './EventCard.tsx';
import { useClassName } from './EventTags.tsx';
import { isTaskFor } from './event-actions.ts';
import { LiveBadge } from './LiveBadge.tsx';
import { PatrolReportForm } from './PatrolReportForm.tsx';
import { useLiveEvents } from './useLiveEvents.ts';
import './governance.css';

type Tab = 'tasks' | 'report';

const keepOpen = (e: EventSummary) => OPEN_STATES.has(e.state);

/**
 * 网格员: on the phone, the tasks of the worker's grid — confirm on site (属实 / 不属实 with reasons), check after
 * disposal (通过 / 不通过, photos of the check) — and the patrol report: item, description, photo, position.
 */
export default function PatrolPage() {
  const { t, errorText } = useI18n();
  const [tab, setTab] = useState<Tab>('tasks');
  const actor = useActor();
  const live = useLiveEvents({ open: true }, keepOpen);
  // A grid worker's tasks — confirm a new report on site, check a disposal — are the events with a step that
  // is theirs now; the rest they may see (their own report in another grid, an event with its unit) are listed apart.
  const tasks = live.events.filter((e) => isTaskFor(e, actor));
  const others = live.events.filter((e) => !isTaskFor(e, actor));

  return (
    <div className="page h5-page patrol-page">
      <div className="gov-page-head">
        <Typography.Title level={4} className="page-title">
          {t('gov.patrol.title')}
        </Typography.Title>
        <LiveBadge status={live.status} />
      </div>
      <Segmented<Tab>
        block
        size="large"
        value={tab}
        onChange={setTab}
        className="patrol-tabs"
        data-testid="patrol-tabs"
        options={[
          {
            value: 'tasks',
            label: (
              <span data-testid="patrol-tab-tasks">
                <UnorderedListOutlined /> {t('gov.patrol.tasks')} <Badge count={tasks.length} size="small" />
              </span>
            ),
          },
          {
            value: 'report',
            label: (
              <span data-testid="patrol-tab-report">
                <FormOutlined /> {t('gov.patrol.report')}
              </span>
            ),
          },
        ]}
      />
      {tab === 'report' ? (
        <PatrolReportForm onDone={live.reload} />
      ) : (
        <>
          {live.error !== null && (
            <Alert type="error" showIcon title={errorText(live.error)} className="form-alert" />
          )}
          <TaskList tasks={tasks} loading={live.loading} fresh={live.fresh} onChanged={live.reload} />
          {others.length > 0 && (
            <Collapse
              className="patrol-others"
              items={[
                {
                  key: 'others',
                  label: t('gov.patrol.others', { count: others.length }),
                  children: <OtherEvents events={others} />,
                },
              ]}
            />
          )}
        </>
      )}
    </div>
  );
}

function TaskList({
  tasks,
  loading,
  fresh,
  onChanged,
}: {
  tasks: EventSummary[];
  loading: boolean;
  fresh: ReadonlySet<string>;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const now = useNow(1000);
  if (loading && tasks.length === 0) return <Spin className="feed-spin" />;
  if (tasks.length === 0) {
    return (
      <Card className="patrol-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.patrol.noTasks')} />
      </Card>
    );
  }
  return (
    <div className="patrol-tasks" data-testid="patrol-tasks">
      {tasks.map((e) => (
        <EventCard
          key={e.id}
          e={e}
          now={now}
          fresh={fresh.has(e.id)}
          showRouting={false}
          testId={`patrol-task-${e.eventNo}`}
        >
          <div className="muted small patrol-task-kind">
            {t(e.state === 'reported' ? 'gov.patrol.confirmTask' : 'gov.patrol.checkTask')}
          </div>
          <TaskSteps summary={e} onChanged={onChanged} />
        </EventCard>
      ))}
    </div>
  );
}

/** The steps of one task, and the way to the whole event. */
function TaskSteps({ summary, onChanged }: { summary: EventSummary; onChanged: () => void }) {
  const { t } = useI18n();
  return (
    <div className="patrol-task-steps">
      <EventActions e={summary} block size="large" onChanged={onChanged} />
      <Link
        to={`/gov/events/${summary.id}`}
        className="patrol-task-link"
        data-testid={`task-details-${summary.eventNo}`}
      >
        {t('gov.patrol.details')}
      </Link>
    </div>
  );
}

function OtherEvents({ events }: { events: EventSummary[] }) {
  const { label } = useI18n();
  const className = useClassName();
  return (
    <ul className="patrol-other-list">
      {events.map((e) => (
        <li key={e.id}>
          <Link to={`/gov/events/${e.id}`}>{className(e)}</Link>{' '}
          <span className="muted small">
            {label('govState', e.state)} · {e.gridName}
          </span>
        </li>
      ))}
    </ul>
  );
}
