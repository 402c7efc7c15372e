import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useSession, useUser } from '../auth/AuthContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { MessagesBell } from './MessagesBell.tsx';
import { RoleTags } from './RoleTags.tsx';

/** The header's right side: 我的消息, who is signed in (their card in a menu) and 退出登录. */
export function UserBlock({ wide }: { wide: boolean }) {
  const user = useUser();
  const { signOut } = useSession();
  const { t, departmentName, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const doSignOut = async () => {
    await signOut().catch(() => undefined);
    void message.success(t('shell.loggedOut'));
    navigate('/login', { replace: true });
  };

  const place = [departmentName(user.department), user.jurisdiction?.name].filter(Boolean).join(' · ');
  const menu: MenuProps = {
    items: [
      {
        key: 'who',
        type: 'group',
        label: (
          <div className="user-card">
            <strong>{user.displayName}</strong>
            {user.username && <span className="muted"> ({user.username})</span>}
            {user.phoneMasked && (
              <div className="muted">
                {t('shell.phone')}: {user.phoneMasked}
              </div>
            )}
            {user.department && (
              <div className="muted">
                {t('shell.department')}: {departmentName(user.department)}
              </div>
            )}
            {user.jurisdiction && (
              <div className="muted">
                {t('shell.jurisdiction')}: {user.jurisdiction.name} ·{' '}
                {label('level', user.jurisdiction.level)}
              </div>
            )}
            <div className="user-card-roles">
              <RoleTags roles={user.roles} />
            </div>
          </div>
        ),
      },
      { type: 'divider' },
      {
        key: 'logout',
        icon: <LogoutOutlined />,
        danger: true,
        label: <span data-testid="logout-menu">{t('shell.logout')}</span>,
        onClick: () => void doSignOut(),
      },
    ],
  };

  return (
    <div className="header-user">
      <MessagesBell />
      <Dropdown menu={menu} trigger={['click']} placement="bottomRight">
        <button type="button" className="user-block" data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} className="user-avatar" />
          <span className="user-text">
            <span className="user-name">{user.displayName}</span>
            {wide && place && <span className="user-place">{place}</span>}
          </span>
          {wide && <RoleTags roles={user.roles} max={2} />}
        </button>
      </Dropdown>
      {wide && (
        <Button
          type="text"
          className="on-dark"
          icon={<LogoutOutlined />}
          onClick={() => void doSignOut()}
          data-testid="logout"
        >
          {t('shell.logout')}
        </Button>
      )}
    </div>
  );
}
