import { MenuOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { type Area, openableAreas } from '../areas.tsx';
import { useUser } from '../auth/AuthContext.tsx';
import { isStaff } from '../auth/access.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorBoundary } from './ErrorPage.tsx';
import { FullPageSpinner } from './FullPageSpinner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Logo } from './Logo.tsx';
import { RoleTags } from './RoleTags.tsx';
import { UserBlock } from './UserBlock.tsx';

const { Header, Sider, Content, Footer } = Layout;
const SERVICE_MENU = 'service';

/** The area whose path is the longest prefix of the current location (so /admin/staff/… selects 人员管理). */
function selectedArea(areas: Area[], pathname: string): Area | undefined {
  return areas
    .filter((area) => (area.path === '/' ? pathname === '/' : pathname.startsWith(area.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

function useMenuItems(areas: Area[]): MenuProps['items'] {
  const { t } = useI18n();
  const user = useUser();
  return useMemo(() => {
    const item = (area: Area) => ({
      key: area.path,
      icon: area.icon,
      label: (
        <Link to={area.path}>
          {t(area.id === 'home' && !isStaff(user.roles) ? 'nav.portalHome' : area.title)}
        </Link>
      ),
    });
    const shown = areas.filter((area) => area.inMenu !== false);
    const service = shown.filter((area) => area.group === 'service').map(item);
    // 一窗通办 opens as a submenu of its screens; without any of them it would be an empty link, so it goes.
    const top: NonNullable<MenuProps['items']> = [];
    for (const area of shown.filter((candidate) => !candidate.group)) {
      if (area.id !== 'service') top.push(item(area));
      // 一窗通办 opens as a submenu of its screens; without any of them it would be an empty link, so it goes.
      else if (service.length > 0)
        top.push({ key: SERVICE_MENU, icon: area.icon, label: t(area.title), children: service });
    }
    const admin = shown.filter((area) => area.group === 'admin').map(item);
    if (admin.length === 0) return top;
    return [...top, { key: 'admin', icon: <SettingOutlined />, label: t('nav.admin'), children: admin }];
  }, [areas, t, user.roles]);
}

/** The signed-in frame: header, role-aware menu (a drawer on phones) and the routed page. */
export function AppShell() {
  const user = useUser();
  const { t, locale } = useI18n();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  // useBreakpoint is empty on the first render; treat that as desktop to avoid a flash of the phone layout.
  const phone = screens.md === false;
  const wide = screens.lg !== false;
  const areas = openableAreas(user.roles);
  const items = useMenuItems(areas);
  const selected = selectedArea(areas, location.pathname);
  const selectedKeys = selected ? [selected.path] : [];

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selectedKeys}
      defaultOpenKeys={[SERVICE_MENU, 'admin']}
      onClick={() => setDrawerOpen(false)}
      className="side-menu"
    />
  );

  return (
    <Layout className="app-shell">
      <Header className="app-header">
        {phone && (
          <Button
            type="text"
            className="on-dark"
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpen(true)}
            aria-label={t('nav.menu')}
            data-testid="menu-toggle"
          />
        )}
        <Link to="/" className="header-logo">
          <Logo compact={!wide} />
        </Link>
        {screens.xl && locale === 'zh-CN' && <span className="header-motto">{t('app.motto')}</span>}
        <div className="header-spacer" />
        <LanguageSwitch onDark />
        <UserBlock wide={wide} />
      </Header>
      <Layout>
        {!phone && (
          <Sider
            width={locale === 'zh-CN' ? 216 : 256}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            theme="light"
            className="app-sider"
          >
            {menu}
          </Sider>
        )}
        {phone && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={<Logo compact />}
            styles={{ body: { padding: 0 } }}
            className="menu-drawer"
          >
            {menu}
            <Divider style={{ margin: '8px 0' }} />
            <div className="drawer-user">
              <RoleTags roles={user.roles} />
            </div>
          </Drawer>
        )}
        <Layout className="app-main">
          <Content className="app-content">
            <ErrorBoundary resetKey={location.pathname}>
              <Suspense fallback={<FullPageSpinner />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Content>
          <Footer className="app-footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
