import { Spin } from 'antd';
import { useI18n } from '../i18n/index.tsx';

export function FullPageSpinner() {
  const { t } = useI18n();
  return (
    <div className="full-page-center">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}
