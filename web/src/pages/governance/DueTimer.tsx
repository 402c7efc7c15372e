import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { countdown, type TimerStage, timerUrgency } from './event-timers.ts';

/**
 * A running timer against one deadline: "处置 剩余 3:05:09" / "核查 已超时 2 天 4 小时", orange in the last hour,
 * red once overdue. `now` comes from the page's useNow, so every timer on a screen ticks together.
 */
export function DueTimer({
  stage,
  dueAt,
  now,
  compact = false,
}: {
  stage: TimerStage;
  dueAt: string;
  now: number;
  compact?: boolean;
}) {
  const { t, label } = useI18n();
  const msLeft = Date.parse(dueAt) - now;
  const urgency = timerUrgency(msLeft);
  const parts = countdown(msLeft);
  const time = parts.days > 0 ? t('gov.timer.days', { days: parts.days, hours: parts.hours }) : parts.clock;
  const text = msLeft < 0 ? t('gov.timer.overdue', { time }) : t('gov.timer.left', { time });
  return (
    <Typography.Text
      type={urgency === 'overdue' ? 'danger' : urgency === 'soon' ? 'warning' : undefined}
      strong={urgency !== 'ok'}
      className="nowrap gov-timer"
      data-urgency={urgency}
      data-testid="due-timer"
    >
      {!compact && <ClockCircleOutlined />} {label('govStage', stage)} {text}
    </Typography.Text>
  );
}
