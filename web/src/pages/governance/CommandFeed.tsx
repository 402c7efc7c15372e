import { Empty, Spin } from 'antd';
import type { EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventCard } from './EventCard.tsx';

/** The feed shows this many; the map and the counters use the whole list. */
const FEED_SIZE = 60;

interface FeedProps {
  events: EventSummary[];
  now: number;
  fresh: ReadonlySet<string>;
  openId: string | null;
  onOpen: (id: string) => void;
  loading: boolean;
}

/** The centre's feed: the newest events first, a live arrival highlighted, the open one selected. */
export function CommandFeed({ events, now, fresh, openId, onOpen, loading }: FeedProps) {
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
