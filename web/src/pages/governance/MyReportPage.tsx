import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import type { GovEvent } from '../../api/governance.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CitizenTimeline } from './CitizenTimeline.tsx';
import { EventNotLoaded } from './EventNotLoaded.tsx';
import { EventRating } from './EventRating.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { PhotoGallery } from './PhotoGallery.tsx';
import { useGovEvent } from './useGovEvent.ts';
import './governance.css';

/** One of my reports: where it stands in plain words, its photos, each step so far, and the rating once closed. */
export default function MyReportPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loaded = useGovEvent(id, { follow: false });
  const back = <BackLink to="/my/reports">{t('nav.myReports')}</BackLink>;
  if (!loaded.event) return <EventNotLoaded loaded={loaded} back={back} pageClass="page h5-page" />;
  const e = loaded.event;
  const changed = (next: GovEvent | null) => (next ? loaded.replace(next) : loaded.reload());
  return (
    <div className="page my-report-page">
      {back}
      <MyReportHeader e={e} onReload={loaded.reload} />
      <Row gutter={[16, 16]} className="case-body">
        <Col xs={24} lg={14}>
          <EventRating e={e} onRated={changed} />
          <Card size="small" title={t('gov.detail.photos')} className="case-card">
            <PhotoGallery photos={e.photos} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('gov.myReport.progress')} className="case-card">
            <CitizenTimeline timeline={e.timeline} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function MyReportHeader({ e, onReload }: { e: GovEvent; onReload: () => void }) {
  const { t, label, formatDateTime } = useI18n();
  const className = useClassName();
  return (
    <Card className="case-header">
      <RecordTitle title={className(e)} onReload={onReload} reloadTestId="my-report-reload">
        <EventStateTag state={e.state} citizen testId="my-report-state" />
      </RecordTitle>
      <div className="event-facts-no">
        <span className="mono" data-testid="event-no">
          {e.eventNo}
        </span>
        <span className="muted small">{formatDateTime(e.reportedAt)}</span>
      </div>
      <div className={`portal-state my-report-words my-report-${e.state}`} data-testid="my-report-words">
        {e.state === 'closed' && e.rating !== null
          ? t('gov.myReport.closedRated')
          : label('govCitizenExplain', e.state)}
      </div>
      <Typography.Paragraph className="event-description">{e.description}</Typography.Paragraph>
      <div className="small muted">
        <EnvironmentOutlined /> {e.gridName}
        {e.address && ` · ${e.address}`}
        {e.unitName && ` · ${t('gov.myReport.unit', { unit: e.unitName })}`}
      </div>
    </Card>
  );
}
