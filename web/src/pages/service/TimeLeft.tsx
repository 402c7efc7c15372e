import { Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { durationParts, urgencyOf } from './time-left.ts';

/** "剩余 2 天 3 小时" / "已超期 5 小时": orange in the last day, red once overdue. */
export function TimeLeft({ msLeft }: { msLeft: number }) {
  const { t } = useI18n();
  const parts = durationParts(msLeft);
  const time = t(`time.${parts.unit}`, { days: parts.days, hours: parts.hours, minutes: parts.minutes });
  const urgency = urgencyOf(msLeft);
  return (
    <Typography.Text
      type={urgency === 'overdue' ? 'danger' : urgency === 'soon' ? 'warning' : undefined}
      strong={urgency !== 'ok'}
      className="nowrap time-left"
      data-urgency={urgency}
    >
      {msLeft < 0 ? t('time.overdueBy', { time }) : t('time.left', { time })}
    </Typography.Text>
  );
}
