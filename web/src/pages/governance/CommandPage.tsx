import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Segmented, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { OPEN_STATES } from '../../api/governance.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CommandFeed } from './CommandFeed.tsx';
import { CommandMap } from './CommandMap.tsx';
import { EventDrawer } from './EventDrawer.tsx';
import { OVERDUE_COLOUR } from './event-state.ts';
import { eventCounters } from './event-timers.ts';
import { LiveBadge } from './LiveBadge.tsx';
import { useLiveEvents } from './useLiveEvents.ts';
import './governance.css';

type Filter = 'open' | 'all';
const keepAll = () => true;

/**
 * 指挥中心: every event of the district as it arrives — new reports at the top with where they went and why,
 * running timers, today's figures, the events on the district map — and the event drawer for the centre's steps.
 */
export default function CommandPage() {
  const { t, errorText } = useI18n();
  const live = useLiveEvents({ limit: 500 }, keepAll);
  const now = useNow(1000);
  const [filter, setFilter] = useState<Filter>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const counters = eventCounters(live.events, now);
  const shown = useMemo(
    () => (filter === 'open' ? live.events.filter((e) => OPEN_STATES.has(e.state)) : live.events),
    [live.events, filter],
  );

  return (
    <div className="page command-page">
      <div className="gov-page-head">
        <Typography.Title level={4} className="page-title">
          {t('gov.command.title')}
        </Typography.Title>
        <LiveBadge status={live.status} />
        <span className="gov-page-spacer" />
        <Button icon={<ReloadOutlined />} onClick={live.reload} aria-label={t('common.retry')} />
      </div>
      <Row gutter={[12, 12]} className="command-counters">
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title={t('gov.command.today')}
              value={counters.today}
              formatter={(value) => <span data-testid="count-today">{value}</span>}
            />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title={t('gov.command.open')}
              value={counters.open}
              formatter={(value) => <span data-testid="count-open">{value}</span>}
            />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title={t('gov.command.overdue')}
              value={counters.overdue}
              styles={{ content: counters.overdue > 0 ? { color: OVERDUE_COLOUR } : undefined }}
              formatter={(value) => <span data-testid="count-overdue">{value}</span>}
            />
          </Card>
        </Col>
      </Row>
      {live.error !== null && (
        <Alert type="error" showIcon title={errorText(live.error)} className="form-alert" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('gov.command.feed')}
            extra={
              <Segmented<Filter>
                size="small"
                value={filter}
                onChange={setFilter}
                options={[
                  { value: 'open', label: t('gov.command.filterOpen') },
                  { value: 'all', label: t('gov.command.filterAll') },
                ]}
                data-testid="feed-filter"
              />
            }
            className="command-feed-card"
          >
            <CommandFeed
              events={shown}
              now={now}
              fresh={live.fresh}
              openId={openId}
              onOpen={setOpenId}
              loading={live.loading}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <CommandMap events={shown} now={now} openId={openId} onOpen={setOpenId} />
        </Col>
      </Row>
      <EventDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
