import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';
import { EventDetail } from './EventDetail.tsx';
import { EventNotLoaded } from './EventNotLoaded.tsx';
import { useGovEvent } from './useGovEvent.ts';
import './governance.css';

/** 事件详情: the whole event for whoever may see it — centre, unit, grid worker — with the steps they may take. */
export default function EventPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const loaded = useGovEvent(id, { follow: true });
  const back = (
    <Link to="/gov" className="my-case-back">
      <ArrowLeftOutlined /> {t('gov.detail.back')}
    </Link>
  );

  if (!loaded.event) {
    return <EventNotLoaded loaded={loaded} back={<Link to="/gov">{t('gov.detail.back')}</Link>} />;
  }
  return (
    <div className="page case-page gov-event-page">
      <Space className="gov-event-page-bar">
        {back}
        <Button
          type="text"
          size="small"
          icon={<ReloadOutlined />}
          onClick={loaded.reload}
          aria-label={t('common.retry')}
          data-testid="event-reload"
        />
      </Space>
      <EventDetail
        e={loaded.event}
        layout="page"
        onChanged={(next) => {
          if (next) loaded.replace(next);
          else {
            // A unit that sent the event back no longer sees it.
            void message.info(t('gov.detail.handedOver'));
            navigate('/gov', { replace: true });
          }
        }}
      />
    </div>
  );
}
