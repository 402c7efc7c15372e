import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import type { GovEvent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DuplicatesList } from './DuplicatesList.tsx';
import { EventActions } from './EventActions.tsx';
import { EventClassification } from './EventClassification.tsx';
import { EventFacts } from './EventFacts.tsx';
import { EventTasks } from './EventTasks.tsx';
import { EventTimeline } from './EventTimeline.tsx';
import { PhotoGallery } from './PhotoGallery.tsx';
import { RoutingExplain } from './RoutingExplain.tsx';

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
  const classification = section('class', t('gov.detail.class'), <EventClassification e={e} />);
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
