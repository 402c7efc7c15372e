import {
  FileSearchOutlined,
  FormOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { myCasesQuery } from '../../api/applications.ts';
import { openableAreas } from '../../areas.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { canOpen } from '../../auth/access.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AreaCards } from '../home/AreaCards.tsx';
import { caseCounts } from './portal-case.ts';

/** The citizen / enterprise-agent home: apply online, follow their own cases, and who used their data. */
export function PortalHome() {
  const user = useUser();
  const { t } = useI18n();
  const mine = canOpen(user.roles, 'myCases');
  // 我的办件 and 在线申办 have the big entries below; the remaining areas keep their cards.
  const cards = openableAreas(user.roles).filter((area) => area.card && area.id !== 'myCases');
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
      {mine && <PortalEntries />}
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

/** The two things an applicant comes for, large: apply for an item, and see how their cases are going. */
function PortalEntries() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // The entries work without the figures; the list page shows the error if there is one.
  const cases = useQuery(myCasesQuery()).data;

  const counts = cases ? caseCounts(cases) : null;
  const needing = cases?.filter((x) => x.state === 'correction') ?? [];
  const entries: PortalEntryProps[] = [
    {
      to: '/my/apply',
      testId: 'portal-apply',
      icon: <FormOutlined />,
      title: t('portal.applyTitle'),
      description: t('portal.applyDesc'),
      primary: true,
    },
    {
      to: '/my/cases',
      testId: 'portal-my-cases',
      icon: <FileSearchOutlined />,
      title: t('nav.myCases'),
      description:
        cases && cases.length > 0 && counts
          ? t('portal.summary', { running: counts.running, completed: counts.completed })
          : t('portal.myCasesDesc'),
    },
  ];
  return (
    <>
      {needing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          className="portal-attention"
          title={t('portal.needsCorrection', { count: needing.length })}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => navigate(needing.length === 1 ? `/my/cases/${needing[0]!.id}` : '/my/cases')}
              data-testid="portal-correction"
            >
              {t('portal.view')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]} className="portal-entries">
        {entries.map((entry) => (
          <PortalEntry key={entry.to} {...entry} />
        ))}
      </Row>
    </>
  );
}

interface PortalEntryProps {
  to: string;
  testId: string;
  icon: ReactNode;
  title: string;
  description: string;
  /** The entry most come for, in the brand colour. */
  primary?: boolean;
}

/** One large entry: half the row on a wide screen, the whole card a link. */
function PortalEntry({ to, testId, icon, title, description, primary = false }: PortalEntryProps) {
  return (
    <Col xs={24} md={12}>
      <Link to={to} data-testid={testId}>
        <Card hoverable className={primary ? 'portal-entry portal-entry-primary' : 'portal-entry'}>
          <span className="portal-entry-icon">{icon}</span>
          <span className="portal-entry-body">
            <span className="portal-entry-title">{title}</span>
            <span className="portal-entry-desc">{description}</span>
          </span>
          <RightOutlined className="portal-entry-arrow" />
        </Card>
      </Link>
    </Col>
  );
}
