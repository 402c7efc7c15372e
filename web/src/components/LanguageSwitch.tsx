import { TranslationOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/index.tsx';

/** Toggles 中文 / English; the choice is kept in localStorage by the i18n module. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t, toggleLocale } = useI18n();
  return (
    <Button
      data-testid="lang-switch"
      type={onDark ? 'text' : 'default'}
      icon={<TranslationOutlined />}
      onClick={toggleLocale}
      className={onDark ? 'on-dark' : undefined}
      aria-label={t('lang.switchTo')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
