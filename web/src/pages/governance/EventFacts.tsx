import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { GovEvent } from '../../api/governance.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { classLabel } from './class-picker.ts';
import { classOfComponentId } from './component-pick.ts';
import { DueTimer } from './DueTimer.tsx';
import { EventMarks, EventStateTag, SeverityTag, useClassName } from './EventTags.tsx';
import { allDeadlines } from './event-timers.ts';
import { ComponentId } from './NearComponents.tsx';
import { useTaxonomy } from './useTaxonomy.ts';

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
