import { ExportOutlined } from '@ant-design/icons';
import { Alert, Drawer, Grid, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';
import { EventDetail } from './EventDetail.tsx';
import { useGovEvent } from './useGovEvent.ts';

interface EventDrawerProps {
  id: string | null;
  onClose: () => void;
}

/** The event opened from a live screen, beside the list: its details and steps, kept current by the screen's stream (it writes into the cache the drawer reads). */
export function EventDrawer({ id, onClose }: EventDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 760}
      title={t('gov.detail.title')}
      extra={
        id && (
          <Link to={`/gov/events/${id}`} data-testid="drawer-open-page">
            <ExportOutlined /> {t('gov.detail.openPage')}
          </Link>
        )
      }
      destroyOnHidden
      data-testid="event-drawer"
      className="event-drawer"
    >
      {id && <DrawerBody id={id} onClose={onClose} />}
    </Drawer>
  );
}

function DrawerBody({ id, onClose }: { id: string; onClose: () => void }) {
  const { errorText } = useI18n();
  const loaded = useGovEvent(id, { follow: false });
  if (!loaded.event && loaded.error) return <Alert type="error" showIcon title={errorText(loaded.error)} />;
  if (!loaded.event) return <Skeleton active />;
  return (
    <EventDetail
      e={loaded.event}
      layout="drawer"
      onChanged={(next) => (next ? loaded.replace(next) : onClose())}
    />
  );
}
