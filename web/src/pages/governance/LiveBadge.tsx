import { Badge, Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { StreamStatus } from './useEventStream.ts';

const BADGE: Record<StreamStatus, 'success' | 'processing' | 'warning' | 'default'> = {
  live: 'success',
  connecting: 'processing',
  reconnecting: 'warning',
  polling: 'default',
};

/** Whether the screen is live (实时), getting the stream back, or reading the list every 30 seconds. */
export function LiveBadge({ status }: { status: StreamStatus }) {
  const { t, label } = useI18n();
  return (
    <Tooltip title={t(`gov.live.hint.${status}`)}>
      <span className="live-badge" data-testid="live-status" data-status={status}>
        <Badge status={BADGE[status]} text={label('govLive', status)} />
      </span>
    </Tooltip>
  );
}
