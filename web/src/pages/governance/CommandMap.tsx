import { useCallback, useMemo } from 'react';
import { EVENT_STATES, type EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DistrictMap, type MapPoint } from './DistrictMap.tsx';
import { useClassName } from './EventTags.tsx';
import { OVERDUE_COLOUR, STATE_MAP_COLOURS } from './event-state.ts';
import { isOverdue } from './event-timers.ts';

/** The events as points on the district, coloured by state (red when overdue), with a legend. */
export function CommandMap({
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
