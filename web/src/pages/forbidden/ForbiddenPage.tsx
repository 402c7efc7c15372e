import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';

/** 403: the user is signed in, but none of their roles may open this page. */
export function ForbiddenPage({ page }: { page: string }) {
  const { t } = useI18n();
  return (
    <Result
      data-testid="forbidden"
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.text', { page })}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
