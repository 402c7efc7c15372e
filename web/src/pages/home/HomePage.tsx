import { Card, Descriptions, Typography } from 'antd';
import { openableAreas } from '../../areas.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { isStaff } from '../../auth/access.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { DISTRICT_TIME_ZONE, useI18n } from '../../i18n/index.tsx';
import { PortalHome } from '../portal/PortalHome.tsx';
import { AreaCards } from './AreaCards.tsx';

/** Staff see their workbench; citizens and enterprise agents see the portal. */
export function HomePage() {
  const user = useUser();
  return isStaff(user.roles) ? <Workbench /> : <PortalHome />;
}

function Workbench() {
  const user = useUser();
  const { t, locale, label, departmentName } = useI18n();
  const today = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: DISTRICT_TIME_ZONE }).format(
    new Date(),
  );
  const cards = openableAreas(user.roles).filter((area) => area.card);

  return (
    <div className="page">
      <Card className="welcome-card">
        <div className="welcome-head">
          <div>
            <Typography.Title level={3} className="welcome-title">
              {t('home.welcome', { name: user.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('home.today', { date: today })}</Typography.Text>
          </div>
        </div>
        <Descriptions
          className="welcome-facts"
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            { key: 'roles', label: t('home.yourRoles'), children: <RoleTags roles={user.roles} /> },
            {
              key: 'department',
              label: t('home.yourDepartment'),
              children: departmentName(user.department) || t('common.none'),
            },
            {
              key: 'jurisdiction',
              label: t('home.yourJurisdiction'),
              children: user.jurisdiction ? (
                <span>
                  {user.jurisdiction.name}
                  <Typography.Text type="secondary">
                    {' '}
                    · {label('level', user.jurisdiction.level)}
                  </Typography.Text>
                </span>
              ) : (
                t('common.none')
              ),
            },
          ]}
        />
      </Card>
      <Typography.Title level={5} className="section-title">
        {t('home.areas')}
      </Typography.Title>
      <AreaCards areas={cards} />
    </div>
  );
}
