import { Timeline, Typography } from 'antd';
import type { CaseEvent, CaseView, Shortfall } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

const COLOURS: Record<string, string> = {
  complete_instant: 'green',
  seal: 'green',
  accept: 'green',
  node_approve: 'green',
  refuse: 'red',
  node_reject: 'red',
  overdue: 'red',
  escalate: 'red',
  notify_incomplete: 'orange',
  node_return: 'orange',
  request_correction: 'orange',
  due_soon: 'orange',
  withdraw: 'gray',
  checklist: 'gray',
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/** Details worth a line: the ticks, reasons, the comment, what was missing, the pause, the department's answer. */
function EventDetails({ event, c }: { event: CaseEvent; c: CaseView }) {
  const { t, label } = useI18n();
  const details = event.details ?? {};
  const reasons = strings(details.reasons);
  const comment = typeof details.comment === 'string' ? details.comment : null;
  const shortfall = details.shortfall as Shortfall | undefined;
  const paused = typeof details.pausedWorkingDays === 'number' ? details.pausedWorkingDays : 0;
  const verified =
    event.action === 'verify' && typeof details.system === 'string' && typeof details.status === 'string'
      ? `${label('verifySystem', details.system)} · ${label(
          'verify',
          details.status === 'answered'
            ? details.answer === details.expected
              ? 'passed'
              : 'failed'
            : details.status,
        )}`
      : null;
  const missing = shortfall
    ? [
        ...shortfall.materials.map(
          (m) => `${m.name}（${label('material', m.status)}${m.note ? `：${m.note}` : ''}）`,
        ),
        ...shortfall.conditions.map((x) => x.text),
      ]
    : [];
  const ticks =
    event.action === 'checklist'
      ? [
          ...((details.materials as { id: string; status: string }[] | undefined) ?? []).map(
            (m) =>
              `${c.checklist.materials.find((x) => x.id === m.id)?.name ?? m.id} · ${label('material', m.status)}`,
          ),
          ...((details.conditions as { id: string; met: boolean }[] | undefined) ?? []).map(
            (x) =>
              `${c.checklist.conditions.find((y) => y.id === x.id)?.text ?? x.id} · ${t(x.met ? 'case.conditionMet' : 'case.conditionNotMet')}`,
          ),
        ]
      : [];
  return (
    <>
      {ticks.length > 0 && (
        <div className="small muted timeline-ticks">
          {ticks.slice(0, 4).join('；')}
          {ticks.length > 4 && ` … (+${ticks.length - 4})`}
        </div>
      )}
      {reasons.length > 0 && (
        <div className="small">
          {t('case.reasons')}：{reasons.join('；')}
        </div>
      )}
      {comment && <div className="small">“{comment}”</div>}
      {missing.length > 0 && (
        <div className="small">
          {t('case.shortfall')}：{missing.join('、')}
        </div>
      )}
      {paused > 0 && <div className="small muted">{t('case.pausedDays', { days: paused })}</div>}
      {verified && <div className="small">{verified}</div>}
    </>
  );
}

/** Every event of the case, oldest first: who did what, the state change, and why. */
export function CaseTimeline({ c }: { c: CaseView }) {
  const { t, label, formatDateTime } = useI18n();
  const nodeName = (nodeId: string | null) => c.nodes.find((n) => n.nodeId === nodeId)?.name;
  return (
    <Timeline
      className="case-timeline"
      data-testid="case-timeline"
      items={c.timeline.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: COLOURS[event.action] ?? 'blue',
        title: <span className="small muted nowrap">{formatDateTime(event.at)}</span>,
        content: (
          <div className="timeline-event">
            <div>
              <strong>
                {event.action === 'open' && c.channel === 'online'
                  ? t('caseEvent.openOnline')
                  : label('caseEvent', event.action)}
              </strong>
              {event.nodeId && <span> · {nodeName(event.nodeId) ?? event.nodeId}</span>}
              <Typography.Text type="secondary"> · {event.actor ?? t('case.system')}</Typography.Text>
            </div>
            {event.from && event.to && event.from !== event.to && (
              <div className="small muted">
                {t('case.stateChange', {
                  from: label('caseState', event.from),
                  to: label('caseState', event.to),
                })}
              </div>
            )}
            <EventDetails event={event} c={c} />
          </div>
        ),
      }))}
    />
  );
}
