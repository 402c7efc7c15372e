import { ApartmentOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Grid, Tabs } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../../api/types.ts';
import { useSession } from '../../auth/AuthContext.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Logo } from '../../components/Logo.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PublicLoginForm } from './PublicLoginForm.tsx';
import { StaffLoginForm } from './StaffLoginForm.tsx';

/** Only same-site paths are followed after sign-in (no open redirect through ?next=). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // One language switch only (tests find it by its test id): on the blue band on phones, top right otherwise.
  const phone = Grid.useBreakpoint().md === false;

  if (user) return <Navigate to={next} replace />;

  const onSignedIn = (me: Me) => {
    signedIn(me);
    navigate(next, { replace: true });
  };

  const features = [
    { icon: <ShopOutlined />, title: t('login.feature.window'), text: t('login.feature.windowText') },
    { icon: <ApartmentOutlined />, title: t('login.feature.city'), text: t('login.feature.cityText') },
    {
      icon: <SafetyCertificateOutlined />,
      title: t('login.feature.trust'),
      text: t('login.feature.trustText'),
    },
  ];

  return (
    <div className="login-page">
      <section className="login-side">
        <div className="login-side-top">
          <Logo />
          {phone && <LanguageSwitch onDark />}
        </div>
        <div className="login-hero">
          <h1 className="login-motto">{t('app.motto')}</h1>
          <ul className="login-features">
            {features.map((feature) => (
              <li key={feature.title}>
                <span className="login-feature-icon">{feature.icon}</span>
                <span>
                  <strong>{feature.title}</strong>
                  <span className="login-feature-text">{feature.text}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <footer className="login-footer">{t('app.footer')}</footer>
      </section>
      <main className="login-main">
        {!phone && (
          <div className="login-main-top">
            <LanguageSwitch />
          </div>
        )}
        <Card className="login-card" title={t('login.title')}>
          <Tabs
            defaultActiveKey={params.get('tab') === 'public' ? 'public' : 'staff'}
            items={[
              {
                key: 'staff',
                label: <span data-testid="tab-staff">{t('login.tab.staff')}</span>,
                children: <StaffLoginForm onSignedIn={onSignedIn} />,
              },
              {
                key: 'public',
                label: <span data-testid="tab-public">{t('login.tab.public')}</span>,
                children: <PublicLoginForm onSignedIn={onSignedIn} />,
              },
            ]}
          />
        </Card>
      </main>
    </div>
  );
}
