import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { GovEvent } from '../../api/governance.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { classLabel, percent } from './class-picker.ts';
import { classOfComponentId } from './component-pick.ts';
import { DueTimer } from './DueTimer.tsx';
import { DuplicatesList } from './DuplicatesList.tsx';
import { EventActions } from './EventActions.tsx';
import { EventMarks, EventStateTag, SeverityTag, useClassName } from './EventTags.tsx';
import { EventTasks } from './EventTasks.tsx';
import { EventTimeline } from './EventTimeline.tsx';
import { allDeadlines } from './event-timers.ts';
import { ComponentId } from './NearComponents.tsx';
import { PhotoGallery } from './PhotoGallery.tsx';
import { RoutingExplain } from './RoutingExplain.tsx';
import { useTaxonomy } from './useTaxonomy.ts';

interface EventDetailProps {
  e: GovEvent;
  onChanged: (event: GovEvent | null) => void;
  /** The drawer stacks everything in one column; the page uses two. */
  layout: 'drawer' | 'page';
}

/** The whole event for staff: facts and timers, the steps they may take, routing, photos, tasks, duplicates, timeline. */
export function EventDetail({ e, onChanged, layout }: EventDetailProps) {
  const { t } = useI18n();
  const section = (key: string, title: string, body: ReactNode, extra?: ReactNode) => (
    <Card
      key={key}
      size="small"
      title={title}
      extra={extra}
      className="case-card gov-section"
      data-testid={`section-${key}`}
    >
      {body}
    </Card>
  );
  const routing = section('routing', t('gov.detail.routing'), <RoutingExplain e={e} />);
  const actions = <EventActions e={e} onChanged={onChanged} />;
  const photos = section('photos', t('gov.detail.photos'), <PhotoGallery photos={e.photos} />);
  const classification = section('class', t('gov.detail.class'), <Classification e={e} />);
  const tasks = section('tasks', t('gov.detail.tasks'), <EventTasks tasks={e.tasks} />);
  const open = e.state === 'reported' || e.state === 'dispatched';
  const duplicates = open
    ? section('duplicates', t('gov.detail.duplicates'), <DuplicatesList e={e} onChanged={onChanged} />)
    : null;
  const timeline = section('timeline', t('gov.detail.timeline'), <EventTimeline timeline={e.timeline} />);

  if (layout === 'drawer') {
    return (
      <div className="event-detail" data-testid="event-detail">
        <EventFacts e={e} />
        {actions}
        {routing}
        {duplicates}
        {photos}
        {classification}
        {tasks}
        {timeline}
      </div>
    );
  }
  return (
    <div className="event-detail" data-testid="event-detail">
      <Card className="case-header">
        <EventFacts e={e} />
        {actions}
      </Card>
      <Row gutter={[16, 16]} className="case-body">
        <Col xs={24} xl={15}>
          {photos}
          {duplicates}
          {tasks}
          {classification}
        </Col>
        <Col xs={24} xl={9}>
          {routing}
          {timeline}
        </Col>
      </Row>
    </div>
  );
}

/** Number, state, class, where, who reported, when, and the deadlines with the running one ticking. */
export function EventFacts({ e }: { e: GovEvent }) {
  const { t, label, formatDateTime } = useI18n();
  const className = useClassName();
  const now = useNow(1000);
  const deadlines = allDeadlines(e);
  const times = (
    [
      ['reportedAt', e.reportedAt],
      ['registeredAt', e.registeredAt],
      ['dispatchedAt', e.dispatchedAt],
      ['disposedAt', e.disposedAt],
      ['closedAt', e.closedAt],
    ] as const
  ).filter(([, at]) => at !== null);
  return (
    <div className="event-facts">
      <Space size={8} wrap align="center">
        <Typography.Title level={4} className="page-title">
          {className(e)}
        </Typography.Title>
        <EventStateTag state={e.state} testId="event-state" />
        <SeverityTag severity={e.severity} />
        <EventMarks e={e} />
      </Space>
      <div className="event-facts-no">
        <span className="mono" data-testid="event-no">
          {e.eventNo}
        </span>
        <Tag bordered={false}>{label('govChannel', e.channel)}</Tag>
        <span className="muted small">{e.classCode}</span>
      </div>
      {e.duplicateOf && (
        <div className="event-merged-into">
          <Link to={`/gov/events/${e.duplicateOf}`} data-testid="event-original">
            {t('gov.detail.original')}
          </Link>
        </div>
      )}
      <Typography.Paragraph className="event-description" data-testid="event-description">
        {e.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'place',
            label: t('gov.detail.place'),
            children: (
              <span>
                <EnvironmentOutlined /> {e.gridName}
                {e.address && <span className="muted"> · {e.address}</span>}
              </span>
            ),
          },
          ...(e.componentId
            ? [
                {
                  key: 'component',
                  label: t('gov.component.label'),
                  children: <EventComponent e={e} componentId={e.componentId} />,
                },
              ]
            : []),
          {
            key: 'reporter',
            label: t('gov.detail.reporter'),
            children: (
              <span>
                <UserOutlined />{' '}
                {e.reporter.anonymous && !e.reporter.name
                  ? t('gov.detail.anonymous')
                  : (e.reporter.name ?? t('gov.detail.unnamed'))}
                {e.reporterPhone && <span className="muted"> · {e.reporterPhone}</span>}
              </span>
            ),
          },
          ...times.map(([key, at]) => ({ key, label: t(`gov.time.${key}`), children: formatDateTime(at!) })),
        ]}
      />
      {deadlines.length > 0 && (
        <div className="event-deadlines" data-testid="event-deadlines">
          {deadlines.map((d) => (
            <div key={d.stage} className={d.running ? 'deadline-running' : 'deadline-other'}>
              {d.running && e.state !== 'parked' ? (
                <DueTimer stage={d.stage} dueAt={d.dueAt} now={now} />
              ) : (
                <span className="muted small">
                  {t('gov.timer.due', { stage: label('govStage', d.stage), time: formatDateTime(d.dueAt) })}
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** The component (部件) the event is about: its class and its 17-digit id. */
function EventComponent({ e, componentId }: { e: GovEvent; componentId: string }) {
  const { locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  const code = e.classification.componentClass ?? classOfComponentId(componentId);
  return (
    <span data-testid="event-component">
      {code && (
        <span className="event-component-class">
          {classLabel(taxonomy, code, locale === 'en-US' ? 'en' : 'zh')}{' '}
        </span>
      )}
      <ComponentId id={componentId} />
    </span>
  );
}

/** How the class was chosen — by the classifier, the reporter or the centre — and what the classifier suggested. */
function Classification({ e }: { e: GovEvent }) {
  const { t, label } = useI18n();
  const suggestions = e.classification.suggestions ?? [];
  return (
    <div data-testid="classification">
      <div>
        {t('gov.class.chosenBy', { by: label('classBy', e.classification.by ?? 'classifier') })}
        {e.classification.correctedFrom && (
          <span className="muted">
            {' '}
            · {t('gov.class.correctedFrom', { code: e.classification.correctedFrom })}
          </span>
        )}
      </div>
      {suggestions.length > 0 && (
        <ol className="class-suggestion-list small">
          {suggestions.map((s) => (
            <li key={s.code}>
              {s.code} {s.name} <span className="muted">{percent(s.confidence)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
