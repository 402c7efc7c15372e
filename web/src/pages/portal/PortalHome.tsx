import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Typography } from 'antd';
import { openableAreas } from '../../areas.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { RoleTags } from '../../components/RoleTags.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AreaCards } from '../home/AreaCards.tsx';

/** The citizen / enterprise-agent home: their own applications and who used their data. */
export function PortalHome() {
  const user = useUser();
  const { t } = useI18n();
  const cards = openableAreas(user.roles).filter((area) => area.card);
  return (
    <div className="page">
      <Card className="welcome-card portal-welcome">
        <Typography.Title level={3} className="welcome-title">
          {t('portal.welcome', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('portal.intro')}</Typography.Paragraph>
        <div>
          <RoleTags roles={user.roles} />
          {user.phoneMasked && <Typography.Text type="secondary">{user.phoneMasked}</Typography.Text>}
        </div>
      </Card>
      <AreaCards areas={cards} />
      <Alert
        className="portal-privacy"
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title={t('portal.privacy')}
      />
    </div>
  );
}
