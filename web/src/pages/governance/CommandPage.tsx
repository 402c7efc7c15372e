import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Spin, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EVENT_STATES, type EventSummary, OPEN_STATES } from '../../api/governance.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DistrictMap, type MapPoint } from './DistrictMap.tsx';
import { EventCard } from './EventCard.tsx';
import { EventDrawer } from './EventDrawer.tsx';
import { useClassName } from './EventTags.tsx';
import { OVERDUE_COLOUR, STATE_MAP_COLOURS } from './event-state.ts';
import { eventCounters, isOverdue } from './event-timers.ts';
import { LiveBadge } from './LiveBadge.tsx';
import { useLiveEvents } from './useLiveEvents.ts';
import './governance.css';

type Filter = 'open' | 'all';
/** The feed shows this many; the map and the counters use the whole list. */
const FEED_SIZE = 60;
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
  // The open event reloads when the stream says it changed, not on every other event's change.
  const [drawerVersion, setDrawerVersion] = useState(0);
  const { changed } = live;
  useEffect(() => {
    if (changed && changed.id === openId) setDrawerVersion(changed.n);
  }, [changed, openId]);
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
            <Feed
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
      <EventDrawer id={openId} version={drawerVersion} onClose={() => setOpenId(null)} />
    </div>
  );
}

interface FeedProps {
  events: EventSummary[];
  now: number;
  fresh: ReadonlySet<string>;
  openId: string | null;
  onOpen: (id: string) => void;
  loading: boolean;
}

function Feed({ events, now, fresh, openId, onOpen, loading }: FeedProps) {
  const { t } = useI18n();
  if (loading && events.length === 0) return <Spin className="feed-spin" />;
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.command.empty')} />;
  return (
    <div className="command-feed" data-testid="command-feed">
      {events.slice(0, FEED_SIZE).map((e) => (
        <EventCard
          key={e.id}
          e={e}
          now={now}
          fresh={fresh.has(e.id)}
          selected={e.id === openId}
          onOpen={() => onOpen(e.id)}
          testId={`feed-item-${e.eventNo}`}
        />
      ))}
      {events.length > FEED_SIZE && (
        <div className="muted small feed-more">
          {t('gov.command.more', { count: events.length - FEED_SIZE })}
        </div>
      )}
    </div>
  );
}

/** The events as points on the district, coloured by state (red when overdue), with a legend. */
function CommandMap({
  events,
  now,
  openId,
  onOpen,
}: {
  events: EventSummary[];
  now: number;
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t, label } = useI18n();
  const className = useClassName();
  // Colours change when a deadline passes, which the minute is fine enough for (the map need not redraw each second).
  const minute = Math.floor(now / 60_000);
  const points = useMemo<MapPoint[]>(
    () =>
      events.map((e) => {
        const overdue = isOverdue(e, minute * 60_000);
        return {
          id: e.id,
          lng: e.lng,
          lat: e.lat,
          colour: overdue ? OVERDUE_COLOUR : STATE_MAP_COLOURS[e.state],
          large: overdue || e.id === openId,
          title: `${className(e)} · ${label('govState', e.state)} · ${e.gridName}`,
        };
      }),
    [events, minute, openId, className, label],
  );
  const pick = useCallback((id: string) => onOpen(id), [onOpen]);
  const legendStates = EVENT_STATES.filter((s) =>
    ['reported', 'dispatched', 'disposed', 'parked', 'closed'].includes(s),
  );
  return (
    <DistrictMap
      points={points}
      onPointClick={pick}
      testId="command-map"
      className="gov-map-tall"
      overlay={
        <div className="map-overlay map-overlay-bottom gov-legend">
          {legendStates.map((state) => (
            <span key={state}>
              <span className="gov-legend-dot" style={{ background: STATE_MAP_COLOURS[state] }} />
              {label('govState', state)}
            </span>
          ))}
          <span>
            <span className="gov-legend-dot" style={{ background: OVERDUE_COLOUR }} />
            {t('gov.command.legendOverdue')}
          </span>
        </div>
      }
    />
  );
}
