import { Timeline, Typography } from 'antd';
import type { EventLogEntry } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useReason } from './RoutingExplain.tsx';

const COLOURS: Record<string, string> = {
  report: 'blue',
  confirm: 'green',
  dispose: 'green',
  check_pass: 'green',
  reject: 'gray',
  void: 'gray',
  merge: 'gray',
  send_back: 'orange',
  reclassify: 'orange',
  park: 'orange',
  check_fail: 'red',
  supervise: 'red',
  overdue: 'red',
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** What each step recorded, in a line or two: reasons, the note, the class change, the new unit and why. */
function EntryDetails({ entry }: { entry: EventLogEntry }) {
  const { t, label } = useI18n();
  const reason = useReason();
  const d = entry.details ?? {};
  const reasons = strings(d.reasons);
  const routing = d.routing as Parameters<typeof reason>[0];
  return (
    <>
      {reasons.length > 0 && (
        <div className="small">
          {t('gov.timeline.reasons')}：{reasons.join('；')}
        </div>
      )}
      {text(d.note) && <div className="small">“{text(d.note)}”</div>}
      {text(d.from) && text(d.to) && (
        <div className="small muted">
          {t('gov.timeline.classChange', { from: String(d.from), to: String(d.to) })}
        </div>
      )}
      {text(d.into) && (
        <div className="small muted">{t('gov.timeline.mergedInto', { eventNo: String(d.into) })}</div>
      )}
      {typeof d.rating === 'number' && <div className="small">{'★'.repeat(d.rating)}</div>}
      {text(d.stage) && <div className="small muted">{label('photoStage', String(d.stage))}</div>}
      {routing && entry.action !== 'report' && <div className="small muted">{reason(routing)}</div>}
      {entry.action === 'report' && text(d.channel) && (
        <div className="small muted">{label('govChannel', String(d.channel))}</div>
      )}
    </>
  );
}

/** Every step of the event, oldest first: who did what, the state change, and why. */
export function EventTimeline({ timeline }: { timeline: EventLogEntry[] }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Timeline
      className="gov-timeline"
      data-testid="event-timeline"
      items={timeline.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: COLOURS[entry.action] ?? 'blue',
        title: <span className="small muted nowrap">{formatDateTime(entry.at)}</span>,
        content: (
          <div className="timeline-event" data-action={entry.action}>
            <div>
              <strong>{label('govLog', entry.action)}</strong>
              <Typography.Text type="secondary">
                {' '}
                ·{' '}
                {entry.anonymousActor ? t('gov.detail.anonymous') : (entry.actor ?? t('gov.timeline.system'))}
              </Typography.Text>
            </div>
            {entry.from && entry.to && entry.from !== entry.to && (
              <div className="small muted">
                {t('gov.timeline.stateChange', {
                  from: label('govState', entry.from),
                  to: label('govState', entry.to),
                })}
              </div>
            )}
            <EntryDetails entry={entry} />
          </div>
        ),
      }))}
    />
  );
}
