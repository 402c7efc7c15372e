import { Tag } from 'antd';
import type { Rectification } from '../../api/rectifications.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Days this close to the deadline turn the countdown orange. */
const SOON_DAYS = 3;

/** "剩余 12 个工作日" (orange in the last three), "已超期 2 个工作日" in red, or 已办结 once closed. */
export function RectificationDeadline({ rectification: r }: { rectification: Rectification }) {
  const { t } = useI18n();
  if (r.state === 'closed') return <Tag color="green">{t('rect.state.closed')}</Tag>;
  const days = r.workingDaysLeft ?? 0;
  if (r.overdue)
    return (
      <Tag color="red" data-testid="rect-overdue">
        {days < 0 ? t('rect.overdueDays', { days: -days }) : t('rect.overdue')}
      </Tag>
    );
  if (days === 0) return <Tag color="orange">{t('rect.dueToday')}</Tag>;
  return <Tag color={days <= SOON_DAYS ? 'orange' : 'blue'}>{t('rect.daysLeft', { days })}</Tag>;
}
