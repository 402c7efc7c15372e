import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { areaById } from '../../areas.tsx';
import type { AreaId } from '../../auth/access.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The frame of an area that is not built yet, so menus and permissions can be tried already. */
export function ComingSoonPage({ area }: { area: AreaId }) {
  const { t } = useI18n();
  const info = areaById(area);
  return (
    <div className="page">
      <Result
        data-testid="coming-soon"
        icon={<span className="coming-soon-icon">{info.icon}</span>}
        title={`${t(info.title)} · ${t('soon.title')}`}
        subTitle={
          <>
            {info.description && <div>{t(info.description)}</div>}
            <div>{t('soon.text', { area: t(info.title) })}</div>
          </>
        }
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    </div>
  );
}
