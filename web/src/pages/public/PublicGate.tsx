import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link, useMatch } from 'react-router-dom';
import { useSession } from '../../auth/AuthContext.tsx';
import { AppShell } from '../../components/AppShell.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Logo } from '../../components/Logo.tsx';
import { RequireAuth } from '../../components/RequireRole.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ApplyOrBook, GuideView } from '../service/GuidePage.tsx';
import { PublicHome } from './PublicHome.tsx';

/** Where 在线办理 leads a visitor: the public sign-in, and the item's online application afterwards. */
export const applySignInPath = (code: string) =>
  `/login?tab=public&next=${encodeURIComponent(`/my/apply/${encodeURIComponent(code)}`)}`;
/** Where 预约办理 leads a visitor: the public sign-in, then the item's booking page. */
export const bookSignInPath = (code: string) =>
  `/login?tab=public&next=${encodeURIComponent(`/my/book/${encodeURIComponent(code)}`)}`;

function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public-page">
      <header className="public-header">
        <Link to="/" className="public-logo" aria-label={t('public.home')}>
          <Logo />
        </Link>
        <div className="public-header-actions">
          <LanguageSwitch onDark />
          <Link to="/login?tab=public">
            <Button type="primary" ghost className="on-dark" data-testid="public-sign-in">
              {t('public.signIn')}
            </Button>
          </Link>
        </div>
      </header>
      <main className="public-main">{children}</main>
      <footer className="public-footer">{t('app.footer')}</footer>
    </div>
  );
}

function PublicGuide({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <GuideView
      code={code}
      actions={(guide) => (
        <ApplyOrBook
          guide={guide}
          to={(page, itemCode) => (page === 'apply' ? applySignInPath(itemCode) : bookSignInPath(itemCode))}
          applyHint={t('public.applyOnlineHint')}
        />
      )}
    />
  );
}

/**
 * The root of the app: visitors who have not signed in read the public home page and every guide; everything
 * else (and everything for a signed-in user) lives in the shell behind sign-in.
 */
export function PublicGate() {
  const { state } = useSession();
  const home = useMatch('/');
  const guide = useMatch('/guide/:code');
  if (state.status === 'signedOut' && (home || guide)) {
    return (
      <PublicLayout>{guide ? <PublicGuide code={guide.params.code ?? ''} /> : <PublicHome />}</PublicLayout>
    );
  }
  return (
    <RequireAuth>
      <AppShell />
    </RequireAuth>
  );
}
